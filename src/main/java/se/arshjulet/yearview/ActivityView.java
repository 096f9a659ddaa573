package se.arshjulet.yearview;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One activity of a centre's year as the wheel picture and the overview show it. */
public record ActivityView(String key, String name, String role, LocalDate opens, LocalDate due,
                           ActivityState state, String completedBy, OffsetDateTime completedAt) {
}
