package se.arshjulet.report;

import java.time.LocalDate;
import java.util.List;

/**
 * A follow-up document as sections of labelled answers, tables and diagrams: the one model behind its page, its PDF
 * and its Word file. An answer not given reads {@link #NOT_FILLED_IN}; nothing is invented.
 */
public record Document(String title, String subtitle, LocalDate madeOn, List<String> missing, List<Section> sections) {

  public static final String NOT_FILLED_IN = "ej ifyllt";

  /** One heading of the document. */
  public record Section(String heading, String guidance, List<Entry> entries, List<Table> tables,
                        List<Chart> charts) {
  }

  /** A label and the answer given, or null when none was. */
  public record Entry(String label, String value) {

    public String shown() {
      return value == null ? NOT_FILLED_IN : value;
    }

    public boolean filledIn() {
      return value != null;
    }
  }

  /** A table with a caption, a header row and rows of cells. */
  public record Table(String caption, List<String> header, List<List<String>> rows) {
  }

  /** A diagram as SVG, with its title as text alternative. */
  public record Chart(String title, String svg) {
  }
}
