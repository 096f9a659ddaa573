package se.arshjulet.drill;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.arshjulet.ArshjuletApplication;
import se.arshjulet.calendar.WorkingDayCalendar;
import se.arshjulet.centre.Centre;
import se.arshjulet.centre.CentreRegistry;
import se.arshjulet.centre.StaffMember;
import se.arshjulet.centre.Unit;
import se.arshjulet.support.Databases;
import se.arshjulet.support.FormFiller;
import se.arshjulet.support.MailCounty;
import se.arshjulet.support.TestProcesses;
import se.arshjulet.support.TestSmtp;
import se.arshjulet.wheel.JamtlandWheelYearTestTables;
import se.arshjulet.wheel.WheelActivities;
import se.arshjulet.wheel.WheelInstances;

/**
 * Two nodes on one PostgreSQL, both with Camunda's job executor on: node A in this JVM, node B a process of its own.
 * Four centres run 1 January – 19 March 2027 on a shared simulated clock, every task done at 12:00 on its due day.
 * On 1 March at 08:00, while B holds the locks of that morning's jobs, B is killed (SIGKILL); A takes the jobs over
 * when their locks run out. Every timer must have fired once, every task opened once with its due date, and every
 * email of the independent table arrived exactly once.
 */
class ClusterDrill {

  private static final String COUNTY = "cluster";
  private static final int CENTRES = 4;
  private static final LocalDateTime START = LocalDateTime.parse("2027-01-01T00:00");
  private static final LocalDateTime KILL_AT = LocalDateTime.parse("2027-03-01T08:00");
  private static final LocalDateTime END = LocalDateTime.parse("2027-03-19T18:00");
  /** Camunda's job lock; a dead node's jobs are taken over when it runs out. */
  private static final Duration LOCK = Duration.ofMinutes(5);

  static {
    TestProcesses.prepare();
    TestSmtp.all();
  }

  private ConfigurableApplicationContext nodeA;
  private Process nodeB;

  @AfterEach
  void stop() {
    if (nodeB != null) {
      nodeB.destroyForcibly();
    }
    if (nodeA != null) {
      nodeA.close();
    }
    ClockUtil.reset();
  }

  @Test
  void aNodeKilledMidYearLosesAndRepeatsNoTimerAndNoEmail() throws Exception {
    Map<String, Object> settings = new HashMap<>(Databases.freshPostgres());
    settings.putAll(Map.of("server.port", "0",
        "camunda.bpm.job-execution.enabled", "true",
        "camunda.bpm.job-execution.wait-time-in-millis", "50",
        "camunda.bpm.job-execution.max-wait", "100",
        "camunda.bpm.job-execution.max-jobs-per-acquisition", "2",
        "camunda.bpm.job-execution.lock-time-in-millis", String.valueOf(LOCK.toMillis()),
        // The sweeps' history lives 30 days; Camunda's history cleanup must not remove what the drill counts.
        "camunda.bpm.generic-properties.properties.historyCleanupEnabled", "false"));
    SharedClock.create(at(START));
    nodeA = new SpringApplicationBuilder(ArshjuletApplication.class).run(Databases.arguments(settings));
    ProcessEngine engine = nodeA.getBean(ProcessEngine.class);
    new MailCounty(engine, COUNTY);
    List<ProcessInstance> instances = new ArrayList<>();
    for (int i = 1; i <= CENTRES; i++) {
      Centre centre = centre("cluster-" + i);
      nodeA.getBean(CentreRegistry.class).register(List.of(centre));
      instances.add(nodeA.getBean(WheelInstances.class).startYear(centre, 2027).orElseThrow());
    }
    nodeB = startNodeB(settings);

    JobExecutor executorA = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
    JdbcClient database = nodeA.getBean(JdbcClient.class);
    boolean killed = false;
    int steps = 0;
    while (true) {
      Instant next = nextEvent(engine);
      if (next.isAfter(at(END))) {
        break;
      }
      steps++;
      if (!killed && !next.isBefore(at(KILL_AT))) {
        // Only B acquires this morning's jobs; kill it as soon as it holds some.
        executorA.shutdown();
        SharedClock.set(next, nodeB);
        long locked = awaitLocksOfNodeB(database);
        nodeB.destroyForcibly().waitFor();
        System.out.printf("node B killed at %s holding %d job locks%n", local(next), locked);
        killed = true;
        executorA.start();
        next = next.plus(LOCK).plusSeconds(60);
        SharedClock.setHere(next);
      } else if (killed) {
        SharedClock.setHere(next);
      } else {
        SharedClock.set(next, nodeB);
      }
      completeTasksDueAt(engine, next);
      awaitQuiet(engine);
    }
    System.out.printf("cluster drill: %d clock steps%n", steps);

    assertThat(killed).isTrue();
    for (ProcessInstance instance : instances) {
      assertEveryTimerFiredOnce(engine, instance);
      assertTasksOpenedOnceEach(engine, instance);
    }
    assertEverySweepRanOnce(engine);
    assertEveryEmailArrivedOnce(database);
  }

