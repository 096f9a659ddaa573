package se.arshjulet.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import se.arshjulet.centre.Unit;
import se.arshjulet.forms.DeployedForms;
import se.arshjulet.forms.FormSchema;
import se.arshjulet.support.EngineTest;
import se.arshjulet.support.TestProcesses;

/**
 * A county's own forms: a {@code .form} file in its folder replaces the common form with the same id for that county
 * only, and may be new; the draft preview lists what changed in the forms; a running year keeps its forms.
 */
class CountyFormsTest extends EngineTest {

  @Autowired
  TestRestTemplate rest;
  @Autowired
  ObjectMapper json;

  private TestRestTemplate admin() {
    return rest.withBasicAuth("admin", "Test-Hjulet-2026!");
  }

  /** Jämtland's wheel in a county folder of its own, with its own annual-report form: one field more, one relabelled. */
  private Path countyWithItsOwnAnnualReport(String county) throws Exception {
    Path folder = TestProcesses.DIR.resolve(county);
    TestProcesses.copy(Path.of("processes", "jamtland"), folder);
    Files.writeString(folder.resolve("verksamhetsberattelse.form"), annualReport("Antal hembesök", "antalHembesok"));
    return folder;
  }

  private static String annualReport(String label, String key) throws Exception {
    return Files.readString(Path.of("forms", "verksamhetsberattelse.form"))
        .replace("\"label\": \"Antal besök under året\"", "\"label\": \"Besök på familjecentralen under året\"")
        .replaceFirst("\"components\": \\[", "\"components\": [{\"type\": \"number\", \"key\": \"" + key
            + "\", \"label\": \"" + label + "\", \"validate\": {\"min\": 0}, \"id\": \"Number_" + key + "\"},");
  }

  private FormSchema deployedAnnualReport(String county) {
    ProcessDefinition wheel = engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("arshjul")
        .tenantIdIn(county).latestVersion().singleResult();
    return DeployedForms.find(engine.getRepositoryService(), wheel.getDeploymentId(), "Form_AnnualReport")
        .orElseThrow();
  }

  private static List<String> keys(FormSchema form) {
    return form.fields().stream().map(FormSchema.Field::key).toList();
  }

  @Test
  void aCountysOwnFormReplacesTheCommonOneForThatCountyOnly() throws Exception {
    countyWithItsOwnAnnualReport("egenlan");

    assertThat(admin().postForEntity("/api/wheels/egenlan/reload", null, String.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);

    FormSchema own = deployedAnnualReport("egenlan");
    assertThat(keys(own)).contains("antalHembesok", "antalBesok");
    assertThat(own.field("antalBesok").orElseThrow().label()).isEqualTo("Besök på familjecentralen under året");
    FormSchema common = deployedAnnualReport("jamtland");
    assertThat(keys(common)).doesNotContain("antalHembesok");
    assertThat(common.field("antalBesok").orElseThrow().label()).isEqualTo("Antal besök under året");
  }

  @Test
  void theDraftPreviewListsTheChangedFormsAndARunningYearKeepsItsForms() throws Exception {
    Path folder = countyWithItsOwnAnnualReport("formdifflan");
    admin().postForEntity("/api/wheels/formdifflan/reload", null, String.class);
    ProcessInstance running = instances.startYear(centre("formdifflan", "formdifflan-fc", LocalDate.of(2020, 1, 1),
        Unit.values()), 2026).orElseThrow();
    Files.writeString(folder.resolve("verksamhetsberattelse.form"), annualReport("Antal hembesök i hemmet",
        "antalHembesok").replace("\"key\": \"analys\"", "\"key\": \"analysen\""));

    ResponseEntity<String> refused = admin().postForEntity("/api/wheels/formdifflan/preview?year=2027",
        xml(Files.readString(folder.resolve("arshjul.bpmn"))), String.class);
    // The report the county runs (the national default's layout) reads 'analys'.
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).contains("rapport.yaml", "fältet 'analys' finns inte i formuläret "
        + "'Form_AnnualReport'");
    Files.writeString(folder.resolve("rapport.yaml"), Files.readString(Path.of("processes", "default",
        "rapport.yaml")).replace("field: analys\n", "field: analysen\n"));

    ResponseEntity<String> preview = admin().postForEntity("/api/wheels/formdifflan/preview?year=2027",
        xml(Files.readString(folder.resolve("arshjul.bpmn"))), String.class);

    assertThat(preview.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode forms = json.readTree(preview.getBody()).get("forms");
    assertThat(forms).hasSize(1);
    assertThat(forms.get(0).get("form").asText()).isEqualTo("Form_AnnualReport");
    assertThat(forms.get(0).get("added").toString()).isEqualTo("[\"analysen\"]");
    assertThat(forms.get(0).get("removed").toString()).isEqualTo("[\"analys\"]");
    assertThat(forms.get(0).get("relabelled").get(0).get("after").asText()).isEqualTo("Antal hembesök i hemmet");

    admin().postForEntity("/api/wheels/formdifflan/reload", null, String.class);
    assertThat(keys(deployedAnnualReport("formdifflan"))).contains("analysen");
    String runningDeployment = engine.getRepositoryService().getProcessDefinition(running.getProcessDefinitionId())
        .getDeploymentId();
    assertThat(keys(DeployedForms.find(engine.getRepositoryService(), runningDeployment, "Form_AnnualReport")
        .orElseThrow())).as("the running year's form").contains("analys").doesNotContain("analysen");
  }

  private static HttpEntity<String> xml(String bpmn) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_XML);
    return new HttpEntity<>(bpmn, headers);
  }
}
