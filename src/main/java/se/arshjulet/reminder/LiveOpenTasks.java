package se.arshjulet.reminder;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import se.arshjulet.calendar.WorkingDayCalendar;
import se.arshjulet.wheel.WheelActivities;
import se.arshjulet.wheel.WheelInstances;

/** The open wheel tasks of every county (or of one instance, for the preview) as the email planner needs them. */
public class LiveOpenTasks {

  private final ProcessEngine engine;
  private final Map<String, Map<String, String>> keysByDefinition = new ConcurrentHashMap<>();
  private final Map<String, BpmnModelInstance> models = new ConcurrentHashMap<>();
  /** An instance's centre never changes: each instance is looked up once. */
  private final Map<String, String> centreByInstance = new ConcurrentHashMap<>();

  public LiveOpenTasks(ProcessEngine engine) {
    this.engine = engine;
  }

  /** The open wheel tasks of every county, by county (tenant): two queries for the whole country. */
  public Map<String, List<OpenTask>> byCounty() {
    List<Task> tasks = engine.getTaskService().createTaskQuery().processDefinitionKey(WheelInstances.WHEEL_KEY)
        .active().list().stream().filter(task -> task.getTenantId() != null).toList();
    Map<String, String> countyByTask = tasks.stream().collect(Collectors.toMap(Task::getId, Task::getTenantId));
    return describe(tasks).stream()
        .collect(Collectors.groupingBy(task -> countyByTask.get(task.taskId()), TreeMap::new, Collectors.toList()));
  }

  public List<OpenTask> ofInstance(String processInstanceId) {
    return describe(engine.getTaskService().createTaskQuery().processInstanceId(processInstanceId).list());
  }

  private List<OpenTask> describe(List<Task> tasks) {
    if (tasks.isEmpty()) {
      return List.of();
    }
    Set<String> unknown = tasks.stream().map(Task::getProcessInstanceId)
        .filter(id -> !centreByInstance.containsKey(id)).collect(Collectors.toSet());
    if (!unknown.isEmpty()) {
      for (ProcessInstance instance : engine.getRuntimeService().createProcessInstanceQuery()
          .processInstanceIds(unknown).list()) {
        String centre = centreOf(instance.getBusinessKey());
        if (centre != null) {
          centreByInstance.put(instance.getId(), centre);
        }
      }
    }
    return tasks.stream().map(task -> new OpenTask(task.getId(), task.getProcessDefinitionId(),
            task.getTaskDefinitionKey(), activityKey(task), activityName(task),
            centreByInstance.get(task.getProcessInstanceId()),
            task.getDueDate() == null ? null
                : LocalDate.ofInstant(task.getDueDate().toInstant(), WorkingDayCalendar.ZONE)))
        .toList();
  }

  private String activityKey(Task task) {
    return keysByDefinition.computeIfAbsent(task.getProcessDefinitionId(),
            id -> WheelActivities.keysByElementId(model(id)))
        .getOrDefault(task.getTaskDefinitionKey(), task.getTaskDefinitionKey());
  }

  /** The activity's name as the BPMN has it (Tasklist's task name also names the centre). */
  private String activityName(Task task) {
    FlowElement element = model(task.getProcessDefinitionId()).getModelElementById(task.getTaskDefinitionKey());
    return element == null || element.getName() == null ? task.getName() : element.getName();
  }

  private BpmnModelInstance model(String processDefinitionId) {
    return models.computeIfAbsent(processDefinitionId, id -> engine.getRepositoryService().getBpmnModelInstance(id));
  }

  /** Business key {@code <centre>:<year>}; the preview's instance has none. */
  private static String centreOf(String businessKey) {
    if (businessKey == null) {
      return null;
    }
    int colon = businessKey.lastIndexOf(':');
    return colon < 0 ? businessKey : businessKey.substring(0, colon);
  }
}
