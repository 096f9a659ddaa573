package se.arshjulet.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import se.arshjulet.calendar.Today;
import se.arshjulet.centre.Centre;
import se.arshjulet.document.Document;
import se.arshjulet.document.Document.Chart;
import se.arshjulet.document.Document.Entry;
import se.arshjulet.document.Document.Section;
import se.arshjulet.document.Document.Table;
import se.arshjulet.forms.FormSchema;
import se.arshjulet.report.ReportLayout.Part;

/**
 * The annual report and plan of Bilaga 3 for a centre-year, laid out by the county's {@link ReportLayout} from that
 * year's own answers: the report written in February of year Y tells of year Y−1 (its goals, its parent survey) and
 * plans year Y.
 */
@Service
public class AnnualReportAssembler {

  static final String REPORT = ReportLayout.ANNUAL_REPORT;

  private final ReportSources sources;
  private final ReportParts computed;

  public AnnualReportAssembler(ReportSources sources, ReportParts computed) {
    this.sources = sources;
    this.computed = computed;
  }

  /** What one report is made from. */
  record Year(Centre centre, int year, Map<String, JsonNode> thisYear, Map<String, JsonNode> lastYear,
              SelfReflectionForm form, Map<String, FormSchema> forms) {

    JsonNode answers(Part part) {
      Map<String, JsonNode> answers = part.lastYear() ? lastYear : thisYear;
      return ReportLayout.FIRST_SELF_REFLECTION.equals(part.activity()) ? firstReflection(answers)
          : answers.get(part.activity());
    }

    String label(Part part) {
      return part.shownLabel(forms, year);
    }
  }

  public Document assemble(Centre centre, int year) {
    ReportLayout layout = sources.layout(centre, year);
    Year report = new Year(centre, year, sources.answers(centre, year), sources.answers(centre, year - 1),
        sources.selfReflectionForm(centre, year), sources.formsByActivity(centre, year));
    List<Section> sections = new ArrayList<>();
    for (ReportLayout.Section section : layout.annualReport().sections()) {
      List<Entry> entries = new ArrayList<>();
      List<Table> tables = new ArrayList<>();
      List<Chart> charts = new ArrayList<>();
      for (Part part : section.parts()) {
        if (part.field() != null) {
          entries.add(new Entry(report.label(part), PriorityGoal.text(report.answers(part), part.field())));
        } else {
          computed.add(ReportLayout.Computed.named(part.show()).orElseThrow(), report, entries, tables, charts);
        }
      }
      sections.add(new Section(ReportLayout.withYears(section.heading(), year),
          ReportLayout.withYears(section.guidance(), year), entries, tables, charts));
    }

    List<String> missing = new ArrayList<>();
    if (report.thisYear().get(REPORT) == null) {
      missing.add("Verksamhetsberättelsen " + year + " är inte inlämnad");
    }
    for (Section section : sections) {
      section.entries().stream().filter(entry -> !entry.filledIn())
          .forEach(entry -> missing.add(section.heading() + ": " + entry.label()));
    }
    String title = layout.annualReport().title() == null ? "Verksamhetsberättelse {år-1} och plan {år}"
        : layout.annualReport().title();
    return new Document(ReportLayout.withYears(title, year), centre.name(), Today.date(), missing, sections);
  }

  /**
   * This January, last December and last January (for a wheel with one self-reflection a year: this and last; in
   * the year a county's wheel went from one to two: this January and last year's one).
   */
  static List<Occasion> occasions(int year, Map<String, JsonNode> thisYear, Map<String, JsonNode> lastYear,
                                  SelfReflectionForm form) {
    Map<String, JsonNode> chosen = new LinkedHashMap<>();
    if (thisYear.containsKey("self-reflection-january") && lastYear.containsKey("self-reflection")) {
      chosen.put("Januari " + year, thisYear.get("self-reflection-january"));
      chosen.put("Självreflektion " + (year - 1), lastYear.get("self-reflection"));
    } else if (thisYear.containsKey("self-reflection") || lastYear.containsKey("self-reflection")) {
      chosen.put("Självreflektion " + year, thisYear.get("self-reflection"));
      chosen.put("Självreflektion " + (year - 1), lastYear.get("self-reflection"));
    } else {
      chosen.put("Januari " + year, thisYear.get("self-reflection-january"));
      chosen.put("December " + (year - 1), lastYear.get("self-reflection-december"));
      chosen.put("Januari " + (year - 1), lastYear.get("self-reflection-january"));
    }
    List<Occasion> occasions = new ArrayList<>();
    chosen.forEach((label, answers) -> occasions.add(Occasion.of(label, answers, form)));
    return occasions;
  }

  static JsonNode firstReflection(Map<String, JsonNode> answers) {
    return answers.containsKey("self-reflection-january") ? answers.get("self-reflection-january")
        : answers.get("self-reflection");
  }
}
