package se.arshjulet.reminder;

import java.time.LocalDateTime;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.arshjulet.calendar.Today;
import se.arshjulet.calendar.WorkingDayCalendar;
import se.arshjulet.centre.CentreRepository;

/**
 * The service task "Planera påminnelser och sammanfattningar" of the national mail schedule
 * ({@code processes/utskick.bpmn}, {@code ${emailPlanning}}): plans the emails each county's wheel rules call for now
 * and adds them to the outbox once per recipient; the next task sends them ({@link OutboxDelivery}). Emails that have
 * nobody to go to are counted in the variable {@code missingRecipients}, for the check after sending
 * ({@link EmailSweep}).
 */
@Component("emailPlanning")
public class EmailPlanning implements JavaDelegate {

  /** The process variable: how many planned emails had no recipient. */
  public static final String MISSING_RECIPIENTS = "missingRecipients";

  private final EmailPlanner planner;
  private final LiveOpenTasks openTasks;
  private final Recipients recipients;
  private final EmailComposer composer;
  private final Outbox outbox;
  private final CentreRepository centres;

  public EmailPlanning(ProcessEngine engine, WorkingDayCalendar calendar, Recipients recipients,
                       EmailComposer composer, Outbox outbox, CentreRepository centres) {
    this.planner = new EmailPlanner(calendar,
        new WheelReminderRules(id -> engine.getRepositoryService().getBpmnModelInstance(id)));
    this.openTasks = new LiveOpenTasks(engine);
    this.recipients = recipients;
    this.composer = composer;
    this.outbox = outbox;
    this.centres = centres;
  }

  /**
   * Whether the rules can call for any email now ({@code ${emailPlanning.mayPlanNow()}}, the mail schedule's gateway
   * "Kan något mejl planeras nu?"): not on a day off, nor at 07:00 but on the week's first working day. A question of
   * the calendar alone, asked in the timer's own job, so that it cannot fail it.
   */
  public boolean mayPlanNow() {
    return planner.mayPlan(Today.now());
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(MISSING_RECIPIENTS, plan(Today.now()).size());
  }

  /**
   * Adds to the outbox what every county's rules call for now and is not there yet; returns the emails that have
   * nobody to go to, each said in a sentence.
   */
  public List<String> plan(LocalDateTime now) {
    List<String> problems = new ArrayList<>();
    if (planner.mayPlan(now)) {
      String digestWeek = planner.digestWeek(now);
      boolean withDigests = digestWeek != null && !outbox.digestsPlanned(digestWeek);
      Map<String, List<PlannedEmail>> byCounty = new LinkedHashMap<>();
      openTasks.byCounty().forEach((county, tasks) -> byCounty.put(county, planner.plan(tasks, now, withDigests)));
      Sweep sweep = new Sweep(centres.names(), recipients.lookup(byCounty.values().stream().flatMap(List::stream)
          .filter(planned -> planned.task() != null).map(planned -> planned.task().taskId()).toList()));
      byCounty.forEach(sweep::plan);
      sweep.addDigests(now);
      problems.addAll(sweep.problems);
      Set<String> planned = outbox.plannedAmong(sweep.candidates.keySet());
      outbox.addAll(sweep.candidates.values().stream().filter(candidate -> !planned.contains(candidate.key()))
          .map(Candidate::write).toList(), withDigests ? digestWeek : null);
    }
    return problems;
  }

  private record Manager(String user, String email) {
  }

  /** A manager's digest: its key, the county of her first centre, and each of her centres' tasks. */
  private record Digest(String key, String county, List<EmailComposer.CentreDigest> centres) {
  }

  /** An email the rules call for; written only when its key is not in the outbox yet. */
  private record Candidate(EmailKind kind, String key, String county, String centreId, OpenTask task, String email,
                           Supplier<EmailComposer.Content> content, LocalDateTime at) {

    Outbox.Email write() {
      EmailComposer.Content written = content.get();
      return new Outbox.Email(null, key, kind, county, centreId, task == null ? null : task.taskId(),
          task == null ? null : task.activityKey(), email, written.subject(), written.text(), written.html(),
          at.atZone(WorkingDayCalendar.ZONE).toInstant());
    }
  }

  /** The emails the rules of every county call for, one per key and recipient. */
  private final class Sweep {
    private final Map<String, String> centreNames;
    private final Recipients.Lookup people;
    private final Map<String, Candidate> candidates = new LinkedHashMap<>();
    private final Map<Manager, Digest> digests = new LinkedHashMap<>();
    private final List<String> problems = new ArrayList<>();

    Sweep(Map<String, String> centreNames, Recipients.Lookup people) {
      this.centreNames = centreNames;
      this.people = people;
    }

    void plan(String county, List<PlannedEmail> emails) {
      for (PlannedEmail planned : emails) {
        String centreName = centreNames.getOrDefault(planned.centreId(), planned.centreId());
        switch (planned.kind()) {
          case REMINDER -> add(county, planned, people.holders(planned.task()),
              once(() -> composer.reminder(planned.task(), centreName)));
          case OVERDUE -> add(county, planned, people.managers(planned.task(), county),
              once(() -> composer.overdue(planned.task(), centreName)));
          case DIGEST -> people.steeringGroup(planned.centreId()).forEach((user, email) ->
              digests.computeIfAbsent(new Manager(user, email), m -> new Digest(planned.key(), county,
                  new ArrayList<>())).centres().add(new EmailComposer.CentreDigest(centreName, planned.digest())));
        }
      }
    }

    /** One digest per manager, covering all of her centres, in every county. */
    void addDigests(LocalDateTime now) {
      String week = String.valueOf(now.toLocalDate().get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
      digests.forEach((manager, digest) -> addOne(digest.county(), EmailKind.DIGEST,
          digest.key() + ":" + manager.user(), null, null, manager.email(),
          once(() -> composer.digest(week, digest.centres(), now.toLocalDate())),
          now.toLocalDate().atTime(EmailPlanner.DIGEST_TIME), manager.user()));
    }

    void add(String county, PlannedEmail planned, Map<String, String> users,
             Supplier<EmailComposer.Content> content) {
      if (users.isEmpty()) {
        problems.add(planned.kind().code() + " about '" + planned.task().name() + "' of " + planned.centreId()
            + ": nobody to send it to");
      }
      users.forEach((user, email) -> addOne(county, planned.kind(), planned.key() + ":" + user,
          planned.centreId(), planned.task(), email, content, planned.at(), user));
    }

    void addOne(String county, EmailKind kind, String key, String centreId, OpenTask task, String email,
                Supplier<EmailComposer.Content> content, LocalDateTime at, String user) {
      if (email == null || email.isBlank()) {
        problems.add(kind.code() + " to user " + user + " (" + county + "): no email address");
        return;
      }
      candidates.putIfAbsent(key, new Candidate(kind, key, county, centreId, task, email, content, at));
    }
  }

  /** Writes an email's content at most once, and only when some recipient needs it. */
  private static <T> Supplier<T> once(Supplier<T> write) {
    return new Supplier<>() {
      private T value;

      @Override
      public T get() {
        if (value == null) {
          value = write.get();
        }
        return value;
      }
    };
  }
}
