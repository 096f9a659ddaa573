package se.arshjulet.reminder;

import java.time.Duration;
import java.time.Instant;
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
 * The service task "Skicka påminnelser och sammanfattningar" of each county's mail schedule
 * ({@code processes/<county>/utskick.bpmn}, {@code ${emailSweep}}): plans the emails the rules call for now, adds
 * them to the outbox once per recipient, and sends what the outbox has not sent. It runs as a Camunda job: when SMTP
 * fails the job is retried and finally becomes an incident, and what was sent stays sent.
 */
@Component("emailSweep")
public class EmailSweep implements JavaDelegate {

  /** Emails sent over one SMTP connection; each is marked sent right after its batch. */
  private static final int BATCH = 25;
  /** Planned keys are looked up this far back: a reminder or overdue key is planned again for at most two weeks. */
  private static final int KEYS_LOOK_BACK_DAYS = 31;
  /** How long a claimed email is this sweep's alone; after a crash it goes with a sweep after that. */
  private static final Duration CLAIM = Duration.ofMinutes(10);

  private final EmailPlanner planner;
  private final LiveOpenTasks openTasks;
  private final Recipients recipients;
  private final EmailComposer composer;
  private final Outbox outbox;
  private final EmailSender sender;
  private final CentreRepository centres;

  public EmailSweep(ProcessEngine engine, WorkingDayCalendar calendar, Recipients recipients,
                    EmailComposer composer, Outbox outbox, EmailSender sender, CentreRepository centres) {
    this.planner = new EmailPlanner(calendar,
        new WheelReminderRules(id -> engine.getRepositoryService().getBpmnModelInstance(id)));
    this.openTasks = new LiveOpenTasks(engine);
    this.recipients = recipients;
    this.composer = composer;
    this.outbox = outbox;
    this.sender = sender;
    this.centres = centres;
  }

  @Override
  public void execute(DelegateExecution execution) {
    sweep(execution.getTenantId(),
        LocalDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), WorkingDayCalendar.ZONE));
  }

  public void sweep(String county, LocalDateTime now) {
    Sweep sweep = new Sweep(county, outbox.keysPlannedSince(county,
        now.minusDays(KEYS_LOOK_BACK_DAYS).atZone(WorkingDayCalendar.ZONE).toInstant()));
    Map<String, String> centreNames = new HashMap<>();
    Map<Manager, List<EmailComposer.CentreDigest>> digests = new LinkedHashMap<>();
    String digestKey = null;
    for (PlannedEmail planned : planner.plan(openTasks.ofCounty(county), now)) {
      String centreName = centreNames.computeIfAbsent(planned.centreId(), this::centreName);
      switch (planned.kind()) {
        case REMINDER -> sweep.add(planned, recipients.holders(planned.task()),
            once(() -> composer.reminder(planned.task(), centreName)));
        case OVERDUE -> sweep.add(planned, recipients.managers(planned.task(), county),
            once(() -> composer.overdue(planned.task(), centreName)));
        case DIGEST -> {
          digestKey = planned.key();
          recipients.steeringGroup(planned.centreId()).forEach((user, email) ->
              digests.computeIfAbsent(new Manager(user, email), m -> new ArrayList<>())
                  .add(new EmailComposer.CentreDigest(centreName, planned.digest())));
        }
      }
    }
    // One digest per manager, covering all of her centres.
    String week = String.valueOf(now.toLocalDate().get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    for (Map.Entry<Manager, List<EmailComposer.CentreDigest>> digest : digests.entrySet()) {
      Manager manager = digest.getKey();
      sweep.addOne(EmailKind.DIGEST, digestKey + ":" + manager.user(), null, null, manager.email(),
          once(() -> composer.digest(week, digest.getValue(), now.toLocalDate())),
          now.toLocalDate().atTime(EmailPlanner.DIGEST_TIME), manager.user());
    }
    outbox.addAll(sweep.fresh);
    sendUnsent(county);
    if (!sweep.problems.isEmpty()) {
      throw new IllegalStateException("Emails of " + county + " that have no recipient: "
          + String.join("; ", sweep.problems)
          + ". Add the missing email addresses or staff to the centre registry, then retry this job.");
    }
  }

  /** Sends what the outbox holds unsent for the county, batch by batch, each batch claimed first. */
  private void sendUnsent(String county) {
    List<Outbox.Email> unsent = outbox.unsent(county);
    for (int from = 0; from < unsent.size(); from += BATCH) {
      Instant claimedAt = ClockUtil.getCurrentTime().toInstant();
      List<Outbox.Email> claimed = outbox.claim(unsent.subList(from, Math.min(unsent.size(), from + BATCH)),
          claimedAt, claimedAt.plus(CLAIM));
      List<String> sent = new ArrayList<>();
      try {
        sender.send(claimed, email -> sent.add(email.id()));
      } catch (RuntimeException smtpFailed) {
        outbox.release(claimed.stream().map(Outbox.Email::id).filter(id -> !sent.contains(id)).toList());
        throw smtpFailed;
      } finally {
        outbox.markSent(sent, ClockUtil.getCurrentTime().toInstant());
      }
    }
  }

  private record Manager(String user, String email) {
  }

  /** The emails one sweep adds: those whose keys are not in the outbox yet, each written once. */
  private final class Sweep {
    private final String county;
    private final Set<String> known;
    private final List<Outbox.Email> fresh = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();

    Sweep(String county, Set<String> known) {
      this.county = county;
      this.known = known;
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
        problems.add(kind.code() + " to user " + user + ": no email address");
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
