package se.arshjulet.yearview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.arshjulet.calendar.WorkingDayCalendar;
import se.arshjulet.support.BrowserScript;
import se.arshjulet.support.EngineTest;

/**
 * In a real browser (Debian chromium + playwright-core), logged in through Tasklist only: the demo coordinator opens
 * her wheel but not the county overview, and subscribes to her calendar from it; the county coordinator opens both;
 * the wheel printed on A4. Screenshots in target/e2e-screenshots, the printed PDF in target/year-print.
 */
class YearViewBrowserTest extends EngineTest {

  @LocalServerPort
  int port;
  @Autowired
  CentreYearView years;

  @Test
  void theWheelAndTheOverviewOpenWithTheTasklistLoginForTheRightPeople() throws Exception {
    engine.getManagementService().createJobQuery().processDefinitionKey("arshjul").tenantIdIn("jamtland")
        .duedateLowerThan(ClockUtil.getCurrentTime()).list()
        .forEach(job -> engine.getManagementService().executeJob(job.getId()));
    int year = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), WorkingDayCalendar.ZONE).getYear();

    BrowserScript.run("year-view.mjs", "http://localhost:" + port, "sara.nilsson", "krokom-familjecentral",
        "lena.lansson", "jamtland", String.valueOf(year), "Test-Vinter-2026!", BrowserScript.SCREENSHOTS);
  }

  /**
   * The wheel on the wall (it replaces the paper wheel of Bilaga 6): Chromium prints the demo centre's year page on
   * A4, and the PDF's text names every activity, the three rings and the twelve months, all on one page.
   */
  @Test
  void theYearPagePrintsOnOneA4PageThatNamesEveryActivity() throws Exception {
    int year = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), WorkingDayCalendar.ZONE).getYear();
    Path pdf = Path.of("target", "year-print", "arshjul-krokom-" + year + ".pdf").toAbsolutePath();
    Files.deleteIfExists(pdf);

    BrowserScript.run("year-print.mjs", "http://localhost:" + port, "sara.nilsson", "krokom-familjecentral",
        String.valueOf(year), "Test-Vinter-2026!", pdf.toString(), BrowserScript.SCREENSHOTS);

    List<ActivityView> activities = years.activities(years.instance("krokom-familjecentral", year).orElseThrow(),
        year);
    assertThat(activities).hasSizeGreaterThanOrEqualTo(20);
    try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
      assertThat(document.getNumberOfPages()).as("the wheel and its key on one sheet").isEqualTo(1);
      PDRectangle sheet = document.getPage(0).getMediaBox();
      // A4 is 595 x 842 points (Chromium rounds to whole pixels at 96 dpi: 596 x 843), either way up.
      float shorter = Math.min(sheet.getWidth(), sheet.getHeight());
      float longer = Math.max(sheet.getWidth(), sheet.getHeight());
      assertThat(shorter).as("A4's width").isCloseTo(595.3f, within(2f));
      assertThat(longer).as("A4's height").isCloseTo(841.9f, within(2f));
      String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
      for (ActivityView activity : activities) {
        assertThat(text).as("the printed wheel names " + activity.key()).contains(activity.name());
      }
      assertThat(text).contains("Samordnare", "Ledningsgrupp", "Enhetschefer", "Årshjul " + year,
          "Familjecentralen Krokom");
      for (Month month : Month.values()) {
        assertThat(text).contains(month.getDisplayName(TextStyle.FULL, new Locale("sv", "SE")));
      }
      for (int number = 1; number <= activities.size(); number++) {
        assertThat(text).as("the number of activity " + number).containsPattern("(^| )" + number + " ");
      }
    }
  }
}
