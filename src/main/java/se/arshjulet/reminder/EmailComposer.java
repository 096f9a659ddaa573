package se.arshjulet.reminder;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import se.arshjulet.settings.Settings;

/** Writes the Swedish text and HTML of each kind of email. */
@Component
public class EmailComposer {

  /** Subject, plain text and HTML of one email. */
  public record Content(String subject, String text, String html) {
  }

  private final String baseUrl;

  public EmailComposer(Settings settings) {
    this.baseUrl = settings.baseUrl();
  }

  public String taskLink(String taskId) {
    return baseUrl + "/camunda/app/tasklist/default/#/?task=" + taskId;
  }

  /** The centre's årshjul for the year of the task. */
  public String wheelLink(OpenTask task) {
    return baseUrl + "/arshjul/" + task.centreId() + "/" + task.dueDay().getYear();
  }

  public Content reminder(OpenTask task, String centreName) {
    String due = SwedishDates.format(task.dueDay());
    String subject = "Påminnelse: " + task.name() + " – " + centreName + ", senast " + due;
    String text = "Hej!\n\nPåminnelse från årshjulet för " + centreName + ":\n\n"
        + "  " + task.name() + "\n  Ska vara klar senast " + due + ".\n\n"
        + "Öppna uppgiften i Tasklist: " + taskLink(task.taskId()) + "\n"
        + "Hela årshjulet: " + wheelLink(task) + "\n\n" + footer();
    String html = page("<p>Påminnelse från årshjulet för <strong>" + esc(centreName) + "</strong>:</p>"
        + "<p><strong>" + esc(task.name()) + "</strong><br>Ska vara klar senast " + esc(due) + ".</p>"
        + "<p><a href=\"" + esc(taskLink(task.taskId())) + "\">Öppna uppgiften i Tasklist</a> · "
        + "<a href=\"" + esc(wheelLink(task)) + "\">Hela årshjulet</a></p>");
    return new Content(subject, text, html);
  }

  public Content overdue(OpenTask task, String centreName) {
    String due = SwedishDates.format(task.dueDay());
    String subject = "Försenad: " + task.name() + " – " + centreName + " (skulle vara klar " + due + ")";
    String text = "Hej!\n\nEn uppgift i årshjulet för " + centreName + " är försenad:\n\n"
        + "  " + task.name() + "\n  Skulle vara klar " + due + " och är inte klar än.\n\n"
        + "Uppgiften i Tasklist: " + taskLink(task.taskId()) + "\n"
        + "Hela årshjulet: " + wheelLink(task) + "\n\n" + footer();
    String html = page("<p>En uppgift i årshjulet för <strong>" + esc(centreName) + "</strong> är försenad:</p>"
        + "<p><strong>" + esc(task.name()) + "</strong><br>Skulle vara klar " + esc(due)
        + " och är inte klar än.</p><p><a href=\"" + esc(taskLink(task.taskId())) + "\">Uppgiften i Tasklist</a></p>");
    return new Content(subject, text, html);
  }

  /** One digest for one manager: the coming and overdue tasks of each of her centres. */
  public Content digest(String week, List<CentreDigest> centres, LocalDate today) {
    long overdue = centres.stream().flatMap(c -> c.tasks().stream()).filter(t -> t.dueDay().isBefore(today)).count();
    long coming = centres.stream().mapToLong(c -> c.tasks().size()).sum() - overdue;
    String subject = "Årshjulet vecka " + week + ": " + coming + " att göra, " + overdue + " försenade";
    StringBuilder text = new StringBuilder("Hej!\n\nVeckans sammanfattning av årshjulet.\n");
    StringBuilder html = new StringBuilder("<p>Veckans sammanfattning av årshjulet.</p>");
    for (CentreDigest centre : centres) {
      text.append("\n").append(centre.centreName()).append(":\n");
      html.append("<h3>").append(esc(centre.centreName())).append("</h3><ul>");
      for (OpenTask task : centre.tasks()) {
        String state = task.dueDay().isBefore(today) ? "FÖRSENAD, skulle vara klar " : "klar senast ";
        String line = task.name() + " – " + state + SwedishDates.format(task.dueDay());
        text.append("  - ").append(line).append("\n    ").append(taskLink(task.taskId())).append("\n");
        html.append("<li><a href=\"").append(esc(taskLink(task.taskId()))).append("\">").append(esc(line))
            .append("</a></li>");
      }
      html.append("</ul>");
    }
    text.append("\n").append(footer());
    return new Content(subject, text.toString(), page(html.toString()));
  }

  /** The tasks of one centre in a digest. */
  public record CentreDigest(String centreName, List<OpenTask> tasks) {
  }

  private static String footer() {
    return "Det här mejlet skickades automatiskt av Årshjulet. Svara inte på det.";
  }

  private static String page(String body) {
    return "<html><body><p>Hej!</p>" + body + "<p style=\"color:#666\">" + esc(footer()) + "</p></body></html>";
  }

  private static String esc(String text) {
    return HtmlUtils.htmlEscape(text, "UTF-8");
  }
}
