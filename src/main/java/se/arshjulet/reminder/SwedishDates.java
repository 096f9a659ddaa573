package se.arshjulet.reminder;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as Swedes write them: "fredag 27 februari 2026". */
final class SwedishDates {

  private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", new Locale("sv", "SE"));

  private SwedishDates() {
  }

  static String format(LocalDate day) {
    return LONG.format(day);
  }
}
