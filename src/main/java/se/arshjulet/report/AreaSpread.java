package se.arshjulet.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/** How a county's centres placed themselves on one area: median and range of their means (1–4). */
public record AreaSpread(String area, int centres, Double median, Double lowest, Double highest) {

  public static AreaSpread of(String area, Collection<Double> means) {
    List<Double> sorted = new ArrayList<>(means.stream().filter(java.util.Objects::nonNull).sorted().toList());
    if (sorted.isEmpty()) {
      return new AreaSpread(area, 0, null, null, null);
    }
    int n = sorted.size();
    double median = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    return new AreaSpread(area, n, median, sorted.get(0), sorted.get(n - 1));
  }

  static String text(Double value) {
    return value == null ? "–" : String.format(Locale.forLanguageTag("sv-SE"), "%.1f", value);
  }
}
