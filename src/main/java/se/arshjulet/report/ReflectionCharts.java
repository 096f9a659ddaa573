package se.arshjulet.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The self-reflection diagrams as SVG, one picture for the page, the PDF and (rasterised) the Word document: bars
 * per area or per statement on the four-step scale, one bar per occasion, and a radar ("spindel") over the areas.
 */
public final class ReflectionCharts {

  /** Colours of the occasions, newest first; each has at least 4.5:1 contrast on white. */
  static final String[] COLOURS = {"#1565c0", "#b34700", "#5e35b1"};
  private static final String FONT = "font-family=\"DejaVu Sans, Arial, sans-serif\"";

  private ReflectionCharts() {
  }

  /** Mean step per area, a bar per occasion. */
  public static String areas(SelfReflectionForm form, List<Occasion> occasions) {
    List<String> rows = form.areas().stream().map(SelfReflectionForm.Area::name).toList();
    List<List<Double>> values = new ArrayList<>();
    for (String area : rows) {
      values.add(occasions.stream().map(occasion -> occasion.areaMeans().get(area)).toList());
    }
    return bars("Självreflektion per område (medel, 1–4)", rows, values, occasions, form);
  }

  /** Each statement of one area, a bar per occasion. */
  public static String statements(SelfReflectionForm form, SelfReflectionForm.Area area, List<Occasion> occasions) {
    List<String> rows = area.statements().stream().map(SelfReflectionForm.Statement::label).toList();
    List<List<Double>> values = new ArrayList<>();
    for (SelfReflectionForm.Statement statement : area.statements()) {
      values.add(occasions.stream().map(occasion -> {
        Integer step = occasion.steps().get(statement.key());
        return step == null ? null : step.doubleValue();
      }).toList());
    }
    return bars(area.name(), rows, values, occasions, form);
  }

