package se.arshjulet.wheel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import se.arshjulet.centre.Unit;
import se.arshjulet.support.EngineTest;
import se.arshjulet.support.YearDriver;

/** February–March: the annual report, and the steering group's compilation that waits for it. */
class AnnualReportScenarioTest extends EngineTest {

  @Test
  void theReportOpensOnTheFirstWorkingDayOfFebruaryAndIsDueOnTheWorkingDayBefore28February() {
    YearDriver year = startYear(centre("report-opens", LocalDate.of(2020, 1, 1), Unit.values()), 2027);

    year.runUntil("2027-02-01T07:59");
    assertThat(year.openTasks("annual-report")).isEmpty();

    year.runUntil("2027-02-01T08:00");
    assertThat(year.openTasks("annual-report")).hasSize(1);
    // 28 February 2027 is a Sunday.
    assertThat(opened(year, "annual-report").due()).isEqualTo(LocalDateTime.parse("2027-02-26T16:00"));
    assertThat(opened(year, "annual-report").groups()).containsExactly("report-opens-coordinator");
    // Tasklist's follow-up date is the first reminder: five working days before the due day, 08:00.
    assertThat(year.openTasks("annual-report").get(0).getFollowUpDate().toInstant())
        .isEqualTo(YearDriver.stockholm("2027-02-19T08:00"));
  }

  @Test
  void aReportHandedInEarlyLetsTheCompilationOpenOnTheFirstWorkingDayOfMarch() {
    YearDriver year = startYear(centre("report-early", LocalDate.of(2020, 1, 1), Unit.values()), 2026);

    year.complete("annual-report", "2026-02-20T10:00");
    year.runUntil("2026-03-01T23:00");
    assertThat(year.openTasks("annual-report-compile")).isEmpty();

    year.runUntil("2026-03-02T08:00");
    assertThat(opened(year, "annual-report-compile").opens()).isEqualTo(LocalDateTime.parse("2026-03-02T08:00"));
    assertThat(opened(year, "annual-report-compile").groups()).containsExactly("report-early-steering-group");
  }

  @Test
  void aLateReportOpensTheCompilationWhenItIsHandedIn() {
    YearDriver year = startYear(centre("report-late", LocalDate.of(2020, 1, 1), Unit.values()), 2026);

    year.runUntil("2026-03-10T09:00");
    assertThat(year.openTasks("annual-report")).hasSize(1);
    assertThat(year.openTasks("annual-report-compile")).isEmpty();

    year.complete("annual-report", "2026-03-10T09:30");
    assertThat(opened(year, "annual-report-compile").opens()).isEqualTo(LocalDateTime.parse("2026-03-10T09:30"));
    assertThat(opened(year, "annual-report-compile").due()).isEqualTo(LocalDateTime.parse("2026-03-31T16:00"));
  }

  static YearDriver.Opened opened(YearDriver year, String key) {
    return year.opened().stream().filter(o -> o.key().equals(key)).findFirst()
        .orElseThrow(() -> new AssertionError(key + " was never opened"));
  }
}
