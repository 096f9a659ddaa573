package se.arshjulet.preview;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import se.arshjulet.calendar.WorkingDayCalendar;
import se.arshjulet.centre.CentreGroups;
import se.arshjulet.centre.WheelRole;
import se.arshjulet.reminder.EmailKind;
import se.arshjulet.reminder.EmailPlanner;
import se.arshjulet.reminder.LiveOpenTasks;
import se.arshjulet.reminder.OpenTask;
import se.arshjulet.reminder.PlannedEmail;
import se.arshjulet.reminder.WheelReminderRules;
import se.arshjulet.wheel.WheelActivities;

/**
 * One simulated year of one preview instance. Simulated "now" is kept here, never in Camunda's clock: the earliest
 * of the next timer, the next task completion (12:00 on its due day) and the next email sweep (07:00 and 08:00 each
 * working day) happens next. The emails are decided by the same {@link EmailPlanner} as the live sweep.
 */
public class YearSimulation {

  /** Tasks and emails of the year, in time order. */
  public record Result(List<PreviewTask> tasks, List<PreviewEmail> emails) {
  }

  private static final LocalTime COMPLETED_AT = LocalTime.NOON;
  private static final int MAX_STEPS = 10_000;

  private final ProcessEngine engine;
  private final WorkingDayCalendar calendar;
  private final String instanceId;
  private final Map<String, String> keys;
  private final EmailPlanner planner;
  private final LiveOpenTasks openTasks;
  private final List<PreviewTask> tasks = new ArrayList<>();
  private final List<PreviewEmail> emails = new ArrayList<>();
  private final Set<String> recordedTasks = new HashSet<>();
  private final Set<String> recordedEmails = new HashSet<>();
  private final Map<String, Instant> completionTimes = new HashMap<>();
  private final Map<String, String> roles = new HashMap<>();
  private Instant now;
  private Instant lastSweep;

  YearSimulation(ProcessEngine engine, WorkingDayCalendar calendar, BpmnModelInstance model, String instanceId,
                 int year) {
    this.engine = engine;
    this.calendar = calendar;
    this.instanceId = instanceId;
    this.keys = WheelActivities.keysByElementId(model);
    this.planner = new EmailPlanner(calendar, new WheelReminderRules(definitionId -> model));
    this.openTasks = new LiveOpenTasks(engine);
    this.now = LocalDate.of(year, 1, 1).atStartOfDay(WorkingDayCalendar.ZONE).toInstant();
    this.lastSweep = now;
  }

  Result run() {
    for (int step = 0; step < MAX_STEPS; step++) {
      List<Task> open = engine.getTaskService().createTaskQuery().processInstanceId(instanceId).list();
      open.forEach(this::record);
      Job nextJob = engine.getManagementService().createJobQuery().processInstanceId(instanceId)
          .orderByJobDuedate().asc().listPage(0, 1).stream().findFirst().orElse(null);
      if (nextJob == null && open.isEmpty()) {
        tasks.sort(Comparator.comparing(PreviewTask::opens).thenComparing(PreviewTask::due)
            .thenComparing(PreviewTask::key));
        emails.sort(Comparator.comparing(PreviewEmail::at).thenComparing(PreviewEmail::kind)
            .thenComparing(e -> e.key() == null ? "" : e.key()));
        return new Result(List.copyOf(tasks), List.copyOf(emails));
      }
      Instant jobAt = nextJob == null ? null : nextJob.getDuedate().toInstant();
      Task nextTask = open.stream().min(Comparator.comparing(t -> completionTimes.get(t.getId()))).orElse(null);
      Instant taskAt = nextTask == null ? null : completionTimes.get(nextTask.getId());
      Instant sweepAt = open.isEmpty() ? null : nextSweep();
      Instant next = earliest(earliest(jobAt, taskAt), sweepAt);
      now = next.isAfter(now) ? next : now;
      if (next.equals(jobAt)) {
        engine.getManagementService().executeJob(nextJob.getId());
      } else if (next.equals(taskAt)) {
        engine.getTaskService().complete(nextTask.getId());
      } else {
        lastSweep = now;
        sweep();
      }
    }
    throw new IllegalStateException("The wheel did not finish within " + MAX_STEPS + " steps: does it loop?");
  }

