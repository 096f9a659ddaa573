package se.arshjulet.survey;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A centre-year's survey results: per statement how many chose each step and "vet ej", and the share of positive
 * answers (the two upper steps, of those on the scale). Shown only from {@link #MINIMUM} answers.
 */
public record SurveyResults(long answers, List<Row> rows) {

  public static final int MINIMUM = 5;

  /** One statement: counts by scale value (4..1), "vet ej", and the share positive (null without answers). */
  public record Row(String goal, String key, String statement, Map<Integer, Long> counts, long dontKnow,
                    Double positive) {

    public String positiveText() {
      return positive == null ? "–" : String.format(Locale.forLanguageTag("sv-SE"), "%.0f %%", positive * 100);
    }
  }

  public boolean shown() {
    return answers >= MINIMUM;
  }

  public static SurveyResults of(Questionnaire questionnaire, List<Map<String, String>> answers) {
    String language = questionnaire.languages().get(0);
    List<Row> rows = new ArrayList<>();
    for (Questionnaire.Goal goal : questionnaire.goals()) {
      for (Questionnaire.Statement statement : goal.statements()) {
        Map<Integer, Long> counts = new LinkedHashMap<>();
        questionnaire.scale().forEach(step -> counts.put(step.value(), 0L));
        long dontKnow = 0;
        for (Map<String, String> answer : answers) {
          String value = answer.get(statement.key());
          if (Questionnaire.DONT_KNOW.equals(value)) {
            dontKnow++;
          } else if (value != null) {
            counts.merge(Integer.parseInt(value), 1L, Long::sum);
          }
        }
        long onScale = counts.values().stream().mapToLong(Long::longValue).sum();
        long positive = counts.entrySet().stream().filter(entry -> entry.getKey() >= 3)
            .mapToLong(Map.Entry::getValue).sum();
        rows.add(new Row(goal.title().get(language), statement.key(), statement.text().get(language), counts,
            dontKnow, onScale == 0 ? null : (double) positive / onScale));
      }
    }
    return new SurveyResults(answers.size(), rows);
  }

  /** The share positive over every statement, for the county compilation. */
  public Double overallPositive() {
    long positive = 0;
    long onScale = 0;
    for (Row row : rows) {
      positive += row.counts().entrySet().stream().filter(e -> e.getKey() >= 3).mapToLong(Map.Entry::getValue).sum();
      onScale += row.counts().values().stream().mapToLong(Long::longValue).sum();
    }
    return onScale == 0 ? null : (double) positive / onScale;
  }
}
