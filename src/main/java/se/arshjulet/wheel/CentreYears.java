package se.arshjulet.wheel;

import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.stereotype.Service;

/**
 * Finds a centre's wheel instance for a year, running or finished. A year that was renewed on a new wheel version
 * leaves its replaced instance in history under the same business key; a migrated year keeps its instance. This is
 * the one way the product reads a centre-year: answers, year page, overview, report.
 */
@Service
public class CentreYears {

  private final HistoryService history;

  public CentreYears(HistoryService history) {
    this.history = history;
  }

  public Optional<HistoricProcessInstance> find(String centreId, int year) {
    return history.createHistoricProcessInstanceQuery().processDefinitionKey(WheelInstances.WHEEL_KEY)
        .processInstanceBusinessKey(WheelInstances.businessKey(centreId, year))
        .orderByProcessInstanceStartTime().desc().list().stream()
        .filter(instance -> !replacedByRenewal(instance))
        .findFirst();
  }

  static boolean replacedByRenewal(HistoricProcessInstance instance) {
    return instance.getDeleteReason() != null && instance.getDeleteReason().startsWith(WheelVersions.RENEWED);
  }
}
