package se.arshjulet.forms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.stereotype.Service;
import se.arshjulet.wheel.CentreYears;

/** What a centre entered in a year's forms, per activity key ({@code :<unit>} for per-unit tasks). */
@Service
public class YearAnswers {

  private final CentreYears centreYears;
  private final HistoryService history;
  private final ObjectMapper json;

  public YearAnswers(CentreYears centreYears, HistoryService history, ObjectMapper json) {
    this.centreYears = centreYears;
    this.history = history;
    this.json = json;
  }

  /** The answers by activity key; empty when the centre has no such year or nothing was filled in. */
  public Map<String, JsonNode> of(String centreId, int year) {
    return centreYears.find(centreId, year).map(this::of).orElseGet(TreeMap::new);
  }

  /** The answers of a centre-year's instance, by activity key. */
  public Map<String, JsonNode> of(HistoricProcessInstance instance) {
    Map<String, JsonNode> answers = new TreeMap<>();
    for (HistoricVariableInstance variable : history.createHistoricVariableInstanceQuery()
        .processInstanceId(instance.getId()).variableNameLike(AnswersCollector.PREFIX.replace("_", "\\_") + "%")
        .list()) {
      if (variable.getValue() != null) {
        answers.put(variable.getName().substring(AnswersCollector.PREFIX.length()), read(variable));
      }
    }
    return answers;
  }

  private JsonNode read(HistoricVariableInstance variable) {
    try {
      return json.readTree(variable.getValue().toString());
    } catch (IOException e) {
      throw new UncheckedIOException("Answers " + variable.getName() + " are not JSON", e);
    }
  }
}
