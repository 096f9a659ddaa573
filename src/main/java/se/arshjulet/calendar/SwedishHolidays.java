package se.arshjulet.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Set;

/**
 * The days in a year on which a Swedish family centre is closed although they fall on a weekday:
 * the public holidays (lag 1989:253) and the de-facto days off (midsommarafton, julafton, nyårsafton).
 * Holidays that always fall on a Saturday or Sunday need no rule.
 */
final class SwedishHolidays {

  private SwedishHolidays() {
  }

  static Set<LocalDate> daysOff(int year) {
    LocalDate easter = easterSunday(year);
    return Set.of(
        LocalDate.of(year, Month.JANUARY, 1),    // nyårsdagen
        LocalDate.of(year, Month.JANUARY, 6),    // trettondedag jul
        easter.minusDays(2),                     // långfredagen
        easter.plusDays(1),                      // annandag påsk
        LocalDate.of(year, Month.MAY, 1),        // första maj
        easter.plusDays(39),                     // Kristi himmelsfärdsdag
        LocalDate.of(year, Month.JUNE, 6),       // nationaldagen
        midsummerEve(year),                      // midsommarafton (de facto)
        LocalDate.of(year, Month.DECEMBER, 24),  // julafton (de facto)
        LocalDate.of(year, Month.DECEMBER, 25),  // juldagen
        LocalDate.of(year, Month.DECEMBER, 26),  // annandag jul
        LocalDate.of(year, Month.DECEMBER, 31)); // nyårsafton (de facto)
  }

  /** The Friday between 19 and 25 June. */
  static LocalDate midsummerEve(int year) {
    return LocalDate.of(year, Month.JUNE, 19).with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY));
  }

  /** Gregorian Easter Sunday (the anonymous Gregorian algorithm, "Meeus/Jones/Butcher"). */
  static LocalDate easterSunday(int year) {
    int a = year % 19;
    int b = year / 100;
    int c = year % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int day = (h + l - 7 * m + 114) % 31 + 1;
    return LocalDate.of(year, month, day);
  }
}
