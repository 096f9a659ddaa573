package se.arshjulet.yearview;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.ui.Model;
import se.arshjulet.centre.Centre;

/**
 * The county overview as a Swedish HTML table (template {@code yearview/overview}) and as CSV (semicolon-separated,
 * as Swedish Excel expects).
 */
final class OverviewPage {

  static final String TEMPLATE = "yearview/overview";
  /** The choices of the filter "Typ": value and label. */
  private static final Map<String, String> KINDS = kinds();

  private OverviewPage() {
  }

  static String model(Model model, CountyOverview.Table table, String municipality, String kind) {
    model.addAttribute("table", table);
    model.addAttribute("municipality", municipality == null ? "" : municipality);
    model.addAttribute("kind", kind == null ? "" : kind);
    model.addAttribute("kinds", KINDS);
    model.addAttribute("states", ActivityState.values());
    return TEMPLATE;
  }

  static String csv(CountyOverview.Table table) {
    StringBuilder csv = new StringBuilder("familjecentral;namn;kommun;typ;");
    csv.append(String.join(";", table.activities().keySet()))
        .append(";klara;pagar;forsenade;verksamhetsberattelse;prioriterade_omraden\n");
    for (CountyOverview.Row row : table.rows()) {
      csv.append(cell(row.centre().id())).append(';').append(cell(row.centre().name())).append(';')
          .append(cell(row.centre().municipality())).append(';').append(row.centre().kind()).append(';');
      Map<String, ActivityState> states = row.states();
      csv.append(table.activities().keySet().stream()
          .map(key -> states.get(key) == null ? "" : states.get(key).label()).collect(Collectors.joining(";")));
      csv.append(';').append(row.done()).append(';').append(row.open()).append(';').append(row.overdue()).append(';')
          .append(row.reportSubmitted() ? "inlämnad" : "saknas").append(';')
          .append(cell(String.join(", ", row.priorityAreas()))).append('\n');
    }
    return csv.toString();
  }

  private static Map<String, String> kinds() {
    Map<String, String> kinds = new LinkedHashMap<>();
    kinds.put("", "alla");
    for (Centre.Kind kind : Centre.Kind.values()) {
      kinds.put(kind.name(), kind.name());
    }
    return Collections.unmodifiableMap(kinds);
  }

  private static String cell(String value) {
    return value.contains(";") || value.contains("\"") ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
  }
}
