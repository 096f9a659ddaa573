package se.arshjulet.preview;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;

/** One email the wheel sends in the previewed year: reminder | overdue | digest, to a role; {@code key} per task. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PreviewEmail(String kind, String key, String role, OffsetDateTime at) {
}
