package se.arshjulet.yearview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.arshjulet.calendar.WorkingDayCalendar;
import se.arshjulet.support.EngineTest;

/**
 * In a real browser (Debian chromium + playwright-core), logged in through Tasklist only: the demo coordinator opens
 * her wheel but not the county overview; the county coordinator opens both. Screenshots in target/e2e-screenshots.
 */
class YearViewBrowserTest extends EngineTest {

  private static final Path E2E = Path.of("src", "test", "e2e");

  @LocalServerPort
  int port;

  @Test
  void theWheelAndTheOverviewOpenWithTheTasklistLoginForTheRightPeople() throws Exception {
    boolean ready = new File("/usr/bin/chromium").canExecute()
        && Files.isDirectory(E2E.resolve("node_modules").resolve("playwright-core"));
    if (!"true".equals(System.getenv("CI"))) {
      assumeThat(ready).as("chromium and src/test/e2e/node_modules (npm ci --prefix src/test/e2e)").isTrue();
    }
    assertThat(ready).as("CI must have chromium and playwright-core installed by .ci/run").isTrue();
    engine.getManagementService().createJobQuery().processDefinitionKey("arshjul").tenantIdIn("jamtland")
        .duedateLowerThan(ClockUtil.getCurrentTime()).list()
        .forEach(job -> engine.getManagementService().executeJob(job.getId()));
    int year = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), WorkingDayCalendar.ZONE).getYear();

    Process browser = new ProcessBuilder("node", "year-view.mjs", "http://localhost:" + port, "sara.nilsson",
        "krokom-familjecentral", "lena.lansson", "jamtland", String.valueOf(year), "Test-Vinter-2026!",
        Path.of("target", "e2e-screenshots").toAbsolutePath().toString())
        .directory(E2E.toFile()).redirectErrorStream(true).start();
    boolean finished = browser.waitFor(180, TimeUnit.SECONDS);
    String output = new String(browser.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(finished).as("the browser test finished in time: " + output).isTrue();
    assertThat(browser.exitValue()).as(output).isZero();
  }
}
