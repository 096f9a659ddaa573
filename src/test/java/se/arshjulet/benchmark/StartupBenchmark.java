package se.arshjulet.benchmark;

import java.nio.file.Path;
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
    Path wheels = TasklistBenchmark.nationalWheels();
    Map<String, Object> database = Databases.freshH2File("startup");
    List<String> arguments = List.of("--server.port=0",
        "--spring.datasource.url=" + database.get("spring.datasource.url"),
        "--arshjulet.wheels.processes-dir=" + wheels,
        "--spring.mail.host=localhost",
        "--camunda.bpm.admin-user.id=admin", "--camunda.bpm.admin-user.password=Start-Upp-Benchmark-2026!");
    for (String start : List.of("first start (deploys 21 counties)", "restart (21 counties deployed)")) {
      try (ProductProcess product = new ProductProcess(arguments)) {
        System.out.printf("%-36s %.1f s (Spring), %.1f s wall to 'Started', RSS %d MB%n", start,
            product.startupSeconds, product.startupWall.toMillis() / 1000.0, product.rssMegabytes());
      }
    }
  }
}
