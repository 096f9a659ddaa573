package se.arshjulet.yearview;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.stereotype.Service;
import se.arshjulet.centre.Centre;
import se.arshjulet.centre.CentreRepository;
import se.arshjulet.centre.Counties;
import se.arshjulet.preview.PreviewTask;

/**
 * Every centre of a county (or of the country) in one table for a year: per activity its state, counts of done /
 * open / overdue, whether the annual report is in, and the self-reflection's chosen priority areas.
 */
@Service
public class CountyOverview {

  /** One centre's row. */
  public record Row(Centre centre, Map<String, ActivityState> states, long done, long open, long overdue,
                    boolean reportSubmitted, List<String> priorityAreas) {

    /** The centre's county as a person reads it ("Jämtlands län"). */
    public String countyName() {
      return Counties.name(centre.county());
    }
  }

  /**
   * The table: activity keys (and names) as columns, a row per centre. {@code scope} is what a person reads
   * ("Jämtlands län", "Sverige"); {@code county} the id (null for the whole country).
   */
  public record Table(String county, String scope, int year, Map<String, String> activities, List<Row> rows) {

    public boolean national() {
      return county == null;
    }
  }

  private final CentreRepository centres;
  private final CentreYearView years;
  private final HistoryService history;
  private final ObjectMapper json;

  public CountyOverview(CentreRepository centres, CentreYearView years, HistoryService history, ObjectMapper json) {
    this.centres = centres;
    this.years = years;
    this.history = history;
    this.json = json;
  }

  /** @param county a county id, or null for the whole country */
  public Table table(String county, int year, String municipality, Centre.Kind kind) {
    Map<String, String> activities = new LinkedHashMap<>();
    List<Row> rows = new ArrayList<>();
    for (Centre centre : centres.findAll()) {
      if (county != null && !centre.county().equals(county)
          || municipality != null && !municipality.isBlank() && !centre.municipality().equalsIgnoreCase(municipality)
          || kind != null && centre.kind() != kind) {
        continue;
      }
      HistoricProcessInstance instance = years.instance(centre.id(), year).orElse(null);
      if (instance == null) {
        continue;
      }
      List<PreviewTask> plan = years.plan(instance.getProcessDefinitionId(), year);
      Map<String, ActivityState> states = new LinkedHashMap<>();
      for (ActivityView activity : years.activities(instance, plan)) {
        activities.putIfAbsent(activity.key(), activity.name());
        states.put(activity.key(), activity.state());
      }
      long done = states.values().stream().filter(s -> s == ActivityState.DONE || s == ActivityState.DONE_LATE).count();
      long open = states.values().stream().filter(s -> s == ActivityState.OPEN).count();
      long overdue = states.values().stream().filter(s -> s == ActivityState.OVERDUE).count();
      ActivityState report = states.get("annual-report");
      rows.add(new Row(centre, states, done, open, overdue,
          report == ActivityState.DONE || report == ActivityState.DONE_LATE, priorityAreas(instance)));
    }
    return new Table(county, county == null ? "Sverige" : Counties.name(county), year, activities, rows);
  }

  private List<String> priorityAreas(HistoricProcessInstance instance) {
    List<String> areas = new ArrayList<>();
    for (HistoricVariableInstance variable : history.createHistoricVariableInstanceQuery()
        .processInstanceId(instance.getId()).variableNameLike("answers\\_self-reflection%").list()) {
      try {
        JsonNode answers = json.readTree(String.valueOf(variable.getValue()));
        for (String field : new String[] {"prioriteratOmrade1", "prioriteratOmrade2"}) {
          if (answers.hasNonNull(field) && !areas.contains(answers.get(field).asText())) {
            areas.add(answers.get(field).asText());
          }
        }
      } catch (Exception unreadable) {
        // an answer that is not JSON has no priority areas to show
      }
    }
    return areas;
  }
}
