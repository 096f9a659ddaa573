package se.arshjulet.forms;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import se.arshjulet.wheel.WheelVariables;

/**
 * Camunda's history, without the variables of form fields. A submitted form's fields arrive as variables of their own
 * and leave in the same transaction, folded by {@link AnswersCollector} into one {@code answers_<activity>} variable,
 * and the fields that show last year's goals live only while their task is open: the answers variable is their
 * record. Kept in the history, each field cost a variable row and two detail rows (set, removed), each with about a
 * dozen index entries. Every other event is written as Camunda writes it.
 */
class FormFieldsHistory extends DbHistoryEventHandler {

  private static final Set<String> WHEEL_VARIABLES =
      Set.of(WheelVariables.CENTRE_ID, WheelVariables.YEAR, WheelVariables.JOINED_ON);

  private final Map<String, Set<String>> fieldsByDefinition = new ConcurrentHashMap<>();

  @Override
  public void handleEvent(HistoryEvent event) {
    if (!isFormField(event)) {
      super.handleEvent(event);
    }
  }

  private boolean isFormField(HistoryEvent event) {
    String name;
    if (event instanceof HistoricVariableUpdateEventEntity variable) {
      name = variable.getVariableName();
    } else if (event instanceof HistoricFormPropertyEventEntity property) {
      name = property.getPropertyId();
    } else {
      return false;
    }
    return name != null && event.getProcessDefinitionId() != null && !WHEEL_VARIABLES.contains(name)
        && fieldsOf(event.getProcessDefinitionId()).contains(name);
  }

  private Set<String> fieldsOf(String processDefinitionId) {
    return fieldsByDefinition.computeIfAbsent(processDefinitionId, id -> {
      var configuration = Context.getProcessEngineConfiguration();
      String deploymentId = configuration.getDeploymentCache().findDeployedProcessDefinitionById(id)
          .getDeploymentId();
      return DeployedForms.fieldKeys(configuration.getRepositoryService(), deploymentId);
    });
  }
}
