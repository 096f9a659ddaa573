package se.arshjulet.survey;

import java.time.LocalDate;
import org.springframework.stereotype.Service;
import se.arshjulet.calendar.Today;
import se.arshjulet.centre.Centre;
import se.arshjulet.yearview.ActivityView;
import se.arshjulet.yearview.CentreYearView;

/**
 * When a centre's survey takes answers: exactly while the year's parent-survey activity is open in the engine (from
 * its opening to its due time, or until the coordinator completes it); before, it says when it opens.
 */
@Service
public class SurveyWindow {

  static final String ACTIVITY = "parent-survey";

  public enum State { NOT_YET, OPEN, CLOSED, NO_SURVEY }

  /** The window of one centre-year; {@code opens} and {@code closes} are the activity's days. */
  public record Window(int year, State state, LocalDate opens, LocalDate closes) {
  }

  private final CentreYearView years;

  public SurveyWindow(CentreYearView years) {
    this.years = years;
  }

  public Window now(Centre centre) {
    int year = Today.year();
    return years.instance(centre.id(), year)
        .flatMap(instance -> years.activities(instance, year).stream()
            .filter(activity -> ACTIVITY.equals(activity.key())).findFirst())
        .map(activity -> new Window(year, state(activity), activity.opens(), activity.due()))
        .orElse(new Window(year, State.NO_SURVEY, null, null));
  }

  private static State state(ActivityView activity) {
    return switch (activity.state()) {
      case OPEN -> State.OPEN;
      case COMING -> State.NOT_YET;
      default -> State.CLOSED;
    };
  }

}
