package se.arshjulet.wheel;

import java.util.Date;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.pvm.delegate.ActivityExecution;
import org.camunda.bpm.engine.impl.task.TaskDecorator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A user task that is skipped, not opened, when its due date lies before the day the centre joined the wheel.
 * A centre that joins in the middle of a year is never reported late for work due before it joined.
 * The skip leaves an activity instance without a task in the history.
 */
class SkipPassedActivityBehavior extends UserTaskActivityBehavior {

  private static final Logger log = LoggerFactory.getLogger(SkipPassedActivityBehavior.class);

  SkipPassedActivityBehavior(TaskDecorator taskDecorator) {
    super(taskDecorator);
  }

  @Override
  public void performExecution(ActivityExecution execution) throws Exception {
    Object joinedOn = execution.getVariable(WheelVariables.JOINED_ON);
    Expression dueDate = getTaskDefinition().getDueDateExpression();
    if (joinedOn instanceof Date joined && dueDate != null) {
      Object due = dueDate.getValue(execution);
      if (due instanceof Date dueAt && dueAt.before(joined)) {
        log.debug("Skipping {} of {}: due {} before the centre joined on {}", execution.getCurrentActivityId(),
            execution.getProcessBusinessKey(), dueAt, joined);
        leave(execution);
        return;
      }
    }
    super.performExecution(execution);
  }
}
