package se.arshjulet.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.TaskQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.arshjulet.centre.CountyAdministrator;
import se.arshjulet.centre.Unit;
import se.arshjulet.reminder.Outbox;
import se.arshjulet.support.EngineTest;
import se.arshjulet.support.MailCounty;
import se.arshjulet.support.TestSmtp;
import se.arshjulet.support.YearDriver;
import se.arshjulet.wheel.WheelInstances;

/**
 * Health, probes and the product's metrics on a real engine and a real SMTP server (GreenMail): who sees what, SMTP
 * trouble as a degraded detail of a node that stays UP, and every gauge against the engine's own count.
 */
class HealthAndMetricsTest extends EngineTest {

  private static final String ADMIN_PASSWORD = "Test-Hjulet-2026!";
  private static final String COORDINATOR_PASSWORD = "Test-Vinter-2026!";
  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired
  TestRestTemplate rest;
  @Autowired
  Outbox outbox;
  @Autowired
  JdbcClient jdbc;

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
    assertThat(admin.getBody()).contains("arshjulet_tasks_open{", "arshjulet_outbox_unsent{",
        "arshjulet_jobs_due{", "arshjulet_emails_sent_total{");
  }

  @Test
  void theMonitoringAccountReadsTheMetricsAndNothingElse() throws Exception {
    User prometheus = engine.getIdentityService().newUser("metrics.scraper");
    prometheus.setPassword("Skrapa-Matvarden-2026!");
    engine.getIdentityService().saveUser(prometheus);
    engine.getIdentityService().createMembership(prometheus.getId(), MonitoringGroup.ID);
    try {
      assertThat(get("/actuator/prometheus", "metrics.scraper", "Skrapa-Matvarden-2026!").getBody())
          .contains("arshjulet_tasks_open{");
      assertThat(get("/actuator/metrics", "metrics.scraper", "Skrapa-Matvarden-2026!").getStatusCode())
          .isEqualTo(HttpStatus.OK);
      assertThat(json(get("/actuator/health", "metrics.scraper", "Skrapa-Matvarden-2026!")).has("components"))
          .as("no health details").isFalse();
      assertThat(get("/api/centres/ostersund-lugnvik/years/2026/answers", "metrics.scraper",
          "Skrapa-Matvarden-2026!").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
      // Camunda's only grant to a new group: reading the group itself. No webapp, no definition, no task.
      assertThat(engine.getAuthorizationService().createAuthorizationQuery().groupIdIn(MonitoringGroup.ID).list())
          .allSatisfy(grant -> assertThat(grant.getResourceType()).isEqualTo(Resources.GROUP.resourceType()));
    } finally {
      engine.getIdentityService().deleteUser(prometheus.getId());
    }
  }

  @Test
  void eachGaugeEqualsTheEnginesOwnCountInAScriptedState() {
    double sentBefore = scraped(prometheus(), "arshjulet_emails_sent_total", null);
    double failedBefore = scraped(prometheus(), "arshjulet_emails_failed_total", null);
    MailCounty county = smtpDownWithUnsentEmails("ops-gauges");
    int unsent = outbox.unsent().size(); // every county's: the mail schedule is national
    Job sending = county.sendingJobs().get(0);
    for (int retry = 0; retry < 4; retry++) {
      assertThatThrownBy(() -> engine.getManagementService().executeJob(sending.getId()));
    }
    ClockUtil.setCurrentTime(Date.from(YearDriver.stockholm("2026-03-02T09:00")));
    Instant now = ClockUtil.getCurrentTime().toInstant();

    String scrape = prometheus();

    // 2 March, 09:00: January's two tasks and the annual report are overdue, March's two tasks open.
    assertThat(scraped(scrape, "arshjulet_tasks_open", county.id())).isEqualTo(5);
    assertThat(scraped(scrape, "arshjulet_tasks_overdue", county.id())).isEqualTo(3);
    for (String tenant : List.of(county.id(), "jamtland")) {
      assertThat(scraped(scrape, "arshjulet_tasks_open", tenant)).as(tenant)
          .isEqualTo(wheelTasks().tenantIdIn(tenant).count());
      assertThat(scraped(scrape, "arshjulet_tasks_overdue", tenant)).as(tenant)
          .isEqualTo(wheelTasks().tenantIdIn(tenant).dueBefore(Date.from(now)).count());
    }
    List<Outbox.Email> allUnsent = outbox.unsent();
    assertThat(scraped(scrape, "arshjulet_outbox_unsent", null)).isEqualTo(allUnsent.size());
    Instant oldest = allUnsent.stream().map(Outbox.Email::plannedAt).min(Instant::compareTo).orElseThrow();
    assertThat(scraped(scrape, "arshjulet_outbox_oldest_unsent_age_seconds", null))
        .isEqualTo(Math.max(0, now.getEpochSecond() - oldest.getEpochSecond()));
    assertThat(scraped(scrape, "arshjulet_incidents_open", null))
        .isEqualTo(engine.getRuntimeService().createIncidentQuery().count()).isPositive();
    // Five attempts (the first and four retries) of each unsent email failed.
    assertThat(scraped(scrape, "arshjulet_emails_failed_total", null) - failedBefore).isEqualTo(5.0 * unsent);

    TestSmtp.up();
    engine.getManagementService().setJobRetries(sending.getId(), 1); // "Retry" in Cockpit
    engine.getManagementService().executeJob(sending.getId());
    scrape = prometheus();
    assertThat(scraped(scrape, "arshjulet_emails_sent_total", null) - sentBefore).isEqualTo(unsent);
    assertThat(scraped(scrape, "arshjulet_incidents_open", null))
        .isEqualTo(engine.getRuntimeService().createIncidentQuery().count());

    // 1 April, 09:00, and no job executor has run: the county's April timer and mail schedule wait, among others.
    ClockUtil.setCurrentTime(Date.from(YearDriver.stockholm("2026-04-01T09:00")));
    assertThat(engine.getManagementService().createJobQuery().tenantIdIn(county.id()).executable().count())
        .isPositive();
    assertThat(scraped(prometheus(), "arshjulet_jobs_due", null))
        .isEqualTo(engine.getManagementService().createJobQuery().executable().active().count());
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

  private TaskQuery wheelTasks() {
    return engine.getTaskService().createTaskQuery().processDefinitionKey(WheelInstances.WHEEL_KEY);
  }

  private String prometheus() {
    ResponseEntity<String> response = get("/actuator/prometheus", "admin", ADMIN_PASSWORD);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    return Objects.requireNonNull(response.getBody());
  }

  /** A sample's value in Prometheus' text format: the metric, of the county when one is given. */
  private static double scraped(String scrape, String metric, String county) {
    Matcher sample = Pattern.compile("(?m)^" + metric + "\\{([^}]*)} (\\S+)$").matcher(scrape);
    while (sample.find()) {
      if (county == null || sample.group(1).contains("county=\"" + county + "\"")) {
        return Double.parseDouble(sample.group(2));
      }
    }
    throw new AssertionError("No " + metric + (county == null ? "" : " of " + county) + " in the scrape");
  }
}
