package se.arshjulet.benchmark;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.arshjulet.calendar.WorkingDayCalendar;
import se.arshjulet.centre.Centre;
import se.arshjulet.centre.CentreRegistry;
import se.arshjulet.centre.CentreRepository;
import se.arshjulet.deployment.MailScheduleDeployer;
import se.arshjulet.support.Databases;
import se.arshjulet.support.TestProcesses;
import se.arshjulet.support.TestSmtp;
import se.arshjulet.survey.Questionnaire;
import se.arshjulet.survey.Questionnaires;
import se.arshjulet.survey.SurveyAnswers;
import se.arshjulet.survey.SurveySubmission;
import se.arshjulet.wheel.WheelInstances;

/**
 * Year eleven: the product holds ten completed national years (2017–2026: 311 centres, every task done with valid
 * answers on its due day, every email sent, eight parent-survey answers per centre and year), built through the
 * engine on a simulated clock; 2027 runs to 10 March. Then the daily queries of 2027 over HTTP with authorization on
 * (Tasklist as a coordinator and a county administrator, the year page, the report, the overview and the
 * compilation), then Camunda's history cleanup over the ten years (TTL 1,825 days), then the same queries again.
 * Not part of the normal test run:
 * {@code mvn -B test -Pbenchmark -Dtest=TenYearsBenchmark [-Dbenchmark.db=postgres] [-Dbenchmark.years=10]}.
 */
class TenYearsBenchmark {

  private static final int MEASURED = 2027;
  private static final String DEMO_PASSWORD = "Test-Vinter-2026!";
  private static final String ADMIN_PASSWORD = "Test-Hjulet-2026!";
  private static final int SURVEY_ANSWERS = 8;

  @Test
  void yearElevenIsAsFastAsYearOne() throws Exception {
    TestProcesses.prepare();
    TestSmtp.all();
    boolean postgres = "postgres".equals(System.getProperty("benchmark.db", "h2"));
    int years = Integer.getInteger("benchmark.years", 10);
    Map<String, Object> database = postgres ? Databases.freshPostgres() : Databases.freshH2File("ten-years");
    try (ConfigurableApplicationContext app = NationalYearBenchmark.startProduct(database)) {
      ProcessEngine engine = app.getBean(ProcessEngine.class);
      CentreRegistry registry = app.getBean(CentreRegistry.class);
      registry.register(NationalCentres.inactive());
      // Every centre, the demo's among them, has been in the wheel since before the first year built.
      List<Centre> centres = app.getBean(CentreRepository.class).findAll().stream()
          .map(centre -> new Centre(centre.id(), centre.name(), centre.municipality(), centre.county(),
              centre.kind(), centre.active(), LocalDate.of(2010, 1, 1), centre.staff())).toList();
      registry.register(centres);
      sendingFrom(engine, MEASURED - years);
      Instant building = Instant.now();
      for (int year = MEASURED - years; year < MEASURED; year++) {
        Instant start = Instant.now();
        long[] done = runYear(app, engine, centres, year, LocalDate.of(year + 1, 1, 1));
        survey(app, centres, year);

        if (done[1] == 0) {
          throw new IllegalStateException("No task was done in " + year + ": the centres' years did not start");
        }
        System.out.printf("%d: %d jobs, %d tasks, %d emails in %.1f s%n", year, done[0], done[1], done[2],
            Duration.between(start, Instant.now()).toMillis() / 1000.0);
      }
      runYear(app, engine, centres, MEASURED, LocalDate.of(MEASURED, 3, 11));
      Duration built = Duration.between(building, Instant.now());
      System.out.printf("%n== %d years built in %.1f min on %s, %d processors, max heap %d MB ==%n", years,
          built.toMillis() / 60_000.0, postgres ? "PostgreSQL" : "H2 file",
          Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() / (1024 * 1024));
      JdbcClient jdbc = app.getBean(JdbcClient.class);
      rows(jdbc);

      HttpMeasure http = new HttpMeasure(((WebServerApplicationContext) app).getWebServer().getPort());
      queries(http);
      cleanup(engine, jdbc);
      rows(jdbc);
      queries(http);
    } finally {
      ClockUtil.reset();
    }
  }

