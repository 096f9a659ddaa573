package se.arshjulet.yearview;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.web.util.HtmlUtils;
import se.arshjulet.centre.WheelRole;

/**
 * Draws a centre's year as an årshjul in SVG: twelve months around a circle, starting at the top and running
 * clockwise; each activity an arc from the day it opens to its due day, in its role's ring (named in the wheel) and
 * its state's colour, with its number (the order of the list: the legend beside the wheel gives the names) and the
 * details on hover; today as a red line. Readable on an A4 page, where it replaces the paper wheel on the wall.
 */
public final class WheelPicture {

  private static final Locale SWEDISH = new Locale("sv", "SE");
  private static final int SIZE = 760;
  private static final int MARGIN = 48;
  private static final double CENTRE = SIZE / 2.0;
  private static final double MONTH_RING = 340;
  /** The roles' rings from the outside in, with the names the wheel gives them. */
  private static final Map<String, Double> ROLE_RING = new LinkedHashMap<>();
  /** Activities of one ring that overlap in time lie side by side: on the ring, outside it, inside it. */
  private static final double[] LANE_OFFSET = {0, 18, -18};
  private static final double LABEL_RADIUS = 9;
  /** Where along its arc an activity's number may stand, tried in this order until it is clear of the others. */
  private static final double[] LABEL_AT = {0.5, 0.35, 0.65, 0.2, 0.8, 0.1, 0.9, 0.0};

  static {
    ROLE_RING.put(WheelRole.COORDINATOR.code(), 300.0);
    ROLE_RING.put(WheelRole.STEERING_GROUP.code(), 240.0);
    ROLE_RING.put(WheelRole.UNIT_MANAGER.code(), 180.0);
  }

  static final String STYLE = """
      .month { fill: #37474f; font: 15px 'DejaVu Sans', Arial, sans-serif; }
      .ring { fill: none; stroke: #eceff1; stroke-width: 50; }
      .ring-name { fill: #37474f; font: bold 12px 'DejaVu Sans', Arial, sans-serif; text-anchor: middle;
        letter-spacing: 0.5px; paint-order: stroke; stroke: #fff; stroke-width: 3px; stroke-linejoin: round; }
      .tick { stroke: #90a4ae; stroke-width: 1; }
      .activity path { fill: none; stroke-width: 14; stroke-linecap: round; }
      .activity circle.due { stroke: #fff; stroke-width: 2; }
      .activity.skipped path { stroke-dasharray: 4 6; }
      .number circle { fill: #fff; stroke-width: 2; }
      .number text { fill: #263238; font: bold 11px 'DejaVu Sans', Arial, sans-serif; text-anchor: middle; }
      .today { stroke: #c62828; stroke-width: 3; }
      .today-label { fill: #c62828; font: bold 13px 'DejaVu Sans', Arial, sans-serif; }
      .title { font: bold 20px 'DejaVu Sans', Arial, sans-serif; text-anchor: middle; fill: #263238; }
      .subtitle { font: 13px 'DejaVu Sans', Arial, sans-serif; text-anchor: middle; fill: #455a64; }
      """;

  private WheelPicture() {
  }

  /** Where an activity is drawn: its ring's radius (with its lane) and its arc's angles. */
  private record Placed(int number, ActivityView activity, double radius, double start, double end) {
  }

