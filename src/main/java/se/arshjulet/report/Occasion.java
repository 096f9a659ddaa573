package se.arshjulet.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One self-reflection occasion (e.g. January 2027): where the group placed itself on each statement (step 1–4) and
 * the mean per area. A statement not answered has no step; an area without answers has no mean.
 */
public record Occasion(String label, boolean filledIn, Long respondents, Map<String, Integer> steps,
                       Map<String, Double> areaMeans) {

  public static Occasion of(String label, JsonNode answers, SelfReflectionForm form) {
    Map<String, Integer> steps = new LinkedHashMap<>();
    Map<String, Double> means = new LinkedHashMap<>();
    boolean filledIn = answers != null && !answers.isMissingNode() && !answers.isNull();
    for (SelfReflectionForm.Area area : form.areas()) {
      int sum = 0;
      int count = 0;
      for (SelfReflectionForm.Statement statement : area.statements()) {
        Integer step = filledIn && answers.hasNonNull(statement.key())
            ? form.step(answers.get(statement.key()).asText()) : null;
        steps.put(statement.key(), step);
        if (step != null) {
          sum += step;
          count++;
        }
      }
      means.put(area.name(), count == 0 ? null : (double) sum / count);
    }
    Long respondents = filledIn && answers.hasNonNull("antalSvarande") ? answers.get("antalSvarande").asLong() : null;
    return new Occasion(label, filledIn, respondents, steps, means);
  }

  /** The mean of an area with one decimal and a decimal comma, or "–". */
  public String meanText(String area) {
    Double mean = areaMeans.get(area);
    return mean == null ? "–" : String.format(java.util.Locale.forLanguageTag("sv-SE"), "%.1f", mean);
  }
}
