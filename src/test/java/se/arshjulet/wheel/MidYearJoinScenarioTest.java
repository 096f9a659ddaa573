package se.arshjulet.wheel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.junit.jupiter.api.Test;
import se.arshjulet.centre.Unit;
import se.arshjulet.support.EngineTest;
import se.arshjulet.support.YearDriver;

/** A centre that joins in the middle of the year gets only the work that is still due, and nothing overdue. */
class MidYearJoinScenarioTest extends EngineTest {

  @Test
  void activitiesDueBeforeJoiningAreSkippedAndTheRestOpen() {
    YearDriver year = startYear(centre("joined-march", LocalDate.of(2026, 3, 20), Unit.values()), 2026);

    year.runUntil("2026-03-20T09:00");

    assertThat(year.openKeys()).containsExactly("annual-report-compile", "joint-plan-approval",
        "summer-leave-approval", "summer-leave-approval", "summer-leave-approval", "summer-leave-approval");
    assertThat(year.opened()).noneMatch(task -> task.due().toLocalDate().isBefore(LocalDate.of(2026, 3, 20)));
    // The skipped tasks are visible in the history as activities that ran without a task.
    assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery()
        .processInstanceId(year.instance().getId()).activityType("userTask").finished().list())
        .extracting(HistoricActivityInstance::getActivityId)
        .contains("Task_SelfReflectionJanuary", "Task_WheelReview", "Task_AnnualReport", "Task_SummerLeavePlan")
        .allSatisfy(id -> assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery()
            .processInstanceId(year.instance().getId()).taskDefinitionKey(id).count()).isZero());
  }

  @Test
  void aCentreThatJoinsInNovemberStillGetsTheDecemberSelfReflection() {
    YearDriver year = startYear(centre("joined-november", LocalDate.of(2026, 11, 24), Unit.values()), 2026);

    year.runUntil("2026-11-24T10:00");
    assertThat(year.openKeys()).containsExactly("visit-november");

    year.runUntil("2026-12-01T08:00");
    assertThat(year.openKeys()).containsExactly("self-reflection-december", "visit-november");
  }
}
