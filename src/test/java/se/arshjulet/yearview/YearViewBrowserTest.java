package se.arshjulet.yearview;

import java.time.LocalDate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.arshjulet.calendar.WorkingDayCalendar;
import se.arshjulet.support.BrowserScript;
import se.arshjulet.support.EngineTest;

/**
 * In a real browser (Debian chromium + playwright-core), logged in through Tasklist only: the demo coordinator opens
 * her wheel but not the county overview; the county coordinator opens both. Screenshots in target/e2e-screenshots.
 */
class YearViewBrowserTest extends EngineTest {

  @LocalServerPort
  int port;

  @Test
  void theWheelAndTheOverviewOpenWithTheTasklistLoginForTheRightPeople() throws Exception {
    engine.getManagementService().createJobQuery().processDefinitionKey("arshjul").tenantIdIn("jamtland")
        .duedateLowerThan(ClockUtil.getCurrentTime()).list()
        .forEach(job -> engine.getManagementService().executeJob(job.getId()));
    int year = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), WorkingDayCalendar.ZONE).getYear();

    BrowserScript.run("year-view.mjs", "http://localhost:" + port, "sara.nilsson", "krokom-familjecentral",
        "lena.lansson", "jamtland", String.valueOf(year), "Test-Vinter-2026!", BrowserScript.SCREENSHOTS);
  }
}