  public static String svg(String centreName, int year, List<ActivityView> activities, LocalDate today) {
    String title = "Årshjul " + year + " för " + centreName;
    StringBuilder svg = new StringBuilder();
    // Room beside the circle for the longest month names ("september") and the "Idag" label.
    svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"%d %d %d %d\"",
            -MARGIN, -MARGIN / 8, SIZE + 2 * MARGIN, SIZE + MARGIN / 4))
        .append(" width=\"100%\" role=\"img\" aria-labelledby=\"wheel-title wheel-desc\"><title id=\"wheel-title\">")
        .append(esc(title)).append("</title><desc id=\"wheel-desc\">").append(esc(description(activities)))
        .append("</desc><style>").append(STYLE).append("</style>");
    for (double ring : ROLE_RING.values()) {
      svg.append(circle(ring, "ring"));
    }
    for (Month month : Month.values()) {
      LocalDate first = LocalDate.of(year, month, 1);
      double[] outer = point(angle(first, year), MONTH_RING + 18);
      double[] inner = point(angle(first, year), 150);
      svg.append(String.format(Locale.ROOT, "<line class=\"tick\" x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"/>",
          inner[0], inner[1], outer[0], outer[1]));
      // Outside the outer ring: to the right of it on the right, to the left on the left.
      double middle = angle(first.plusDays(first.lengthOfMonth() / 2), year);
      double[] label = point(middle, MONTH_RING);
      double side = Math.sin(Math.toRadians(middle));
      String anchor = side > 0.3 ? "start" : side < -0.3 ? "end" : "middle";
      svg.append(String.format(Locale.ROOT, "<text class=\"month\" x=\"%.1f\" y=\"%.1f\" dy=\"0.35em\" "
          + "text-anchor=\"%s\">%s</text>", label[0], label[1], anchor, month.getDisplayName(TextStyle.FULL, SWEDISH)));
    }
    List<Placed> placed = place(activities, year);
    List<double[]> labels = new ArrayList<>();
    for (Placed activity : placed) {
      svg.append(activity(activity, labels));
    }
    svg.append(ringNames(placed));
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

  /** The ring a person reads for a role ("Samordnare"). */
  public static String ringName(String role) {
    return WheelRole.ofCode(role).map(WheelRole::title).orElse(role == null ? "" : role);
  }

  private static String description(List<ActivityView> activities) {
    StringBuilder text = new StringBuilder("Tolv månader medurs från januari högst upp. Ringarna utifrån: samordnare, "
        + "ledningsgrupp, enhetschefer. Aktiviteterna är numrerade i tidsordning:");
    for (int i = 0; i < activities.size(); i++) {
      ActivityView activity = activities.get(i);
      text.append(' ').append(i + 1).append(". ").append(activity.name()).append(" (")
          .append(ringName(activity.role()).toLowerCase(SWEDISH)).append(", ").append(activity.opens()).append(" – ")
          .append(activity.due()).append(", ").append(activity.state().label()).append(").");
    }
    return text.toString();
  }

  /**
   * Each activity in its role's ring; one that overlaps an earlier one of the same ring moves to the first lane that
   * is free at its start (on the ring, outside, inside), or to the lane that frees up first.
   */
  private static List<Placed> place(List<ActivityView> activities, int year) {
    Map<String, double[]> laneEnds = new HashMap<>();
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < activities.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.comparing((Integer i) -> activities.get(i).opens()).thenComparing(i -> i));
    Placed[] placed = new Placed[activities.size()];
    for (int i : order) {
      ActivityView activity = activities.get(i);
      double start = angle(activity.opens(), year);
      double end = Math.max(angle(activity.due().plusDays(1), year), start + 2);
      double[] ends = laneEnds.computeIfAbsent(String.valueOf(activity.role()), role -> new double[] {-1, -1, -1});
      int lane = 0;
      for (int candidate = 0; candidate < ends.length; candidate++) {
        if (ends[candidate] <= start) {
          lane = candidate;
          break;
        }
        if (ends[candidate] < ends[lane]) {
          lane = candidate;
        }
      }
      ends[lane] = end;
      double radius = ROLE_RING.getOrDefault(activity.role(), 140.0) + LANE_OFFSET[lane];
      placed[i] = new Placed(i + 1, activity, radius, start, end);
    }
    return List.of(placed);
  }

  /**
   * The rings' names, in the widest stretch of the year where no activity lies (the summer, in most wheels), written
   * along each ring and upright.
   */
  private static String ringNames(List<Placed> placed) {
    double at = widestGap(placed);
    StringBuilder names = new StringBuilder();
    double rotation = at > 90 && at < 270 ? at - 180 : at;
    ROLE_RING.forEach((role, radius) -> {
      double[] point = point(at, radius);
      names.append(String.format(Locale.ROOT, "<text class=\"ring-name\" x=\"%.1f\" y=\"%.1f\" dy=\"0.35em\" "
          + "transform=\"rotate(%.1f %.1f %.1f)\">%s</text>", point[0], point[1], rotation, point[0], point[1],
          esc(ringName(role))));
    });
    return names.toString();
  }

  /** The middle of the widest stretch of the year (in degrees) that no activity's arc covers. */
  private static double widestGap(List<Placed> placed) {
    List<double[]> arcs = new ArrayList<>();
    for (Placed activity : placed) {
      arcs.add(new double[] {activity.start(), Math.min(activity.end(), 360)});
    }
    if (arcs.isEmpty()) {
      return 180;
    }
    arcs.sort(Comparator.comparingDouble(arc -> arc[0]));
    double bestFrom = 0;
    double bestLength = -1;
    double coveredTo = arcs.get(0)[1];
    for (double[] arc : arcs) {
      if (arc[0] > coveredTo && arc[0] - coveredTo > bestLength) {
        bestFrom = coveredTo;
        bestLength = arc[0] - coveredTo;
      }
      coveredTo = Math.max(coveredTo, arc[1]);
    }
    double wrap = 360 - coveredTo + arcs.get(0)[0];
    if (wrap > bestLength) {
      bestFrom = coveredTo;
      bestLength = wrap;
    }
    return (bestFrom + bestLength / 2) % 360;
  }

  private static String activity(Placed placed, List<double[]> labels) {
    ActivityView activity = placed.activity();
    double radius = placed.radius();
    double[] from = point(placed.start(), radius);
    double[] to = point(placed.end(), radius);
    boolean large = placed.end() - placed.start() > 180;
    String colour = activity.state().colour();
    StringBuilder title = new StringBuilder().append(placed.number()).append(". ").append(activity.name())
        .append("\nRoll: ").append(WheelRole.ofCode(activity.role()).map(WheelRole::inSentence)
            .orElse(String.valueOf(activity.role())))
        .append("\nÖppnar: ").append(activity.opens()).append("\nSenast: ").append(activity.due())
        .append("\nStatus: ").append(activity.state().label());
    if (activity.completedAt() != null) {
      title.append("\nKlar: ").append(activity.completed());
    }
    double[] label = labelPosition(placed, labels);
    labels.add(label);
    return String.format(Locale.ROOT, "<g class=\"activity %s\" data-key=\"%s\" data-state=\"%s\" data-opens=\"%s\" "
            + "data-due=\"%s\" data-number=\"%d\"><title>%s</title><path stroke=\"%s\" "
            + "d=\"M %.1f %.1f A %.1f %.1f 0 %d 1 %.1f %.1f\"/><circle class=\"due\" fill=\"%s\" r=\"6\" cx=\"%.1f\" cy=\"%.1f\"/><g class=\"number\">"
            + "<circle stroke=\"%s\" r=\"%.1f\" cx=\"%.1f\" cy=\"%.1f\"/><text x=\"%.1f\" y=\"%.1f\" dy=\"0.35em\">%d"
            + "</text></g></g>",
        activity.state().code(), esc(activity.key()), activity.state().code(), activity.opens(), activity.due(),
        placed.number(), esc(title.toString()), colour, from[0], from[1], radius, radius, large ? 1 : 0, to[0], to[1],
        colour, to[0], to[1], colour, LABEL_RADIUS, label[0], label[1], label[0], label[1], placed.number());
  }

  /** The first place along the arc where the number is clear of the numbers already drawn (else the least crowded). */
  private static double[] labelPosition(Placed placed, List<double[]> labels) {
    double[] best = null;
    double bestClearance = -1;
    for (double at : LABEL_AT) {
      double[] point = point(placed.start() + at * (placed.end() - placed.start()), placed.radius());
      double clearance = Double.MAX_VALUE;
      for (double[] other : labels) {
        clearance = Math.min(clearance, Math.hypot(point[0] - other[0], point[1] - other[1]));
      }
      if (clearance >= 2 * LABEL_RADIUS + 1) {
        return point;
      }
      if (clearance > bestClearance) {
        best = point;
        bestClearance = clearance;
      }
    }
    return best;
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
