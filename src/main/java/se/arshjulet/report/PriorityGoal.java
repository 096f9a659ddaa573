package se.arshjulet.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A priority area the centre chose in a self-reflection (step IV of Bilaga 5) with its measurable goal. The goals a
 * year ends with are those of its last self-reflection (December before January).
 */
public record PriorityGoal(String area, String measurableGoal) {

  /** The activity keys of self-reflections, latest in the year first. */
  static final List<String> LATEST_FIRST = List.of("self-reflection-december", "self-reflection",
      "self-reflection-january");

  /** The two goals a year's answers end with; empty when no self-reflection of the year chose any. */
  public static List<PriorityGoal> chosenIn(Map<String, JsonNode> answers, SelfReflectionForm form) {
    for (String key : LATEST_FIRST) {
      JsonNode reflection = answers.get(key);
      if (reflection == null) {
        continue;
      }
      List<PriorityGoal> goals = new ArrayList<>();
      for (int i = 1; i <= 2; i++) {
        String area = text(reflection, "prioriteratOmrade" + i);
        if (area != null) {
          goals.add(new PriorityGoal(form.areaLabel(area), text(reflection, "matbartMal" + i)));
        }
      }
      if (!goals.isEmpty()) {
        return goals;
      }
    }
    return List.of();
  }

  static String text(JsonNode answers, String field) {
    if (answers == null || !answers.hasNonNull(field)) {
      return null;
    }
    String value = answers.get(field).asText();
    return value.isBlank() ? null : value;
  }
}
