package se.arshjulet.reminder;

import java.util.Arrays;
import java.util.List;

/**
 * When a wheel sends emails about one activity, as the administrator set it in the BPMN (extension properties on
 * the process, overridable per user task):
 * {@code reminderWorkingDaysBeforeDue} ("5,0": five working days before and on the due day) and
 * {@code overdueEveryWorkingDays} ("5": overdue email on the first working day after the due day, then every five).
 */
public record ReminderRules(List<Integer> workingDaysBeforeDue, int overdueEveryWorkingDays) {

  public static final String REMINDERS_PROPERTY = "reminderWorkingDaysBeforeDue";
  public static final String OVERDUE_PROPERTY = "overdueEveryWorkingDays";

  /** The product's defaults (DOMAIN.md) for a wheel that says nothing. */
  public static final ReminderRules DEFAULT = new ReminderRules(List.of(5, 0), 5);

  public ReminderRules {
    workingDaysBeforeDue = workingDaysBeforeDue.stream().distinct().sorted((a, b) -> b - a).toList();
    if (workingDaysBeforeDue.stream().anyMatch(days -> days < 0)) {
      throw new IllegalArgumentException(REMINDERS_PROPERTY + " takes working days before the due day, 0 or more");
    }
    if (overdueEveryWorkingDays < 1) {
      throw new IllegalArgumentException(OVERDUE_PROPERTY + " must be 1 or more");
    }
  }

  /** Applies the properties found (either may be null) on top of these rules. */
  public ReminderRules with(String reminders, String overdueEvery) {
    List<Integer> days = workingDaysBeforeDue;
    int every = overdueEveryWorkingDays;
    try {
      if (reminders != null) {
        days = reminders.isBlank() ? List.of()
            : Arrays.stream(reminders.split(",")).map(String::trim).map(Integer::valueOf).toList();
      }
      if (overdueEvery != null) {
        every = Integer.parseInt(overdueEvery.trim());
      }
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("Reminder properties must be whole numbers of working days: '"
          + reminders + "', '" + overdueEvery + "'");
    }
    return new ReminderRules(days, every);
  }
}
