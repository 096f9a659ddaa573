package se.arshjulet.support;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import se.arshjulet.forms.DeployedForms;
import se.arshjulet.forms.FormSchema;

/** Fills a task's Camunda Form with valid answers, as a coordinator would, so that the task may be completed. */
public final class FormFiller {

  private FormFiller() {
  }

  public static Map<String, Object> validAnswers(ProcessEngine engine, Task task) {
    var repository = engine.getRepositoryService();
    UserTask element = repository.getBpmnModelInstance(task.getProcessDefinitionId())
        .getModelElementById(task.getTaskDefinitionKey());
    Map<String, Object> answers = new HashMap<>();
    if (element.getCamundaFormRef() == null) {
      return answers;
    }
    String deploymentId = repository.getProcessDefinition(task.getProcessDefinitionId()).getDeploymentId();
    FormSchema form = DeployedForms.find(repository, deploymentId, element.getCamundaFormRef()).orElseThrow();
    for (FormSchema.Field field : form.fields()) {
      if (field.readonly()) {
        continue;
      }
      answers.put(field.key(), switch (field.type()) {
        case "number" -> (long) Math.max(field.min() == null ? 1 : field.min(), 1);
        // A choice that must differ from another field's (which got the first value) takes the second.
        case "select", "radio" -> field.values().get(field.differentFrom() != null && field.values().size() > 1 ? 1 : 0);
        case "checkbox" -> true;
        case "datetime" -> "2026-01-15";
        default -> "Text";
      });
    }
    return answers;
  }
}
