package se.arshjulet.wheel;

import java.util.ArrayList;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.migration.validation.activity.SupportedActivityValidator;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
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
    if (configuration.getCustomPreBPMNParseListeners() == null) {
      configuration.setCustomPreBPMNParseListeners(new ArrayList<>());
    }
    configuration.getCustomPreBPMNParseListeners().add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
        UserTaskActivityBehavior behavior = (UserTaskActivityBehavior) activity.getActivityBehavior();
        activity.setActivityBehavior(new SkipPassedActivityBehavior(behavior.getTaskDecorator()));
      }
    });
  }
}
