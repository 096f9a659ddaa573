package se.arshjulet.calendar;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/** Today in Stockholm by the engine's clock (which tests move with ClockUtil; the product never does). */
public final class Today {

  private Today() {
  }

  public static LocalDate date() {
    return LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), WorkingDayCalendar.ZONE);
  }

  /** The date and time of day in Stockholm by the same clock. */
  public static LocalDateTime now() {
    return LocalDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), WorkingDayCalendar.ZONE);
  }

  public static int year() {
    return date().getYear();
  }
}
