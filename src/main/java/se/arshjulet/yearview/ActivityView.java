package se.arshjulet.yearview;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One activity of a centre's year as the wheel picture and the overview show it. */
public record ActivityView(String key, String name, String role, LocalDate opens, LocalDate due,
                           ActivityState state, String completedBy, OffsetDateTime completedAt) {

  /** When it was completed and by whom ("2026-03-03 av anna.berg"), or empty while it is not. */
  public String completed() {
    if (completedAt == null) {
      return "";
    }
    return completedAt.toLocalDate() + (completedBy == null ? "" : " av " + completedBy);
  }
}
