package se.arshjulet.preview;

import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import se.arshjulet.calendar.DueDates;
import se.arshjulet.calendar.OpeningDates;
import se.arshjulet.wheel.SkipPassedActivitiesPlugin;

/**
 * A second, isolated Camunda engine (in-memory H2, no job executor) that runs wheels on a simulated clock.
 * The live engine's clock, database and timers are never touched. It knows only the beans a wheel may call.
 * Built at the first preview, not at start-up (it costs a second and a half).
 */
@Component
public class PreviewEngine implements DisposableBean {

  private final OpeningDates opens;
  private final DueDates due;
  private ProcessEngine engine;

  public PreviewEngine(OpeningDates opens, DueDates due) {
    this.opens = opens;
    this.due = due;
  }

  public synchronized ProcessEngine engine() {
    if (engine == null) {
      engine = build();
    }
    return engine;
  }

  private ProcessEngine build() {
    StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
    configuration.setProcessEngineName("arshjulet-preview");
    // Camunda's own connection pool keeps the in-memory database open for the life of the engine.
    configuration.setJdbcUrl("jdbc:h2:mem:arshjulet-preview");
    configuration.setDatabaseSchemaUpdate("create-drop");
    configuration.setJobExecutorActivate(false);
    configuration.setMetricsEnabled(false);
    configuration.setTaskMetricsEnabled(false);
    configuration.setHistoryCleanupEnabled(false);
    configuration.setHistory("activity");
    configuration.setBeans(Map.of("opens", opens, "due", due, "units", new PreviewUnits()));
    configuration.getProcessEnginePlugins().add(new SkipPassedActivitiesPlugin());
    ProcessEngine built = configuration.buildProcessEngine();
    // Keep it out of /engine-rest/engine and Cockpit's engine list.
    ProcessEngines.unregister(built);
    return built;
  }

  @Override
  public synchronized void destroy() {
    if (engine != null) {
      engine.close();
    }
  }
}
