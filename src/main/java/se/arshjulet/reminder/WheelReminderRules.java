package se.arshjulet.reminder;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/** Reads the reminder rules of every user task of a wheel definition, once per definition. */
public class WheelReminderRules {

  private final Map<String, Map<String, ReminderRules>> byDefinition = new ConcurrentHashMap<>();
  private final Function<String, BpmnModelInstance> models;

  /** @param models the BPMN model of a process definition id (the engine's repository service) */
  public WheelReminderRules(Function<String, BpmnModelInstance> models) {
    this.models = models;
  }

  public ReminderRules of(String processDefinitionId, String taskDefinitionKey) {
    return byDefinition.computeIfAbsent(processDefinitionId, id -> read(models.apply(id)))
        .getOrDefault(taskDefinitionKey, ReminderRules.DEFAULT);
  }

  /** The rules per user task id of a model; fails with the element named when a property is not a number. */
  public static Map<String, ReminderRules> read(BpmnModelInstance model) {
    Map<String, ReminderRules> rules = new HashMap<>();
    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      ModelElementInstance parent = task.getParentElement();
      while (parent != null && !(parent instanceof Process)) {
        parent = parent.getParentElement();
      }
      ReminderRules processRules = parent == null ? ReminderRules.DEFAULT
          : apply(ReminderRules.DEFAULT, (Process) parent);
      rules.put(task.getId(), apply(processRules, task));
    }
    return rules;
  }

  private static ReminderRules apply(ReminderRules base, BaseElement element) {
    try {
      return base.with(property(element, ReminderRules.REMINDERS_PROPERTY).orElse(null),
          property(element, ReminderRules.OVERDUE_PROPERTY).orElse(null));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(element.getId() + ": " + e.getMessage(), e);
    }
  }

  static Optional<String> property(BaseElement element, String name) {
    ExtensionElements extensions = element.getExtensionElements();
    if (extensions == null) {
      return Optional.empty();
    }
    List<CamundaProperties> all = extensions.getElementsQuery().filterByType(CamundaProperties.class).list();
    return all.stream().flatMap(properties -> properties.getCamundaProperties().stream())
        .filter(property -> name.equals(property.getCamundaName()))
        .map(CamundaProperty::getCamundaValue)
        .findFirst();
  }
}