  private static String bars(String title, List<String> rows, List<List<Double>> values, List<Occasion> occasions,
                             SelfReflectionForm form) {
    int labelWidth = 270;
    int plotWidth = 360;
    int barHeight = 11;
    int rowHeight = occasions.size() * barHeight + 12;
    int top = 46;
    int height = top + rows.size() * rowHeight + 40;
    int width = labelWidth + plotWidth + 20;
    StringBuilder svg = open(width, height, title);
    svg.append(text(10, 18, 14, "bold", "start", title));
    legend(svg, occasions, 10, 36);
    for (int step = 1; step <= SelfReflectionForm.STEPS; step++) {
      double x = labelWidth + plotWidth * step / (double) SelfReflectionForm.STEPS;
      svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#cfd8dc\"/>",
          x, top, x, top + rows.size() * rowHeight));
      String label = form.scaleLabels().size() == SelfReflectionForm.STEPS
          ? step + " " + form.scaleLabels().get(SelfReflectionForm.STEPS - step) : String.valueOf(step);
      svg.append(text(x, top + rows.size() * rowHeight + 14 + (step % 2) * 12, 9, "normal", "end", label));
    }
    for (int row = 0; row < rows.size(); row++) {
      int y = top + row * rowHeight;
      svg.append(text(labelWidth - 8, y + rowHeight / 2.0 + 4, 11, "normal", "end", shorten(rows.get(row), 38)));
      for (int i = 0; i < occasions.size(); i++) {
        Double value = values.get(row).get(i);
        double barY = y + 6 + i * barHeight;
        if (value == null) {
          svg.append(text(labelWidth + 4, barY + 9, 9, "normal", "start", "ej ifyllt"));
          continue;
        }
        double barWidth = plotWidth * value / SelfReflectionForm.STEPS;
        svg.append(String.format(Locale.ROOT,
            "<rect x=\"%d\" y=\"%.1f\" width=\"%.1f\" height=\"%d\" fill=\"%s\"><title>%s: %s</title></rect>",
            labelWidth, barY, barWidth, barHeight - 2, COLOURS[i % COLOURS.length], esc(occasions.get(i).label()),
            number(value)));
      }
    }
    return svg.append("</svg>").toString();
  }

  /** Radar over the areas: rings at steps 1–4, a polygon per occasion. */
  public static String radar(SelfReflectionForm form, List<Occasion> occasions) {
    int size = 640;
    double cx = size / 2.0;
    double cy = 260;
    double radius = 150;
    List<String> areas = form.areas().stream().map(SelfReflectionForm.Area::name).toList();
    String title = "Självreflektion: spindeldiagram över områdena";
    StringBuilder svg = open(size, 480, title);
    svg.append(text(10, 18, 14, "bold", "start", title));
    legend(svg, occasions, 10, 36);
    int n = Math.max(areas.size(), 3);
    for (int ring = 1; ring <= SelfReflectionForm.STEPS; ring++) {
      svg.append("<polygon fill=\"none\" stroke=\"#cfd8dc\" points=\"");
      for (int i = 0; i < n; i++) {
        svg.append(point(cx, cy, radius * ring / SelfReflectionForm.STEPS, i, n)).append(' ');
      }
      svg.append("\"/>");
      svg.append(text(cx + 3, cy - radius * ring / SelfReflectionForm.STEPS - 2, 9, "normal", "start",
          String.valueOf(ring)));
    }
    for (int i = 0; i < areas.size(); i++) {
      String end = point(cx, cy, radius, i, n);
      svg.append("<line x1=\"").append(fmt(cx)).append("\" y1=\"").append(fmt(cy)).append("\" x2=\"")
          .append(end.split(",")[0]).append("\" y2=\"").append(end.split(",")[1]).append("\" stroke=\"#cfd8dc\"/>");
      double angle = angle(i, n);
      double lx = cx + (radius + 14) * Math.cos(angle);
      double ly = cy + (radius + 14) * Math.sin(angle) + 4;
      String anchor = Math.abs(Math.cos(angle)) < 0.2 ? "middle" : Math.cos(angle) > 0 ? "start" : "end";
      svg.append(text(lx, ly, 11, "normal", anchor, areas.get(i)));
    }
    for (int o = occasions.size() - 1; o >= 0; o--) {
      Occasion occasion = occasions.get(o);
      if (!occasion.filledIn()) {
        continue;
      }
      svg.append("<polygon fill=\"").append(COLOURS[o % COLOURS.length]).append("\" fill-opacity=\"0.12\" stroke=\"")
          .append(COLOURS[o % COLOURS.length]).append("\" stroke-width=\"2\" points=\"");
      for (int i = 0; i < areas.size(); i++) {
        Double mean = occasion.areaMeans().get(areas.get(i));
        svg.append(point(cx, cy, radius * (mean == null ? 0 : mean) / SelfReflectionForm.STEPS, i, n)).append(' ');
      }
      svg.append("\"><title>").append(esc(occasion.label())).append("</title></polygon>");
    }
    return svg.append("</svg>").toString();
  }

  /** The county's spread per area: a line from the lowest to the highest centre, the median as a dot. */
  public static String spread(List<AreaSpread> areas, String title) {
    int labelWidth = 200;
    int plotWidth = 380;
    int rowHeight = 28;
    int top = 30;
    int height = top + areas.size() * rowHeight + 30;
    StringBuilder svg = open(labelWidth + plotWidth + 30, height, title);
    svg.append(text(10, 18, 14, "bold", "start", title));
    for (int step = 1; step <= SelfReflectionForm.STEPS; step++) {
      double x = labelWidth + plotWidth * (step - 1) / (double) (SelfReflectionForm.STEPS - 1);
      svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#cfd8dc\"/>",
          x, top, x, top + areas.size() * rowHeight));
      svg.append(text(x, top + areas.size() * rowHeight + 14, 10, "normal", "middle", String.valueOf(step)));
    }
    for (int row = 0; row < areas.size(); row++) {
      AreaSpread area = areas.get(row);
      double y = top + row * rowHeight + rowHeight / 2.0;
      svg.append(text(labelWidth - 8, y + 4, 11, "normal", "end", area.area()));
      if (area.median() == null) {
        svg.append(text(labelWidth + 4, y + 4, 10, "normal", "start", "ej ifyllt"));
        continue;
      }
      svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" "
          + "stroke=\"%s\" stroke-width=\"4\"/>", scaleX(area.lowest(), labelWidth, plotWidth), y,
          scaleX(area.highest(), labelWidth, plotWidth), y, COLOURS[1]));
      svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"6\" fill=\"%s\"><title>%s: median "
          + "%s, %s–%s</title></circle>", scaleX(area.median(), labelWidth, plotWidth), y, COLOURS[0],
          esc(area.area()), AreaSpread.text(area.median()), AreaSpread.text(area.lowest()),
          AreaSpread.text(area.highest())));
    }
    return svg.append("</svg>").toString();
  }

  private static double scaleX(double value, int labelWidth, int plotWidth) {
    return labelWidth + plotWidth * (value - 1) / (SelfReflectionForm.STEPS - 1);
  }

  private static StringBuilder open(int width, int height, String title) {
    // alt: openhtmltopdf's text alternative for the picture in a tagged (PDF/UA) document.
    return new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" alt=\"").append(esc(title))
        .append("\" width=\"").append(width)
        .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
        .append("\" ").append(FONT).append("><title>").append(esc(title)).append("</title>")
        .append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>");
  }

  private static void legend(StringBuilder svg, List<Occasion> occasions, int x, int y) {
    int offset = x;
    for (int i = 0; i < occasions.size(); i++) {
      svg.append("<rect x=\"").append(offset).append("\" y=\"").append(y - 9).append("\" width=\"10\" height=\"10\" ")
          .append("fill=\"").append(COLOURS[i % COLOURS.length]).append("\"/>");
      String label = occasions.get(i).label() + (occasions.get(i).filledIn() ? "" : " (ej ifyllt)");
      svg.append(text(offset + 14, y, 11, "normal", "start", label));
      offset += 24 + label.length() * 7;
    }
  }

  private static String text(double x, double y, int size, String weight, String anchor, String content) {
    return String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"%d\" font-weight=\"%s\" "
        + "text-anchor=\"%s\" fill=\"#263238\">%s</text>", x, y, size, weight, anchor, esc(content));
  }

  private static double angle(int i, int n) {
    return -Math.PI / 2 + 2 * Math.PI * i / n;
  }

  private static String point(double cx, double cy, double r, int i, int n) {
    return fmt(cx + r * Math.cos(angle(i, n))) + "," + fmt(cy + r * Math.sin(angle(i, n)));
  }

  private static String fmt(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }

  private static String number(double value) {
    return String.format(Locale.forLanguageTag("sv-SE"), "%.1f", value);
  }

  private static String shorten(String label, int max) {
    return label.length() <= max ? label : label.substring(0, max - 1) + "…";
  }

  static String esc(String text) {
    return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