  private Centre centre(String id) {
    List<StaffMember> staff = new ArrayList<>();
    staff.add(new StaffMember(id + ".c", "Sam Ordnare", id + ".c@test.example", StaffMember.Role.COORDINATOR, null));
    for (Unit unit : Unit.values()) {
      String user = id + "." + unit.name().toLowerCase();
      staff.add(new StaffMember(user, "Enhets Chef", user + "@test.example", StaffMember.Role.STEERING_GROUP, unit));
    }
    return new Centre(id, "Familjecentralen " + id, "Östersund", COUNTY, Centre.Kind.FC, false,
        LocalDate.of(2020, 1, 1), staff);
  }

  /** Node B: the product in a second JVM on the same database, its log in target/drills/cluster-node-b.log. */
  private static Process startNodeB(Map<String, Object> settings) throws IOException, InterruptedException {
    List<String> properties = new ArrayList<>();
    settings.forEach((key, value) -> properties.add("-D" + key + "=" + value));
    properties.add("-Dspring.mail.port=" + TestSmtp.PORT);
    return NodeProcess.start("cluster-node-b", properties, ClusterNode.class, List.of(), "Started ClusterNode in");
  }

  /** The next job due date or the next task completion (12:00 on a task's due day), whichever is first. */
  private static Instant nextEvent(ProcessEngine engine) {
    Instant now = ClockUtil.getCurrentTime().toInstant();
    Instant next = engine.getManagementService().createJobQuery().tenantIdIn(COUNTY).includeJobsWithoutTenantId()
        .orderByJobDuedate().asc().list()
        .stream().map(Job::getDuedate).filter(Objects::nonNull).map(Date::toInstant)
        .filter(due -> due.isAfter(now)).findFirst().orElseThrow();
    for (Task task : openTasks(engine)) {
      Instant done = completionTime(task);
      if (done.isAfter(now) && done.isBefore(next)) {
        next = done;
      }
    }
    return next;
  }

  private static List<Task> openTasks(ProcessEngine engine) {
    return engine.getTaskService().createTaskQuery().tenantIdIn(COUNTY).list();
  }

  private static Instant completionTime(Task task) {
    return LocalDate.ofInstant(task.getDueDate().toInstant(), WorkingDayCalendar.ZONE).atTime(LocalTime.NOON)
        .atZone(WorkingDayCalendar.ZONE).toInstant();
  }

  private static void completeTasksDueAt(ProcessEngine engine, Instant now) {
    for (Task task : openTasks(engine)) {
      if (!completionTime(task).isAfter(now)) {
        engine.getTaskService().complete(task.getId(), FormFiller.validAnswers(engine, task));
      }
    }
  }

  /** Waits until no job is due any more: every node has executed what the clock made due. */
  private static void awaitQuiet(ProcessEngine engine) throws InterruptedException {
    long deadline = System.currentTimeMillis() + 60_000;
    while (engine.getManagementService().createJobQuery().executable().count() > 0) {
      if (System.currentTimeMillis() > deadline) {
        throw new AssertionError("Jobs still due at " + ClockUtil.getCurrentTime() + ": "
            + engine.getManagementService().createJobQuery().executable().list());
      }
      Thread.sleep(10);
    }
  }

  private static long awaitLocksOfNodeB(JdbcClient database) throws InterruptedException {
    long deadline = System.currentTimeMillis() + 30_000;
    while (System.currentTimeMillis() < deadline) {
      long locked = database.sql("SELECT COUNT(*) FROM act_ru_job WHERE lock_owner_ IS NOT NULL")
          .query(Long.class).single();
      if (locked > 0) {
        return locked;
      }
      Thread.sleep(1);
    }
    throw new AssertionError("Node B acquired no job");
  }

