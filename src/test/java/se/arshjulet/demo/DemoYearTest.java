package se.arshjulet.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZonedDateTime;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import se.arshjulet.calendar.WorkingDayCalendar;
import se.arshjulet.centre.CentreRepository;
import se.arshjulet.report.AnnualReportAssembler;
import se.arshjulet.report.Document;
import se.arshjulet.support.TestProcesses;
import se.arshjulet.wheel.CentreYears;
import se.arshjulet.yearview.ActivityState;
import se.arshjulet.yearview.ActivityView;
import se.arshjulet.yearview.CentreYearView;

/**
 * The demo as a new user meets it on its first start (here on 27 November 2026, in a database of its own): the
 * past was done through the engine, so the wheels show every state and the annual report has content.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"spring.datasource.url=jdbc:h2:mem:arshjulet-demo;DB_CLOSE_DELAY=-1",
        "camunda.bpm.job-execution.enabled=false",
        // Its own engine name: the webapps of the shared test context must keep finding their engine "default".
        "camunda.bpm.process-engine-name=demo-test"})
@ActiveProfiles({"test", "demo"})
class DemoYearTest {

  /** Before the context starts (and the demo builds its past): the day the demo is first started. */
  @BeforeAll
  static void firstStart() {
    TestProcesses.prepare();
    ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(2026, 11, 27, 9, 0, 0, 0, WorkingDayCalendar.ZONE)
        .toInstant()));
  }

  @Autowired
  ProcessEngine engine;
  @Autowired
  CentreRepository centres;
  @Autowired
  CentreYears centreYears;
  @Autowired
  CentreYearView years;
  @Autowired
  AnnualReportAssembler reports;
  @Autowired
  DemoHistory history;

  @AfterAll
  static void resetClock() {
    ClockUtil.reset();
  }

  private Set<ActivityState> states(String centre) {
    HistoricProcessInstance instance = centreYears.find(centre, 2026).orElseThrow();
    return years.activities(instance, 2026).stream().map(ActivityView::state).collect(Collectors.toSet());
  }

  @Test
  void theDemoYearLooksLikeARealYear() {
    assertThat(states("ostersund-lugnvik")).contains(ActivityState.DONE, ActivityState.DONE_LATE,
        ActivityState.OVERDUE, ActivityState.OPEN, ActivityState.COMING);
    assertThat(states("stromsund-familjecentral")).contains(ActivityState.SKIPPED, ActivityState.DONE);
    // Last year ran to its end; this year only the current work (and the one overdue task) is open.
    assertThat(centreYears.find("ostersund-lugnvik", 2025).orElseThrow().getEndTime()).isNotNull();
    assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey("ostersund-lugnvik:2026")
        .list()).extracting(task -> task.getName()).containsExactlyInAnyOrder(
            "Föräldraenkät delas ut v.45–46 – Familjecentralen Lugnvik",
            "Ledningsgruppen gör verksamhetsbesök – Familjecentralen Lugnvik");

    Document report = reports.assemble(centres.findById("ostersund-lugnvik").orElseThrow(), 2026);
    assertThat(report.missing()).isEmpty();
    assertThat(report.sections().get(2).heading()).isEqualTo("Prioriterade mål 2025");
    assertThat(report.sections().get(2).entries()).allMatch(Document.Entry::filledIn);
  }

  @Test
  void aRestartDoesNotDoTheWorkAgain() {
    long done = engine.getHistoryService().createHistoricTaskInstanceQuery().finished().count();
    List<String> open = engine.getTaskService().createTaskQuery().list().stream().map(task -> task.getId()).toList();

    history.buildOnce(null);

    assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery().finished().count()).isEqualTo(done);
    assertThat(engine.getTaskService().createTaskQuery().list()).extracting(task -> task.getId())
        .containsExactlyInAnyOrderElementsOf(open);
  }
}
