package se.arshjulet.reminder;

import java.time.LocalDateTime;
import java.util.List;

/**
 * An email the rules call for now, before its recipients are known: about one task (reminder, overdue), or about a
 * centre's coming and overdue tasks (digest). {@code key} is the same however often the planner runs.
 */
public record PlannedEmail(EmailKind kind, String key, String centreId, OpenTask task, List<OpenTask> digest,
                           LocalDateTime at) {
}
