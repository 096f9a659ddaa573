package se.arshjulet.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import se.arshjulet.support.Databases;
import se.arshjulet.support.TestProcesses;
import se.arshjulet.support.TestSmtp;

/**
 * Every documented benchmark's product starts as the benchmark starts it (the benchmarks themselves are not part of
 * the test run): a benchmark whose set-up no longer starts is found here, not by the next person who runs it.
 * ReportBenchmark and SurveyBenchmark run on the engine tests' own context.
 */
class BenchmarkSetupDrill {

  static {
    TestProcesses.prepare();
    TestSmtp.all();
  }

  private static void answersHealthy(int port) throws Exception {
    HttpResponse<String> health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
        URI.create("http://localhost:" + port + "/actuator/health")).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(health.body()).contains("\"status\":\"UP\"");
  }

  @Test
  void theTasklistBenchmarksProductStarts() throws Exception {
    try (ProductProcess product = new ProductProcess(TasklistBenchmark.arguments(false,
        Databases.freshH2File("tasklist-setup")))) {
      answersHealthy(product.port());
    }
  }

  @Test
  void theStartupBenchmarksProductStarts() throws Exception {
    try (ProductProcess product = new ProductProcess(StartupBenchmark.arguments(
        Databases.freshH2File("startup-setup")))) {
      answersHealthy(product.port());
    }
  }

  @Test
  void theNationalYearBenchmarksProductStarts() {
    try (ConfigurableApplicationContext product = NationalYearBenchmark.startProduct(
        Databases.freshH2File("national-year-setup"))) {
      assertThat(product.getBean(ProcessEngine.class).getRepositoryService().createProcessDefinitionQuery()
          .processDefinitionKey("arshjul").count()).isPositive();
    }
  }
}
