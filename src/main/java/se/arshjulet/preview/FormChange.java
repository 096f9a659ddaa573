package se.arshjulet.preview;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import se.arshjulet.forms.FormSchema;

/**
 * How one of a county's forms on disk differs from the form its deployed wheel runs with: fields added, removed,
 * relabelled (by field key). A form new to the county lists all its fields as added; one no longer there, as removed.
 */
public record FormChange(String form, List<String> added, List<String> removed, List<Relabelled> relabelled) {

  public record Relabelled(String field, String before, String after) {
  }

  /** The changed forms, by form id; identical forms are left out. */
  public static List<FormChange> between(Map<String, FormSchema> deployed, Map<String, FormSchema> draft) {
    List<FormChange> changes = new ArrayList<>();
    TreeSet<String> ids = new TreeSet<>(deployed.keySet());
    ids.addAll(draft.keySet());
    for (String id : ids) {
      Map<String, String> before = labels(deployed.get(id));
      Map<String, String> after = labels(draft.get(id));
      List<String> added = after.keySet().stream().filter(key -> !before.containsKey(key)).toList();
      List<String> removed = before.keySet().stream().filter(key -> !after.containsKey(key)).toList();
      List<Relabelled> relabelled = after.entrySet().stream()
          .filter(field -> before.containsKey(field.getKey()) && !before.get(field.getKey()).equals(field.getValue()))
          .map(field -> new Relabelled(field.getKey(), before.get(field.getKey()), field.getValue())).toList();
      if (!added.isEmpty() || !removed.isEmpty() || !relabelled.isEmpty()) {
        changes.add(new FormChange(id, added, removed, relabelled));
      }
    }
    return changes;
  }

  private static Map<String, String> labels(FormSchema form) {
    Map<String, String> labels = new LinkedHashMap<>();
    if (form != null) {
      form.fields().forEach(field -> labels.put(field.key(), field.label()));
    }
    return labels;
  }
}
