package se.arshjulet.forms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The fields of a Camunda Form (a {@code .form} file) and the rules a submission must keep: required fields, numbers
 * that are numbers within their bounds and never negative (the product holds counts and ratings), choices that are
 * on the form's scale, and a choice that must differ from another field's (the custom property {@code differentFrom},
 * set in Camunda Modeler's form editor: Bilaga 5's two priority areas). Groups are flattened.
 */
public record FormSchema(String id, List<Field> fields) {

  private static final ObjectMapper JSON = new ObjectMapper();
  /** The custom property of a field whose answer must differ from the answer of the field it names. */
  public static final String DIFFERENT_FROM = "differentFrom";

  /**
   * One input field of the form; {@code group} is the label of the group it stands in (or null), a {@code readonly}
   * field shows what the product put there (e.g. last year's goals) and is not the user's answer.
   */
  public record Field(String key, String type, String label, String group, boolean required, boolean readonly,
                      List<String> values, List<String> valueLabels, Double min, Double max, String differentFrom) {

    /** The label of a choice's value, or the value itself. */
    public String labelOf(String value) {
      int index = values.indexOf(value);
      return index < 0 ? value : valueLabels.get(index);
    }
  }

  public static FormSchema parse(String json) {
    try {
      JsonNode root = JSON.readTree(json);
      if (root == null || !root.hasNonNull("id") || !root.has("components")) {
        throw new IllegalArgumentException("not a Camunda Form (no id or components)");
      }
      List<Field> fields = new ArrayList<>();
      collect(root.get("components"), null, fields);
      return new FormSchema(root.get("id").asText(), List.copyOf(fields));
    } catch (IOException e) {
      throw new IllegalArgumentException("not valid JSON: " + e.getMessage(), e);
    }
  }

  private static void collect(JsonNode components, String group, List<Field> fields) {
    for (JsonNode component : components) {
      if (component.has("components")) {
        collect(component.get("components"), component.path("label").asText(group), fields);
      }
      if (!component.hasNonNull("key")) {
        continue;
      }
      JsonNode validate = component.path("validate");
      List<String> values = new ArrayList<>();
      List<String> valueLabels = new ArrayList<>();
      component.path("values").forEach(value -> {
        values.add(value.path("value").asText());
        valueLabels.add(value.path("label").asText(value.path("value").asText()));
      });
      String label = component.hasNonNull("label") ? component.get("label").asText()
          : component.path("dateLabel").asText(component.get("key").asText());
      fields.add(new Field(component.get("key").asText(), component.path("type").asText(), label, group,
          validate.path("required").asBoolean(false), component.path("readonly").asBoolean(false),
          List.copyOf(values), List.copyOf(valueLabels),
          validate.hasNonNull("min") ? validate.get("min").asDouble() : null,
          validate.hasNonNull("max") ? validate.get("max").asDouble() : null,
          component.path("properties").hasNonNull(DIFFERENT_FROM)
              ? component.path("properties").get(DIFFERENT_FROM).asText() : null));
    }
  }

  /** What is wrong with a submission, in Swedish, one sentence per field; empty when it may be saved. */
  public List<String> problems(Map<String, Object> submitted) {
    List<String> problems = new ArrayList<>();
    for (Field field : fields) {
      Object value = submitted.get(field.key());
      boolean empty = value == null || value instanceof String text && text.isBlank()
          || "checkbox".equals(field.type()) && !Boolean.TRUE.equals(value);
      if (empty) {
        if (field.required()) {
          problems.add("Fyll i \u201d" + field.label() + "\u201d.");
        }
        continue;
      }
      switch (field.type()) {
        case "number" -> numberProblem(field, value).ifPresent(problems::add);
        case "select", "radio" -> {
          if (!field.values().contains(String.valueOf(value))) {
            problems.add("\u201d" + field.label() + "\u201d har ett värde som inte finns på skalan: " + value + ".");
          }
        }
        default -> { }
      }
      if (field.differentFrom() != null && String.valueOf(value).equals(String.valueOf(submitted.get(
          field.differentFrom())))) {
        problems.add("\u201d" + field.label() + "\u201d ska skilja sig från \u201d" + labelOf(field.differentFrom())
            + "\u201d: välj ett annat än " + field.labelOf(String.valueOf(value)) + ".");
      }
    }
    return problems;
  }

  /** The field with this key, if the form has it. */
  public Optional<Field> field(String key) {
    return fields.stream().filter(field -> field.key().equals(key)).findFirst();
  }

  private String labelOf(String key) {
    return field(key).map(Field::label).orElse(key);
  }

  private static Optional<String> numberProblem(Field field, Object value) {
    double number;
    if (value instanceof Number n) {
      number = n.doubleValue();
    } else {
      try {
        number = Double.parseDouble(String.valueOf(value));
      } catch (NumberFormatException e) {
        return Optional.of("\u201d" + field.label() + "\u201d ska vara ett tal (fick " + value + ").");
      }
    }
    if (number < 0) {
      return Optional.of("\u201d" + field.label() + "\u201d kan inte vara negativt (fick " + value + ").");
    }
    if (field.min() != null && number < field.min() || field.max() != null && number > field.max()) {
      return Optional.of("\u201d" + field.label() + "\u201d ska vara " + (field.max() == null
          ? "minst " + format(field.min()) : field.min() == null ? "högst " + format(field.max())
          : "mellan " + format(field.min()) + " och " + format(field.max())) + " (fick " + value + ").");
    }
    return Optional.empty();
  }

  private static String format(Double bound) {
    return bound == null ? "…" : String.valueOf(bound.longValue());
  }
}
