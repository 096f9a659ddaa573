package se.arshjulet.forms;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.Spin;
import org.camunda.spin.plugin.variable.SpinValues;

/**
 * On completing a task with a Camunda Form: checks the submission against the form (a bad one is refused and the task
 * stays open) and keeps the answers as one JSON variable per activity, {@code answers_<activity key>} (and
 * {@code answers_<activity key>:<unit>} for a task per unit manager), instead of one variable per field.
 */
class AnswersCollector implements TaskListener {

  public static final String PREFIX = "answers_";

  private final String formId;
  private final String activityKey;

  AnswersCollector(String formId, String activityKey) {
    this.formId = formId;
    this.activityKey = activityKey;
  }

  @Override
  public void notify(DelegateTask task) {
    String deploymentId = task.getProcessEngineServices().getRepositoryService()
        .getProcessDefinition(task.getProcessDefinitionId()).getDeploymentId();
    FormSchema form = DeployedForms.find(task.getProcessEngineServices().getRepositoryService(), deploymentId, formId)
        .orElseThrow(() -> new ProcessEngineException("Formuläret " + formId + " finns inte i driftsättningen av "
            + "årshjulet: lägg .form-filen i forms/ och driftsätt igen."));
    Map<String, Object> answers = new LinkedHashMap<>();
    for (FormSchema.Field field : form.fields()) {
      answers.put(field.key(), task.getVariable(field.key()));
    }
    List<String> problems = form.problems(answers);
    if (!problems.isEmpty()) {
      throw new ProcessEngineException("Uppgiften kan inte slutföras: " + String.join(" ", problems));
    }
    answers.keySet().forEach(task::removeVariable);
    answers.values().removeIf(Objects::isNull);
    Object unit = task.getVariable("unit");
    task.getExecution().getProcessInstance().setVariable(variableName(activityKey, unit),
        SpinValues.jsonValue(Spin.JSON(answers)).create());
  }

  static String variableName(String activityKey, Object unit) {
    return PREFIX + activityKey + (unit == null ? "" : ":" + unit);
  }
}
