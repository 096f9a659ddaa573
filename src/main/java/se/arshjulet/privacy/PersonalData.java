package se.arshjulet.privacy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.arshjulet.calendar.WorkingDayCalendar;
import se.arshjulet.wheel.WheelActivities;

/**
 * Everything the product holds about one member of staff (GDPR article 15): her registry entries and groups, the
 * tasks she was assigned or completed, the answers of the tasks she completed, the emails sent to her and her
 * calendar subscriptions. Read from the registry, Camunda's history and the product's own tables.
 */
@Component
public class PersonalData {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** One person's data, as the export shows it. */
  public record Export(Person user, List<RegistryEntry> registry, List<String> groups, List<String> counties,
                       List<Task> tasks, List<Answers> answers, List<Email> emails, List<Feed> calendarFeeds) {
  }

  public record Person(String username, String name, String email) {
  }

  public record RegistryEntry(String centre, String centreName, String county, String role, String unit,
                              String name, String email) {
  }

  public record Task(String name, String wheel, LocalDateTime created, LocalDateTime due, LocalDateTime ended,
                     boolean completedByHer) {
  }

  public record Answers(String activity, String wheel, LocalDateTime completed, JsonNode answers) {
  }

  public record Email(String subject, String kind, LocalDateTime planned, LocalDateTime sent) {
  }

  public record Feed(String centre, String role, LocalDateTime created, LocalDateTime revoked) {
  }

  private final ProcessEngine engine;
  private final JdbcClient jdbc;

  public PersonalData(ProcessEngine engine, JdbcClient jdbc) {
    this.engine = engine;
    this.jdbc = jdbc;
  }

  /** The person's data, or empty for a user name the product does not know. */
  public Optional<Export> of(String username) {
    User user = engine.getIdentityService().createUserQuery().userId(username).singleResult();
    List<RegistryEntry> registry = jdbc.sql("SELECT s.centre_id, c.name, c.county, s.role, s.unit, s.full_name, "
            + "s.email FROM arshjul_centre_staff s JOIN arshjul_centre c ON c.id = s.centre_id WHERE s.username = ? "
            + "ORDER BY s.centre_id, s.role").param(username)
        .query((row, i) -> new RegistryEntry(row.getString(1), row.getString(2), row.getString(3), row.getString(4),
            row.getString(5), row.getString(6), row.getString(7))).list();
    if (user == null && registry.isEmpty()) {
      return Optional.empty();
    }
    List<String> groups = engine.getIdentityService().createGroupQuery().groupMember(username).list().stream()
        .map(Group::getId).sorted().toList();
    Set<String> counties = new LinkedHashSet<>();
    registry.forEach(entry -> counties.add(entry.county()));
    groups.stream().filter(group -> group.endsWith("-admin") && !group.equals("camunda-admin"))
        .map(group -> group.substring(0, group.length() - "-admin".length())).forEach(counties::add);
    String email = user != null ? user.getEmail() : registry.get(0).email();
    List<HistoricTaskInstance> tasks = engine.getHistoryService().createHistoricTaskInstanceQuery()
        .taskAssignee(username).orderByHistoricActivityInstanceStartTime().asc().list();
    return Optional.of(new Export(
        new Person(username, user == null ? registry.get(0).name() : user.getFirstName() + " " + user.getLastName(),
            email),
        registry, groups, List.copyOf(counties),
        tasks.stream().map(task -> new Task(task.getName(), wheel(task.getProcessInstanceId()),
            local(task.getStartTime()), local(task.getDueDate()), local(task.getEndTime()),
            "completed".equals(task.getDeleteReason()))).toList(),
        answers(tasks, registry),
        jdbc.sql("SELECT subject, kind, planned_at, sent_at FROM arshjul_email WHERE recipient = ? ORDER BY planned_at")
            .param(email == null ? "" : email)
            .query((row, i) -> new Email(row.getString(1), row.getString(2), local(row.getTimestamp(3)),
                local(row.getTimestamp(4)))).list(),
        jdbc.sql("SELECT centre_id, role, created_at, revoked_at FROM arshjul_feed_token WHERE username = ? "
                + "ORDER BY created_at").param(username)
            .query((row, i) -> new Feed(row.getString(1), row.getString(2), local(row.getTimestamp(3)),
                local(row.getTimestamp(4)))).list()));
  }

  /** The answers kept for each task she completed ({@code answers_<activity>}, or her unit's). */
  private List<Answers> answers(List<HistoricTaskInstance> tasks, List<RegistryEntry> registry) {
    Set<String> units = new LinkedHashSet<>();
    registry.stream().map(RegistryEntry::unit).filter(Objects::nonNull).forEach(units::add);
    List<Answers> answers = new ArrayList<>();
    for (HistoricTaskInstance task : tasks) {
      if (!"completed".equals(task.getDeleteReason())) {
        continue;
      }
      Map<String, String> keys = WheelActivities.keysByElementId(engine.getRepositoryService()
          .getBpmnModelInstance(task.getProcessDefinitionId()));
      String key = keys.getOrDefault(task.getTaskDefinitionKey(), task.getTaskDefinitionKey());
      for (HistoricVariableInstance variable : engine.getHistoryService().createHistoricVariableInstanceQuery()
          .processInstanceId(task.getProcessInstanceId()).variableNameLike("answers_" + key + "%").list()) {
        String name = variable.getName();
        boolean hers = name.equals("answers_" + key) || units.stream().anyMatch(unit -> name.equals(
            "answers_" + key + ":" + unit));
        if (hers && variable.getValue() != null) {
          answers.add(new Answers(key, wheel(task.getProcessInstanceId()), local(task.getEndTime()),
              json(variable.getValue())));
        }
      }
    }
    return answers;
  }

  private String wheel(String processInstanceId) {
    var instance = engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceId(processInstanceId).singleResult();
    return instance == null ? null : instance.getBusinessKey();
  }

  private static JsonNode json(Object value) {
    try {
      return JSON.readTree(value.toString());
    } catch (Exception e) {
      return JSON.getNodeFactory().textNode(value.toString());
    }
  }

  private static LocalDateTime local(Date date) {
    return date == null ? null : LocalDateTime.ofInstant(date.toInstant(), WorkingDayCalendar.ZONE);
  }
}
