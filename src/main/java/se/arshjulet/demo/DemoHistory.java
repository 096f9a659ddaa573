package se.arshjulet.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.spring.boot.starter.event.PostDeployEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import se.arshjulet.calendar.Today;
import se.arshjulet.calendar.WorkingDayCalendar;
import se.arshjulet.centre.Centre;
import se.arshjulet.centre.CentreGroups;
import se.arshjulet.centre.CentreRepository;
import se.arshjulet.centre.StaffMember;
import se.arshjulet.forms.DeployedForms;
import se.arshjulet.wheel.CentreYears;
import se.arshjulet.wheel.WheelActivities;
import se.arshjulet.wheel.WheelInstances;

/**
 * The demo's past, done through the engine: at the first start-up of the demo, each demo centre's last year is run
 * to its end and this year up to today on a simulated clock, every task completed by the engine's API with
 * believable answers (most a few working days before the due day, some late, one left overdue at three centres), so that only the
 * current work is open and the year page and the annual report have something to show. Runs before the job
 * executor starts, on the {@link DemoClock}, which keeps the web server's doors shut until it is put back. Nothing is
 * written to the tables directly.
 */
@Component
@Profile("demo")
public class DemoHistory {

  private static final Logger log = LoggerFactory.getLogger(DemoHistory.class);

  /** Per centre, activities done late and the one left open and overdue (for the wheel to show every state). */
  private static final Map<String, Set<String>> LATE = Map.of(
      "ostersund-lugnvik", Set.of("summer-leave-plan", "visit-may"),
      "krokom-familjecentral", Set.of("annual-report", "health-week-planning"),
      "are-familjecentral", Set.of("wheel-review", "awareness-week-planning"));
  private static final Map<String, String> LEFT_OPEN = Map.of("krokom-familjecentral", "safety-routines-review",
      "ostersund-lugnvik", "parent-survey", "stromsund-familjecentral", "childrens-rights-planning");

  /** Set on the current year's instance once its past is built, so that a restart does not do the work again. */
  static final String BUILT = "demoHistoryBuilt";

  private final CentreRepository centres;
  private final WheelInstances instances;
  private final CentreYears centreYears;
  private final ProcessEngine engine;
  private final WorkingDayCalendar calendar;
  private final DemoSurvey surveys;
  private final DemoClock clock;

  public DemoHistory(CentreRepository centres, WheelInstances instances, CentreYears centreYears,
                     ProcessEngine engine, WorkingDayCalendar calendar, DemoSurvey surveys, DemoClock clock) {
    this.surveys = surveys;
    this.clock = clock;
    this.centres = centres;
    this.instances = instances;
    this.centreYears = centreYears;
    this.engine = engine;
    this.calendar = calendar;
  }

  @EventListener
  @Order(20)
  public void buildOnce(PostDeployEvent event) {
    Instant now = ClockUtil.getCurrentTime().toInstant();
    int year = Today.year();
    try {
      for (Centre centre : centres.findActive()) {
        Optional<HistoricProcessInstance> current = centreYears.find(centre.id(), year)
            .filter(instance -> instance.getEndTime() == null);
        if (current.isEmpty()
            || engine.getRuntimeService().getVariable(current.get().getId(), BUILT) != null) {
          continue;
        }
        if (centre.joinedOn().isBefore(LocalDate.of(year, 1, 1))) {
          clock.moveTo(LocalDate.of(year - 1, 1, 1).atStartOfDay(WorkingDayCalendar.ZONE).toInstant());
          instances.startYear(centre, year - 1).ifPresent(last -> drive(centre, last.getId(), null));
          surveys.answerLastYear(centre, year - 1);
        }
        drive(centre, current.get().getId(), now);
        engine.getRuntimeService().setVariable(current.get().getId(), BUILT, true);
        log.info("Demo: the past of {} was done through the engine", centre.name());
      }
    } finally {
      clock.reset();
    }
  }

