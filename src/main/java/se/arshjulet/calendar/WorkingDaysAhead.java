package se.arshjulet.calendar;

import java.time.LocalTime;
import java.util.Date;
import org.springframework.stereotype.Component;

/**
 * {@code workingDays} in Tasklist filter expressions: the end of the n-th working day from today, e.g. the filter
 * "Förfaller inom 10 arbetsdagar" is {@code dueBefore ${workingDays.endOf(10)}}.
 */
@Component("workingDays")
public class WorkingDaysAhead {

  private final WorkingDayCalendar calendar;

  public WorkingDaysAhead(WorkingDayCalendar calendar) {
    this.calendar = calendar;
  }

  public Date endOf(int workingDays) {
    return Date.from(calendar.plusWorkingDays(Today.date(), workingDays).atTime(LocalTime.MAX)
        .atZone(WorkingDayCalendar.ZONE).toInstant());
  }
}
