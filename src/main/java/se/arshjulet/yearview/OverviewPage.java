package se.arshjulet.yearview;

import java.util.Map;
import java.util.stream.Collectors;

/** The county overview as a Swedish HTML table and as CSV (semicolon-separated, as Swedish Excel expects). */
final class OverviewPage {

  private OverviewPage() {
  }

  static String html(CountyOverview.Table table, String municipality, String kind) {
    StringBuilder page = new StringBuilder("<!DOCTYPE html><html lang=\"sv\"><head><meta charset=\"utf-8\"><title>")
        .append(WheelPicture.esc("Översikt " + table.year() + " – " + table.scope())).append("</title><style>")
        .append("body{font-family:sans-serif;margin:2em;color:#263238}table{border-collapse:collapse}")
        .append("td,th{border:1px solid #cfd8dc;padding:3px 6px;font-size:13px}")
        .append("th.activity{writing-mode:vertical-rl;transform:rotate(180deg);font-weight:normal}")
        .append("</style></head><body><h1>").append(WheelPicture.esc("Översikt " + table.year() + " – "
            + table.scope())).append("</h1><form method=\"get\">Kommun <input name=\"kommun\" value=\"")
        .append(WheelPicture.esc(municipality == null ? "" : municipality)).append("\"> Typ <select name=\"typ\">")
        .append(option("", "alla", kind)).append(option("FC", "FC", kind)).append(option("FCLV", "FCLV", kind))
        .append("</select> <button>Filtrera</button> <a href=\"").append(table.year())
        .append("/oversikt.csv\">Hämta som CSV</a></form><table><thead><tr><th>Familjecentral</th><th>Kommun</th>")
        .append("<th>Typ</th>");
    table.activities().forEach((key, name) -> page.append("<th class=\"activity\" title=\"").append(WheelPicture.esc(key))
        .append("\">").append(WheelPicture.esc(name)).append("</th>"));
    page.append("<th>Klara</th><th>Pågår</th><th>Försenade</th><th>Verksamhetsberättelse</th>")
        .append("<th>Prioriterade områden</th></tr></thead><tbody>");
    for (CountyOverview.Row row : table.rows()) {
      page.append("<tr data-centre=\"").append(WheelPicture.esc(row.centre().id())).append("\"><td><a href=\"/arshjul/")
          .append(WheelPicture.esc(row.centre().id())).append('/').append(table.year()).append("\">")
          .append(WheelPicture.esc(row.centre().name())).append("</a></td><td>")
          .append(WheelPicture.esc(row.centre().municipality())).append("</td><td>").append(row.centre().kind())
          .append("</td>");
      for (String key : table.activities().keySet()) {
        ActivityState state = row.states().get(key);
        page.append(state == null ? "<td></td>" : "<td style=\"background:" + state.colour() + "\" title=\""
            + state.label() + "\" data-state=\"" + state.code() + "\"></td>");
      }
      page.append("<td>").append(row.done()).append("</td><td>").append(row.open()).append("</td><td>")
          .append(row.overdue()).append("</td><td>").append(row.reportSubmitted() ? "inlämnad" : "saknas")
          .append("</td><td>").append(WheelPicture.esc(String.join(", ", row.priorityAreas()))).append("</td></tr>");
    }
    return page.append("</tbody></table></body></html>").toString();
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

  private static String option(String value, String label, String selected) {
    return "<option value=\"" + value + "\"" + (value.equalsIgnoreCase(selected == null ? "" : selected)
        ? " selected" : "") + ">" + label + "</option>";
  }

  private static String cell(String value) {
    return value.contains(";") || value.contains("\"") ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
  }
}
