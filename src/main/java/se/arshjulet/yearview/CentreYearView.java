package se.arshjulet.yearview;

import java.time.Instant;
import java.time.LocalDate;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;
import se.arshjulet.calendar.WorkingDayCalendar;
import se.arshjulet.preview.PreviewTask;
import se.arshjulet.preview.WheelPreview;
import se.arshjulet.privacy.Pseudonym;
import se.arshjulet.wheel.WheelActivities;
import se.arshjulet.wheel.CentreYears;

/**
 * A centre's year from the engine's own data: the activities of the wheel it runs (dates of those still to come from
 * the real BPMN on the preview engine), each with its state from runtime and history, and who completed it when.
 */
@Service
public class CentreYearView {

  private final HistoryService history;
  private final RepositoryService repository;
  private final Map<String, List<PreviewTask>> plans = new ConcurrentHashMap<>();
  private final WheelPreview preview;
  private final CentreYears centreYears;

  public CentreYearView(HistoryService history, RepositoryService repository, WheelPreview preview,
                        CentreYears centreYears) {
    this.history = history;
    this.repository = repository;
    this.preview = preview;
    this.centreYears = centreYears;
  }

  public Optional<HistoricProcessInstance> instance(String centreId, int year) {
    return centreYears.find(centreId, year);
  }

  /** The activities in time order; planned dates where the engine has not got there yet. */
  public List<ActivityView> activities(HistoricProcessInstance instance, int year) {
    Map<String, ActivityView> byKey = new LinkedHashMap<>();
    for (PreviewTask planned : plan(instance.getProcessDefinitionId(), year)) {
      byKey.putIfAbsent(planned.key(), new ActivityView(planned.key(), planned.name(), planned.role(),
          planned.opens().toLocalDate(), planned.due().toLocalDate(), ActivityState.COMING, null, null));
    }
    return apply(instance, byKey);
  }

  /** The states only, against a plan computed once per wheel version (the county overview). */
  public List<ActivityView> activities(HistoricProcessInstance instance, List<PreviewTask> plan) {
    Map<String, ActivityView> byKey = new LinkedHashMap<>();
    for (PreviewTask planned : plan) {
      byKey.putIfAbsent(planned.key(), new ActivityView(planned.key(), planned.name(), planned.role(),
          planned.opens().toLocalDate(), planned.due().toLocalDate(), ActivityState.COMING, null, null));
    }
    return apply(instance, byKey);
  }

  /**
   * The planned dates of a wheel version's year, from a run on the preview engine (~0.3 s), kept: a deployed
   * definition never changes, nor does the calendar of a year.
   */
  public List<PreviewTask> plan(String processDefinitionId, int year) {
    return plans.computeIfAbsent(processDefinitionId + "@" + year, key -> {
      try (var bpmn = repository.getProcessModel(processDefinitionId)) {
        return preview.run(bpmn.readAllBytes(), year).tasks();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  private List<ActivityView> apply(HistoricProcessInstance instance, Map<String, ActivityView> byKey) {
    Map<String, String> keys = WheelActivities.keysByElementId(
        repository.getBpmnModelInstance(instance.getProcessDefinitionId()));
    Instant now = ClockUtil.getCurrentTime().toInstant();
    Map<String, ActivityView> seen = new HashMap<>();
    for (HistoricTaskInstance task : history.createHistoricTaskInstanceQuery()
        .processInstanceId(instance.getId()).list()) {
      String key = keys.getOrDefault(task.getTaskDefinitionKey(), task.getTaskDefinitionKey());
      ActivityView planned = byKey.get(key);
      if (planned == null || task.getDeleteReason() != null && !"completed".equals(task.getDeleteReason())) {
        continue;
      }
      ActivityView live = live(task, planned, now);
      seen.merge(key, live, (a, b) -> ActivityState.mostUrgent(a.state(), b.state()) == a.state() ? a : b);
    }
    for (HistoricActivityInstance activity : history.createHistoricActivityInstanceQuery()
        .processInstanceId(instance.getId()).activityType("userTask").finished().list()) {
      String key = keys.get(activity.getActivityId());
      if (activity.getTaskId() == null && key != null && !seen.containsKey(key) && byKey.containsKey(key)) {
        ActivityView planned = byKey.get(key);
        seen.put(key, new ActivityView(key, planned.name(), planned.role(), planned.opens(), planned.due(),
            ActivityState.SKIPPED, null, null));
      }
    }
    List<ActivityView> views = new ArrayList<>();
    byKey.forEach((key, planned) -> views.add(seen.getOrDefault(key, planned)));
    return views;
  }

  private ActivityView live(HistoricTaskInstance task, ActivityView planned, Instant now) {
    LocalDate due = task.getDueDate() == null ? planned.due() : day(task.getDueDate());
    // A task that opened late (after an earlier one was done late) shows when it really opened; one opened only
    // after its due day (a wheel started in the middle of the year catching up) shows when it was meant to open.
    LocalDate started = day(task.getStartTime());
    LocalDate opens = started.isAfter(due) ? planned.opens() : started;
    if (task.getEndTime() == null) {
      boolean late = task.getDueDate() != null && task.getDueDate().toInstant().isBefore(now);
      return new ActivityView(planned.key(), planned.name(), planned.role(), opens, due,
          late ? ActivityState.OVERDUE : ActivityState.OPEN, null, null);
    }
    boolean late = task.getDueDate() != null && task.getEndTime().after(task.getDueDate());
    return new ActivityView(planned.key(), planned.name(), planned.role(), opens, due,
        late ? ActivityState.DONE_LATE : ActivityState.DONE, completedBy(task),
        task.getEndTime().toInstant().atZone(WorkingDayCalendar.ZONE).toOffsetDateTime());
  }

  /** Who completed it: her user id, or for a person pseudonymised "en samordnare" (or "en enhetschef"). */
  private String completedBy(HistoricTaskInstance task) {
    return Pseudonym.readable(history.createUserOperationLogQuery().taskId(task.getId())
        .operationType(UserOperationLogEntry.OPERATION_TYPE_COMPLETE).list().stream()
        .map(UserOperationLogEntry::getUserId).filter(java.util.Objects::nonNull).findFirst()
        .orElse(task.getAssignee()));
  }

  private static LocalDate day(Date date) {
    return LocalDate.ofInstant(date.toInstant(), WorkingDayCalendar.ZONE);
  }
}
