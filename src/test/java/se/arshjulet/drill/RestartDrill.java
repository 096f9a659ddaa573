package se.arshjulet.drill;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import se.arshjulet.ArshjuletApplication;
import se.arshjulet.centre.Centre;
import se.arshjulet.centre.CentreRegistry;
import se.arshjulet.centre.StaffMember;
import se.arshjulet.centre.Unit;
import se.arshjulet.support.Databases;
import se.arshjulet.support.MailCounty;
import se.arshjulet.support.TestProcesses;
import se.arshjulet.support.TestSmtp;
import se.arshjulet.support.YearDriver;
import se.arshjulet.wheel.WheelInstances;

/**
 * The product is stopped in the middle of February and started again on the same database (H2 file, PostgreSQL):
 * no task or timer is lost or doubled, no email goes out again, and the year goes on.
 */
class RestartDrill {

  static {
    TestProcesses.prepare();
    TestSmtp.all(); // start the SMTP server before the first application
  }

  private ConfigurableApplicationContext running;

  @AfterEach
  void stop() {
    if (running != null) {
      running.close();
    }
    ClockUtil.reset();
  }

  private ProcessEngine start(Map<String, Object> database) {
    running = new SpringApplicationBuilder(ArshjuletApplication.class).profiles("test")
        .run(Databases.arguments(database, "--server.port=0"));
    return running.getBean(ProcessEngine.class);
  }

  private void restart(Map<String, Object> database) {
    running.close();
    running = null;
    start(database);
  }

  @ParameterizedTest(name = "on {0}")
  @ValueSource(strings = {"h2-file", "postgres"})
  void aRestartInTheMiddleOfTheMonthLosesAndRepeatsNothing(String databaseKind) {
    Map<String, Object> database = "postgres".equals(databaseKind) ? Databases.freshPostgres()
        : Databases.freshH2File("restart");
    ProcessEngine engine = start(database);
    MailCounty county = new MailCounty(engine, "restart-" + databaseKind);
    String centreId = "restart-" + databaseKind + "-centre";
    Centre centre = new Centre(centreId, "Familjecentralen Omstart", "Östersund", county.id(), Centre.Kind.FC, false,
        LocalDate.of(2020, 1, 1), List.of(
            new StaffMember(centreId + ".c", "Sam Ordnare", centreId + ".c@test.example",
                StaffMember.Role.COORDINATOR, null),
            new StaffMember(centreId + ".bhv", "Enhets Chef", centreId + ".bhv@test.example",
                StaffMember.Role.STEERING_GROUP, Unit.BHV)));
    running.getBean(CentreRegistry.class).register(List.of(centre));
    ProcessInstance instance = running.getBean(WheelInstances.class).startYear(centre, 2026).orElseThrow();
    YearDriver year = new YearDriver(engine, instance);
    year.complete("self-reflection-january", "2026-01-20T10:00").complete("wheel-review", "2026-01-20T10:00")
        .runUntil("2026-02-20T07:59");
    county.sweepAt("2026-02-20T08:00");
    String coordinator = centreId + ".c@test.example";
    assertThat(TestSmtp.to(coordinator)).hasSize(1);
    Set<String> tasksBefore = YearDriver.openTasks(engine, instance.getId());
    Set<String> jobsBefore = jobs(engine, instance.getId());

    restart(database);
    ProcessEngine restarted = running.getBean(ProcessEngine.class);

    assertThat(YearDriver.openTasks(restarted, instance.getId())).isEqualTo(tasksBefore);
    assertThat(jobs(restarted, instance.getId())).isEqualTo(jobsBefore);
    MailCounty sameCounty = MailCounty.existing(restarted, county.id());
    sameCounty.sweepAt("2026-02-20T08:00");
    sameCounty.sweepAt("2026-02-23T08:00");
    assertThat(TestSmtp.to(coordinator)).hasSize(1);

    YearDriver after = new YearDriver(restarted, restarted.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(instance.getId()).singleResult());
    after.runUntil("2026-02-27T07:59");
    sameCounty.sweepAt("2026-02-27T08:00");
    assertThat(TestSmtp.to(coordinator)).hasSize(2);
    after.complete("annual-report", "2026-02-27T12:00").runUntil("2026-03-02T08:00");
    assertThat(after.openKeys()).contains("annual-report-compile", "summer-leave-plan", "joint-plan-approval");
  }


  private static Set<String> jobs(ProcessEngine engine, String instanceId) {
    Set<String> jobs = new TreeSet<>();
    engine.getManagementService().createJobQuery().processInstanceId(instanceId).list()
        .forEach(job -> jobs.add(job.getId() + " " + job.getDuedate().toInstant()));
    return jobs;
  }
}
