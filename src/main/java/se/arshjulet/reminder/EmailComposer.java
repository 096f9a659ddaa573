package se.arshjulet.reminder;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import se.arshjulet.settings.Settings;

/**
 * Writes the Swedish text and HTML of each kind of email from the templates in {@code templates/email/}: per kind
 * ({@link EmailKind#code()}) {@code <kind>.html}, framed by {@code layout.html} and escaped by {@code th:text}, and
 * {@code <kind>.txt} in Thymeleaf's TEXT mode, whose {@code [(...)]} inserts names as they are (no entities, no tags).
 *
 * <p>The emails have an engine of their own rather than the product's page engine: that one resolves {@code .html}
 * in HTML mode only, and a {@code SpringTemplateEngine} bean of ours would replace Spring Boot's (and its pages').
 */
@Component
public class EmailComposer {

  /** Subject, plain text and HTML of one email. */
  public record Content(String subject, String text, String html) {
  }

  /** The tasks of one centre in a digest. */
  public record CentreDigest(String centreName, List<OpenTask> tasks) {
  }

  /** One task as the templates show it (public, like CentreLines: SpEL's compiler calls its accessors). */
  public record TaskLine(String name, String due, boolean overdue, String taskLink) {
  }

  /** One centre of a digest as the templates show it. */
  public record CentreLines(String centreName, List<TaskLine> tasks) {
  }

  private final String baseUrl;
  private final TemplateEngine templates = emailEngine();

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
    String subject = "Påminnelse: " + task.name() + " – " + centreName + ", senast "
        + SwedishDates.format(task.dueDay());
    return write(EmailKind.REMINDER, subject, Map.of("centreName", centreName, "task", line(task, false),
        "wheelLink", wheelLink(task)));
  }

  public Content overdue(OpenTask task, String centreName) {
    String subject = "Försenad: " + task.name() + " – " + centreName + " (skulle ha varit klar senast "
        + SwedishDates.format(task.dueDay()) + ")";
    return write(EmailKind.OVERDUE, subject, Map.of("centreName", centreName, "task", line(task, true),
        "wheelLink", wheelLink(task)));
  }

  /** One digest for one manager: the coming and overdue tasks of each of her centres. */
  public Content digest(String week, List<CentreDigest> centres, LocalDate today) {
    List<CentreLines> lines = centres.stream().map(centre -> new CentreLines(centre.centreName(),
        centre.tasks().stream().map(task -> line(task, task.dueDay().isBefore(today))).toList())).toList();
    long overdue = lines.stream().flatMap(c -> c.tasks().stream()).filter(TaskLine::overdue).count();
    long coming = lines.stream().mapToLong(c -> c.tasks().size()).sum() - overdue;
    // "att göra" does not inflect; "försenad" agrees with the count (one "uppgift", common gender).
    String subject = "Årshjulet vecka " + week + ": " + coming + " att göra, " + overdue
        + (overdue == 1 ? " försenad" : " försenade");
    return write(EmailKind.DIGEST, subject, Map.of("centres", lines));
  }

  private TaskLine line(OpenTask task, boolean overdue) {
    return new TaskLine(task.name(), SwedishDates.format(task.dueDay()), overdue, taskLink(task.taskId()));
  }

  private Content write(EmailKind kind, String subject, Map<String, Object> variables) {
    Context context = new Context();
    context.setVariables(variables);
    context.setVariable("subject", subject);
    return new Content(subject, templates.process(kind.code() + ".txt", context),
        templates.process(kind.code() + ".html", context));
  }

  /** {@code templates/email/*.html} in HTML mode, {@code *.txt} in TEXT mode. */
  private static TemplateEngine emailEngine() {
    ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(EmailComposer.class.getClassLoader());
    resolver.setPrefix("templates/email/");
    resolver.setTemplateMode(TemplateMode.HTML);
    resolver.getTextTemplateModePatternSpec().addPattern("*.txt");
    resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
    resolver.setCacheable(true);
    SpringTemplateEngine engine = new SpringTemplateEngine();
    engine.setTemplateResolver(resolver);
    engine.setEnableSpringELCompiler(true);
    return engine;
  }
}
