package se.arshjulet.preview;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;

/** One task the wheel opens in the previewed year; {@code unit} only for one-per-unit tasks. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PreviewTask(String key, String role, String name, OffsetDateTime opens, OffsetDateTime due,
                          String unit) {
}