  /** Executes the instance's timers and completes its tasks in time order, up to {@code until} (null: its end). */
  private void drive(Centre centre, String instanceId, Instant until) {
    Random random = new Random(centre.id().hashCode() + instanceId.length());
    int level = Math.floorMod(centre.id().hashCode(), 2) + 1;
    for (int step = 0; step < 1_000; step++) {
      Job job = engine.getManagementService().createJobQuery().processInstanceId(instanceId).timers()
          .orderByJobDuedate().asc().listPage(0, 1).stream().findFirst().orElse(null);
      List<Task> open = engine.getTaskService().createTaskQuery().processInstanceId(instanceId).list();
      Task task = open.stream().min(Comparator.comparing(t -> doneAt(centre, t, until))).orElse(null);
      Instant jobAt = job == null ? null : job.getDuedate().toInstant();
      Instant taskAt = task == null ? null : doneAt(centre, task, until);
      boolean takeJob = jobAt != null && (taskAt == null || !jobAt.isAfter(taskAt));
      Instant next = takeJob ? jobAt : taskAt;
      if (next == null || until != null && next.isAfter(until) || next.equals(Instant.MAX)) {
        return;
      }
      clock.moveTo(next);
      if (takeJob) {
        engine.getManagementService().executeJob(job.getId());
      } else {
        complete(centre, task, next, level, random);
      }
    }
  }

  /**
   * When the centre does the task: two to four working days before its due day, later for its late ones; a task
   * due after {@code until} is the current work and stays open.
   */
  private Instant doneAt(Centre centre, Task task, Instant until) {
    String key = key(task);
    boolean currentYear = until != null;
    if (task.getDueDate() == null || currentYear && (key.equals(LEFT_OPEN.get(centre.id()))
        || task.getDueDate().toInstant().isAfter(until))) {
      return Instant.MAX;
    }
    LocalDate due = LocalDate.ofInstant(task.getDueDate().toInstant(), WorkingDayCalendar.ZONE);
    int spread = Math.floorMod((centre.id() + key).hashCode(), 3);
    LocalDate day = LATE.getOrDefault(centre.id(), Set.of()).contains(key)
        ? calendar.plusWorkingDays(due, 3 + spread) : calendar.plusWorkingDays(due, -(2 + spread));
    Instant at = day.atTime(LocalTime.of(10, 0)).atZone(WorkingDayCalendar.ZONE).toInstant();
    Instant opened = task.getCreateTime().toInstant().plusSeconds(3600);
    return at.isBefore(opened) ? opened : at;
  }

  private void complete(Centre centre, Task task, Instant at, int level, Random random) {
    var repository = engine.getRepositoryService();
    UserTask element = repository.getBpmnModelInstance(task.getProcessDefinitionId())
        .getModelElementById(task.getTaskDefinitionKey());
    String deploymentId = repository.getProcessDefinition(task.getProcessDefinitionId()).getDeploymentId();
    Map<String, Object> answers = element.getCamundaFormRef() == null ? Map.of()
        : DeployedForms.find(repository, deploymentId, element.getCamundaFormRef())
            .map(form -> DemoAnswers.forForm(form, LocalDate.ofInstant(at, WorkingDayCalendar.ZONE), level, random))
            .orElse(Map.of());
    // The person of the task's role holds it, so the year page shows who completed it.
    engine.getTaskService().setAssignee(task.getId(), holder(centre, task));
    engine.getTaskService().complete(task.getId(), answers);
  }

  /** The coordinator, the unit's manager, or (for the steering group) its first member. */
  private String holder(Centre centre, Task task) {
    String group = engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
        .map(IdentityLink::getGroupId).filter(java.util.Objects::nonNull).findFirst().orElse("");
    if (group.equals(CentreGroups.coordinator(centre.id()))) {
      return centre.coordinator().username();
    }
    return centre.steeringGroup().stream()
        .filter(member -> !group.contains(CentreGroups.UNIT_MANAGER)
            || group.equals(CentreGroups.unitManager(centre.id(), member.unit())))
        .map(StaffMember::username).findFirst().orElse(centre.coordinator().username());
  }

  private String key(Task task) {
    return WheelActivities.keysByElementId(engine.getRepositoryService()
            .getBpmnModelInstance(task.getProcessDefinitionId()))
        .getOrDefault(task.getTaskDefinitionKey(), task.getTaskDefinitionKey());
  }
}
