package se.arshjulet.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import se.arshjulet.centre.Centre;
import se.arshjulet.centre.Unit;
import se.arshjulet.support.EngineTest;
import se.arshjulet.support.YearDriver;

/** The county compilation: key figures and goals per centre, the self-reflection's median and range per area. */
class CountyCompilationTest extends EngineTest {

  @Autowired
  TestRestTemplate rest;

  private void centreWithYear(String id, int step, long visits, String goal) {
    Centre centre = centre("gotland", id, LocalDate.of(2020, 1, 1), Unit.values());
    januaryAndReport(startYear(centre, 2027), step, Map.of("prioriteratOmrade1", "samverkan", "matbartMal1", goal),
        Map.of("antalBesok", visits, "antalGravida", 10L, "antalInskrivnaBarn", 100L, "familjerSarskiltStod", 2L));
  }

  /**
   * Drives a 2027 wheel through its January self-reflection (every statement on one step, plus the priority goals
   * given) and its annual report (the answers given): what the compilation reads of a centre.
   */
  static void januaryAndReport(YearDriver year, int step, Map<String, Object> goals, Map<String, Object> report) {
    Map<String, Object> reflection = AnnualReportDocumentTest.reflection(step, Map.of(), 10);
    reflection.putAll(goals);
    year.complete("self-reflection-january", "2027-01-20T10:00", reflection);
    year.complete("annual-report", "2027-02-20T10:00", report);
    ClockUtil.reset();
  }

  @Test
  void theCompilationListsEveryCentreAndTheSpreadOfTheSelfReflectionPerArea() throws Exception {
    centreWithYear("gotland-visby", 4, 1000, "Mål i Visby");
    centreWithYear("gotland-slite", 2, 500, "Mål i Slite");
    centreWithYear("gotland-hemse", 1, 250, "Mål i Hemse");

    ResponseEntity<byte[]> pdf = rest.withBasicAuth("admin", AnnualReportDocumentTest.ADMIN_PASSWORD)
        .getForEntity("/api/counties/gotland/years/2027/sammanstallning.pdf", byte[].class);

    assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
    String text = AnnualReportDocumentTest.pdfText(pdf.getBody());
    assertThat(text).contains("Sammanställning 2027 – Gotlands län", "3 familjecentraler",
        "Familjecentralen gotland-visby", "Familjecentralen gotland-hemse", "Mål i Slite", "1000", "Totalt",
        "3 av 3", "1750");
    // Every area: median 2 (Slite), lowest 1 (Hemse), highest 4 (Visby), three centres.
    assertThat(text).contains("Samverkan 2,0 1,0 4,0 3", "Jämställdhet 2,0 1,0 4,0 3");
  }

  @Test
  void aCoordinatorMayNotReadTheCompilationButTheCentresSteeringGroupMay() {
    centre("gotland", "gotland-roma", LocalDate.of(2020, 1, 1), Unit.MHV);

    assertThat(rest.withBasicAuth("gotland-roma.c", "Test-Vinter-2026!")
        .getForEntity("/sammanstallning/gotland/2027", String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(rest.withBasicAuth("gotland-roma.mhv", "Test-Vinter-2026!")
        .getForEntity("/sammanstallning/gotland/2027", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
  }
}
