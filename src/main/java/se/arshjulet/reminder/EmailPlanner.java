package se.arshjulet.reminder;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import se.arshjulet.calendar.WorkingDayCalendar;

/**
 * Decides which emails the rules call for at a moment, from the open tasks alone (no engine, no SMTP), so that the
 * live sweep and the year preview decide alike. Nothing is planned on a day that is not a working day. A reminder or
 * overdue email whose day has come is planned under the same key until its next one is due: a sweep that was missed
 * (server down) is caught up by the next, and sending once per key keeps it from going out twice. The week's digests
 * are due from 07:00 on its first working day until that day ends; the caller says whether this week's digests were
 * planned already, so that they list the week as it stood at the first sweep (normally the one of 07:00) and a sweep
 * missed at 07:00 is caught up later that day.
 */
public class EmailPlanner {

  public static final LocalTime DIGEST_TIME = LocalTime.of(7, 0);
  public static final LocalTime REMINDER_TIME = LocalTime.of(8, 0);
  /** The digest covers tasks due within this many working days, and every overdue one. */
  public static final int DIGEST_HORIZON_WORKING_DAYS = 10;

  private final WorkingDayCalendar calendar;
  private final WheelReminderRules rules;

  public EmailPlanner(WorkingDayCalendar calendar, WheelReminderRules rules) {
    this.calendar = calendar;
    this.rules = rules;
  }

  /**
   * @param withDigests whether to plan the week's digests if they are due now ({@link #digestWeek}); false once they
   *                    were planned
   */
  public List<PlannedEmail> plan(List<OpenTask> tasks, LocalDateTime now, boolean withDigests) {
    LocalDate today = now.toLocalDate();
    List<PlannedEmail> planned = new ArrayList<>();
    if (!calendar.isWorkingDay(today)) {
      return planned;
    }
    if (withDigests && digestWeek(now) != null) {
      planned.addAll(digests(tasks, today));
    }
    if (!now.toLocalTime().isBefore(REMINDER_TIME)) {
      for (OpenTask task : tasks) {
        if (task.dueDay() != null) {
          reminderOrOverdue(task, today).ifPresent(planned::add);
        }
      }
    }
    return planned;
  }

  private Optional<PlannedEmail> reminderOrOverdue(OpenTask task, LocalDate today) {
    ReminderRules taskRules = rules.of(task.processDefinitionId(), task.taskDefinitionKey());
    LocalDate due = calendar.workingDayOnOrBefore(task.dueDay());
    if (!today.isAfter(due)) {
      Integer latest = null;
      for (int daysBefore : taskRules.workingDaysBeforeDue()) { // farthest first
        if (!calendar.plusWorkingDays(due, -daysBefore).isAfter(today)) {
          latest = daysBefore;
        }
      }
      return latest == null ? Optional.empty() : Optional.of(new PlannedEmail(EmailKind.REMINDER,
          "reminder:" + task.taskId() + ":" + latest, task.centreId(), task, List.of(), today.atTime(REMINDER_TIME)));
    }
    int workingDaysLate = workingDaysFrom(calendar.workingDayAfter(due), today);
    int occurrence = workingDaysLate / taskRules.overdueEveryWorkingDays();
    return Optional.of(new PlannedEmail(EmailKind.OVERDUE, "overdue:" + task.taskId() + ":" + occurrence,
        task.centreId(), task, List.of(), today.atTime(REMINDER_TIME)));
  }

  /** Whether anything can be due now: on a working day, from 07:00 (digests) or 08:00 (reminders, overdue). */
  public boolean mayPlan(LocalDateTime now) {
    return calendar.isWorkingDay(now.toLocalDate())
        && (!now.toLocalTime().isBefore(REMINDER_TIME) || digestWeek(now) != null);
  }

  /** The ISO week ({@code 2027-W10}) whose digests are due now, or null: from 07:00 on its first working day. */
  public String digestWeek(LocalDateTime now) {
    LocalDate today = now.toLocalDate();
    if (now.toLocalTime().isBefore(DIGEST_TIME) || !calendar.isWorkingDay(today)
        || !today.equals(firstWorkingDayOfWeek(today))) {
      return null;
    }
    return today.get(IsoFields.WEEK_BASED_YEAR) + "-W" + today.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
  }

  private List<PlannedEmail> digests(List<OpenTask> tasks, LocalDate today) {
    LocalDate horizon = calendar.plusWorkingDays(today, DIGEST_HORIZON_WORKING_DAYS);
    Map<String, List<OpenTask>> byCentre = new TreeMap<>();
    for (OpenTask task : tasks) {
      if (task.dueDay() != null && !task.dueDay().isAfter(horizon)) {
        byCentre.computeIfAbsent(task.centreId(), centre -> new ArrayList<>()).add(task);
      }
    }
    String week = digestWeek(today.atTime(DIGEST_TIME));
    List<PlannedEmail> digests = new ArrayList<>();
    byCentre.forEach((centre, due) -> {
      due.sort(Comparator.comparing(OpenTask::dueDay).thenComparing(OpenTask::name));
      digests.add(new PlannedEmail(EmailKind.DIGEST, "digest:" + week, centre, null, List.copyOf(due),
          today.atTime(DIGEST_TIME)));
    });
    return digests;
  }

  private LocalDate firstWorkingDayOfWeek(LocalDate day) {
    return calendar.workingDayOnOrAfter(calendar.mondayOfWeekContaining(day));
  }

  /** Working days from {@code from} (a working day) up to {@code to}, not counting {@code from} itself. */
  private int workingDaysFrom(LocalDate from, LocalDate to) {
    int count = 0;
    for (LocalDate day = from; day.isBefore(to); day = calendar.workingDayAfter(day)) {
      count++;
    }
    return count;
  }
}
