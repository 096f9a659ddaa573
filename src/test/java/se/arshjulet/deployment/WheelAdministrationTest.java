package se.arshjulet.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import se.arshjulet.calendar.WorkingDayCalendar;
import se.arshjulet.centre.Centre;
import se.arshjulet.centre.Unit;
import se.arshjulet.support.EngineTest;
import se.arshjulet.support.TestProcesses;
import se.arshjulet.support.YearDriver;
import se.arshjulet.wheel.WheelInstances;

/** An administrator changes her county's wheel: reload, versions per year, migration, draft preview, other counties. */
class WheelAdministrationTest extends EngineTest {

  private static final String ADMIN_PASSWORD = "Test-Hjulet-2026!";
  /** The administrator's today: December, the running year near its end and the coming year not begun. */
  private static final Date TODAY = Date.from(YearDriver.stockholm("2026-12-07T09:00"));

  @Autowired
  TestRestTemplate rest;
  @Autowired
  ObjectMapper json;

  @BeforeEach
  void today() {
    ClockUtil.setCurrentTime(TODAY);
  }

  private TestRestTemplate admin() {
    return rest.withBasicAuth("admin", ADMIN_PASSWORD);
  }

  private static int thisYear() {
    return LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), WorkingDayCalendar.ZONE).getYear();
  }

  /** A county with a folder of its own (a copy of Jämtland's wheel), deployed, and one centre running two years. */
  private Path countyWithTwoYears(String county) throws Exception {
    Path folder = TestProcesses.DIR.resolve(county);
    TestProcesses.copy(Path.of("processes", "jamtland"), folder);
    assertThat(admin().postForEntity("/api/wheels/" + county + "/reload", null, String.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    Centre centre = centre(county, county + "-centre", LocalDate.of(2020, 1, 1), Unit.values());
    instances.startYear(centre, thisYear()).orElseThrow();
    instances.startYear(centre, thisYear() + 1).orElseThrow();
    return folder.resolve("arshjul.bpmn");
  }

  private static void edit(Path file, String from, String to) throws Exception {
    String bpmn = Files.readString(file);
    assertThat(bpmn).contains(from);
    Files.writeString(file, bpmn.replace(from, to));
  }

  private JsonNode versions(String county, int year) throws Exception {
    return json.readTree(admin().getForEntity("/api/wheels/" + county + "/years/" + year, String.class).getBody());
  }

  @Test
  void anEditedWheelBecomesANewVersionForTheComingYearWhileTheRunningYearKeepsItsOwn() throws Exception {
    Path wheel = countyWithTwoYears("reloadlan");
    edit(wheel, "${due.lastWorkingDayOfMonth(year, 5)}\" camunda:formRef=\"Form_Visit\"",
        "${due.onOrBefore(year, 5, 15)}\" camunda:formRef=\"Form_Visit\"");

    JsonNode reload = json.readTree(admin().postForEntity("/api/wheels/reloadlan/reload", null, String.class)
        .getBody());

    assertThat(reload.get("changed").asBoolean()).isTrue();
    assertThat(reload.path("versions").path("arshjul").asInt()).isEqualTo(2);
    assertThat(reload.get("comingYearsRenewed").asInt()).isEqualTo(1);
    assertThat(versions("reloadlan", thisYear()).get(0).get("version").asInt()).isEqualTo(1);
    assertThat(versions("reloadlan", thisYear() + 1).get(0).get("version").asInt()).isEqualTo(2);
    JsonNode unchanged = json.readTree(admin().postForEntity("/api/wheels/reloadlan/reload", null, String.class)
        .getBody());
    assertThat(unchanged.get("changed").asBoolean()).isFalse();
  }

  @Test
  void aRenewedComingYearIsReadAsOneYearByItsAnswersItsPageAndItsReport() throws Exception {
    Path wheel = countyWithTwoYears("renewlan");
    edit(wheel, "${due.lastWorkingDayOfMonth(year, 5)}\" camunda:formRef=\"Form_Visit\"",
        "${due.onOrBefore(year, 5, 15)}\" camunda:formRef=\"Form_Visit\"");
    admin().postForEntity("/api/wheels/renewlan/reload", null, String.class);
    int comingYear = thisYear() + 1;
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(WheelInstances.businessKey("renewlan-centre", comingYear)).count()).isEqualTo(2);

    ResponseEntity<String> answers = admin().getForEntity("/api/centres/renewlan-centre/years/" + comingYear
        + "/answers", String.class);
    ResponseEntity<String> page = admin().getForEntity("/arshjul/renewlan-centre/" + comingYear, String.class);
    ResponseEntity<byte[]> report = admin().getForEntity("/api/centres/renewlan-centre/years/" + comingYear
        + "/verksamhetsberattelse.pdf", byte[].class);

    assertThat(answers.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(report.getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void aBrokenEditIsRefusedOnReloadAndNothingChanges() throws Exception {
    Path wheel = countyWithTwoYears("brokenlan");
    edit(wheel, " camunda:dueDate=\"${due.lastWorkingDayOfMonth(year, 4)}\"", "");

    ResponseEntity<String> reload = admin().postForEntity("/api/wheels/brokenlan/reload", null, String.class);

    assertThat(reload.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(reload.getBody()).contains("arshjul.bpmn, Task_VisitApril: uppgiften har inget förfallodatum")
        .contains("[regel: förfallodatum]");
    assertThat(versions("brokenlan", thisYear() + 1).get(0).get("version").asInt()).isEqualTo(1);
  }

  @Test
  void aRunningYearMovesToTheNewVersionOnlyWhenMigratedAndADryRunChangesNothing() throws Exception {
    Path wheel = countyWithTwoYears("migrationlan");
    String running = engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceBusinessKey(WheelInstances.businessKey("migrationlan-centre", thisYear())).singleResult()
        .getId();
    new YearDriver(engine, engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(running)
        .singleResult()).runUntil(thisYear() + "-01-02T08:00");
    ClockUtil.setCurrentTime(TODAY);
    edit(wheel, "${due.lastWorkingDayOfMonth(year, 5)}\" camunda:formRef=\"Form_Visit\"",
        "${due.onOrBefore(year, 5, 15)}\" camunda:formRef=\"Form_Visit\"");
    admin().postForEntity("/api/wheels/migrationlan/reload", null, String.class);

    JsonNode dryRun = json.readTree(admin().postForEntity("/api/wheels/migrationlan/migrations?year=" + thisYear()
        + "&dryRun=true", null, String.class).getBody());
    assertThat(dryRun).hasSize(1);
    assertThat(dryRun.get(0).get("centre").asText()).isEqualTo("migrationlan-centre");
    assertThat(dryRun.get(0).get("fromVersion").asInt()).isEqualTo(1);
    assertThat(dryRun.get(0).get("toVersion").asInt()).isEqualTo(2);
    assertThat(dryRun.get(0).get("migrates").asBoolean()).isTrue();
    assertThat(dryRun.get(0).get("openActivities").toString()).contains("Task_SelfReflectionJanuary");
    assertThat(versions("migrationlan", thisYear()).get(0).get("version").asInt()).isEqualTo(1);

    admin().postForEntity("/api/wheels/migrationlan/migrations?year=" + thisYear() + "&dryRun=false", null,
        String.class);
    assertThat(versions("migrationlan", thisYear()).get(0).get("version").asInt()).isEqualTo(2);
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(running)
        .taskDefinitionKey("Task_SelfReflectionJanuary").count()).isOne();
  }

  @Test
  void aDraftIsPreviewedAndComparedWithoutBeingDeployed() throws Exception {
    String draft = Files.readString(Path.of("processes", "jamtland", "arshjul.bpmn"))
        .replace("${due.lastWorkingDayOfMonth(year, 5)}\" camunda:formRef=\"Form_Visit\"",
            "${due.onOrBefore(year, 5, 15)}\" camunda:formRef=\"Form_Visit\"")
        .replace("value=\"family-centre-day\"", "value=\"family-centre-week\"");
    long deployments = engine.getRepositoryService().createDeploymentQuery().count();

    ResponseEntity<String> response = admin().postForEntity("/api/wheels/jamtland/preview?year=2027",
        xml(draft), String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode diff = json.readTree(response.getBody()).get("diff");
    assertThat(diff.get("added").toString()).isEqualTo("[\"family-centre-week\"]");
    assertThat(diff.get("removed").toString()).isEqualTo("[\"family-centre-day\"]");
    assertThat(diff.get("moved")).hasSize(1);
    assertThat(diff.get("moved").get(0).get("key").asText()).isEqualTo("visit-may");
    assertThat(diff.get("moved").get(0).get("dueBefore").asText()).startsWith("2027-05-31T16:00");
    assertThat(diff.get("moved").get(0).get("dueAfter").asText()).startsWith("2027-05-14T16:00");
    assertThat(json.readTree(response.getBody()).path("draft").path("emails").size()).isPositive();
    assertThat(engine.getRepositoryService().createDeploymentQuery().count()).isEqualTo(deployments);
  }

  @Test
  void aDraftThatBreaksARuleIsRefused() throws Exception {
    String draft = Files.readString(Path.of("processes", "jamtland", "arshjul.bpmn"))
        .replace("value=\"visit-may\"", "value=\"visit-april\"");

    ResponseEntity<String> response = admin().postForEntity("/api/wheels/jamtland/preview?year=2027", xml(draft),
        String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody()).contains("utkast.bpmn, Task_VisitMay").contains("[regel: unik nyckel]");
  }

  @Test
  void aCountyAdministratorCannotTouchAnotherCounty() throws Exception {
    TestRestTemplate lena = rest.withBasicAuth("lena.lansson", "Test-Vinter-2026!");
    String draft = Files.readString(Path.of("processes", "jamtland", "arshjul.bpmn"));
    assertThat(lena.postForEntity("/api/wheels/vasternorrland/reload", null, String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(lena.postForEntity("/api/wheels/vasternorrland/preview?year=2027", xml(draft), String.class)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(lena.postForEntity("/api/wheels/vasternorrland/migrations?year=2027", null, String.class)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(lena.getForEntity("/api/wheels/vasternorrland/preview?year=2027", String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(lena.postForEntity("/api/wheels/jamtland/preview?year=2027", xml(draft), String.class)
        .getStatusCode()).isEqualTo(HttpStatus.OK);

    long deployments = engine.getRepositoryService().createDeploymentQuery().count();
    ResponseEntity<String> modeler = lena.postForEntity("/engine-rest/deployment/create",
        modelerDeployment("vasternorrland", draft), String.class);
    assertThat(modeler.getStatusCode().is2xxSuccessful()).as(modeler.getBody()).isFalse();
    assertThat(engine.getRepositoryService().createDeploymentQuery().count()).isEqualTo(deployments);
  }

  @Test
  void camundaModelerDeploysIntoTheAdministratorsCountyAndIsValidatedToo() throws Exception {
    TestRestTemplate lena = rest.withBasicAuth("lena.lansson", "Test-Vinter-2026!");
    String broken = Files.readString(Path.of("processes", "jamtland", "arshjul.bpmn"))
        .replace("value=\"visit-may\"", "value=\"visit-april\"");

    ResponseEntity<String> refused = lena.postForEntity("/engine-rest/deployment/create",
        modelerDeployment("jamtland", broken), String.class);

    assertThat(refused.getStatusCode()).as("bad input, not a server fault").isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).contains("Task_VisitMay").contains("[regel: unik nyckel]");
  }

  private static HttpEntity<String> xml(String bpmn) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_XML);
    return new HttpEntity<>(bpmn, headers);
  }

  private static HttpEntity<LinkedMultiValueMap<String, Object>> modelerDeployment(String tenant, String bpmn)
      throws Exception {
    LinkedMultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    parts.add("deployment-name", "arshjul-" + tenant);
    parts.add("tenant-id", tenant);
    parts.add("arshjul.bpmn", new ByteArrayResource(bpmn.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
      @Override
      public String getFilename() {
        return "arshjul.bpmn";
      }
    });
    for (Path form : Files.list(Path.of("forms")).toList()) {
      byte[] content = Files.readAllBytes(form);
      String name = form.getFileName().toString();
      parts.add(name, new ByteArrayResource(content) {
        @Override
        public String getFilename() {
          return name;
        }
      });
    }
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return new HttpEntity<>(parts, headers);
  }
}
