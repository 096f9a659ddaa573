package se.arshjulet.tasklist;

import java.time.LocalDate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.arshjulet.centre.Unit;
import se.arshjulet.support.BrowserScript;
import se.arshjulet.support.EngineTest;

/**
 * The daily surface and the accessibility law (src/test/e2e/tasklist-accessibility.mjs): axe finds no WCAG 2.0/2.1 A
 * or AA violation on Tasklist's login page, a coordinator's task list and her open task with its Camunda Form, nor on
 * Cockpit's and Admin's login and first pages for the administrator; every page says lang="sv" and the form speaks
 * Swedish. The task is the parent survey's hand-out (a date, a number and a text field, all required), opened by
 * driving a 2026 wheel to its week; the engine's clock is reset before the browser comes.
 */
class TasklistAccessibilityBrowserTest extends EngineTest {

  @LocalServerPort
  int port;
  @Value("${arshjulet.demo.password}")
  String staffPassword;
  @Value("${camunda.bpm.admin-user.id}")
  String admin;
  @Value("${camunda.bpm.admin-user.password}")
  String adminPassword;

  @Test
  void theDailySurfaceHasNoWcagViolationAndItsFormsAreSwedish() throws Exception {
    Task handOut = startYear(centre("tillganglig-yta", LocalDate.of(2020, 1, 1), Unit.values()), 2026)
        .runUntil("2026-11-04T10:00").openTasks("parent-survey").get(0);
    ClockUtil.reset();

    BrowserScript.run("tasklist-accessibility.mjs", "http://localhost:" + port, "tillganglig-yta.c", staffPassword,
        handOut.getId(), admin, adminPassword, BrowserScript.SCREENSHOTS);
  }
}