  private static void assertEveryTimerFiredOnce(ProcessEngine engine, ProcessInstance instance) {
    Map<String, Long> fired = engine.getHistoryService().createHistoricActivityInstanceQuery()
        .processInstanceId(instance.getId()).activityType("intermediateTimer").list().stream()
        .collect(Collectors.groupingBy(HistoricActivityInstance::getActivityId, TreeMap::new, Collectors.counting()));
    assertThat(fired).as("timers of %s", instance.getBusinessKey()).isNotEmpty().allSatisfy((timer, count) ->
        assertThat(count).as("%s of %s", timer, instance.getBusinessKey()).isEqualTo(1));
  }

  /** The tasks the independent table opens by the end of the stretch: each once, with the table's due date. */
  private static void assertTasksOpenedOnceEach(ProcessEngine engine, ProcessInstance instance) throws IOException {
    Map<String, String> keys = WheelActivities.keysByElementId(
        engine.getRepositoryService().getBpmnModelInstance(instance.getProcessDefinitionId()));
    List<String> expected = JamtlandWheelYearTestTables.expected(2027).stream()
        .filter(row -> !LocalDateTime.parse(row.split(",")[1]).isAfter(END))
        .map(row -> row.split(",")[0] + " due " + row.split(",")[2]).sorted().toList();
    List<String> opened = engine.getHistoryService().createHistoricTaskInstanceQuery()
        .processInstanceId(instance.getId()).list().stream()
        .map(task -> keys.get(task.getTaskDefinitionKey()) + " due " + local(task.getDueDate().toInstant()))
        .sorted().toList();
    assertThat(opened).as("tasks of %s", instance.getBusinessKey()).isEqualTo(expected);
  }

  /** The national mail schedule fired once at 07:00 and once at 08:00 on every weekday of the stretch. */
  private static void assertEverySweepRanOnce(ProcessEngine engine) {
    long weekdays = START.toLocalDate().datesUntil(END.toLocalDate().plusDays(1))
        .filter(day -> day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY).count();
    List<String> sweeps = engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey(MailCounty.SCHEDULE_KEY).withoutTenantId().list().stream()
        .map(sweep -> local(sweep.getStartTime().toInstant()).toString()).sorted().toList();
    assertThat(sweeps).as("sweeps").hasSize((int) (2 * weekdays));
  }

  /** Per person exactly the emails of the independent table (a lost or doubled one fails), each key once. */
  private static void assertEveryEmailArrivedOnce(JdbcClient database) throws IOException {
    Map<String, Integer> expected = new TreeMap<>();
    for (String row : JamtlandWheelYearTestTables.expectedEmails(2027)) {
      String[] columns = row.split(",");
      if (LocalDateTime.parse(columns[3]).isAfter(END)) {
        continue;
      }
      for (int i = 1; i <= CENTRES; i++) {
        String centre = "cluster-" + i;
        switch (columns[2]) {
          case "coordinator" -> expected.merge(centre + ".c@test.example", 1, Integer::sum);
          case "steering-group" -> {
            for (Unit unit : Unit.values()) {
              expected.merge(centre + "." + unit.name().toLowerCase() + "@test.example", 1, Integer::sum);
            }
          }
          default -> throw new AssertionError("The stretch should end before emails to " + columns[2] + ": " + row);
        }
      }
    }
    List<MimeMessage> received = TestSmtp.all().stream().filter(ClusterDrill::toThisDrill).toList();
    Map<String, Integer> actual = new TreeMap<>();
    for (String address : expected.keySet()) {
      actual.put(address, TestSmtp.to(address).size());
    }
    assertThat(actual).isEqualTo(expected);
    Map<String, Long> keys = received.stream().collect(Collectors.groupingBy(ClusterDrill::key, Collectors.counting()));
    assertThat(keys).allSatisfy((key, count) -> assertThat(count).as(key).isEqualTo(1));
    assertThat(database.sql("SELECT COUNT(*) FROM arshjul_email WHERE county = ? AND sent_at IS NULL")
        .param(COUNTY).query(Long.class).single()).isZero();
    System.out.printf("cluster drill: %d emails, each once%n", received.size());
  }

  private static boolean toThisDrill(MimeMessage message) {
    try {
      return message.getAllRecipients()[0].toString().startsWith("cluster-");
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String key(MimeMessage message) {
    try {
      return message.getHeader("X-Arshjulet-Key")[0];
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Instant at(LocalDateTime local) {
    return local.atZone(WorkingDayCalendar.ZONE).toInstant();
  }

  private static LocalDateTime local(Instant instant) {
    return LocalDateTime.ofInstant(instant, WorkingDayCalendar.ZONE);
  }
}
