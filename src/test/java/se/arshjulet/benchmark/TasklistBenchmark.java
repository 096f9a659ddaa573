package se.arshjulet.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import se.arshjulet.support.Databases;

/**
 * Tasklist under load: the product runs as its own process with README's JVM flags (demo profile: its users), every
 * county on the Jämtland wheel, 311 centres registered over the REST API in November 2026, so that the whole 2026
 * year so far is open and overdue: 5,275 open tasks. Then the queries Tasklist and our pages make for a
 * coordinator and a county administrator, over HTTP with authorization on: p50/p95/p99. Plus start-up time and RSS.
 * Run with {@code mvn -B test -Pbenchmark -Dtest=TasklistBenchmark [-Dbenchmark.db=postgres]}.
 */
class TasklistBenchmark {

  private static final String DEMO_PASSWORD = "Arshjul-Vinter-2026!";
  private static final String ADMIN_PASSWORD = "Hjulet-Snurrar-2026!";
  private static final int SAMPLES = 300;

  private HttpMeasure http;

  @Test
  void tasklistWithFiveThousandOpenTasks() throws Exception {
    boolean postgres = "postgres".equals(System.getProperty("benchmark.db", "h2"));
    Map<String, Object> database = postgres ? Databases.freshPostgres() : Databases.freshH2File("tasklist");
    try (ProductProcess product = new ProductProcess(arguments(postgres, database))) {
      http = new HttpMeasure(product.port());
      long rssAtStart = product.rssMegabytes();
      long registering = System.nanoTime();
      String registered = send("POST", "/api/centres/import", "admin", ADMIN_PASSWORD, NationalCentres.yaml());
      long jobs = awaitJobsDone();
      Duration registration = Duration.ofNanos(System.nanoTime() - registering);
      long openTasks = count("/engine-rest/task/count");
      String filter = HttpMeasure.firstId(send("GET", "/engine-rest/filter?name=Mina%20uppgifter", "anna.berg",
          DEMO_PASSWORD, null));
      // A county administrator's own filter (staff filters are the staff group's only).
      String countyFilter = HttpMeasure.firstId(send("GET", "/engine-rest/filter?name=L%C3%A4nets%20uppgifter",
          "lena.lansson", DEMO_PASSWORD, null));

      System.out.printf("%n== tasklist on %s, %d open tasks (%d centres registered, %d jobs run in %.1f s) ==%n",
          postgres ? "PostgreSQL" : "H2 file", openTasks, registered.split(",").length, jobs,
          registration.toMillis() / 1000.0);
      measure("coordinator: Tasklist filter 'Mina uppgifter', first 15", "anna.berg",
          "/engine-rest/filter/" + filter + "/list?firstResult=0&maxResults=15");
      measure("coordinator: filter count", "anna.berg", "/engine-rest/filter/" + filter + "/count");
      measure("coordinator: tasks by due date, first 15", "anna.berg",
          "/engine-rest/task?sortBy=dueDate&sortOrder=asc&firstResult=0&maxResults=15");
      measure("coordinator: the centre's year page", "anna.berg", "/arshjul/ostersund-lugnvik/2026");
      measure("coordinator: the centre's answers", "anna.berg", "/api/centres/ostersund-lugnvik/years/2026/answers");
      measure("county admin: Tasklist filter 'Länets uppgifter', first 15", "lena.lansson",
          "/engine-rest/filter/" + countyFilter + "/list?firstResult=0&maxResults=15");
      measure("county admin: filter count", "lena.lansson", "/engine-rest/filter/" + countyFilter + "/count");
      measure("county admin: the county's tasks by due date, first 15", "lena.lansson",
          "/engine-rest/task?sortBy=dueDate&sortOrder=asc&firstResult=0&maxResults=15");
      measure("county admin: the county's open task count", "lena.lansson", "/engine-rest/task/count");
      measure("county admin: county overview", "lena.lansson", "/oversikt/jamtland/2026");
      measure("system admin: Prometheus scrape, gauges uncached", "admin", ADMIN_PASSWORD, "/actuator/prometheus");
      System.out.printf("start-up        %.1f s (Spring), %.1f s wall to 'Started'%n", product.startupSeconds,
          product.startupWall.toMillis() / 1000.0);
      System.out.printf("RSS             %d MB after start-up, %d MB after loading and the queries%n", rssAtStart,
          product.rssMegabytes());
    }
  }

  /** The product of the benchmark: the demo on the national wheels, the gauges read at every scrape. */
  static List<String> arguments(boolean postgres, Map<String, Object> database) throws IOException {
    return new ArrayList<>(List.of(
        "--spring.profiles.active=demo" + (postgres ? ",postgres" : ""), "--server.port=0",
        "--spring.datasource.url=" + database.get("spring.datasource.url"),
        "--arshjulet.wheels.processes-dir=" + nationalWheels(),
        // Every scrape below counts in the database (in production the gauges' counts live 10 s).
        "--arshjulet.operations.cache-time=0s"));
  }

  /**
   * Every county of the benchmark runs the Jämtland wheel (a copy under its own tenant); one national schedule, and
   * the national default's folder for what every wheel folder has there (the parent survey's questionnaire).
   */
  static Path nationalWheels() throws IOException {
    Path root = Path.of("target", "benchmark", "processes").toAbsolutePath();
    Files.createDirectories(root);
    Files.copy(Path.of("processes", "utskick.bpmn"), root.resolve("utskick.bpmn"),
        StandardCopyOption.REPLACE_EXISTING);
    copyFolder(Path.of("processes", "default"), root.resolve("default"));
    for (String county : NationalCentres.COUNTIES) {
      copyFolder(Path.of("processes", "jamtland"), root.resolve(county));
    }
    return root;
  }

  private static void copyFolder(Path from, Path to) throws IOException {
    Files.createDirectories(to);
    try (Stream<Path> files = Files.list(from)) {
      for (Path file : files.toList()) {
        Files.copy(file, to.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }

  /** Waits until the product's job executor has run every job due (the year's timers so far). */
  private long awaitJobsDone() throws Exception {
    long deadline = System.currentTimeMillis() + 600_000;
    long lastOpen = -1;
    while (System.currentTimeMillis() < deadline) {
      long due = count("/engine-rest/job/count?executable=true");
      long open = count("/engine-rest/task/count");
      if (due == 0 && open == lastOpen) {
        return count("/engine-rest/history/job-log/count?successLog=true");
      }
      lastOpen = open;
      Thread.sleep(1000);
    }
    throw new IllegalStateException("Jobs still due after 10 minutes");
  }

  private void measure(String what, String user, String path) throws Exception {
    measure(what, user, DEMO_PASSWORD, path);
  }

  private void measure(String what, String user, String password, String path) throws Exception {
    http.measure(what, user, password, path, SAMPLES);
  }

  private long count(String path) throws Exception {
    return http.count(path, "admin", ADMIN_PASSWORD);
  }

  private String send(String method, String path, String user, String password, String yaml) throws Exception {
    return http.text(method, path, user, password, yaml);
  }
}
