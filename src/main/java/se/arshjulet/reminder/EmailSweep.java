package se.arshjulet.reminder;

import java.time.LocalDateTime;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import se.arshjulet.calendar.WorkingDayCalendar;
import se.arshjulet.centre.Centre;
import se.arshjulet.centre.CentreRepository;

/**
 * The service task "Skicka påminnelser och sammanfattningar" of the national mail schedule
 * ({@code processes/utskick.bpmn}, {@code ${emailSweep}}): plans the emails each county's wheel rules call for now,
 * adds them to the outbox once per recipient, and sends what the outbox has not sent. It runs as a Camunda job: when
 * SMTP fails the job is retried and finally becomes an incident, and what was sent stays sent.
 */
@Component("emailSweep")
public class EmailSweep implements JavaDelegate {

  /** Planned keys are looked up this far back: a reminder or overdue key is planned again for at most two weeks. */
  private static final int KEYS_LOOK_BACK_DAYS = 31;

  private final EmailPlanner planner;
  private final LiveOpenTasks openTasks;
  private final Recipients recipients;
  private final EmailComposer composer;
  private final Outbox outbox;
  private final OutboxDelivery delivery;
  private final CentreRepository centres;

  public EmailSweep(ProcessEngine engine, WorkingDayCalendar calendar, Recipients recipients,
                    EmailComposer composer, Outbox outbox, OutboxDelivery delivery, CentreRepository centres) {
    this.planner = new EmailPlanner(calendar,
        new WheelReminderRules(id -> engine.getRepositoryService().getBpmnModelInstance(id)));
    this.openTasks = new LiveOpenTasks(engine);
    this.recipients = recipients;
    this.composer = composer;
    this.outbox = outbox;
    this.delivery = delivery;
    this.centres = centres;
  }

  @Override
  public void execute(DelegateExecution execution) {
    sweep(LocalDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), WorkingDayCalendar.ZONE));
  }

  /** Plans what every county's rules call for now, then sends all that is unsent. */
  public void sweep(LocalDateTime now) {
    List<String> problems = new ArrayList<>();
    if (planner.mayPlan(now)) {
      String digestWeek = planner.digestWeek(now);
      boolean withDigests = digestWeek != null && !outbox.digestsPlanned(digestWeek);
      Set<String> known = outbox.keysPlannedSince(
          now.minusDays(KEYS_LOOK_BACK_DAYS).atZone(WorkingDayCalendar.ZONE).toInstant());
      List<Outbox.Email> fresh = new ArrayList<>();
      openTasks.byCounty().forEach((county, tasks) -> {
        Sweep sweep = new Sweep(county, known);
        sweep.plan(tasks, now, withDigests);
        fresh.addAll(sweep.fresh);
        problems.addAll(sweep.problems);
      });
      outbox.addAll(fresh, withDigests ? digestWeek : null);
    }
    delivery.deliverUnsent();
    if (!problems.isEmpty()) {
      throw new IllegalStateException("Emails that have no recipient: " + String.join("; ", problems)
          + ". Add the missing email addresses or staff to the centre registry, then retry this job.");
    }
  }

  private record Manager(String user, String email) {
  }

  /** The emails one county adds: those whose keys are not in the outbox yet, each written once. */
  private final class Sweep {
    private final String county;
    private final Set<String> known;
    private final Map<String, String> centreNames = new HashMap<>();
    private final List<Outbox.Email> fresh = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();

    Sweep(String county, Set<String> known) {
      this.county = county;
      this.known = known;
    }

    void plan(List<OpenTask> tasks, LocalDateTime now, boolean withDigests) {
      Map<Manager, List<EmailComposer.CentreDigest>> digests = new LinkedHashMap<>();
      String digestKey = null;
      for (PlannedEmail planned : planner.plan(tasks, now, withDigests)) {
        String centreName = centreNames.computeIfAbsent(planned.centreId(), EmailSweep.this::centreName);
        switch (planned.kind()) {
          case REMINDER -> add(planned, recipients.holders(planned.task()),
              once(() -> composer.reminder(planned.task(), centreName)));
          case OVERDUE -> add(planned, recipients.managers(planned.task(), county),
              once(() -> composer.overdue(planned.task(), centreName)));
          case DIGEST -> {
            digestKey = planned.key();
            recipients.steeringGroup(planned.centreId()).forEach((user, email) ->
                digests.computeIfAbsent(new Manager(user, email), m -> new ArrayList<>())
                    .add(new EmailComposer.CentreDigest(centreName, planned.digest())));
          }
        }
      }
      // One digest per manager, covering all of her centres in the county.
      String week = String.valueOf(now.toLocalDate().get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
      for (Map.Entry<Manager, List<EmailComposer.CentreDigest>> digest : digests.entrySet()) {
        Manager manager = digest.getKey();
        addOne(EmailKind.DIGEST, digestKey + ":" + manager.user(), null, null, manager.email(),
            once(() -> composer.digest(week, digest.getValue(), now.toLocalDate())),
            now.toLocalDate().atTime(EmailPlanner.DIGEST_TIME), manager.user());
      }
    }

    void add(PlannedEmail planned, Map<String, String> users, Supplier<EmailComposer.Content> content) {
      if (users.isEmpty()) {
        problems.add(planned.kind().code() + " about '" + planned.task().name() + "' of " + planned.centreId()
            + ": nobody to send it to");
      }
      users.forEach((user, email) -> addOne(planned.kind(), planned.key() + ":" + user, planned.centreId(),
          planned.task(), email, content, planned.at(), user));
    }

    void addOne(EmailKind kind, String key, String centreId, OpenTask task, String email,
                Supplier<EmailComposer.Content> content, LocalDateTime at, String user) {
      if (email == null || email.isBlank()) {
        problems.add(kind.code() + " to user " + user + " (" + county + "): no email address");
        return;
      }
      if (known.add(key)) {
        EmailComposer.Content written = content.get();
        fresh.add(new Outbox.Email(null, key, kind, county, centreId, task == null ? null : task.taskId(),
            task == null ? null : task.activityKey(), email, written.subject(), written.text(), written.html(),
            at.atZone(WorkingDayCalendar.ZONE).toInstant()));
      }
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

  private String centreName(String centreId) {
    return centres.findById(centreId).map(Centre::name).orElse(centreId);
  }
}
