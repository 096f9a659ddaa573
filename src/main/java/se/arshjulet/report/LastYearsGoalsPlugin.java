package se.arshjulet.report;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import se.arshjulet.forms.DeployedForms;
import se.arshjulet.forms.FormSchema;
import se.arshjulet.wheel.UserTaskParsing;
import se.arshjulet.wheel.WheelVariables;

/**
 * When a task opens whose form shows last year's goals (the self-reflection, the annual report), puts them on the
 * task as local variables, read at that moment: the coming year is started months ahead, before last year's
 * December self-reflection is done.
 */
@Component
public class LastYearsGoalsPlugin extends AbstractProcessEnginePlugin {

  private final ObjectProvider<LastYearsGoals> goals;
  /** Whether a definition's form shows the goals, by definition and form: a deployed definition never changes. */
  private final Map<String, Boolean> showsGoalsByForm = new ConcurrentHashMap<>();

  public LastYearsGoalsPlugin(ObjectProvider<LastYearsGoals> goals) {
    this.goals = goals;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    UserTaskParsing.after(configuration, (element, activity) -> {
      String formRef = element.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "formRef");
      if (formRef != null && !formRef.isBlank()) {
        ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
            .addTaskListener(TaskListener.EVENTNAME_CREATE, task -> carryIn(task, formRef));
      }
    });
  }

  private void carryIn(DelegateTask task, String formRef) {
    boolean showsGoals = showsGoalsByForm.computeIfAbsent(task.getProcessDefinitionId() + "/" + formRef,
        definitionAndForm -> showsGoals(task, formRef));
    Object centreId = task.getVariable(WheelVariables.CENTRE_ID);
    Object year = task.getVariable(WheelVariables.YEAR);
    if (showsGoals && centreId != null && year instanceof Integer cycleYear) {
      goals.getObject().fields(centreId.toString(), cycleYear).ifPresent(task::setVariablesLocal);
    }
  }

  private static boolean showsGoals(DelegateTask task, String formRef) {
    var repository = task.getProcessEngineServices().getRepositoryService();
    String deploymentId = repository.getProcessDefinition(task.getProcessDefinitionId()).getDeploymentId();
    return DeployedForms.find(repository, deploymentId, formRef).map(FormSchema::fields)
        .map(fields -> fields.stream().anyMatch(field -> field.key().equals(LastYearsGoals.AREA + 1)))
        .orElse(false);
  }
}
