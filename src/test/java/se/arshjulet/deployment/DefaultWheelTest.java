package se.arshjulet.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.Test;
import se.arshjulet.centre.Unit;
import se.arshjulet.support.EngineTest;
import se.arshjulet.support.YearDriver;
import se.arshjulet.wheel.WheelInstances;

/** A county without a wheel of its own runs the national default wheel, in its own tenant. */
class DefaultWheelTest extends EngineTest {

  @Test
  void aCentreOfACountyWithoutAFolderRunsTheNationalDefaultWheel() {
    YearDriver year = startYear(centre("uppsala", "uppsala-familjecentral", LocalDate.of(2020, 1, 1),
        Unit.values()), 2027);

    ProcessDefinition wheel = engine.getRepositoryService().getProcessDefinition(
        year.instance().getProcessDefinitionId());
    assertThat(wheel.getTenantId()).isEqualTo("uppsala");
    assertThat(wheel.getKey()).isEqualTo(WheelInstances.WHEEL_KEY);
    assertThat(wheel.getName()).isEqualTo("Årshjul – nationellt standardårshjul");

    year.runYearCompletingOnDueDay();
    assertThat(year.opened()).extracting(YearDriver.Opened::key).containsExactlyInAnyOrder(
        "self-reflection-january", "annual-report", "joint-plan-approval", "steering-meeting-march",
        "steering-meeting-may", "steering-meeting-september", "agreement-review", "health-week-planning",
        "steering-meeting-november", "parent-survey", "self-reflection-december");
    assertThat(year.opened()).filteredOn(task -> task.key().startsWith("steering-meeting"))
        .allSatisfy(task -> assertThat(task.groups()).containsExactly("uppsala-familjecentral-steering-group"));
  }
}
