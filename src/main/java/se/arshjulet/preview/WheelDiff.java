package se.arshjulet.preview;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** How a draft's year differs from the deployed wheel's year, by activity key. */
public record WheelDiff(List<String> added, List<String> removed, List<Moved> moved) {

  /** An activity that opens or is due on other dates in the draft. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Moved(String key, OffsetDateTime opensBefore, OffsetDateTime opensAfter, OffsetDateTime dueBefore,
                      OffsetDateTime dueAfter) {
  }

  public static WheelDiff between(List<PreviewTask> deployed, List<PreviewTask> draft) {
    Map<String, PreviewTask> before = firstByKey(deployed);
    Map<String, PreviewTask> after = firstByKey(draft);
    List<String> added = after.keySet().stream().filter(key -> !before.containsKey(key)).toList();
    List<String> removed = before.keySet().stream().filter(key -> !after.containsKey(key)).toList();
    List<Moved> moved = new ArrayList<>();
    after.forEach((key, task) -> {
      PreviewTask old = before.get(key);
      if (old != null && (!old.opens().isEqual(task.opens()) || !old.due().isEqual(task.due()))) {
        moved.add(new Moved(key, old.opens(), task.opens(), old.due(), task.due()));
      }
    });
    return new WheelDiff(added, removed, moved);
  }

  private static Map<String, PreviewTask> firstByKey(List<PreviewTask> tasks) {
    Map<String, PreviewTask> byKey = new LinkedHashMap<>();
    tasks.forEach(task -> byKey.putIfAbsent(task.key(), task));
    return byKey;
  }
}
