package se.arshjulet.tasklist;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;
import se.arshjulet.calendar.WorkingDayCalendar;
import se.arshjulet.reminder.EmailPlanner;
import se.arshjulet.reminder.ReminderRules;
import se.arshjulet.reminder.WheelReminderRules;

/**
 * Sets each task's follow-up date to its first reminder (08:00, five working days before the due day by default),
 * so that Tasklist shows when the task wants attention.
 */
@Component
public class FollowUpDatePlugin extends AbstractProcessEnginePlugin {

  private final WorkingDayCalendar calendar;
  private volatile WheelReminderRules rules;

  public FollowUpDatePlugin(WorkingDayCalendar calendar) {
    this.calendar = calendar;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
    }
    configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
        ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
            .addTaskListener(TaskListener.EVENTNAME_CREATE, FollowUpDatePlugin.this::setFollowUp);
      }
    });
  }

  private void setFollowUp(DelegateTask task) {
    if (task.getDueDate() == null) {
      return;
    }
    if (rules == null) {
      rules = new WheelReminderRules(id -> task.getProcessEngineServices().getRepositoryService()
          .getBpmnModelInstance(id));
    }
    ReminderRules taskRules = rules.of(task.getProcessDefinitionId(), task.getTaskDefinitionKey());
    int firstReminder = taskRules.workingDaysBeforeDue().isEmpty() ? 0 : taskRules.workingDaysBeforeDue().get(0);
    LocalDate dueDay = calendar.workingDayOnOrBefore(
        LocalDate.ofInstant(task.getDueDate().toInstant(), WorkingDayCalendar.ZONE));
    LocalDate followUp = calendar.plusWorkingDays(dueDay, -firstReminder);
    task.setFollowUpDate(Date.from(followUp.atTime(EmailPlanner.REMINDER_TIME)
        .atZone(WorkingDayCalendar.ZONE).toInstant()));
  }
}
