package se.arshjulet.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.arshjulet.forms.FormSchema;

/**
 * The self-reflection instrument (Bilaga 4) as the deployed form defines it: its areas, each with its statements on
 * the four-step scale, and the choice of priority areas. Read from the form, so a county that edits the form edits
 * the report with it.
 */
public record SelfReflectionForm(List<Area> areas, List<String> scale, List<String> scaleLabels,
                                 FormSchema.Field priorityChoice) {

  public static final String FORM_ID = "Form_SelfReflection";
  public static final int STEPS = 4;

  /** One area of the instrument (a group of the form). */
  public record Area(String name, List<Statement> statements) {
  }

  /** One statement: the form field's key and its label (the statement's title before the dash). */
  public record Statement(String key, String label) {
  }

  public static SelfReflectionForm of(FormSchema form) {
    Map<String, List<Statement>> byArea = new LinkedHashMap<>();
    List<String> scale = null;
    List<String> scaleLabels = null;
    FormSchema.Field priorityChoice = null;
    for (FormSchema.Field field : form.fields()) {
      if (!"radio".equals(field.type()) && !"select".equals(field.type())) {
        continue;
      }
      if (field.key().startsWith("prioriteratOmrade")) {
        priorityChoice = priorityChoice == null ? field : priorityChoice;
      } else if (field.values().size() == STEPS && field.group() != null) {
        scale = scale == null ? field.values() : scale;
        scaleLabels = scaleLabels == null ? field.valueLabels() : scaleLabels;
        byArea.computeIfAbsent(field.group(), area -> new ArrayList<>())
            .add(new Statement(field.key(), title(field.label())));
      }
    }
    List<Area> areas = new ArrayList<>();
    byArea.forEach((name, statements) -> areas.add(new Area(name, List.copyOf(statements))));
    return new SelfReflectionForm(List.copyOf(areas), scale == null ? List.of() : scale,
        scaleLabels == null ? List.of() : scaleLabels, priorityChoice);
  }

  /** The step of a scale value: 4 for the first ("Fungerar") down to 1 for the last ("Behöver utvecklas"). */
  public Integer step(String value) {
    int index = scale.indexOf(value);
    return index < 0 ? null : STEPS - index;
  }

  /** The Swedish name of a priority area's value, as the form shows it. */
  public String areaLabel(String value) {
    return priorityChoice == null || value == null ? value : priorityChoice.labelOf(value);
  }

  private static String title(String label) {
    int dash = label.indexOf(" – ");
    return dash < 0 ? label : label.substring(0, dash);
  }
}
