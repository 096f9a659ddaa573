package se.arshjulet.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import se.arshjulet.calendar.DueDates;
import se.arshjulet.calendar.OpeningDates;
import se.arshjulet.calendar.WorkingDayCalendar;
import se.arshjulet.centre.Centre;
import se.arshjulet.centre.CentreFile;

/**
 * The same year on a bare Camunda engine: the same wheels (Jämtland's for jamtland, the default wheel for the other
 * counties) and forms, the same centres, the same day loop, but none of the product: no plugins (form answers kept
 * as plain variables, no task presentation), no mail schedules, no Spring; only the three beans the BPMN's
 * expressions call. Its wall time is the denominator of the benchmark's ratio.
 */
final class BareEngineYear {

  record Result(Duration wall, long jobs, long tasks) {
  }

  private BareEngineYear() {
  }

  static Result run(Map<String, Object> database, int year) throws IOException {
    ProcessEngine engine = engine(database);
    try {
      deployWheels(engine);
      List<Centre> centres = new ArrayList<>(NationalCentres.inactive());
      try (InputStream demo = BareEngineYear.class.getResourceAsStream("/demo/centres.yaml")) {
        centres.addAll(CentreFile.read(demo));
      }
      SimulatedDays.yearBegins(year);
      for (Centre centre : centres) {
        engine.getRuntimeService().createProcessInstanceByKey("arshjul")
            .processDefinitionTenantId(centre.county()).businessKey(centre.id() + ":" + year)
            .setVariable("centreId", centre.id()).setVariable("year", year).execute();
      }
      long jobs = 0;
      long tasks = 0;
      Instant start = Instant.now();
      for (LocalDate day = LocalDate.of(year, 1, 1); day.getYear() == year; day = day.plusDays(1)) {
        long[] done = SimulatedDays.runDay(engine, day);
        jobs += done[0];
        tasks += done[1];
      }
      return new Result(Duration.between(start, Instant.now()), jobs, tasks);
    } finally {
      engine.close();
    }
  }

  private static ProcessEngine engine(Map<String, Object> database) {
    String url = (String) database.get("spring.datasource.url");
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) ProcessEngineConfiguration
        .createStandaloneProcessEngineConfiguration()
        .setProcessEngineName("bare")
        .setJdbcUrl(url)
        .setJdbcDriver(url.startsWith("jdbc:postgresql") ? "org.postgresql.Driver" : "org.h2.Driver")
        .setJdbcUsername((String) database.getOrDefault("spring.datasource.username", "sa"))
        .setJdbcPassword((String) database.getOrDefault("spring.datasource.password", ""))
        .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE)
        .setHistory(ProcessEngineConfiguration.HISTORY_FULL)
        .setJobExecutorActivate(false);
    WorkingDayCalendar calendar = new WorkingDayCalendar();
    Map<Object, Object> beans = new HashMap<>();
    beans.put("due", new DueDates(calendar));
    beans.put("opens", new OpeningDates(calendar));
    beans.put("units", new Units());
    configuration.setBeans(beans);
    return configuration.buildProcessEngine();
  }

  /** {@code ${units.of(centreId)}}: the units of a centre, from the same centre list. */
  public static final class Units {
    private final Map<String, List<String>> byCentre = new HashMap<>();

    Units() {
      NationalCentres.inactive().forEach(centre -> byCentre.put(centre.id(), units(centre)));
      try (InputStream demo = BareEngineYear.class.getResourceAsStream("/demo/centres.yaml")) {
        CentreFile.read(demo).forEach(centre -> byCentre.put(centre.id(), units(centre)));
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    }

    public List<String> of(String centreId) {
      return byCentre.get(centreId);
    }

    private static List<String> units(Centre centre) {
      return centre.units().stream().map(Enum::name).toList();
    }
  }

  private static void deployWheels(ProcessEngine engine) throws IOException {
    for (String county : NationalCentres.COUNTIES) {
      String folder = "jamtland".equals(county) ? "jamtland" : "default";
      DeploymentBuilder deployment = engine.getRepositoryService().createDeployment().tenantId(county).name(county)
          .addString("arshjul.bpmn", Files.readString(Path.of("processes", folder, "arshjul.bpmn")));
      try (Stream<Path> forms = Files.list(Path.of("forms"))) {
        for (Path form : forms.toList()) {
          deployment.addString(form.getFileName().toString(), Files.readString(form));
        }
      }
      deployment.deploy();
    }
  }
}
