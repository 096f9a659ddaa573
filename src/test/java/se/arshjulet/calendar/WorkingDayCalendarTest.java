package se.arshjulet.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingDayCalendarTest {

  private final WorkingDayCalendar calendar = new WorkingDayCalendar();

  /** Easter Sundays from the almanac, not computed. */
  private static final Map<Integer, LocalDate> EASTER = Map.of(
      2026, LocalDate.of(2026, 4, 5), 2027, LocalDate.of(2027, 3, 28), 2028, LocalDate.of(2028, 4, 16),
      2029, LocalDate.of(2029, 4, 1), 2030, LocalDate.of(2030, 4, 21), 2031, LocalDate.of(2031, 4, 13),
      2032, LocalDate.of(2032, 3, 28), 2033, LocalDate.of(2033, 4, 17), 2034, LocalDate.of(2034, 4, 9),
      2035, LocalDate.of(2035, 3, 25));

  @Test
  void easterBasedHolidaysFollowTheAlmanacFrom2026To2035() {
    EASTER.forEach((year, easter) -> {
      assertThat(SwedishHolidays.easterSunday(year)).as("Easter %d", year).isEqualTo(easter);
      assertThat(calendar.isWorkingDay(easter.minusDays(2))).as("långfredagen %d", year).isFalse();
      assertThat(calendar.isWorkingDay(easter.plusDays(1))).as("annandag påsk %d", year).isFalse();
      assertThat(calendar.isWorkingDay(easter.plusDays(39))).as("Kristi himmelsfärd %d", year).isFalse();
      assertThat(calendar.isWorkingDay(easter.minusDays(3))).as("skärtorsdagen %d", year).isTrue();
      assertThat(calendar.isWorkingDay(easter.plusDays(2))).as("tisdag efter påsk %d", year).isTrue();
    });
  }

  @Test
  void fixedHolidaysAndDeFactoDaysOffAreNeverWorkingDays() {
    for (int year = 2026; year <= 2035; year++) {
      for (LocalDate day : new LocalDate[] {LocalDate.of(year, 1, 1), LocalDate.of(year, 1, 6),
          LocalDate.of(year, 5, 1), LocalDate.of(year, 6, 6), LocalDate.of(year, 12, 24),
          LocalDate.of(year, 12, 25), LocalDate.of(year, 12, 26), LocalDate.of(year, 12, 31)}) {
        assertThat(calendar.isWorkingDay(day)).as("%s", day).isFalse();
      }
      LocalDate midsummerEve = SwedishHolidays.midsummerEve(year);
      assertThat(midsummerEve.getDayOfWeek()).isEqualTo(DayOfWeek.FRIDAY);
      assertThat(midsummerEve.getDayOfMonth()).isBetween(19, 25);
      assertThat(calendar.isWorkingDay(midsummerEve)).isFalse();
      assertThat(calendar.isWorkingDay(midsummerEve.minusDays(1))).isTrue();
    }
  }

  @ParameterizedTest(name = "midsommarafton {0} is {1}")
  @CsvSource({"2026, 2026-06-19", "2027, 2027-06-25", "2028, 2028-06-23", "2029, 2029-06-22",
      "2030, 2030-06-21", "2031, 2031-06-20", "2032, 2032-06-25", "2033, 2033-06-24", "2034, 2034-06-23",
      "2035, 2035-06-22"})
  void midsummerEveIsTheFridayBetween19And25June(int year, LocalDate expected) {
    assertThat(SwedishHolidays.midsummerEve(year)).isEqualTo(expected);
  }

  @Test
  void weekendsAreNotWorkingDaysAndOrdinaryWeekdaysAre() {
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 11, 28))).isFalse(); // Saturday
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 11, 29))).isFalse(); // Sunday
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 11, 24))).isTrue();  // Tuesday
    // Alla helgons dag is always a Saturday and needs no rule; the Friday before is a working day.
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 30))).isTrue();
  }

  @Test
  void isoWeeksOf2026Number53AndWeekOneOf2027StartsOnFourthOfJanuary() {
    assertThat(calendar.isoWeeksIn(2026)).isEqualTo(53);
    assertThat(calendar.isoWeeksIn(2027)).isEqualTo(52);
    assertThat(calendar.isoWeeksIn(2032)).isEqualTo(53);
    assertThat(calendar.mondayOfIsoWeek(2026, 53)).isEqualTo(LocalDate.of(2026, 12, 28));
    assertThat(calendar.mondayOfIsoWeek(2027, 1)).isEqualTo(LocalDate.of(2027, 1, 4));
    assertThat(calendar.mondayOfIsoWeek(2026, 1)).isEqualTo(LocalDate.of(2025, 12, 29));
    assertThat(calendar.mondayOfIsoWeek(2026, 39)).isEqualTo(LocalDate.of(2026, 9, 21));
    assertThatThrownBy(() -> calendar.mondayOfIsoWeek(2027, 53)).hasMessageContaining("no week 53");
  }

  @Test
  void movingByWorkingDaysSkipsHolidays() {
    // Easter 2026: Thursday 2 April + 1 working day = Tuesday 7 April.
    assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 4, 2), 1)).isEqualTo(LocalDate.of(2026, 4, 7));
    assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 4, 7), -1)).isEqualTo(LocalDate.of(2026, 4, 2));
    // Five working days before Friday 8 January 2027: 7, 5, 4 January (6th off), 30, 29 December (31st, 1st off).
    assertThat(calendar.plusWorkingDays(LocalDate.of(2027, 1, 8), -5)).isEqualTo(LocalDate.of(2026, 12, 29));
  }

  @Test
  void monthEndsSkipChristmasAndNewYearsEve() {
    assertThat(calendar.lastWorkingDayOf(YearMonth.of(2026, Month.DECEMBER))).isEqualTo(LocalDate.of(2026, 12, 30));
    assertThat(calendar.firstWorkingDayOf(YearMonth.of(2027, Month.JANUARY))).isEqualTo(LocalDate.of(2027, 1, 4));
    assertThat(calendar.lastWorkingDayOf(YearMonth.of(2032, Month.DECEMBER))).isEqualTo(LocalDate.of(2032, 12, 30));
  }

  @Test
  void leapYear2028HasTwentyNinthOfFebruaryButTheReportIsDueOnThe28th() {
    DueDates due = new DueDates(calendar);
    assertThat(stockholm(due.onOrBefore(2028, 2, 28)).toLocalDate()).isEqualTo(LocalDate.of(2028, 2, 28));
    assertThat(stockholm(due.lastWorkingDayOfMonth(2028, 2)).toLocalDate()).isEqualTo(LocalDate.of(2028, 2, 29));
    // 28 February 2027 is a Sunday: the Friday before.
    assertThat(stockholm(due.onOrBefore(2027, 2, 28)).toLocalDate()).isEqualTo(LocalDate.of(2027, 2, 26));
  }

  @Test
  void openingAndDueTimesAreStockholmLocalTimeOnBothSidesOfDaylightSaving() {
    OpeningDates opens = new OpeningDates(calendar);
    DueDates due = new DueDates(calendar);
    // March 2026 opens before the switch (CET, +01:00), ends after it (CEST, +02:00, 29 March).
    ZonedDateTime marchOpens = stockholm(opens.firstWorkingDayOfMonth(2026, 3));
    ZonedDateTime marchDue = stockholm(due.lastWorkingDayOfMonth(2026, 3));
    assertThat(marchOpens.toLocalDateTime()).hasToString("2026-03-02T08:00");
    assertThat(marchOpens.getOffset().getTotalSeconds()).isEqualTo(3600);
    assertThat(marchDue.toLocalDateTime()).hasToString("2026-03-31T16:00");
    assertThat(marchDue.getOffset().getTotalSeconds()).isEqualTo(7200);
    assertThat(opens.firstWorkingDayOfMonth(2026, 3).toInstant()).hasToString("2026-03-02T07:00:00Z");
    assertThat(due.lastWorkingDayOfMonth(2026, 10).toInstant()).hasToString("2026-10-30T15:00:00Z");
  }

  private static ZonedDateTime stockholm(java.util.Date date) {
    return date.toInstant().atZone(WorkingDayCalendar.ZONE);
  }
}