  /**
   * The national mail schedule's next sending hour is reckoned from the clock when it was deployed (today): it is
   * moved to the first morning of the first year built, so that every year has its reminders, overdue emails and
   * digests.
   */
  private static void sendingFrom(ProcessEngine engine, int year) {
    SimulatedDays.yearBegins(year);
    Date firstMorning = Date.from(LocalDate.of(year, 1, 2).atTime(7, 0).atZone(WorkingDayCalendar.ZONE).toInstant());
    List<Job> schedule = engine.getManagementService().createJobQuery()
        .processDefinitionKey(MailScheduleDeployer.SCHEDULE_KEY).timers().list();
    if (schedule.isEmpty()) {
      throw new IllegalStateException("No sending hour of the mail schedule to move");
    }
    schedule.forEach(job -> engine.getManagementService().setJobDuedate(job.getId(), firstMorning));
  }

  /**
   * Starts the year for every centre and runs its days up to {@code until} (exclusive); returns the jobs executed,
   * the tasks completed and the emails sent.
   */
  private static long[] runYear(ConfigurableApplicationContext app, ProcessEngine engine, List<Centre> centres,
                                int year, LocalDate until) {
    SimulatedDays.yearBegins(year);
    WheelInstances instances = app.getBean(WheelInstances.class);
    centres.forEach(centre -> instances.startYear(centre, year));
    long jobs = 0;
    long tasks = 0;
    long emails = 0;
    for (LocalDate day = LocalDate.of(year, 1, 1); day.isBefore(until); day = day.plusDays(1)) {
      long[] done = SimulatedDays.runDay(engine, day);
      jobs += done[0];
      tasks += done[1];
      if (day.getDayOfMonth() == 1) {
        emails += TestSmtp.countAndForget(); // GreenMail would otherwise hold the year's emails in memory
      }
    }
    return new long[] {jobs, tasks, emails + TestSmtp.countAndForget()};
  }

  /** Eight parents' answers per centre to the year's survey, one with a quote. */
  private static void survey(ConfigurableApplicationContext app, List<Centre> centres, int year) {
    SurveyAnswers answers = app.getBean(SurveyAnswers.class);
    Questionnaires questionnaires = app.getBean(Questionnaires.class);
    String[] values = {"4", "3", "4", "2", "vet-ej", "1", "3"};
    for (Centre centre : centres) {
      Questionnaire questionnaire = questionnaires.forCounty(centre.county());
      for (int i = 0; i < SURVEY_ANSWERS; i++) {
        Map<String, String> given = new LinkedHashMap<>();
        for (int j = 0; j < questionnaire.statements().size(); j++) {
          given.put(questionnaire.statements().get(j).key(), values[(i + j) % values.length]);
        }
        answers.save(centre.id(), year, LocalDate.of(year, 11, 10), new SurveySubmission("sv", given,
            i == 0 ? "Personalen lyssnar" : null, null));
      }
    }
  }

