package se.arshjulet.tasklist;

import java.time.LocalDate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.arshjulet.calendar.Today;
import se.arshjulet.centre.Unit;
import se.arshjulet.support.BrowserScript;
import se.arshjulet.support.EngineTest;
import se.arshjulet.support.YearDriver;
import se.arshjulet.wheel.WheelInstances;

/**
 * A Swedish browser walks a coordinator's whole day in Tasklist and a county coordinator's (her filters, a centre's
 * wheel, the overview), and fails on any English interface word it meets (listed) and on any axe violation (WCAG 2.0
 * and 2.1, A and AA) of any page on the way: the list, the opened task, the form completed empty and refused, the
 * filled form, the list after completing, the login page after logging out, the county filters, the centre's wheel
 * and the overview. Screenshots in
 * target/e2e-screenshots (sv-*.png).
 */
class SwedishPathBrowserTest extends EngineTest {

  @LocalServerPort
  int port;

  @Test
  void bothDailyPathsAreSwedish() throws Exception {
    YearDriver year = startYear(centre("svenska-vagen", LocalDate.of(2020, 1, 1), Unit.values()), 2026);
    Task selfReflection = year.runUntil("2026-01-02T08:00").openTasks("self-reflection-january").get(0);
    ClockUtil.reset();
    engine.getManagementService().createJobQuery().processDefinitionKey(WheelInstances.WHEEL_KEY)
        .tenantIdIn("jamtland").duedateLowerThan(ClockUtil.getCurrentTime()).list()
        .forEach(job -> engine.getManagementService().executeJob(job.getId()));

    BrowserScript.run("swedish-path.mjs", "http://localhost:" + port, "svenska-vagen.c", selfReflection.getId(),
        "lena.lansson", "krokom-familjecentral", "jamtland", String.valueOf(Today.year()), "Test-Vinter-2026!",
        BrowserScript.SCREENSHOTS);
  }
}
