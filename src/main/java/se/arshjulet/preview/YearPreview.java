package se.arshjulet.preview;

import java.util.List;

/** What a wheel does in one year for a fictitious centre: its tasks and its emails, each in time order. */
public record YearPreview(String county, int year, String wheel, int version, List<PreviewTask> tasks,
                          List<PreviewEmail> emails) {
}
