package se.arshjulet.document;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A follow-up document as sections of labelled answers, tables and diagrams: the one model behind its page, its PDF
 * and its Word file. An answer not given reads {@link #NOT_FILLED_IN}; nothing is invented.
 */
public record Document(String title, String subtitle, LocalDate madeOn, List<String> missing, List<Section> sections) {

  public static final String NOT_FILLED_IN = "ej ifyllt";

  /** Whether a table of the document is {@link Table#wide() wide}: then its PDF is printed on landscape pages. */
  public boolean wide() {
    return sections.stream().flatMap(section -> section.tables().stream()).anyMatch(Table::wide);
  }

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

    /** The most columns an A4 portrait page holds readably; a table with more is {@link #wide()}. */
    public static final int PORTRAIT_COLUMNS = 6;
    private static final Pattern NUMBER = Pattern.compile("[–-]?|[–-]?[0-9][0-9 ,.]*( %)?|[0-9]+ av [0-9]+");

    public boolean wide() {
      return header.size() > PORTRAIT_COLUMNS;
    }

    /** Whether the column holds figures only (a dash or nothing for none), which line up to the right. */
    public boolean numeric(int column) {
      List<String> cells = rows.stream().map(row -> column < row.size() ? row.get(column) : null).toList();
      return column > 0 && cells.stream().allMatch(cell -> cell == null || NUMBER.matcher(cell).matches())
          && cells.stream().anyMatch(cell -> cell != null && !cell.isEmpty() && Character.isDigit(cell.charAt(0)));
    }
  }

  /** A diagram as SVG, with its title as text alternative. */
  public record Chart(String title, String svg) {
  }
}
