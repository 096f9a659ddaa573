package se.arshjulet.wheel;

import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;

/**
 * The activity keys of a wheel. Each user task names its stable key in an extension property:
 * {@code <camunda:property name="key" value="annual-report"/>}.
 */
public final class WheelActivities {

  public static final String KEY_PROPERTY = "key";

  private WheelActivities() {
  }

  /** The form id ({@code camunda:formRef}) of each activity that has a form, by activity key. */
  public static Map<String, String> formsByKey(BpmnModelInstance model) {
    Map<String, String> forms = new LinkedHashMap<>();
    keysByElementId(model).forEach((elementId, key) -> {
      UserTask task = model.getModelElementById(elementId);
      if (task.getCamundaFormRef() != null && !task.getCamundaFormRef().isBlank()) {
        forms.put(key, task.getCamundaFormRef());
      }
    });
    return forms;
  }

  /** Activity key by BPMN element id, for every user task that has one. */
  public static Map<String, String> keysByElementId(BpmnModelInstance model) {
    Map<String, String> keys = new LinkedHashMap<>();
    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      ExtensionElements extensions = task.getExtensionElements();
      if (extensions == null) {
        continue;
      }
      extensions.getElementsQuery().filterByType(CamundaProperties.class).list().stream()
          .flatMap(properties -> properties.getCamundaProperties().stream())
          .filter(property -> KEY_PROPERTY.equals(property.getCamundaName()))
          .map(CamundaProperty::getCamundaValue)
          .findFirst()
          .ifPresent(key -> keys.put(task.getId(), key));
    }
    return keys;
  }
}
