package se.arshjulet.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.arshjulet.centre.Unit;
import se.arshjulet.support.BrowserScript;
import se.arshjulet.support.EngineTest;
import se.arshjulet.support.YearDriver;

/**
 * A real browser (Debian chromium driven by playwright-core, {@code src/test/e2e}) fills in and completes a
 * self-reflection in Camunda Tasklist, and a coordinator of another centre cannot see it. Screenshots go to
 * {@code target/e2e-screenshots}. Skipped where no browser is installed, except in CI, where it must run.
 */
class TasklistBrowserTest extends EngineTest {

  @LocalServerPort
  int port;

  @Test
  void aCoordinatorCompletesHerSelfReflectionInTasklistAndAnotherCentreCannotSeeIt() throws Exception {
    YearDriver lugnvik = startYear(centre("browser-north", LocalDate.of(2020, 1, 1), Unit.values()), 2026);
    startYear(centre("browser-south", LocalDate.of(2020, 1, 1), Unit.values()), 2026).runUntil("2026-01-02T08:00");
    Task selfReflection = lugnvik.runUntil("2026-01-02T08:00").openTasks("self-reflection-january").get(0);
    ClockUtil.reset();

    BrowserScript.run("tasklist-self-reflection.mjs", "http://localhost:" + port, "browser-north.c",
        "browser-south.c", "Test-Vinter-2026!", selfReflection.getId(), BrowserScript.SCREENSHOTS);

    assertThat(engine.getTaskService().createTaskQuery().taskId(selfReflection.getId()).count()).isZero();
    assertThat(engine.getRuntimeService().getVariables(lugnvik.instance().getId()))
        .containsKey("answers_self-reflection-january");
  }
}
