package se.arshjulet.reminder;

import java.time.LocalDate;

/** An open wheel task as the email planner sees it; {@code dueDay} is the Stockholm date of its due date. */
public record OpenTask(String taskId, String processDefinitionId, String taskDefinitionKey, String activityKey,
                       String name, String centreId, LocalDate dueDay) {
}
