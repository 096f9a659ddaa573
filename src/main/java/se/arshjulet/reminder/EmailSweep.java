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
    List<String> problems = new ArrayList<>();
    Map<String, String> centreNames = new HashMap<>();
    Map<Manager, List<EmailComposer.CentreDigest>> digests = new LinkedHashMap<>();
    String digestKey = null;
    for (PlannedEmail planned : planner.plan(openTasks.ofCounty(county), now)) {
      String centreName = centreNames.computeIfAbsent(planned.centreId(), this::centreName);
      switch (planned.kind()) {
        case REMINDER -> add(county, planned, recipients.holders(planned.task()),
            composer.reminder(planned.task(), centreName), problems);
        case OVERDUE -> add(county, planned, recipients.managers(planned.task(), county),
            composer.overdue(planned.task(), centreName), problems);
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
      addOne(county, EmailKind.DIGEST, digestKey + ":" + manager.user(), null, null, null, manager.email(),
          composer.digest(week, digest.getValue(), now.toLocalDate()), now.toLocalDate().atTime(EmailPlanner.DIGEST_TIME),
          manager.user(), problems);
    }
    List<Outbox.Email> unsent = outbox.unsent(county);
    for (int from = 0; from < unsent.size(); from += BATCH) {
      Instant claimedAt = ClockUtil.getCurrentTime().toInstant();
      List<Outbox.Email> claimed = unsent.subList(from, Math.min(unsent.size(), from + BATCH)).stream()
          .filter(email -> outbox.claim(email.id(), claimedAt, claimedAt.plus(CLAIM))).toList();
      try {
        sender.send(claimed, email -> outbox.markSent(email.id(), ClockUtil.getCurrentTime().toInstant()));
      } catch (RuntimeException smtpFailed) {
        claimed.forEach(email -> outbox.release(email.id()));
        throw smtpFailed;
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalStateException("Emails of " + county + " that have no recipient: " + String.join("; ", problems)
          + ". Add the missing email addresses or staff to the centre registry, then retry this job.");
    }
  }

  private record Manager(String user, String email) {
  }

  private void add(String county, PlannedEmail planned, Map<String, String> users, EmailComposer.Content content,
                   List<String> problems) {
    if (users.isEmpty()) {
      problems.add(planned.kind().code() + " about '" + planned.task().name() + "' of " + planned.centreId()
          + ": nobody to send it to");
    }
    users.forEach((user, email) -> addOne(county, planned.kind(), planned.key() + ":" + user, planned.centreId(),
        planned.task().taskId(), planned.task().activityKey(), email, content, planned.at(), user, problems));
  }

  private void addOne(String county, EmailKind kind, String key, String centreId, String taskId, String activityKey,
                      String email, EmailComposer.Content content, LocalDateTime at, String user,
                      List<String> problems) {
    if (email == null || email.isBlank()) {
      problems.add(kind.code() + " to user " + user + ": no email address");
      return;
    }
    if (!outbox.contains(key)) {
      outbox.add(new Outbox.Email(null, key, kind, county, centreId, taskId, activityKey, email, content.subject(),
          content.text(), content.html(), at.atZone(WorkingDayCalendar.ZONE).toInstant()));
    }
  }

  private String centreName(String centreId) {
    return centres.findById(centreId).map(Centre::name).orElse(centreId);
  }
}
