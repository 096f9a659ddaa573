package se.arshjulet.yearview;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.ui.Model;
import se.arshjulet.centre.Centre;
import se.arshjulet.centre.Counties;

/**
 * The Swedish page around the wheel picture (template {@code yearview/year}), for the screen and for A4 paper: the
 * picture with its numbered key (the names of the numbers on the arcs), the states' colours and, on screen, the
 * activities as a table, the annual report and the calendar subscription.
 */
final class YearPage {

  static final String TEMPLATE = "yearview/year";
  private static final Locale SWEDISH = new Locale("sv", "SE");

  /** One line of the key: the number on the activity's arc, its ring and its dates ("2–30 jan"). */
  record Entry(int number, ActivityView activity, String ring, String dates) {
  }

  private YearPage() {
  }

  static void model(Model model, Centre centre, int year, List<ActivityView> activities, String svg,
                    LocalDate today) {
    List<Entry> entries = new ArrayList<>();
    for (int i = 0; i < activities.size(); i++) {
      ActivityView activity = activities.get(i);
      entries.add(new Entry(i + 1, activity, WheelPicture.ringName(activity.role()),
          dates(activity.opens(), activity.due())));
    }
    model.addAttribute("centre", centre);
    model.addAttribute("countyName", Counties.name(centre.county()));
    model.addAttribute("year", year);
    model.addAttribute("entries", entries);
    model.addAttribute("svg", svg);
    model.addAttribute("states", ActivityState.values());
    model.addAttribute("today", day(today) + " " + today.getYear());
    model.addAttribute("roles", FeedSubscriptions.ROLES);
  }

  /** "2–30 jan", "13 mar–2 apr". */
  static String dates(LocalDate from, LocalDate to) {
    if (from.getMonth() == to.getMonth() && from.getYear() == to.getYear()) {
      return from.getDayOfMonth() + "–" + day(to);
    }
    return day(from) + "–" + day(to);
  }

  private static String day(LocalDate date) {
    return date.getDayOfMonth() + " " + date.getMonth().getDisplayName(TextStyle.FULL, SWEDISH).substring(0, 3);
  }
}
