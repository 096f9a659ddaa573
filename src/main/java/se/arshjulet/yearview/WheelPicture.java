package se.arshjulet.yearview;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.web.util.HtmlUtils;

/**
 * Draws a centre's year as an årshjul in SVG: twelve months around a circle, starting at the top and running
 * clockwise; each activity an arc from the day it opens to its due day, in its role's ring and its state's colour,
 * with the details on hover; today as a red line. Sized to fit an A4 page.
 */
public final class WheelPicture {

  private static final Locale SWEDISH = new Locale("sv", "SE");
  private static final int SIZE = 760;
  private static final double CENTRE = SIZE / 2.0;
  private static final double MONTH_RING = 350;
  private static final Map<String, Double> ROLE_RING = Map.of(
      "coordinator", 300.0, "steering-group", 240.0, "unit-manager", 180.0);
  private static final Map<String, String> ROLE_NAME = Map.of(
      "coordinator", "samordnare", "steering-group", "ledningsgruppen", "unit-manager", "enhetschef");
  static final String STYLE = """
      .month { fill: #37474f; font: 14px sans-serif; text-anchor: middle; }
      .ring { fill: none; stroke: #eceff1; stroke-width: 22; }
      .tick { stroke: #90a4ae; stroke-width: 1; }
      .activity path { fill: none; stroke-width: 14; stroke-linecap: round; }
      .activity circle { stroke: #fff; stroke-width: 2; }
      .activity.skipped path { stroke-dasharray: 4 6; }
      .today { stroke: #c62828; stroke-width: 3; }
      .today-label { fill: #c62828; font: bold 13px sans-serif; }
      .title { font: bold 20px sans-serif; text-anchor: middle; fill: #263238; }
      .subtitle { font: 13px sans-serif; text-anchor: middle; fill: #546e7a; }
      """;

  private WheelPicture() {
  }

  public static String svg(String centreName, int year, List<ActivityView> activities, LocalDate today) {
    StringBuilder svg = new StringBuilder();
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(SIZE).append(' ').append(SIZE)
        .append("\" width=\"100%\" role=\"img\" aria-label=\"").append(esc("Årshjul " + year + " för " + centreName))
        .append("\"><style>").append(STYLE).append("</style>");
    for (double ring : new double[] {ROLE_RING.get("coordinator"), ROLE_RING.get("steering-group"),
        ROLE_RING.get("unit-manager")}) {
      svg.append(circle(ring, "ring"));
    }
    for (Month month : Month.values()) {
      LocalDate first = LocalDate.of(year, month, 1);
      double[] outer = point(angle(first, year), MONTH_RING + 18);
      double[] inner = point(angle(first, year), 150);
      svg.append(String.format(Locale.ROOT, "<line class=\"tick\" x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"/>",
          inner[0], inner[1], outer[0], outer[1]));
      double[] label = point(angle(first.plusDays(first.lengthOfMonth() / 2), year), MONTH_RING);
      svg.append(String.format(Locale.ROOT, "<text class=\"month\" x=\"%.1f\" y=\"%.1f\">%s</text>", label[0],
          label[1] + 5, month.getDisplayName(TextStyle.FULL, SWEDISH)));
    }
    Map<String, Integer> lanes = new HashMap<>();
    for (ActivityView activity : activities) {
      int lane = lanes.merge(activity.role() == null ? "" : activity.role(), 1, Integer::sum) - 1;
      double radius = ROLE_RING.getOrDefault(activity.role(), 140.0) + (lane % 3 - 1) * 16;
      svg.append(activity(activity, year, radius));
    }
    if (today.getYear() == year) {
      double[] from = point(angle(today, year), 120);
      double[] to = point(angle(today, year), MONTH_RING + 22);
      svg.append(String.format(Locale.ROOT, "<line class=\"today\" x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\">"
          + "<title>Idag, %s</title></line>", from[0], from[1], to[0], to[1], today));
      svg.append(String.format(Locale.ROOT, "<text class=\"today-label\" x=\"%.1f\" y=\"%.1f\">Idag</text>",
          to[0] + 4, to[1]));
    }
    svg.append(String.format(Locale.ROOT, "<text class=\"title\" x=\"%.1f\" y=\"%.1f\">Årshjul %d</text>", CENTRE,
        CENTRE - 6, year));
    svg.append(String.format(Locale.ROOT, "<text class=\"subtitle\" x=\"%.1f\" y=\"%.1f\">%s</text>", CENTRE,
        CENTRE + 16, esc(centreName)));
    return svg.append("</svg>").toString();
  }

  private static String activity(ActivityView activity, int year, double radius) {
    double start = angle(activity.opens(), year);
    double end = angle(activity.due().plusDays(1), year);
    if (end - start < 2) {
      end = start + 2;
    }
    double[] from = point(start, radius);
    double[] to = point(end, radius);
    boolean large = end - start > 180;
    String colour = activity.state().colour();
    StringBuilder title = new StringBuilder(activity.name())
        .append("\nRoll: ").append(ROLE_NAME.getOrDefault(activity.role(), String.valueOf(activity.role())))
        .append("\nÖppnar: ").append(activity.opens()).append("\nSenast: ").append(activity.due())
        .append("\nStatus: ").append(activity.state().label());
    if (activity.completedAt() != null) {
      title.append("\nKlar: ").append(activity.completedAt().toLocalDate());
      if (activity.completedBy() != null) {
        title.append(" av ").append(activity.completedBy());
      }
    }
    return String.format(Locale.ROOT, "<g class=\"activity %s\" data-key=\"%s\" data-state=\"%s\" data-opens=\"%s\" "
            + "data-due=\"%s\"><title>%s</title><path stroke=\"%s\" d=\"M %.1f %.1f A %.1f %.1f 0 %d 1 %.1f %.1f\"/>"
            + "<circle fill=\"%s\" r=\"6\" cx=\"%.1f\" cy=\"%.1f\"/></g>",
        activity.state().code(), esc(activity.key()), activity.state().code(), activity.opens(), activity.due(),
        esc(title.toString()), colour, from[0], from[1], radius, radius, large ? 1 : 0, to[0], to[1], colour, to[0],
        to[1]);
  }

  /** Degrees clockwise from the top for the start of a day. */
  static double angle(LocalDate day, int year) {
    LocalDate first = LocalDate.of(year, 1, 1);
    double days = day.toEpochDay() - first.toEpochDay();
    return 360.0 * days / first.lengthOfYear();
  }

  private static double[] point(double degrees, double radius) {
    double radians = Math.toRadians(degrees - 90);
    return new double[] {CENTRE + radius * Math.cos(radians), CENTRE + radius * Math.sin(radians)};
  }

  private static String circle(double radius, String cssClass) {
    return String.format(Locale.ROOT, "<circle class=\"%s\" cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\"/>", cssClass, CENTRE,
        CENTRE, radius);
  }

  static String esc(String text) {
    return HtmlUtils.htmlEscape(text, "UTF-8");
  }
}
