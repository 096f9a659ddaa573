package se.arshjulet.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import se.arshjulet.ArshjuletApplication;
import se.arshjulet.calendar.WorkingDayCalendar;
import se.arshjulet.centre.CentreRepository;
import se.arshjulet.document.Document;
import se.arshjulet.report.AnnualReportAssembler;
import se.arshjulet.support.Databases;
import se.arshjulet.support.TestProcesses;
import se.arshjulet.wheel.CentreYears;
import se.arshjulet.yearview.ActivityState;
import se.arshjulet.yearview.ActivityView;
import se.arshjulet.yearview.CentreYearView;

/**
 * The demo as a new user meets it: the product started with the demo profile on a fresh H2 file on 27 November
 * 2026, then restarted. The past was done through the engine, so the wheels show every state and the annual report
 * has content; the restart does none of it again.
 */
class DemoDrill {

  static {
    TestProcesses.prepare();
  }

  private ConfigurableApplicationContext running;

  @AfterEach
  void stop() {
    if (running != null) {
      running.close();
    }
    ClockUtil.reset();
  }

  private ConfigurableApplicationContext start(Map<String, Object> database) {
    running = new SpringApplicationBuilder(ArshjuletApplication.class).profiles("test", "demo")
        .run(Databases.arguments(database, "--server.port=0", "--camunda.bpm.job-execution.enabled=false"));
    return running;
  }

  private Set<ActivityState> states(String centre) {
    var instance = running.getBean(CentreYears.class).find(centre, 2026).orElseThrow();
    return running.getBean(CentreYearView.class).activities(instance, 2026).stream().map(ActivityView::state)
        .collect(Collectors.toSet());
  }

  @Test
  void theDemosFirstStartShowsARealYearAndARestartDoesNotDoItAgain() {
    ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(2026, 11, 27, 9, 0, 0, 0, WorkingDayCalendar.ZONE)
        .toInstant()));
    Map<String, Object> database = Databases.freshH2File("demo");
    ProcessEngine engine = start(database).getBean(ProcessEngine.class);

    assertThat(states("ostersund-lugnvik")).contains(ActivityState.DONE, ActivityState.DONE_LATE,
        ActivityState.OVERDUE, ActivityState.OPEN, ActivityState.COMING);
    assertThat(states("stromsund-familjecentral")).contains(ActivityState.SKIPPED, ActivityState.DONE);
    // Last year ran to its end; this year only the current work (and the one overdue task) is open.
    assertThat(running.getBean(CentreYears.class).find("ostersund-lugnvik", 2025).orElseThrow().getEndTime())
        .isNotNull();
    assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey("ostersund-lugnvik:2026")
        .list()).extracting(Task::getName).containsExactlyInAnyOrder(
            "Dela ut föräldraenkäten (v.45–46) – Familjecentralen Lugnvik",
            "Gör verksamhetsbesök (november) – Familjecentralen Lugnvik");
    Document report = running.getBean(AnnualReportAssembler.class)
        .assemble(running.getBean(CentreRepository.class).findById("ostersund-lugnvik").orElseThrow(), 2026);
    assertThat(report.missing()).isEmpty();
    assertThat(report.sections().get(2).heading()).isEqualTo("Prioriterade mål 2025");
    assertThat(report.sections().get(2).entries()).allMatch(Document.Entry::filledIn);
    assertThat(report.sections().get(3).tables()).extracting(Document.Table::caption)
        .anyMatch(caption -> caption.startsWith("Föräldraenkäten 2025: andel positiva svar"));
    long done = engine.getHistoryService().createHistoricTaskInstanceQuery().finished().count();
    List<String> open = engine.getTaskService().createTaskQuery().list().stream().map(Task::getId).toList();

    running.close();
    ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(2026, 12, 2, 9, 0, 0, 0, WorkingDayCalendar.ZONE)
        .toInstant()));
    ProcessEngine restarted = start(database).getBean(ProcessEngine.class);

    assertThat(restarted.getHistoryService().createHistoricTaskInstanceQuery().finished().count()).isEqualTo(done);
    assertThat(restarted.getTaskService().createTaskQuery().list()).extracting(Task::getId)
        .containsAll(open);
  }
}
