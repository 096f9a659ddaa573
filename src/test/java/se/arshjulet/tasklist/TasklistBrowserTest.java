package se.arshjulet.tasklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.arshjulet.centre.Unit;
import se.arshjulet.support.EngineTest;
import se.arshjulet.support.YearDriver;

/**
 * A real browser (Debian chromium driven by playwright-core, {@code src/test/e2e}) fills in and completes a
 * self-reflection in Camunda Tasklist, and a coordinator of another centre cannot see it. Screenshots go to
 * {@code target/e2e-screenshots}. Skipped where no browser is installed, except in CI, where it must run.
 */
class TasklistBrowserTest extends EngineTest {

  private static final Path E2E = Path.of("src", "test", "e2e");

  @LocalServerPort
  int port;

  @Test
  void aCoordinatorCompletesHerSelfReflectionInTasklistAndAnotherCentreCannotSeeIt() throws Exception {
    boolean ready = new File("/usr/bin/chromium").canExecute()
        && Files.isDirectory(E2E.resolve("node_modules").resolve("playwright-core"));
    if (!"true".equals(System.getenv("CI"))) {
      assumeThat(ready).as("chromium and src/test/e2e/node_modules (npm ci --prefix src/test/e2e)").isTrue();
    }
    assertThat(ready).as("CI must have chromium and playwright-core installed by .ci/run").isTrue();
    YearDriver lugnvik = startYear(centre("browser-north", LocalDate.of(2020, 1, 1), Unit.values()), 2026);
    startYear(centre("browser-south", LocalDate.of(2020, 1, 1), Unit.values()), 2026).runUntil("2026-01-02T08:00");
    Task selfReflection = lugnvik.runUntil("2026-01-02T08:00").openTasks("self-reflection-january").get(0);
    ClockUtil.reset();

    Process browser = new ProcessBuilder("node", "tasklist-self-reflection.mjs", "http://localhost:" + port,
        "browser-north.c", "browser-south.c", "Test-Vinter-2026!", selfReflection.getId(),
        Path.of("target", "e2e-screenshots").toAbsolutePath().toString())
        .directory(E2E.toFile()).redirectErrorStream(true).start();
    boolean finished = browser.waitFor(180, TimeUnit.SECONDS);
    String output = new String(browser.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(finished).as("the browser test finished in time: " + output).isTrue();
    assertThat(browser.exitValue()).as(output).isZero();

    assertThat(engine.getTaskService().createTaskQuery().taskId(selfReflection.getId()).count()).isZero();
    assertThat(engine.getRuntimeService().getVariables(lugnvik.instance().getId()))
        .containsKey("answers_self-reflection-january");
  }
}
