package se.arshjulet.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import se.arshjulet.support.EngineTest;
import se.arshjulet.support.MailCounty;

/**
 * The mail schedule's hours: planning and sending run only when the rules can call for an email; the other hours
 * end at "Inget att planera nu" without a job after the timer's.
 */
class MailScheduleHoursTest extends EngineTest {

  @Test
  void sevenOClockPlansOnlyOnTheWeeksFirstWorkingDay() {
    MailCounty county = new MailCounty(engine, "schedule-hours");

    assertThat(plannedAt(county, "2026-02-16T07:00")).as("Monday 07:00, the digests").isTrue();
    assertThat(plannedAt(county, "2026-02-17T07:00")).as("Tuesday 07:00").isFalse();
    assertThat(plannedAt(county, "2026-02-17T08:00")).as("Tuesday 08:00, the reminders").isTrue();
    assertThat(plannedAt(county, "2026-04-07T07:00")).as("Tuesday after Easter Monday, 07:00").isTrue();
  }

  @Test
  void aWeekdayOffPlansNothing() {
    MailCounty county = new MailCounty(engine, "schedule-day-off");

    assertThat(plannedAt(county, "2026-01-06T07:00")).as("Epiphany, Tuesday 07:00").isFalse();
    assertThat(plannedAt(county, "2026-01-06T08:00")).as("Epiphany, Tuesday 08:00").isFalse();
    assertThat(plannedAt(county, "2026-06-19T08:00")).as("Midsummer Eve, Friday 08:00").isFalse();
  }

  /** Fires the schedule's hour; whether it went on to plan (and send) or ended with nothing to plan. */
  private boolean plannedAt(MailCounty county, String localDateTime) {
    long planned = passed("Task_PlanEmails");
    long sent = passed("Task_SendEmails");
    long nothing = passed("End_NothingToPlan");
    county.sweepAt(localDateTime);
    boolean plannedNow = passed("Task_PlanEmails") == planned + 1;
    assertThat(passed("Task_SendEmails")).isEqualTo(plannedNow ? sent + 1 : sent);
    assertThat(passed("End_NothingToPlan")).isEqualTo(plannedNow ? nothing : nothing + 1);
    return plannedNow;
  }

  /** How often the schedule passed the element (its ids are the schedule's alone). */
  private long passed(String activityId) {
    return engine.getHistoryService().createHistoricActivityInstanceQuery().activityId(activityId).finished().count();
  }
}
