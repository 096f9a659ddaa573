package se.arshjulet.tasklist;

import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import se.arshjulet.calendar.WorkingDayCalendar;
import se.arshjulet.centre.CentreRepository;
import se.arshjulet.reminder.EmailPlanner;
import se.arshjulet.reminder.ReminderRules;
import se.arshjulet.reminder.WheelReminderRules;
import se.arshjulet.wheel.UserTaskParsing;
import se.arshjulet.wheel.WheelVariables;

/**
 * How a wheel task reads in Tasklist: its name says which centre it is for ("Självreflektion – Familjecentralen
 * Lugnvik"), and its follow-up date is its first reminder (08:00, five working days before the due day by default).
 */
@Component
public class TaskPresentationPlugin extends AbstractProcessEnginePlugin {

  private final WorkingDayCalendar calendar;
  private final CentreRepository centres;
  private volatile WheelReminderRules rules;

  public TaskPresentationPlugin(WorkingDayCalendar calendar, @Lazy CentreRepository centres) {
    this.calendar = calendar;
    this.centres = centres;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    UserTaskParsing.after(configuration, (element, activity) ->
        ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
            .addTaskListener(TaskListener.EVENTNAME_CREATE, this::present));
  }

  private void present(DelegateTask task) {
    Object centreId = task.getVariable(WheelVariables.CENTRE_ID);
    if (centreId != null) {
      Object unit = task.getVariable("unit");
      centres.nameOf(centreId.toString()).ifPresent(name -> task.setName(task.getName() + " – " + name
          + (unit == null ? "" : " (" + unit + ")")));
    }
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