  private static void queries(HttpMeasure http) throws Exception {
    String mine = HttpMeasure.firstId(http.text("GET", "/engine-rest/filter?name=Mina%20uppgifter", "anna.berg",
        DEMO_PASSWORD, null));
    String county = HttpMeasure.firstId(http.text("GET", "/engine-rest/filter?name=L%C3%A4nets%20uppgifter",
        "lena.lansson", DEMO_PASSWORD, null));
    System.out.printf("%n== the daily queries of %d (goals: Tasklist and API p95 <= 100 ms, year page p95 <= 100 ms,"
        + " report <= 1 s, overview and compilation p95 <= 200 ms) ==%n", MEASURED);
    measure(http, "coordinator: Tasklist filter 'Mina uppgifter', first 15", "anna.berg",
        "/engine-rest/filter/" + mine + "/list?firstResult=0&maxResults=15", 200);
    measure(http, "coordinator: filter count", "anna.berg", "/engine-rest/filter/" + mine + "/count", 200);
    measure(http, "coordinator: API tasks by due date, first 15", "anna.berg",
        "/engine-rest/task?sortBy=dueDate&sortOrder=asc&firstResult=0&maxResults=15", 200);
    measure(http, "coordinator: the centre's year page", "anna.berg", "/arshjul/ostersund-lugnvik/" + MEASURED, 200);
    measure(http, "coordinator: the centre's report page", "anna.berg",
        "/verksamhetsberattelse/ostersund-lugnvik/" + MEASURED, 50);
    measure(http, "coordinator: the centre's report PDF", "anna.berg",
        "/api/centres/ostersund-lugnvik/years/" + MEASURED + "/verksamhetsberattelse.pdf", 30);
    measure(http, "county admin: Tasklist filter 'Länets uppgifter', first 15", "lena.lansson",
        "/engine-rest/filter/" + county + "/list?firstResult=0&maxResults=15", 200);
    measure(http, "county admin: filter count", "lena.lansson", "/engine-rest/filter/" + county + "/count", 200);
    measure(http, "county admin: county overview", "lena.lansson", "/oversikt/jamtland/" + MEASURED, 100);
    measure(http, "county admin: county compilation page", "lena.lansson", "/sammanstallning/jamtland/" + MEASURED,
        100);
    measure(http, "system admin: historic tasks of a centre's year (Cockpit)", "admin",
        "/engine-rest/history/task?processInstanceBusinessKey=ostersund-lugnvik:" + (MEASURED - 1), 100);
  }

  private static void measure(HttpMeasure http, String what, String user, String path, int samples)
      throws Exception {
    http.measure(what, user, user.equals("admin") ? ADMIN_PASSWORD : DEMO_PASSWORD, path, samples);
  }

  /** Camunda's history cleanup in its window on the night of 10 March, run until it has nothing left to remove. */
  private static void cleanup(ProcessEngine engine, JdbcClient jdbc) {
    ClockUtil.setCurrentTime(Date.from(LocalDate.of(MEASURED, 3, 11).atTime(LocalTime.of(1, 30))
        .atZone(WorkingDayCalendar.ZONE).toInstant()));
    long before = instances(jdbc);
    Instant start = Instant.now();
    engine.getHistoryService().cleanUpHistoryAsync(true);
    int runs = 0;
    List<Job> due = dueCleanupJobs(engine);
    while (!due.isEmpty() && runs < 100_000) {
      for (Job job : due) {
        engine.getManagementService().executeJob(job.getId());
        runs++;
      }
      due = dueCleanupJobs(engine);
    }
    System.out.printf("%n== history cleanup: %d runs in %.1f s, %d finished process instances removed; heap %d MB ==%n",
        runs, Duration.between(start, Instant.now()).toMillis() / 1000.0, before - instances(jdbc),
        ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024 * 1024));
  }

  /** The cleanup jobs due by Camunda's clock (a job that found nothing is due again only later). */
  private static List<Job> dueCleanupJobs(ProcessEngine engine) {
    Date now = ClockUtil.getCurrentTime();
    return engine.getHistoryService().findHistoryCleanupJobs().stream()
        .filter(job -> job.getDuedate() == null || !job.getDuedate().after(now)).toList();
  }

  private static long instances(JdbcClient jdbc) {
    return jdbc.sql("SELECT COUNT(*) FROM ACT_HI_PROCINST").query(Long.class).single();
  }

  private static void rows(JdbcClient jdbc) {
    for (String table : List.of("ACT_HI_PROCINST", "ACT_HI_TASKINST", "ACT_HI_ACTINST", "ACT_HI_VARINST",
        "ACT_HI_DETAIL", "ACT_HI_IDENTITYLINK", "ACT_HI_JOB_LOG", "ACT_GE_BYTEARRAY", "ACT_RU_TASK",
        "arshjul_email", "arshjul_survey_answer")) {
      System.out.printf("%-24s %,12d rows%n", table, jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class)
          .single());
    }
  }
}
