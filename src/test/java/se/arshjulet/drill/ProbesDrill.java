package se.arshjulet.drill;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import se.arshjulet.ArshjuletApplication;
import se.arshjulet.support.Databases;
import se.arshjulet.support.TestProcesses;
import se.arshjulet.support.TestSmtp;

/**
 * The probes of a node whose job executor runs, as in production (the engine tests run without one): readiness
 * is the database and the job executor, so a node whose executor stopped leaves the load balancer (503) but is not
 * restarted (liveness stays 200).
 */
class ProbesDrill {

  static {
    TestProcesses.prepare();
    TestSmtp.all(); // start the SMTP server before the application
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  private ConfigurableApplicationContext running;
  private final TestRestTemplate rest = new TestRestTemplate();

  @AfterEach
  void stop() {
    if (running != null) {
      running.close();
    }
  }

  @Test
  void readinessFollowsTheJobExecutorAndLivenessDoesNot() throws Exception {
    // Arguments, not default properties: those would lose against application.yaml's port and the test profile.
    // No centres: the job executor has no year of timers to catch up with.
    running = new SpringApplicationBuilder(ArshjuletApplication.class).profiles("test")
        .run("--spring.datasource.url=" + Databases.freshH2File("probes").get("spring.datasource.url"),
            "--server.port=0", "--camunda.bpm.job-execution.enabled=true", "--arshjulet.centres.import-file=");
    String base = "http://localhost:" + running.getEnvironment().getProperty("local.server.port");
    JobExecutor executor = ((ProcessEngineConfigurationImpl) running.getBean(ProcessEngine.class)
        .getProcessEngineConfiguration()).getJobExecutor();

    ResponseEntity<String> ready = rest.getForEntity(base + "/actuator/health/readiness", String.class);
    assertThat(ready.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode details = JSON.readTree(rest.withBasicAuth("admin", "Test-Hjulet-2026!")
        .getForEntity(base + "/actuator/health/readiness", String.class).getBody());
    assertThat(details.at("/components/jobExecutor/status").asText()).isEqualTo("UP");
    assertThat(details.at("/components/db/status").asText()).isEqualTo("UP");

    executor.shutdown();
    ResponseEntity<String> stopped = rest.getForEntity(base + "/actuator/health/readiness", String.class);
    assertThat(stopped.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
    assertThat(JSON.readTree(stopped.getBody()).path("status").asText()).isEqualTo("DOWN");
    assertThat(rest.getForEntity(base + "/actuator/health/liveness", String.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);

    executor.start();
    assertThat(rest.getForEntity(base + "/actuator/health/readiness", String.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
  }
}
