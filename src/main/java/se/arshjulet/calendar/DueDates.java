package se.arshjulet.calendar;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.Date;
import org.springframework.stereotype.Component;

/**
 * When wheel activities are due, for due-date expressions in the BPMN: {@code ${due.lastWorkingDayOfMonth(year, 3)}}.
 * An activity is due at 16:00 Europe/Stockholm.
 */
@Component("due")
public class DueDates {

  public static final LocalTime DUE_TIME = LocalTime.of(16, 0);

  private final WorkingDayCalendar calendar;

  public DueDates(WorkingDayCalendar calendar) {
    this.calendar = calendar;
  }

  public Date lastWorkingDayOfMonth(int year, int month) {
    return at(calendar.lastWorkingDayOf(YearMonth.of(year, month)));
  }

  /** A fixed day of the year, or the working day before it when it is not a working day (28 February). */
  public Date onOrBefore(int year, int month, int day) {
    return at(calendar.workingDayOnOrBefore(LocalDate.of(year, month, day)));
  }

  /** The last working day before Monday of the ISO week (health week, week 39). */
  public Date beforeIsoWeek(int year, int week) {
    return at(calendar.workingDayBefore(calendar.mondayOfIsoWeek(year, week)));
  }

  /** The last working day before Monday of the ISO week that contains the day (Children's Rights Day, 20 November). */
  public Date beforeWeekOf(int year, int month, int day) {
    return at(calendar.workingDayBefore(calendar.mondayOfWeekContaining(LocalDate.of(year, month, day))));
  }

  /** The last working day of the ISO week (parent survey, weeks 45–46). */
  public Date endOfIsoWeek(int year, int week) {
    return at(calendar.workingDayOnOrBefore(calendar.mondayOfIsoWeek(year, week).plusDays(6)));
  }

  private static Date at(LocalDate day) {
    return Date.from(day.atTime(DUE_TIME).atZone(WorkingDayCalendar.ZONE).toInstant());
  }
}
