package se.arshjulet.benchmark;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import se.arshjulet.calendar.WorkingDayCalendar;
import se.arshjulet.support.FormFiller;

/**
 * The benchmarks' days on a simulated clock, on one thread: the jobs due by 07:00 and 08:00 (timers, the mail
 * schedule's planning and sending), then every task due that day completed at 12:00 with valid answers, then the
 * jobs that made. The mail schedule's sending runs in line with the rest, so that the time it takes is measured
 * apart (the product's timer {@code arshjulet.emails.delivery}); a sending thread beside the day's jobs, as the job
 * executor would run it, made the national year no faster on two cores (it only shares them).
 */
final class SimulatedDays {

  private SimulatedDays() {
  }

  /**
   * Sets the engine's clock to the year's first moment, before anything of the year starts: the wheels, the mail
   * schedule's first sending hour and the years the product starts by itself (the current and the coming one) are
   * then those of the simulated year on any real date.
   */
  static void yearBegins(int year) {
    ClockUtil.setCurrentTime(Date.from(LocalDate.of(year, 1, 1).atStartOfDay(WorkingDayCalendar.ZONE).toInstant()));
  }

  /** One day; returns the jobs executed and the tasks completed. */
  static long[] runDay(ProcessEngine engine, LocalDate day) {
    long jobs = runJobsUntil(engine, day.atTime(7, 0)) + runJobsUntil(engine, day.atTime(8, 0));
    long tasks = completeTasksDue(engine, day);
    jobs += runJobsUntil(engine, day.atTime(12, 0));
    return new long[] {jobs, tasks};
  }

  /** Executes, in due order, every job due by the given Stockholm time. */
  private static long runJobsUntil(ProcessEngine engine, LocalDateTime until) {
    ClockUtil.setCurrentTime(Date.from(until.atZone(WorkingDayCalendar.ZONE).toInstant()));
    long executed = 0;
    while (true) {
      // executable(): retries left and due by Camunda's clock, including async continuations (no due date).
      List<Job> due = engine.getManagementService().createJobQuery().executable().orderByJobDuedate().asc()
          .listPage(0, 200);
      if (due.isEmpty()) {
        return executed;
      }
      for (Job job : due) {
        engine.getManagementService().executeJob(job.getId());
        executed++;
      }
    }
  }

  private static long completeTasksDue(ProcessEngine engine, LocalDate day) {
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
}
