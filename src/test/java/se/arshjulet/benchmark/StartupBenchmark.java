package se.arshjulet.benchmark;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.arshjulet.support.Databases;

/**
 * Start-up with all 21 counties: the product as its own process with the run command's JVM flags, on a fresh H2 file
 * database, started twice: the first start deploys the 21 county wheels and the national mail schedule, the second
 * finds them deployed. Prints Spring's "Started ... in" figure and the wall time of each. Not in the test run:
 * {@code mvn -B test -Pbenchmark -Dtest=StartupBenchmark}.
 */
class StartupBenchmark {

  @Test
  void startUpWithTwentyOneCounties() throws Exception {
    List<String> arguments = arguments(Databases.freshH2File("startup"));
    for (String start : List.of("first start (deploys 21 counties)", "restart (21 counties deployed)")) {
      try (ProductProcess product = new ProductProcess(arguments)) {
        System.out.printf("%-36s %.1f s (Spring), %.1f s wall to 'Started', RSS %d MB%n", start,
            product.startupSeconds, product.startupWall.toMillis() / 1000.0, product.rssMegabytes());
      }
    }
  }

  /** A production start (no profile) with the settings it must be given, on the 21 county wheels. */
  static List<String> arguments(Map<String, Object> database) throws IOException {
    return List.of("--server.port=0",
        "--spring.datasource.url=" + database.get("spring.datasource.url"),
        "--arshjulet.wheels.processes-dir=" + TasklistBenchmark.nationalWheels(),
        "--spring.mail.host=localhost", "--arshjulet.base-url=https://arshjulet.benchmark.example",
        "--arshjulet.mail.from=arshjulet@benchmark.example",
        "--camunda.bpm.admin-user.id=admin", "--camunda.bpm.admin-user.password=Start-Upp-Benchmark-2026!");
  }
}
