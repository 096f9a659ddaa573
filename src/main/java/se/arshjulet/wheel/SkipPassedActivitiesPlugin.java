package se.arshjulet.wheel;

import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.migration.validation.activity.SupportedActivityValidator;
import org.springframework.stereotype.Component;

/** Gives every user task of every wheel the skip rule of {@link SkipPassedActivityBehavior}. */
@Component
public class SkipPassedActivitiesPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    // A user task with this behaviour is still a user task: let Camunda's migration move it like one.
    synchronized (SupportedActivityValidator.SUPPORTED_ACTIVITY_BEHAVIORS) {
      if (!SupportedActivityValidator.SUPPORTED_ACTIVITY_BEHAVIORS.contains(SkipPassedActivityBehavior.class)) {
        SupportedActivityValidator.SUPPORTED_ACTIVITY_BEHAVIORS.add(SkipPassedActivityBehavior.class);
      }
    }
    UserTaskParsing.before(configuration, (element, activity) -> {
      UserTaskActivityBehavior behavior = (UserTaskActivityBehavior) activity.getActivityBehavior();
      activity.setActivityBehavior(new SkipPassedActivityBehavior(behavior.getTaskDecorator()));
    });
  }
}
