package se.arshjulet.yearview;

import java.util.List;
import org.springframework.ui.Model;
import se.arshjulet.centre.Centre;
import se.arshjulet.centre.Counties;

/**
 * The printable Swedish page around the wheel picture (template {@code yearview/year}): the picture, a legend and the
 * activities as a table.
 */
final class YearPage {

  static final String TEMPLATE = "yearview/year";

  private YearPage() {
  }

  static void model(Model model, Centre centre, int year, List<ActivityView> activities, String svg) {
    model.addAttribute("centre", centre);
    model.addAttribute("countyName", Counties.name(centre.county()));
    model.addAttribute("year", year);
    model.addAttribute("activities", activities);
    model.addAttribute("svg", svg);
    model.addAttribute("states", ActivityState.values());
    model.addAttribute("roles", FeedSubscriptions.ROLES);
  }
}
