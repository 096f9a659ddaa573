package se.arshjulet.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.stereotype.Service;
import se.arshjulet.centre.CentreRepository;
import se.arshjulet.document.Document;

/**
 * Last year's two priority goals as this year's forms show them, read-only: the fields
 * {@code forraAretsOmrade1/2} and {@code forraAretsMal1/2} of a form are filled from the goals the centre's
 * previous year ended with. A goal not chosen reads "ej ifyllt"; nothing is invented.
 */
@Service
public class LastYearsGoals {

  /** The form fields that show last year's goals; a form that has the first one gets all four. */
  public static final String AREA = "forraAretsOmrade";
  public static final String GOAL = "forraAretsMal";

  private final CentreRepository centres;
  private final ReportSources sources;

  public LastYearsGoals(CentreRepository centres, ReportSources sources) {
    this.centres = centres;
    this.sources = sources;
  }

  /** The values of the four fields for the centre's year, or empty for a centre the registry does not know. */
  public Optional<Map<String, Object>> fields(String centreId, int year) {
    return centres.nameOf(centreId).map(known -> fieldsOf(centreId, year));
  }

  private Map<String, Object> fieldsOf(String centreId, int year) {
    List<PriorityGoal> goals = sources.instance(centreId, year - 1).map(this::goalsOf).orElse(List.of());
    Map<String, Object> fields = new java.util.LinkedHashMap<>();
    for (int i = 1; i <= 2; i++) {
      PriorityGoal goal = goals.size() >= i ? goals.get(i - 1) : null;
      fields.put(AREA + i, goal == null || goal.area() == null ? Document.NOT_FILLED_IN : goal.area());
      fields.put(GOAL + i, goal == null || goal.measurableGoal() == null ? Document.NOT_FILLED_IN
          : goal.measurableGoal());
    }
    return fields;
  }

  /** The goals the year ended with; its wheel's instrument names their areas, read only when there are answers. */
  private List<PriorityGoal> goalsOf(HistoricProcessInstance lastYear) {
    Map<String, JsonNode> answers = sources.answers(lastYear);
    return answers.isEmpty() ? List.of() : PriorityGoal.chosenIn(answers, sources.selfReflectionForm(lastYear));
  }
}
