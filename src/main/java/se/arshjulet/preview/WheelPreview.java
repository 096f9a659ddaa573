package se.arshjulet.preview;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.springframework.stereotype.Service;
import se.arshjulet.calendar.WorkingDayCalendar;
import se.arshjulet.centre.CentreGroups;
import se.arshjulet.wheel.WheelActivities;
import se.arshjulet.wheel.WheelInstances;
import se.arshjulet.wheel.WheelVariables;

/**
 * Runs a wheel's real BPMN for one year on the {@link PreviewEngine}: every timer fires in due-date order and every
 * task is completed at 12:00 on its due date. The simulated "now" is kept here, never in Camunda's clock.
 */
@Service
public class WheelPreview {

  static final String PREVIEW_CENTRE = "forhandsvisning";
  private static final LocalTime COMPLETED_AT = LocalTime.NOON;
  private static final int MAX_STEPS = 10_000;

  private final ProcessEngine engine;

  public WheelPreview(PreviewEngine previewEngine) {
    this.engine = previewEngine.engine();
  }

  /** Previews the given wheel definition (BPMN bytes) for a year. */
  public synchronized List<PreviewTask> run(byte[] bpmn, int year) {
    RepositoryService repository = engine.getRepositoryService();
    Deployment deployment = repository.createDeployment().name("preview")
        .addInputStream("wheel.bpmn", new ByteArrayInputStream(bpmn)).deploy();
    try {
      ProcessDefinition definition = repository.createProcessDefinitionQuery().deploymentId(deployment.getId())
          .processDefinitionKey(WheelInstances.WHEEL_KEY).singleResult();
      if (definition == null) {
        throw new IllegalArgumentException("The wheel has no process with id '" + WheelInstances.WHEEL_KEY + "'");
      }
      Map<String, String> keys = WheelActivities.keysByElementId(Bpmn.readModelFromStream(
          new ByteArrayInputStream(bpmn)));
      String instanceId = engine.getRuntimeService().startProcessInstanceById(definition.getId(),
          Variables.createVariables().putValue(WheelVariables.CENTRE_ID, PREVIEW_CENTRE)
              .putValue(WheelVariables.YEAR, year)).getId();
      return simulate(instanceId, keys);
    } finally {
      repository.deleteDeployment(deployment.getId(), true, true);
    }
  }

  private List<PreviewTask> simulate(String instanceId, Map<String, String> keys) {
    List<PreviewTask> seen = new ArrayList<>();
    Set<String> recorded = new HashSet<>();
    Map<String, Instant> completionTimes = new HashMap<>();
    Instant now = Instant.EPOCH;
    for (int step = 0; step < MAX_STEPS; step++) {
      List<Task> open = engine.getTaskService().createTaskQuery().processInstanceId(instanceId).list();
      for (Task task : open) {
        if (recorded.add(task.getId())) {
          seen.add(describe(task, keys, now));
          completionTimes.put(task.getId(), completionTime(task));
        }
      }
      Job nextJob = engine.getManagementService().createJobQuery().processInstanceId(instanceId)
          .orderByJobDuedate().asc().listPage(0, 1).stream().findFirst().orElse(null);
      Task nextTask = open.stream().min(Comparator.comparing(t -> completionTimes.get(t.getId()))).orElse(null);
      if (nextJob == null && nextTask == null) {
        seen.sort(Comparator.comparing(PreviewTask::opens).thenComparing(PreviewTask::due)
            .thenComparing(PreviewTask::key));
        return seen;
      }
      Instant jobAt = nextJob == null || nextJob.getDuedate() == null ? null : nextJob.getDuedate().toInstant();
      Instant taskAt = nextTask == null ? null : completionTimes.get(nextTask.getId());
      if (nextJob != null && (taskAt == null || (jobAt != null && !jobAt.isAfter(taskAt)))) {
        now = jobAt != null && jobAt.isAfter(now) ? jobAt : now;
        engine.getManagementService().executeJob(nextJob.getId());
      } else {
        now = taskAt.isAfter(now) ? taskAt : now;
        engine.getTaskService().complete(nextTask.getId());
      }
    }
    throw new IllegalStateException("The wheel did not finish within " + MAX_STEPS + " steps: does it loop?");
  }

  private PreviewTask describe(Task task, Map<String, String> keys, Instant opens) {
    String role = null;
    String unit = null;
    for (IdentityLink link : engine.getTaskService().getIdentityLinksForTask(task.getId())) {
      if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
        role = CentreGroups.roleOf(link.getGroupId());
        int unitAt = link.getGroupId().indexOf(CentreGroups.UNIT_MANAGER);
        unit = unitAt < 0 ? null : link.getGroupId().substring(unitAt + CentreGroups.UNIT_MANAGER.length());
      }
    }
    return new PreviewTask(keys.getOrDefault(task.getTaskDefinitionKey(), task.getTaskDefinitionKey()), role,
        task.getName(), at(opens), task.getDueDate() == null ? null : at(task.getDueDate().toInstant()), unit);
  }

  private static Instant completionTime(Task task) {
    Date due = task.getDueDate();
    if (due == null) {
      throw new IllegalArgumentException("Task " + task.getTaskDefinitionKey() + " has no due date");
    }
    LocalDate dueDay = LocalDate.ofInstant(due.toInstant(), WorkingDayCalendar.ZONE);
    return dueDay.atTime(COMPLETED_AT).atZone(WorkingDayCalendar.ZONE).toInstant();
  }

  private static OffsetDateTime at(Instant instant) {
    return instant.atZone(WorkingDayCalendar.ZONE).toOffsetDateTime();
  }
}
