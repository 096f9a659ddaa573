package se.arshjulet.wheel;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Date;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import se.arshjulet.calendar.WorkingDayCalendar;
import se.arshjulet.centre.Centre;

/** Starts a centre's wheel for a year: one process instance per centre and year, business key {@code <centre>:<year>}. */
@Service
public class WheelInstances {

  /** The process id of every county's wheel; each county deploys it in its own tenant. */
  public static final String WHEEL_KEY = "arshjul";

  private static final Logger log = LoggerFactory.getLogger(WheelInstances.class);

  private final RuntimeService runtimeService;
  private final HistoryService historyService;
  private final RepositoryService repositoryService;
  private final JdbcClient jdbc;
  private final TransactionTemplate transaction;

  public WheelInstances(RuntimeService runtimeService, HistoryService historyService,
                        RepositoryService repositoryService, JdbcClient jdbc, PlatformTransactionManager transactions) {
    this.runtimeService = runtimeService;
    this.historyService = historyService;
    this.repositoryService = repositoryService;
    this.jdbc = jdbc;
    this.transaction = new TransactionTemplate(transactions);
    this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  public static String businessKey(String centreId, int year) {
    return centreId + ":" + year;
  }

  /**
   * Starts the year unless it was started before (running or finished); returns the new instance, if any. In a
   * cluster two nodes may try at once: the year's row in {@code arshjul_wheel_year} is written in the same transaction
   * as the instance (a transaction of its own), so only one of them succeeds.
   */
  public Optional<ProcessInstance> startYear(Centre centre, int year) {
    try {
      return transaction.execute(status -> startOnce(centre, year));
    } catch (DuplicateKeyException startedElsewhere) {
      log.info("The {} wheel of {} was started by another node", year, centre.id());
      return Optional.empty();
    }
  }

  private Optional<ProcessInstance> startOnce(Centre centre, int year) {
    String businessKey = businessKey(centre.id(), year);
    boolean exists = historyService.createHistoricProcessInstanceQuery()
        .processDefinitionKey(WHEEL_KEY).processInstanceBusinessKey(businessKey).count() > 0;
    if (exists) {
      return Optional.empty();
    }
    if (deployedWheel(centre.county()).isEmpty()) {
      log.warn("County {} has no deployed wheel: centre {} gets no year {}", centre.county(), centre.id(), year);
      return Optional.empty();
    }
    jdbc.sql("INSERT INTO arshjul_wheel_year (centre_id, wheel_year, started_at) VALUES (?, ?, ?)")
        .params(centre.id(), year, Timestamp.from(ClockUtil.getCurrentTime().toInstant())).update();
    VariableMap variables = Variables.createVariables()
        .putValue(WheelVariables.CENTRE_ID, centre.id())
        .putValue(WheelVariables.YEAR, year);
    if (centre.joinedOn().isAfter(LocalDate.of(year, 1, 1))) {
      Date joined = Date.from(centre.joinedOn().atStartOfDay(WorkingDayCalendar.ZONE).toInstant());
      variables.putValue(WheelVariables.JOINED_ON, joined);
    }
    ProcessInstance instance = runtimeService.createProcessInstanceByKey(WHEEL_KEY)
        .processDefinitionTenantId(centre.county())
        .businessKey(businessKey)
        .setVariables(variables)
        .execute();
    log.info("Started the {} wheel of {} ({})", year, centre.id(), centre.county());
    return Optional.of(instance);
  }

  public Optional<ProcessDefinition> deployedWheel(String county) {
    return Optional.ofNullable(repositoryService.createProcessDefinitionQuery()
        .processDefinitionKey(WHEEL_KEY).tenantIdIn(county).latestVersion().singleResult());
  }
}
