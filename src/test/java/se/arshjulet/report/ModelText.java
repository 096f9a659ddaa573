package se.arshjulet.report;

import se.arshjulet.document.Document;

/** A {@link Document} as plain lines, every text it holds in order: for comparing two versions of a report. */
final class ModelText {

  private ModelText() {
  }

  static String of(Document document) {
    StringBuilder text = new StringBuilder();
    text.append(document.title()).append('\n').append(document.subtitle()).append('\n')
        .append(document.madeOn()).append('\n');
    document.missing().forEach(missing -> text.append("saknas: ").append(missing).append('\n'));
    for (Document.Section section : document.sections()) {
      text.append("\n## ").append(section.heading()).append('\n');
      if (section.guidance() != null) {
        text.append("(").append(section.guidance()).append(")\n");
      }
      section.entries().forEach(entry -> text.append(entry.label()).append(": ").append(entry.shown()).append('\n'));
      for (Document.Table table : section.tables()) {
        text.append("tabell: ").append(table.caption()).append('\n').append(String.join(" | ", table.header()))
            .append('\n');
        table.rows().forEach(row -> text.append(String.join(" | ", row)).append('\n'));
      }
      section.charts().forEach(chart -> text.append("diagram: ").append(chart.title()).append(" (")
          .append(chart.svg().hashCode()).append(")\n"));
    }
    return text.toString();
  }
}
