package se.arshjulet.forms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import se.arshjulet.centre.Centre;
import se.arshjulet.centre.CentreAccess;
import se.arshjulet.centre.CentreRepository;
import se.arshjulet.wheel.WheelInstances;

/**
 * {@code GET /api/centres/{id}/years/{year}/answers}: what a centre entered in the year's forms, per activity key.
 * For the centre's own staff, the county's administrators and system administrators.
 */
@RestController
public class AnswersController {

  /** The answers of one centre-year, keyed by activity key (with {@code :<unit>} for per-unit tasks). */
  public record Answers(String centre, int year, Map<String, JsonNode> answers) {
  }

  private final CentreRepository centres;
  private final HistoryService history;
  private final ObjectMapper json;

  public AnswersController(CentreRepository centres, HistoryService history, ObjectMapper json) {
    this.centres = centres;
    this.history = history;
    this.json = json;
  }

  @GetMapping("/api/centres/{centreId}/years/{year}/answers")
  public Answers answers(@PathVariable String centreId, @PathVariable int year, Authentication user) throws Exception {
    Centre centre = centres.findById(centreId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
        "Familjecentralen '" + centreId + "' finns inte."));
    if (!CentreAccess.mayRead(user, centre)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Du har inte behörighet till " + centre.name() + ".");
    }
    HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(WheelInstances.businessKey(centreId, year)).singleResult();
    Map<String, JsonNode> answers = new TreeMap<>();
    if (instance != null) {
      for (HistoricVariableInstance variable : history.createHistoricVariableInstanceQuery()
          .processInstanceId(instance.getId()).list()) {
        if (variable.getName().startsWith(AnswersCollector.PREFIX) && variable.getValue() != null) {
          answers.put(variable.getName().substring(AnswersCollector.PREFIX.length()),
              json.readTree(variable.getValue().toString()));
        }
      }
    }
    return new Answers(centreId, year, answers);
  }
}
