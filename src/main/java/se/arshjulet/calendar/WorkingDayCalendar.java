package se.arshjulet.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * The one working-day calendar of the product: Monday to Friday, except Swedish public holidays and the
 * de-facto days off, in Europe/Stockholm. Weeks are ISO 8601 weeks. Every date of the wheel is derived here.
 */
@Component
public class WorkingDayCalendar {

  public static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

  private final Map<Integer, Set<LocalDate>> daysOffByYear = new ConcurrentHashMap<>();

  public boolean isWorkingDay(LocalDate date) {
    DayOfWeek day = date.getDayOfWeek();
    return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !isDayOff(date);
  }

  public boolean isDayOff(LocalDate date) {
    return daysOffByYear.computeIfAbsent(date.getYear(), SwedishHolidays::daysOff).contains(date);
  }

  public LocalDate workingDayOnOrAfter(LocalDate date) {
    LocalDate day = date;
    while (!isWorkingDay(day)) {
      day = day.plusDays(1);
    }
    return day;
  }

  public LocalDate workingDayOnOrBefore(LocalDate date) {
    LocalDate day = date;
    while (!isWorkingDay(day)) {
      day = day.minusDays(1);
    }
    return day;
  }

  /** The last working day strictly before the given date. */
  public LocalDate workingDayBefore(LocalDate date) {
    return workingDayOnOrBefore(date.minusDays(1));
  }

  /** The first working day strictly after the given date. */
  public LocalDate workingDayAfter(LocalDate date) {
    return workingDayOnOrAfter(date.plusDays(1));
  }

  /** Moves by a number of working days; negative counts go back. The start need not be a working day. */
  public LocalDate plusWorkingDays(LocalDate date, int workingDays) {
    LocalDate day = date;
    int left = Math.abs(workingDays);
    while (left > 0) {
      day = workingDays > 0 ? workingDayAfter(day) : workingDayBefore(day);
      left--;
    }
    return day;
  }

  public LocalDate firstWorkingDayOf(YearMonth month) {
    return workingDayOnOrAfter(month.atDay(1));
  }

  public LocalDate lastWorkingDayOf(YearMonth month) {
    return workingDayOnOrBefore(month.atEndOfMonth());
  }

  /** Monday of ISO week {@code week} of the ISO week-based year {@code weekBasedYear}. */
  public LocalDate mondayOfIsoWeek(int weekBasedYear, int week) {
    LocalDate fourthOfJanuary = LocalDate.of(weekBasedYear, 1, 4);
    if (week < 1 || week > fourthOfJanuary.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum()) {
      throw new IllegalArgumentException("ISO year " + weekBasedYear + " has no week " + week);
    }
    return fourthOfJanuary
        .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
        .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }

  /** Monday of the ISO week that contains the given date. */
  public LocalDate mondayOfWeekContaining(LocalDate date) {
    return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }

  public int isoWeeksIn(int weekBasedYear) {
    return (int) LocalDate.of(weekBasedYear, 6, 1).range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum();
  }
}
