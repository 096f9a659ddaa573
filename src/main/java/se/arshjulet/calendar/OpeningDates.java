package se.arshjulet.calendar;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.Date;
import org.springframework.stereotype.Component;

/**
 * When wheel activities open, for timer expressions in the BPMN: {@code ${opens.firstWorkingDayOfMonth(year, 2)}}.
 * An activity opens at 08:00 Europe/Stockholm.
 */
@Component("opens")
public class OpeningDates {

  public static final LocalTime OPENING_TIME = LocalTime.of(8, 0);

  private final WorkingDayCalendar calendar;

  public OpeningDates(WorkingDayCalendar calendar) {
    this.calendar = calendar;
  }

  public Date firstWorkingDayOfMonth(int year, int month) {
    return at(calendar.firstWorkingDayOf(YearMonth.of(year, month)));
  }

  /** The first working day on or after Monday of the ISO week. */
  public Date firstWorkingDayOfIsoWeek(int year, int week) {
    return at(calendar.workingDayOnOrAfter(calendar.mondayOfIsoWeek(year, week)));
  }

  private static Date at(LocalDate day) {
    return Date.from(day.atTime(OPENING_TIME).atZone(WorkingDayCalendar.ZONE).toInstant());
  }
}
