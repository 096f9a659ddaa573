package se.arshjulet.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import se.arshjulet.centre.CountyAdministrator;
import se.arshjulet.centre.Unit;
import se.arshjulet.reminder.Outbox;
import se.arshjulet.support.EngineTest;
import se.arshjulet.support.MailCounty;
import se.arshjulet.support.TestSmtp;

/**
 * Health, probes and the metrics endpoint on a real engine and a real SMTP server (GreenMail): who sees what, and SMTP
 * trouble as a degraded detail of a node that stays UP.
 */
class HealthAndMetricsTest extends EngineTest {

  private static final String ADMIN_PASSWORD = "Test-Hjulet-2026!";
  private static final String COORDINATOR_PASSWORD = "Test-Vinter-2026!";
  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired
  TestRestTemplate rest;
  @Autowired
  Outbox outbox;

  @AfterEach
  void smtpBack() {
    TestSmtp.up();
  }

  private ResponseEntity<String> get(String path, String user, String password) {
    return (user == null ? rest : rest.withBasicAuth(user, password)).getForEntity(path, String.class);
  }

  private static JsonNode json(ResponseEntity<String> response) throws Exception {
    return JSON.readTree(response.getBody());
  }

  @Test
  void aHealthyNodeAnswersUpWithoutCredentialsAndShowsDetailsOnlyToASystemAdministrator() throws Exception {
    for (String probe : List.of("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness")) {
      ResponseEntity<String> anyone = get(probe, null, null);
      assertThat(anyone.getStatusCode()).as(probe).isEqualTo(HttpStatus.OK);
      assertThat(json(anyone).path("status").asText()).as(probe).isEqualTo("UP");
      assertThat(json(anyone).has("components")).as(probe).isFalse();
    }
    assertThat(json(get("/actuator/health", "sara.nilsson", COORDINATOR_PASSWORD)).has("components")).isFalse();

    JsonNode admin = json(get("/actuator/health", "admin", ADMIN_PASSWORD));
    assertThat(admin.path("status").asText()).isEqualTo("UP");
    assertThat(admin.at("/components/db/status").asText()).isEqualTo("UP");
    assertThat(admin.at("/components/processEngine/status").asText()).isEqualTo("UP");
    assertThat(admin.at("/components/mail/details/smtpReachable").asBoolean()).isTrue();
    assertThat(admin.at("/components/mail/details/smtpServer").asText()).endsWith(":" + TestSmtp.PORT);
    // Readiness: the database (and, where a job executor runs, it: see ProbesDrill); liveness: the node alone.
    JsonNode readiness = json(get("/actuator/health/readiness", "admin", ADMIN_PASSWORD));
    assertThat(readiness.path("components").fieldNames()).toIterable().contains("db", "readinessState")
        .doesNotContain("mail");
  }

  @Test
  void withSmtpDownHealthStaysUpAndShowsTheDegradedMailToASystemAdministrator() throws Exception {
    smtpDownWithUnsentEmails("ops-health");

    ResponseEntity<String> anyone = get("/actuator/health", null, null);
    assertThat(anyone.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(json(anyone).path("status").asText()).isEqualTo("UP");
    assertThat(get("/actuator/health/readiness", null, null).getStatusCode()).isEqualTo(HttpStatus.OK);

    ResponseEntity<String> admin = get("/actuator/health", "admin", ADMIN_PASSWORD);
    assertThat(admin.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(json(admin).path("status").asText()).isEqualTo("UP");
    JsonNode mail = json(admin).at("/components/mail");
    assertThat(mail.path("status").asText()).isEqualTo("DEGRADED");
    assertThat(mail.at("/details/smtpReachable").asBoolean()).isFalse();
    assertThat(mail.at("/details/smtpError").asText()).isNotBlank();
    Outbox.Backlog backlog = outbox.backlog();
    assertThat(mail.at("/details/unsentEmails").asLong()).isEqualTo(backlog.unsent()).isPositive();
    assertThat(mail.at("/details/oldestUnsentAgeSeconds").asLong())
        .isEqualTo(backlog.oldestAgeSeconds(ClockUtil.getCurrentTime().toInstant()));
  }

  @Test
  void prometheusAndMetricsAreForSystemAdministratorsOnly() {
    assertThat(get("/actuator/prometheus", null, null).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(get("/actuator/prometheus", "sara.nilsson", COORDINATOR_PASSWORD).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(get("/actuator/metrics", "sara.nilsson", COORDINATOR_PASSWORD).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    // A county administrator is no system administrator either.
    assertThat(get("/actuator/prometheus", "lena.lansson", COORDINATOR_PASSWORD).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);

    ResponseEntity<String> admin = get("/actuator/prometheus", "admin", ADMIN_PASSWORD);
    assertThat(admin.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(admin.getBody()).contains("jvm_memory_used_bytes{");
  }

  /** A county of its own whose centre has reached 2 March; its 08:00 sweep failed with SMTP down. */
  private MailCounty smtpDownWithUnsentEmails(String countyId) {
    MailCounty county = new MailCounty(engine, countyId);
    registry.registerAdministrators(List.of(new CountyAdministrator(countyId, countyId + ".lan", "Lena Län",
        countyId + ".lan@test.example")));
    startYear(centre(countyId, countyId + "-centre", LocalDate.of(2020, 1, 1), Unit.BHV), 2026)
        .runUntil("2026-03-02T08:00");
    TestSmtp.down();
    assertThatThrownBy(() -> county.sweepAt("2026-03-02T08:00")).hasMessageContaining("Mail server connection failed");
    assertThat(outbox.unsent(countyId)).isNotEmpty();
    return county;
  }
}
