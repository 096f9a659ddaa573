package se.arshjulet.preview;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import se.arshjulet.calendar.WorkingDayCalendar;
import se.arshjulet.support.EngineTest;
import se.arshjulet.wheel.JamtlandWheelYearTestTables;

/** GET /api/wheels/{county}/preview: the deployed wheel's year on the isolated preview engine. */
class WheelPreviewApiTest extends EngineTest {

  @Autowired
  TestRestTemplate rest;
  @Autowired
  ObjectMapper json;

  private TestRestTemplate admin() {
    return rest.withBasicAuth("admin", "Test-Hjulet-2026!");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(ints = {2026, 2027, 2028, 2029, 2030, 2031, 2032, 2033, 2034, 2035})
  void thePreviewMatchesTheIndependentTable(int year) throws Exception {
    ResponseEntity<String> response = admin().getForEntity("/api/wheels/jamtland/preview?year=" + year, String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode tasks = json.readTree(response.getBody()).get("tasks");
    List<String> actual = new ArrayList<>();
    OffsetDateTime previous = null;
    for (JsonNode task : tasks) {
      OffsetDateTime opens = OffsetDateTime.parse(task.get("opens").asText());
      OffsetDateTime due = OffsetDateTime.parse(task.get("due").asText());
      assertThat(opens.getOffset()).isEqualTo(WorkingDayCalendar.ZONE.getRules().getOffset(opens.toInstant()));
      if (previous != null) {
        assertThat(opens).as("time order").isAfterOrEqualTo(previous);
      }
      previous = opens;
      assertThat(task.get("role").asText()).isEqualTo(JamtlandWheelYearTestTables.ROLE.get(task.get("key").asText()));
      assertThat(task.get("name").asText()).isNotBlank();
      actual.add(task.get("key").asText() + "," + local(opens) + "," + local(due));
    }
    assertThat(actual).containsExactlyInAnyOrderElementsOf(JamtlandWheelYearTestTables.expected(year));

    List<String> emails = new ArrayList<>();
    for (JsonNode email : json.readTree(response.getBody()).get("emails")) {
      emails.add(email.get("kind").asText() + "," + (email.has("key") ? email.get("key").asText() : "") + ","
          + email.get("role").asText() + "," + local(OffsetDateTime.parse(email.get("at").asText())));
    }
    assertThat(emails).containsExactlyInAnyOrderElementsOf(JamtlandWheelYearTestTables.expectedEmails(year));
  }

  @Test
  void thePreviewLeavesTheLiveEngineAlone() {
    Date clockBefore = ClockUtil.getCurrentTime();
    long jobsBefore = engine.getManagementService().createJobQuery().count();
    long instancesBefore = engine.getRuntimeService().createProcessInstanceQuery().count();

    admin().getForEntity("/api/wheels/jamtland/preview?year=2031", String.class);

    assertThat(engine.getManagementService().createJobQuery().count()).isEqualTo(jobsBefore);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isEqualTo(instancesBefore);
    assertThat(Math.abs(ClockUtil.getCurrentTime().getTime() - clockBefore.getTime())).isLessThan(60_000);
    assertThat(engine.getRepositoryService().createDeploymentQuery().deploymentName("preview").count()).isZero();
  }

  @Test
  void aBadYearIsRefusedWithAClearMessage() {
    for (String year : new String[] {"abc", "26", "1999", "2100", ""}) {
      ResponseEntity<String> response = admin().getForEntity("/api/wheels/jamtland/preview?year=" + year,
          String.class);
      assertThat(response.getStatusCode()).as(year).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(response.getBody()).as(year).containsIgnoringCase("året");
    }
  }

  @Test
  void aCountyWithoutAWheelIsRefusedWithAClearMessage() {
    ResponseEntity<String> response = admin().getForEntity("/api/wheels/atlantis/preview?year=2027", String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody()).contains("atlantis").contains("inget driftsatt årshjul");
  }

  @Test
  void onlyAdministratorsMayPreview() {
    assertThat(rest.getForEntity("/api/wheels/jamtland/preview?year=2027", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(rest.withBasicAuth("anna.berg", "Test-Vinter-2026!")
        .getForEntity("/api/wheels/jamtland/preview?year=2027", String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    // A wrong password (for a user no other test logs in as: a failed login delays that user's next one).
    assertThat(rest.withBasicAuth("olof.dahl", "wrong-password")
        .getForEntity("/api/wheels/jamtland/preview?year=2027", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  private static String local(OffsetDateTime time) {
    return LocalDateTime.ofInstant(time.toInstant(), WorkingDayCalendar.ZONE).toString();
  }
}
