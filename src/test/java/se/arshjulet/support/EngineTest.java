package se.arshjulet.support;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import se.arshjulet.centre.Centre;
import se.arshjulet.centre.CentreRegistry;
import se.arshjulet.centre.StaffMember;
import se.arshjulet.centre.Unit;
import se.arshjulet.wheel.WheelInstances;

/**
 * Base of the engine tests: one shared Spring context on in-memory H2, job executor off, clock reset after each. With
 * the product's metrics registry (Prometheus), which Spring Boot's tests would otherwise replace by an in-memory one.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureObservability(tracing = false)
@ActiveProfiles("test")
public abstract class EngineTest {

  @Autowired
  protected ProcessEngine engine;
  @Autowired
  protected CentreRegistry registry;
  @Autowired
  protected WheelInstances instances;

  static {
    TestProcesses.prepare();
    TestSmtp.all(); // start the SMTP server before the first context
  }

  @Autowired
  private JdbcClient database;
  private Set<String> runningBefore;

  @BeforeEach
  void noteWhatRunsBefore() {
    runningBefore = runningInstances();
  }

  /**
   * Resets the clock and ends what the test started: its wheels and mail sweeps, its unsent emails and the record of
   * digests sent. The mail schedule is national, so a later test's sweep would otherwise see them.
   */
  @AfterEach
  void endTheTestsYear() throws InterruptedException {
    ClockUtil.reset();
    List<String> running = runningInstances().stream().filter(id -> !runningBefore.contains(id)).toList();
    // The survey's answer count is written from a thread of its own two seconds after the answers (SurveyCount): a
    // test that ends sooner can meet that write on its instance, and tries the deletion again.
    for (int attempt = 1; !running.isEmpty(); attempt++) {
      try {
        engine.getRuntimeService().deleteProcessInstances(running, "end of test", true, true);
        break;
      } catch (OptimisticLockingException concurrentWrite) {
        if (attempt == 5) {
          throw concurrentWrite;
        }
        Thread.sleep(500);
      }
    }
    database.sql("DELETE FROM arshjul_email WHERE sent_at IS NULL").update();
    database.sql("DELETE FROM arshjul_digest_week").update();
  }

  private Set<String> runningInstances() {
    return engine.getRuntimeService().createProcessInstanceQuery().list().stream().map(ProcessInstance::getId)
        .collect(Collectors.toSet());
  }

  /**
   * A Jämtland centre of the tests, with a coordinator and the given unit managers. It is registered inactive, so
   * that no year starts by itself: each test starts the year it drives.
   */
  protected Centre centre(String id, LocalDate joinedOn, Unit... units) {
    return centre("jamtland", id, joinedOn, units);
  }

  /** The same in another county (a {@link MailCounty} of the test). */
  protected Centre centre(String county, String id, LocalDate joinedOn, Unit... units) {
    List<StaffMember> staff = new ArrayList<>();
    staff.add(new StaffMember(id + ".c", "Sam Ordnare", id + ".c@test.example", StaffMember.Role.COORDINATOR, null));
    for (Unit unit : units) {
      String user = id + "." + unit.name().toLowerCase();
      staff.add(new StaffMember(user, "Enhets Chef", user + "@test.example", StaffMember.Role.STEERING_GROUP, unit));
    }
    Centre centre = new Centre(id, "Familjecentralen " + id, "Östersund", county, Centre.Kind.FC, false,
        joinedOn, staff);
    registry.register(List.of(centre));
    return centre;
  }

  protected YearDriver startYear(Centre centre, int year) {
    ProcessInstance instance = instances.startYear(centre, year).orElseThrow();
    return new YearDriver(engine, instance);
  }
}
