package se.arshjulet.wheel;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Which wheel version each centre-year runs, and moving years to the latest version: a year that has not begun
 * simply starts again on it; a running year moves only when an administrator migrates it (Camunda's migration API,
 * equal activities mapped), after a dry run (the real migration, rolled back) that shows per centre what would
 * happen.
 */
@Service
public class WheelVersions {

  /** One centre-year and the version of the wheel it runs. */
  public record CentreYear(String centre, int year, String processInstanceId, int version, String definitionId) {
  }

  /** What a migration does (or would do) for one centre-year. */
  public record MigrationOutcome(String centre, int fromVersion, int toVersion, List<String> openActivities,
                                 List<String> notInNewVersion, boolean migrates, String problem) {
  }

  /** Why a year that had not begun was replaced by one on the latest version. */
  public static final String RENEWED = "Året har inte börjat: startas om på version ";

  private final RuntimeService runtime;
  private final RepositoryService repository;
  private final TaskService tasks;
  private final TransactionTemplate trial;

  public WheelVersions(RuntimeService runtime, RepositoryService repository, TaskService tasks,
                       PlatformTransactionManager transactions) {
    this.runtime = runtime;
    this.repository = repository;
    this.tasks = tasks;
    this.trial = new TransactionTemplate(transactions);
    this.trial.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  public List<CentreYear> running(String county, int year) {
    List<CentreYear> years = new ArrayList<>();
    for (ProcessInstance instance : runtime.createProcessInstanceQuery().processDefinitionKey(WheelInstances.WHEEL_KEY)
        .tenantIdIn(county).list()) {
      if (instance.getBusinessKey() != null && instance.getBusinessKey().endsWith(":" + year)) {
        ProcessDefinition definition = repository.getProcessDefinition(instance.getProcessDefinitionId());
        years.add(new CentreYear(centreOf(instance), year, instance.getId(), definition.getVersion(),
            definition.getId()));
      }
    }
    years.sort((a, b) -> a.centre().compareTo(b.centre()));
    return years;
  }

  /** Years that have not begun (after {@code currentYear}) start again on the latest version; returns how many. */
  public int renewComingYears(String county, int currentYear) {
    ProcessDefinition latest = latest(county);
    int renewed = 0;
    for (int year = currentYear + 1; year <= currentYear + 2; year++) {
      for (CentreYear centreYear : running(county, year)) {
        if (!centreYear.definitionId().equals(latest.getId())) {
          VariableMap variables = Variables.fromMap(runtime.getVariables(centreYear.processInstanceId(),
              List.of(WheelVariables.CENTRE_ID, WheelVariables.YEAR, WheelVariables.JOINED_ON)));
          runtime.deleteProcessInstance(centreYear.processInstanceId(),
              RENEWED + latest.getVersion(), true);
          runtime.startProcessInstanceById(latest.getId(), WheelInstances.businessKey(centreYear.centre(), year),
              variables);
          renewed++;
        }
      }
    }
    return renewed;
  }

  /** Moves (or, on a dry run, only checks) every centre-year of the county not on the latest version. */
  public List<MigrationOutcome> migrate(String county, int year, boolean dryRun) {
    ProcessDefinition target = latest(county);
    Set<String> targetActivities = activityIds(target);
    List<MigrationOutcome> outcomes = new ArrayList<>();
    Map<String, List<CentreYear>> bySource = running(county, year).stream()
        .filter(centreYear -> !centreYear.definitionId().equals(target.getId()))
        .collect(Collectors.groupingBy(CentreYear::definitionId));
    bySource.forEach((sourceId, centreYears) -> {
      MigrationPlan plan = null;
      String planProblem = null;
      try {
        plan = runtime.createMigrationPlan(sourceId, target.getId()).mapEqualActivities().updateEventTriggers()
            .build();
      } catch (MigrationPlanValidationException e) {
        planProblem = e.getMessage();
      }
      for (CentreYear centreYear : centreYears) {
        List<String> open = openActivities(centreYear.processInstanceId());
        List<String> missing = open.stream().filter(id -> !targetActivities.contains(id)).toList();
        String problem = planProblem != null ? planProblem
            : missing.isEmpty() ? null : "Öppna aktiviteter finns inte i den nya versionen: " + missing;
        if (problem == null) {
          problem = execute(plan, centreYear.processInstanceId(), dryRun);
        }
        outcomes.add(new MigrationOutcome(centreYear.centre(), centreYear.version(), target.getVersion(), open,
            missing, problem == null, problem));
      }
    });
    return outcomes;
  }

  /** Migrates one instance; a dry run does the same in a transaction that is rolled back. Returns the problem. */
  private String execute(MigrationPlan plan, String processInstanceId, boolean dryRun) {
    return trial.execute(status -> {
      try {
        runtime.newMigration(plan).processInstanceIds(processInstanceId).execute();
        return null;
      } catch (ProcessEngineException e) {
        status.setRollbackOnly();
        return e.getMessage();
      } finally {
        if (dryRun) {
          status.setRollbackOnly();
        }
      }
    });
  }

  private List<String> openActivities(String processInstanceId) {
    Set<String> ids = new HashSet<>();
    collect(runtime.getActivityInstance(processInstanceId), ids);
    tasks.createTaskQuery().processInstanceId(processInstanceId).list()
        .forEach(task -> ids.add(task.getTaskDefinitionKey()));
    return ids.stream().sorted().toList();
  }

  private static void collect(ActivityInstance instance, Set<String> ids) {
    if (instance == null) {
      return;
    }
    for (ActivityInstance child : instance.getChildActivityInstances()) {
      ids.add(child.getActivityId().replace("#multiInstanceBody", ""));
      collect(child, ids);
    }
  }

  private Set<String> activityIds(ProcessDefinition definition) {
    return repository.getBpmnModelInstance(definition.getId())
        .getModelElementsByType(FlowNode.class).stream()
        .map(FlowNode::getId).collect(Collectors.toSet());
  }

  private ProcessDefinition latest(String county) {
    ProcessDefinition latest = repository.createProcessDefinitionQuery().processDefinitionKey(WheelInstances.WHEEL_KEY)
        .tenantIdIn(county).latestVersion().singleResult();
    if (latest == null) {
      throw new IllegalArgumentException("Länet '" + county + "' har inget driftsatt årshjul.");
    }
    return latest;
  }

  private static String centreOf(ProcessInstance instance) {
    String key = instance.getBusinessKey();
    return key.substring(0, key.lastIndexOf(':'));
  }
}
