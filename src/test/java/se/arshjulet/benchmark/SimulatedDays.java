package se.arshjulet.benchmark;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.management.JobDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import se.arshjulet.calendar.WorkingDayCalendar;
import se.arshjulet.support.FormFiller;

/**
 * The benchmarks' days on a simulated clock: the jobs due by 07:00 and 08:00 (timers, the mail schedule), then every
 * task due that day completed at 12:00 with valid answers, then the jobs that made. Jobs run in due order on the
 * calling thread, except the mail schedule's sending ({@code Task_SendEmails}), which runs on a thread of its own, as
 * the job executor's threads run it beside the wheels' jobs; the day ends when the sending is done.
 */
final class SimulatedDays implements AutoCloseable {

  /** The mail schedule's sending task (processes/utskick.bpmn). */
  static final String SENDING = "Task_SendEmails";

  private final ProcessEngine engine;
  private final ExecutorService sending = Executors.newSingleThreadExecutor(task -> {
    Thread thread = new Thread(task, "sending-job");
    thread.setDaemon(true);
    return thread;
  });
  /** The sending jobs handed to the sending thread today, done or not: this thread leaves them alone. */
  private final Set<String> handedOver = new HashSet<>();
  private final List<Future<?>> running = new ArrayList<>();
  private Duration waitedForSending = Duration.ZERO;

  SimulatedDays(ProcessEngine engine) {
    this.engine = engine;
  }

  /** One day; returns the jobs executed and the tasks completed. */
  long[] runDay(LocalDate day) {
    long jobs = runJobsUntil(day.atTime(7, 0)) + runJobsUntil(day.atTime(8, 0));
    long tasks = completeTasksDue(day);
    int sent;
    do { // what the sending leads to (the check of missing recipients) runs too
      jobs += runJobsUntil(day.atTime(12, 0));
      sent = awaitSending();
      jobs += sent;
    } while (sent > 0);
    return new long[] {jobs, tasks};
  }

  /** The time this thread waited at the end of the days for sending that was still going on. */
  Duration waitedForSending() {
    return waitedForSending;
  }

  /** Executes, in due order, every job due by the given Stockholm time; the sending ones on the sending thread. */
  private long runJobsUntil(LocalDateTime until) {
    ClockUtil.setCurrentTime(Date.from(until.atZone(WorkingDayCalendar.ZONE).toInstant()));
    Set<String> sendingDefinitions = engine.getManagementService().createJobDefinitionQuery().activityIdIn(SENDING)
        .list().stream().map(JobDefinition::getId).collect(Collectors.toSet());
    long executed = 0;
    while (true) {
      // executable(): retries left and due by Camunda's clock, including async continuations (no due date).
      List<Job> due = engine.getManagementService().createJobQuery().executable().orderByJobDuedate().asc()
          .listPage(0, 200).stream().filter(job -> !handedOver.contains(job.getId())).toList();
      if (due.isEmpty()) {
        return executed;
      }
      for (Job job : due) {
        if (sendingDefinitions.contains(job.getJobDefinitionId())) {
          handedOver.add(job.getId());
          running.add(sending.submit(() -> engine.getManagementService().executeJob(job.getId())));
        } else {
          engine.getManagementService().executeJob(job.getId());
          executed++;
        }
      }
    }
  }

  /** Waits for the sending jobs handed over; returns how many there were. */
  private int awaitSending() {
    long start = System.nanoTime();
    int done = running.size();
    try {
      for (Future<?> job : running) {
        job.get();
      }
    } catch (ExecutionException e) {
      throw new IllegalStateException("A sending job failed", e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    running.clear();
    handedOver.clear();
    waitedForSending = waitedForSending.plusNanos(System.nanoTime() - start);
    return done;
  }

  private long completeTasksDue(LocalDate day) {
    ClockUtil.setCurrentTime(Date.from(day.atTime(LocalTime.NOON).atZone(WorkingDayCalendar.ZONE).toInstant()));
    Date from = Date.from(day.atStartOfDay(WorkingDayCalendar.ZONE).toInstant());
    Date to = Date.from(day.plusDays(1).atStartOfDay(WorkingDayCalendar.ZONE).toInstant());
    long done = 0;
    for (Task task : engine.getTaskService().createTaskQuery().dueAfter(new Date(from.getTime() - 1))
        .dueBefore(to).list()) {
      engine.getTaskService().complete(task.getId(), FormFiller.validAnswers(engine, task));
      done++;
    }
    return done;
  }

  @Override
  public void close() {
    sending.shutdownNow();
  }
}
