package se.arshjulet.yearview;

import java.util.List;
import se.arshjulet.centre.Centre;

/** The printable Swedish page around the wheel picture: the picture, a legend and the activities as a table. */
final class YearPage {

  private YearPage() {
  }

  static String html(Centre centre, int year, List<ActivityView> activities, String svg) {
    StringBuilder page = new StringBuilder("<!DOCTYPE html><html lang=\"sv\"><head><meta charset=\"utf-8\">")
        .append("<title>").append(WheelPicture.esc("Årshjul " + year + " – " + centre.name())).append("</title>")
        .append("<style>body{font-family:sans-serif;margin:2em;color:#263238}table{border-collapse:collapse}")
        .append("td,th{border-bottom:1px solid #cfd8dc;padding:4px 8px;text-align:left}.legend span{margin-right:1em}")
        .append(".dot{display:inline-block;width:12px;height:12px;border-radius:6px;margin-right:4px}")
        .append("@page{size:A4;margin:12mm}@media print{body{margin:0}svg{max-height:180mm}}</style></head><body>")
        .append("<h1>").append(WheelPicture.esc("Årshjul " + year + " – " + centre.name())).append("</h1>")
        .append("<p>").append(WheelPicture.esc(centre.municipality() + ", " + centre.kind())).append("</p>")
        .append(svg).append("<p class=\"legend\">");
    for (ActivityState state : ActivityState.values()) {
      page.append("<span><i class=\"dot\" style=\"background:").append(state.colour()).append("\"></i>")
          .append(state.label()).append("</span>");
    }
    page.append("</p><table><thead><tr><th>Aktivitet</th><th>Öppnar</th><th>Senast</th><th>Status</th>")
        .append("<th>Klar</th></tr></thead><tbody>");
    for (ActivityView activity : activities) {
      page.append("<tr data-key=\"").append(WheelPicture.esc(activity.key())).append("\"><td>")
          .append(WheelPicture.esc(activity.name())).append("</td><td>").append(activity.opens()).append("</td><td>")
          .append(activity.due()).append("</td><td>").append(activity.state().label()).append("</td><td>")
          .append(activity.completedAt() == null ? "" : activity.completedAt().toLocalDate()
              + (activity.completedBy() == null ? "" : " av " + WheelPicture.esc(activity.completedBy())))
          .append("</td></tr>");
    }
    return page.append("</tbody></table></body></html>").toString();
  }
}
