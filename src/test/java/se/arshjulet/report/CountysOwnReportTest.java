package se.arshjulet.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import se.arshjulet.centre.Centre;
import se.arshjulet.centre.Unit;
import se.arshjulet.forms.DeployedForms;
import se.arshjulet.forms.FormSchema;
import se.arshjulet.support.EngineTest;
import se.arshjulet.support.TestProcesses;
import se.arshjulet.support.YearDriver;

/**
 * A county makes the report its own with files only: its copy of Jämtland's wheel, an annual-report form with a new
 * field and a relabelled one, a self-reflection with one statement more, and its own layout. Its report shows them;
 * the other counties' forms stay as they were; a layout naming a field the forms lack is refused.
 */
class CountysOwnReportTest extends EngineTest {

  private static final String COUNTY = "egenrapportlan";
  private static final String NEW_STATEMENT = "Fritidsgårdarna bjuds in";

  @Autowired
  TestRestTemplate rest;

  private TestRestTemplate admin() {
    return rest.withBasicAuth("admin", "Test-Hjulet-2026!");
  }

  /** The county's folder: Jämtland's wheel, forms and layout, changed as an administrator would. */
  private Path countyFolder() throws Exception {
    Path folder = TestProcesses.DIR.resolve(COUNTY);
    TestProcesses.copy(Path.of("processes", "jamtland"), folder);
    Files.writeString(folder.resolve("verksamhetsberattelse.form"), Files.readString(Path.of("forms",
            "verksamhetsberattelse.form"))
        .replace("\"label\": \"Antal besök under året\"", "\"label\": \"Besök på familjecentralen under året\"")
        .replaceFirst("\"components\": \\[", "\"components\": [{\"type\": \"number\", \"key\": \"antalHembesok\", "
            + "\"label\": \"Antal hembesök\", \"validate\": {\"min\": 0}, \"id\": \"Number_antalHembesok\"},"));
    String scale = "[{\"label\": \"Fungerar\", \"value\": \"fungerar\"}, {\"label\": \"Fungerar till stor del\", "
        + "\"value\": \"fungerar-till-stor-del\"}, {\"label\": \"Fungerar delvis\", \"value\": \"fungerar-delvis\"}, "
        + "{\"label\": \"Behöver utvecklas\", \"value\": \"behover-utvecklas\"}]";
    Files.writeString(folder.resolve("sjalvreflektion.form"), Files.readString(Path.of("forms",
            "sjalvreflektion.form"))
        .replace("\"label\": \"Samverkan\",\n      \"showOutline\": true,\n      \"components\": [",
            "\"label\": \"Samverkan\",\n      \"showOutline\": true,\n      \"components\": [{\"type\": \"radio\", "
                + "\"key\": \"fritidsgardar\", \"label\": \"" + NEW_STATEMENT + " – Kommunens fritidsgårdar bjuds in "
                + "en gång per termin.\", \"id\": \"Choice_fritidsgardar\", \"values\": " + scale + "},"));
    Files.writeString(folder.resolve("rapport.yaml"), Files.readString(Path.of("processes", "jamtland",
            "rapport.yaml"))
        .replace("        - field: antalBesok\n", "        - field: antalBesok\n        - field: antalHembesok\n"));
    return folder;
  }

  private FormSchema deployedForm(String county, String formId) {
    ProcessDefinition wheel = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey("arshjul").tenantIdIn(county).latestVersion().singleResult();
    return DeployedForms.find(engine.getRepositoryService(), wheel.getDeploymentId(), formId).orElseThrow();
  }

  @Test
  void theCountysReportShowsItsNewFieldItsLabelAndItsExtraStatement() throws Exception {
    countyFolder();
    assertThat(admin().postForEntity("/api/wheels/" + COUNTY + "/reload", null, String.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    Centre centre = centre(COUNTY, "egenrapport-fc", LocalDate.of(2020, 1, 1), Unit.values());
    YearDriver year = startYear(centre, 2027);
    Map<String, Object> reflection = AnnualReportDocumentTest.reflection(4, Map.of(), 8);
    reflection.put("fritidsgardar", "behover-utvecklas");
    reflection.putAll(Map.of("prioriteratOmrade1", "samverkan", "matbartMal1", "Två besök per termin",
        "prioriteratOmrade2", "larande", "matbartMal2", "Språkcafé varje vecka"));
    year.complete("self-reflection-january", "2027-01-15T10:00", reflection);
    year.complete("annual-report", "2027-02-20T10:00", Map.of("antalHembesok", 12L, "antalBesok", 4321L));

    String pdf = AnnualReportDocumentTest.pdfText(download("pdf").getBody());
    String word = AnnualReportDocumentTest.wordText(download("docx").getBody());
    for (String text : new String[] {pdf, word}) {
      assertThat(text).contains("Antal hembesök 12", "Besök på familjecentralen under året 4321")
          // Samverkan: its four statements on 4 and the new one on 1.
          .contains("Samverkan 3,4");
    }
    String page = admin().getForObject("/verksamhetsberattelse/egenrapport-fc/2027", String.class);
    assertThat(page).contains("Påståendena i Samverkan", NEW_STATEMENT);

    assertThat(deployedForm(COUNTY, "Form_AnnualReport").field("antalHembesok")).isPresent();
    assertThat(deployedForm("jamtland", "Form_AnnualReport").field("antalHembesok")).isEmpty();
    assertThat(deployedForm("jamtland", "Form_AnnualReport").field("antalBesok").orElseThrow().label())
        .isEqualTo("Antal besök under året");
    assertThat(deployedForm("jamtland", SelfReflectionForm.FORM_ID).field("fritidsgardar")).isEmpty();
  }

  @Test
  void aLayoutNamingAFieldTheFormsLackIsRefusedAndTheDeployedWheelStays() throws Exception {
    Path folder = countyFolder();
    admin().postForEntity("/api/wheels/" + COUNTY + "/reload", null, String.class);
    String deployed = deployedForm(COUNTY, "Form_AnnualReport").id() + engine.getRepositoryService()
        .createDeploymentQuery().tenantIdIn(COUNTY).count();
    Files.writeString(folder.resolve("rapport.yaml"), Files.readString(folder.resolve("rapport.yaml"))
        .replace("- field: antalHembesok\n", "- field: antalHembesoken\n"));

    ResponseEntity<String> refused = admin().postForEntity("/api/wheels/" + COUNTY + "/reload", null, String.class);

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).contains("rapport.yaml, avsnittet 'Familjecentralen': fältet 'antalHembesoken' "
        + "finns inte i formuläret 'Form_AnnualReport'");
    assertThat(deployedForm(COUNTY, "Form_AnnualReport").id() + engine.getRepositoryService()
        .createDeploymentQuery().tenantIdIn(COUNTY).count()).isEqualTo(deployed);
  }

  private ResponseEntity<byte[]> download(String format) {
    ResponseEntity<byte[]> file = admin().getForEntity("/api/centres/egenrapport-fc/years/2027/verksamhetsberattelse."
        + format, byte[].class);
    assertThat(file.getStatusCode()).isEqualTo(HttpStatus.OK);
    return file;
  }
}