  private void record(Task task) {
    if (!recordedTasks.add(task.getId())) {
      return;
    }
    if (task.getDueDate() == null) {
      throw new IllegalArgumentException("Task " + task.getTaskDefinitionKey() + " has no due date");
    }
    String role = null;
    String unit = null;
    for (IdentityLink link : engine.getTaskService().getIdentityLinksForTask(task.getId())) {
      if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
        role = CentreGroups.roleOf(link.getGroupId());
        int unitAt = link.getGroupId().indexOf(CentreGroups.UNIT_MANAGER);
        unit = unitAt < 0 ? null : link.getGroupId().substring(unitAt + CentreGroups.UNIT_MANAGER.length());
      }
    }
    roles.put(task.getId(), role);
    LocalDate dueDay = LocalDate.ofInstant(task.getDueDate().toInstant(), WorkingDayCalendar.ZONE);
    completionTimes.put(task.getId(), dueDay.atTime(COMPLETED_AT).atZone(WorkingDayCalendar.ZONE).toInstant());
    tasks.add(new PreviewTask(keys.getOrDefault(task.getTaskDefinitionKey(), task.getTaskDefinitionKey()), role,
        task.getName(), at(now), at(task.getDueDate().toInstant()), unit));
  }

  private void sweep() {
    LocalDateTime local = LocalDateTime.ofInstant(now, WorkingDayCalendar.ZONE);
    List<OpenTask> open = openTasks.ofInstance(instanceId);
    // The preview's server is never down: the week's digests go with the sweep of 07:00, as on a healthy node.
    boolean digestSweep = local.toLocalTime().equals(EmailPlanner.DIGEST_TIME);
    for (PlannedEmail planned : planner.plan(open, local, digestSweep)) {
      if (recordedEmails.add(planned.key() + ":" + planned.centreId())) {
        emails.add(new PreviewEmail(planned.kind().code(),
            planned.task() == null ? null : planned.task().activityKey(), roleOf(planned),
            at(planned.at().atZone(WorkingDayCalendar.ZONE).toInstant())));
      }
    }
  }

  private String roleOf(PlannedEmail planned) {
    if (planned.kind() == EmailKind.DIGEST) {
      return WheelRole.STEERING_GROUP.code();
    }
    String taskRole = roles.get(planned.task().taskId());
    if (planned.kind() == EmailKind.REMINDER) {
      return taskRole;
    }
    return WheelRole.STEERING_GROUP.code().equals(taskRole) ? WheelRole.COUNTY_ADMINISTRATOR.code()
        : WheelRole.STEERING_GROUP.code();
  }

  /**
   * The next 07:00 or 08:00 of a working day, not before now and after the last sweep: a timer that fires at 08:00
   * is followed by the sweep of 08:00.
   */
  private Instant nextSweep() {
    Instant from = lastSweep.plusSeconds(1).isAfter(now) ? lastSweep.plusSeconds(1) : now;
    LocalDateTime local = LocalDateTime.ofInstant(from, WorkingDayCalendar.ZONE);
    LocalDate day = local.toLocalDate();
    while (true) {
      if (calendar.isWorkingDay(day)) {
        for (LocalTime time : new LocalTime[] {EmailPlanner.DIGEST_TIME, EmailPlanner.REMINDER_TIME}) {
          LocalDateTime candidate = day.atTime(time);
          if (!candidate.isBefore(local)) {
            return candidate.atZone(WorkingDayCalendar.ZONE).toInstant();
          }
        }
      }
      day = day.plusDays(1);
    }
  }

  private static Instant earliest(Instant a, Instant b) {
    if (a == null) {
      return b;
    }
    return b == null || a.isBefore(b) ? a : b;
  }

  private static OffsetDateTime at(Instant instant) {
    return instant.atZone(WorkingDayCalendar.ZONE).toOffsetDateTime();
  }
}
