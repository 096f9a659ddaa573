package se.arshjulet.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.arshjulet.centre.Centre;
import se.arshjulet.centre.Unit;
import se.arshjulet.document.Document;
import se.arshjulet.report.AnnualReportAssembler;
import se.arshjulet.support.EngineTest;
import se.arshjulet.support.YearDriver;

/**
 * Camunda's history cleanup over a centre's completed years: the years whose time to live (1,825 days after they
 * ended, the shipped wheels' camunda:historyTimeToLive) has passed are removed with their answers, the later ones
 * stay, and the next annual report, which reads last year's goals, reads the same as before.
 */
class HistoryCleanupTest extends EngineTest {

  @Autowired
  AnnualReportAssembler reports;
  @Autowired
  JdbcClient jdbc;

  @Test
  void expiredYearsAreRemovedAndTheNextReportReadsTheSame() {
    Centre centre = centre("gallring-historik", LocalDate.of(2015, 1, 1), Unit.values());
    for (int year = 2019; year <= 2026; year++) {
      startYear(centre, year).runYearCompletingOnDueDay();
    }
    YearDriver current = startYear(centre, 2027);
    current.runUntil("2027-03-01T09:00");
    String before = text(reports.assemble(centre, 2027));
    long answersOf2019 = answerRows(centre, 2019);

    ClockUtil.setCurrentTime(Date.from(YearDriver.stockholm("2027-03-02T01:30")));
    engine.getHistoryService().cleanUpHistoryAsync(true);
    for (List<Job> due = dueCleanupJobs(); !due.isEmpty(); due = dueCleanupJobs()) {
      due.forEach(job -> engine.getManagementService().executeJob(job.getId()));
    }

    // Ended in December 2021 at the latest: 1,825 days later is before 2 March 2027.
    assertThat(years(centre)).containsExactly("2022", "2023", "2024", "2025", "2026", "2027");
    assertThat(answersOf2019).isPositive();
    assertThat(answerRows(centre, 2019)).isZero();
    String after = text(reports.assemble(centre, 2027));
    assertThat(after).isEqualTo(before).contains("Prioriterat område 1: ");
  }

  private List<Job> dueCleanupJobs() {
    Date now = ClockUtil.getCurrentTime();
    return engine.getHistoryService().findHistoryCleanupJobs().stream()
        .filter(job -> job.getDuedate() == null || !job.getDuedate().after(now)).toList();
  }

  private List<String> years(Centre centre) {
    return engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceBusinessKeyLike(centre.id() + ":%").list().stream()
        .map(HistoricProcessInstance::getBusinessKey).map(key -> key.substring(key.indexOf(':') + 1)).sorted()
        .toList();
  }

  /** The history's variable rows of the centre's year (its answers among them). */
  private long answerRows(Centre centre, int year) {
    return jdbc.sql("SELECT COUNT(*) FROM ACT_HI_VARINST v JOIN ACT_HI_PROCINST p ON v.PROC_INST_ID_ = p.ID_ "
        + "WHERE p.BUSINESS_KEY_ = ?").param(centre.id() + ":" + year).query(Long.class).single();
  }

  private static String text(Document report) {
    StringBuilder text = new StringBuilder();
    report.sections().forEach(section -> section.entries().forEach(entry -> text.append(entry.label())
        .append(": ").append(entry.shown()).append('\n')));
    return text.toString();
  }
}
