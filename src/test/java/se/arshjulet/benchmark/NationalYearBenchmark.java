package se.arshjulet.benchmark;

import io.micrometer.core.instrument.MeterRegistry;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.arshjulet.ArshjuletApplication;
import se.arshjulet.centre.Centre;
import se.arshjulet.centre.CentreRegistry;
import se.arshjulet.reminder.Outbox;
import se.arshjulet.support.Databases;
import se.arshjulet.support.TestProcesses;
import se.arshjulet.support.TestSmtp;
import se.arshjulet.wheel.WheelInstances;

/**
 * The national year: 311 centres (223 FC, 88 FCLV) in 21 counties run 2027 on a simulated clock
 * ({@link SimulatedDays}: every day the jobs due by 07:00 and 08:00, then every task due that day completed at 12:00
 * with valid form answers). The product starts on the clock's 1 January 2027, so that the years it starts by itself
 * are 2027 and 2028 on any real date. The test SMTP server counts the year's emails rather than keeping them
 * ({@link TestSmtp#countOnly}); each one it accepted must be one the outbox marked sent, and none may be left unsent.
 * Prints wall time, jobs/s, tasks, emails and peak heap, then runs the same year on a bare Camunda engine
 * ({@link BareEngineYear}) and prints the ratio.
 * Not part of the normal test run: {@code mvn -B test -Pbenchmark [-Dbenchmark.db=postgres]}.
 */
class NationalYearBenchmark {

  private static final int YEAR = 2027;
  private static Duration engineWithoutSmtp = Duration.ZERO;

  @Test
  void nationalYear() throws Exception {
    TestProcesses.prepare();
    TestSmtp.all();
    boolean postgres = "postgres".equals(System.getProperty("benchmark.db", "h2"));
    Duration productWall = Duration.ZERO;
    if (!"bare".equals(System.getProperty("benchmark.only"))) {
      productWall = productYear(postgres);
    }
    ClockUtil.reset();
    BareEngineYear.Result bare = BareEngineYear.run(postgres ? Databases.freshPostgres()
        : Databases.freshH2File("bare"), YEAR);
    System.out.printf("%n== the same year on a bare Camunda engine (same BPMN, no product) ==%n");
    System.out.printf("wall time      %.1f s%n", bare.wall().toMillis() / 1000.0);
    System.out.printf("jobs executed  %d (%.0f jobs/s)%n", bare.jobs(), bare.jobs() * 1000.0 / bare.wall().toMillis());
    System.out.printf("tasks done     %d%n", bare.tasks());
    System.out.printf("ratio          %.2f (product / bare), %.2f without SMTP%n",
        productWall.toMillis() / (double) bare.wall().toMillis(),
        engineWithoutSmtp.toMillis() / (double) bare.wall().toMillis());
  }

  /** The product of the benchmark, in this JVM on the test profile. */
  static ConfigurableApplicationContext startProduct(Map<String, Object> database) {
    return new SpringApplicationBuilder(ArshjuletApplication.class).profiles("test")
        .run(Databases.arguments(database, "--server.port=0"));
  }

  private static Duration productYear(boolean postgres) throws Exception {
    Map<String, Object> database = postgres ? Databases.freshPostgres() : Databases.freshH2File("benchmark");
    SimulatedDays.yearBegins(YEAR);
    try (ConfigurableApplicationContext app = startProduct(database)) {
      ProcessEngine engine = app.getBean(ProcessEngine.class);
      List<Centre> centres = NationalCentres.inactive();
      Instant setupStart = Instant.now();
      app.getBean(CentreRegistry.class).register(centres);
      WheelInstances instances = app.getBean(WheelInstances.class);
      centres.forEach(centre -> instances.startYear(centre, YEAR));
      long demoCentres = engine.getRuntimeService().createProcessInstanceQuery()
          .processInstanceBusinessKeyLike("%:" + YEAR).count() - centres.size();
      System.out.printf("setup: %d centres registered and started in %s (plus %d demo centres)%n", centres.size(),
          Duration.between(setupStart, Instant.now()), demoCentres);

      MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
      long peakHeap = 0;
      long jobs = 0;
      long tasks = 0;
      TestSmtp.countAndForget(); // those of the set-up
      TestSmtp.countOnly(true);
      JdbcClient outbox = app.getBean(JdbcClient.class);
      long sentBefore = sent(outbox);
      int emails = 0;
      Instant start = Instant.now();
      for (LocalDate day = LocalDate.of(YEAR, 1, 1); day.getYear() == YEAR; day = day.plusDays(1)) {
        long[] done = SimulatedDays.runDay(engine, day);
        jobs += done[0];
        tasks += done[1];
        peakHeap = Math.max(peakHeap, memory.getHeapMemoryUsage().getUsed());
        if (day.getDayOfMonth() == 1) {
          emails += TestSmtp.countAndForget();
          System.out.printf("%s: %d jobs, %d tasks, %d emails after %s%n", day.getMonth(), jobs, tasks,
              emails, Duration.between(start, Instant.now()));
        }
      }
      Duration wall = Duration.between(start, Instant.now());
      emails += TestSmtp.countAndForget();
      long marked = sent(outbox) - sentBefore;
      long unsent = app.getBean(Outbox.class).backlog().unsent();
      if (marked != emails || unsent > 0) {
        throw new IllegalStateException("The server accepted " + emails + " emails, the outbox marked " + marked
            + " sent and holds " + unsent + " unsent");
      }
      System.out.printf("%n== national year %d on %s ==%n", YEAR, postgres ? "PostgreSQL" : "H2 file");
      System.out.printf("wall time      %.1f s%n", wall.toMillis() / 1000.0);
      System.out.printf("jobs executed  %d (%.0f jobs/s)%n", jobs, jobs * 1000.0 / wall.toMillis());
      System.out.printf("tasks done     %d%n", tasks);
      System.out.printf("emails sent    %d%n", emails);
      System.out.printf("peak heap      %d MB%n", peakHeap / (1024 * 1024));
      double smtp = app.getBean(MeterRegistry.class).get("arshjulet.emails.delivery").timer()
          .totalTime(TimeUnit.MILLISECONDS);
      System.out.printf("SMTP delivery  %.1f s (engine work without SMTP %.1f s)%n", smtp / 1000.0,
          (wall.toMillis() - smtp) / 1000.0);
      engineWithoutSmtp = Duration.ofMillis(wall.toMillis() - Math.round(smtp));
      System.out.printf("open instances %d%n", engine.getRuntimeService().createProcessInstanceQuery()
          .processDefinitionKey(WheelInstances.WHEEL_KEY).processInstanceBusinessKeyLike("%:" + YEAR).count());
      return wall;
    } finally {
      TestSmtp.countOnly(false);
      ClockUtil.reset();
    }
  }

  private static long sent(JdbcClient jdbc) {
    return jdbc.sql("SELECT COUNT(*) FROM arshjul_email WHERE sent_at IS NOT NULL").query(Long.class).single();
  }
}
