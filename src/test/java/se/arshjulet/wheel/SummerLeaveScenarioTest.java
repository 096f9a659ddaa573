package se.arshjulet.wheel;

import static org.assertj.core.api.Assertions.assertThat;
import static se.arshjulet.wheel.AnnualReportScenarioTest.opened;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.arshjulet.centre.Unit;
import se.arshjulet.support.EngineTest;
import se.arshjulet.support.YearDriver;

/** March: the coordinator plans summer leave; each unit manager approves their own staff's leave. */
class SummerLeaveScenarioTest extends EngineTest {

  @Test
  void eachUnitManagerGetsAnApprovalTaskWhenThePlanIsDone() {
    YearDriver year = startYear(centre("leave-fc", LocalDate.of(2020, 1, 1), Unit.values()), 2026);

    year.runUntil("2026-03-02T08:00");
    // 15 March 2026 is a Sunday.
    assertThat(opened(year, "summer-leave-plan").due()).isEqualTo(LocalDateTime.parse("2026-03-13T16:00"));
    assertThat(year.openTasks("summer-leave-approval")).isEmpty();

    year.complete("summer-leave-plan", "2026-03-12T14:00");

    List<YearDriver.Opened> approvals = year.opened().stream()
        .filter(o -> o.key().equals("summer-leave-approval")).toList();
    assertThat(approvals).extracting(o -> o.groups().iterator().next()).containsExactlyInAnyOrder(
        "leave-fc-unit-manager-MHV", "leave-fc-unit-manager-BHV", "leave-fc-unit-manager-OF",
        "leave-fc-unit-manager-SOC");
    assertThat(year.openTasks("summer-leave-approval")).extracting(org.camunda.bpm.engine.task.Task::getName)
        .contains("Godkänn sommarsemestrarna – Familjecentralen leave-fc (MHV)");
    assertThat(approvals).allSatisfy(approval -> {
      assertThat(approval.opens()).isEqualTo(LocalDateTime.parse("2026-03-12T14:00"));
      assertThat(approval.due()).isEqualTo(LocalDateTime.parse("2026-03-31T16:00"));
    });
  }

  @Test
  void aCentreWithTwoUnitsGetsTwoApprovals() {
    YearDriver year = startYear(centre("leave-fclv", LocalDate.of(2020, 1, 1), Unit.BHV, Unit.OF), 2026);

    year.complete("summer-leave-plan", "2026-03-13T12:00");

    assertThat(year.openTasks("summer-leave-approval")).hasSize(2);
  }
}
