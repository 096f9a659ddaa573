package se.arshjulet.support;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import se.arshjulet.calendar.WorkingDayCalendar;
import se.arshjulet.wheel.WheelActivities;

/**
 * Time travel for one wheel instance on the live test engine: moves Camunda's clock ({@code ClockUtil}) to each
 * timer's due date and executes it, and completes tasks at chosen times. Records every task the engine opens.
 */
public class YearDriver {

  /** A task as the engine opened it: its create time and due date in Stockholm local time. */
  public record Opened(String key, String taskId, LocalDateTime opens, LocalDateTime due, Set<String> groups) {
  }

  private final ProcessEngine engine;
  private final ProcessInstance instance;
  private final Map<String, String> keys;
  private final List<Opened> opened = new ArrayList<>();
  private final Set<String> seen = new HashSet<>();
  private Instant now;

  public YearDriver(ProcessEngine engine, ProcessInstance instance) {
    this.engine = engine;
    this.instance = instance;
    this.keys = WheelActivities.keysByElementId(
        engine.getRepositoryService().getBpmnModelInstance(instance.getProcessDefinitionId()));
    record();
  }

  public ProcessInstance instance() {
    return instance;
  }

  public static Instant stockholm(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(WorkingDayCalendar.ZONE).toInstant();
  }

  /** Executes, in due order, every timer of the instance due up to the given Stockholm local time. */
  public YearDriver runUntil(String localDateTime) {
    Instant until = stockholm(localDateTime);
    while (true) {
      Job next = nextJob();
      if (next == null || next.getDuedate().toInstant().isAfter(until)) {
        break;
      }
      setClock(next.getDuedate().toInstant());
      engine.getManagementService().executeJob(next.getId());
      record();
    }
    setClock(until);
    return this;
  }

  /** Completes every open task of the activity at the given Stockholm local time. */
  public YearDriver complete(String key, String localDateTime) {
    runUntil(localDateTime);
    List<Task> tasks = openTasks(key);
    if (tasks.isEmpty()) {
      throw new AssertionError("No open task " + key + " at " + localDateTime);
    }
    tasks.forEach(task -> engine.getTaskService().complete(task.getId(), FormFiller.validAnswers(engine, task)));
    record();
    // Timers already due (e.g. "at the earliest 1 March") fire at once, as the job executor would.
    return runUntil(localDateTime);
  }

  /** Completes the activity's open tasks at the given time with valid answers, these ones among them. */
  public YearDriver complete(String key, String localDateTime, Map<String, Object> answers) {
    runUntil(localDateTime);
    List<Task> tasks = openTasks(key);
    if (tasks.isEmpty()) {
      throw new AssertionError("No open task " + key + " at " + localDateTime);
    }
    for (Task task : tasks) {
      Map<String, Object> filled = FormFiller.validAnswers(engine, task);
      filled.putAll(answers);
      engine.getTaskService().complete(task.getId(), filled);
    }
    record();
    return runUntil(localDateTime);
  }

  /** Runs the whole year, completing each task at 12:00 on its due day; returns when the instance has ended. */
  public List<Opened> runYearCompletingOnDueDay() {
    return runYearCompletingOnDueDay(null);
  }

  /** The same, with the county's mail schedule firing at 07:00 and 08:00 every day while the year runs. */
  public List<Opened> runYearCompletingOnDueDay(MailCounty mail) {
    Instant lastSweep = null;
    for (int step = 0; step < 10_000; step++) {
      List<Task> open = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).list();
      Job job = nextJob();
      Task first = open.stream().min(Comparator.comparing(YearDriver::completionTime)).orElse(null);
      if (job == null && first == null) {
        return opened;
      }
      Instant jobAt = job == null ? null : job.getDuedate().toInstant();
      Instant taskAt = first == null ? null : completionTime(first);
      Instant sweepAt = mail == null || lastSweep == null && now == null ? null : nextSweep(lastSweep);
      if (jobAt != null && (taskAt == null || !jobAt.isAfter(taskAt)) && (sweepAt == null || !jobAt.isAfter(sweepAt))) {
        setClock(jobAt);
        engine.getManagementService().executeJob(job.getId());
      } else if (taskAt != null && (sweepAt == null || taskAt.isBefore(sweepAt))) {
        setClock(taskAt);
        engine.getTaskService().complete(first.getId(), FormFiller.validAnswers(engine, first));
      } else {
        setClock(sweepAt);
        lastSweep = sweepAt;
        mail.sweepAt(sweepAt);
      }
      record();
    }
    throw new AssertionError("The year did not end");
  }

  /** The next 07:00 or 08:00 Stockholm time after the last sweep and not before now. */
  private Instant nextSweep(Instant lastSweep) {
    Instant from = lastSweep != null && !lastSweep.isBefore(now) ? lastSweep.plusSeconds(1) : now;
    LocalDateTime local = LocalDateTime.ofInstant(from, WorkingDayCalendar.ZONE);
    for (LocalDate day = local.toLocalDate(); ; day = day.plusDays(1)) {
      for (LocalTime time : new LocalTime[] {LocalTime.of(7, 0), LocalTime.of(8, 0)}) {
        if (!day.atTime(time).isBefore(local)) {
          return day.atTime(time).atZone(WorkingDayCalendar.ZONE).toInstant();
        }
      }
    }
  }

  public List<Task> openTasks(String key) {
    return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).list().stream()
        .filter(task -> key.equals(keys.get(task.getTaskDefinitionKey()))).toList();
  }

  public List<String> openKeys() {
    return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).list().stream()
        .map(task -> keys.get(task.getTaskDefinitionKey())).sorted().toList();
  }

  public List<Opened> opened() {
    return opened;
  }

  private Job nextJob() {
    return engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
        .orderByJobDuedate().asc().listPage(0, 1).stream().findFirst().orElse(null);
  }

  private void record() {
    for (Task task : engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).list()) {
      if (seen.add(task.getId())) {
        Set<String> groups = new HashSet<>();
        for (IdentityLink link : engine.getTaskService().getIdentityLinksForTask(task.getId())) {
          if (link.getGroupId() != null) {
            groups.add(link.getGroupId());
          }
        }
        opened.add(new Opened(keys.get(task.getTaskDefinitionKey()), task.getId(), local(task.getCreateTime()),
            local(task.getDueDate()), groups));
      }
    }
  }

  private static Instant completionTime(Task task) {
    LocalDate dueDay = LocalDate.ofInstant(task.getDueDate().toInstant(), WorkingDayCalendar.ZONE);
    return dueDay.atTime(LocalTime.NOON).atZone(WorkingDayCalendar.ZONE).toInstant();
  }

  /** Simulated time never runs backwards: a timer already due fires "now". */
  private void setClock(Instant at) {
    if (now == null || at.isAfter(now)) {
      now = at;
    }
    ClockUtil.setCurrentTime(Date.from(now));
  }

  private static LocalDateTime local(Date date) {
    return date == null ? null : LocalDateTime.ofInstant(date.toInstant(), WorkingDayCalendar.ZONE);
  }

  /** The instance's open tasks as id, name and due date: equal sets mean no task was lost, doubled or moved. */
  public static Set<String> openTasks(ProcessEngine engine, String instanceId) {
    Set<String> tasks = new TreeSet<>();
    engine.getTaskService().createTaskQuery().processInstanceId(instanceId).list()
        .forEach(task -> tasks.add(task.getId() + " " + task.getName() + " " + task.getDueDate().toInstant()));
    return tasks;
  }
}
