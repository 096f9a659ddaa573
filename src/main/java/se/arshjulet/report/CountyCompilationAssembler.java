package se.arshjulet.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import se.arshjulet.calendar.Today;
import se.arshjulet.centre.Centre;
import se.arshjulet.centre.CentreRepository;
import se.arshjulet.centre.Counties;
import se.arshjulet.document.Document;
import se.arshjulet.document.Document.Chart;
import se.arshjulet.document.Document.Section;
import se.arshjulet.document.Document.Table;
import se.arshjulet.forms.FormSchema;
import se.arshjulet.survey.SurveyResults;
import se.arshjulet.survey.SurveyResultsService;

/**
 * The county's compilation of a year's follow-up (the regional follow-up the seeds ask for): per centre its key
 * figures and priority goals, and how the centres placed themselves in the self-reflection, per area the median
 * and range across the county.
 */
@Service
public class CountyCompilationAssembler {

  private final CentreRepository centres;
  private final ReportSources sources;
  private final SurveyResultsService surveys;

  public CountyCompilationAssembler(CentreRepository centres, ReportSources sources, SurveyResultsService surveys) {
    this.centres = centres;
    this.sources = sources;
    this.surveys = surveys;
  }

  public Document assemble(String county, int year, String municipality) {
    List<Centre> included = centres.findAll().stream()
        .filter(centre -> centre.county().equals(county))
        .filter(centre -> municipality == null || municipality.isBlank()
            || centre.municipality().equalsIgnoreCase(municipality))
        .filter(centre -> sources.instance(centre, year).isPresent())
        .sorted(java.util.Comparator.comparing(Centre::municipality).thenComparing(Centre::name))
        .toList();
    SelfReflectionForm form = included.isEmpty() ? SelfReflectionForm.of(
        new FormSchema(SelfReflectionForm.FORM_ID, List.of()))
        : sources.selfReflectionForm(included.get(0), year);

    List<ReportLayout.Part> keyFigures = (included.isEmpty() ? sources.countyLayout(county)
        : sources.layout(included.get(0), year)).countyCompilation().keyFigures();
    Map<String, FormSchema> forms = included.isEmpty() ? Map.of() : sources.formsByActivity(included.get(0), year);
    List<List<String>> figures = new ArrayList<>();
    List<List<String>> goals = new ArrayList<>();
    Map<String, List<Double>> means = new LinkedHashMap<>();
    form.areas().forEach(area -> means.put(area.name(), new ArrayList<>()));
    long[] totals = new long[keyFigures.size()];
    int reportsIn = 0;
    for (Centre centre : included) {
      Map<String, JsonNode> answers = sources.answers(centre, year);
      JsonNode report = answers.get(AnnualReportAssembler.REPORT);
      reportsIn += report == null ? 0 : 1;
      List<String> row = new ArrayList<>(List.of(centre.name(), centre.municipality(), centre.kind().name(),
          report == null ? "nej" : "ja"));
      for (int i = 0; i < keyFigures.size(); i++) {
        String value = PriorityGoal.text(answers.get(keyFigures.get(i).activity()), keyFigures.get(i).field());
        row.add(value == null ? "–" : value);
        totals[i] += value == null ? 0 : Math.round(Double.parseDouble(value));
      }
      SurveyResults survey = surveys.of(centre, year - 1);
      row.add(String.valueOf(survey.answers()));
      row.add(survey.shown() && survey.overallPositive() != null
          ? String.format(java.util.Locale.forLanguageTag("sv-SE"), "%.0f %%", survey.overallPositive() * 100) : "–");
      figures.add(row);
      JsonNode reflection = AnnualReportAssembler.firstReflection(answers);
      Occasion occasion = Occasion.of(String.valueOf(year), reflection, form);
      occasion.areaMeans().forEach((area, mean) -> means.get(area).add(mean));
      goals.add(List.of(centre.name(), shown(form.areaLabel(PriorityGoal.text(reflection, "prioriteratOmrade1"))),
          shown(PriorityGoal.text(reflection, "matbartMal1")),
          shown(form.areaLabel(PriorityGoal.text(reflection, "prioriteratOmrade2"))),
          shown(PriorityGoal.text(reflection, "matbartMal2"))));
    }
    List<String> total = new ArrayList<>(List.of("Totalt", "", "", reportsIn + " av " + included.size()));
    for (long sum : totals) {
      total.add(String.valueOf(sum));
    }
    total.add("");
    total.add("");
    figures.add(total);

    List<AreaSpread> spread = new ArrayList<>();
    means.forEach((area, values) -> spread.add(AreaSpread.of(area, values)));
    List<List<String>> spreadRows = spread.stream().map(area -> List.of(area.area(), AreaSpread.text(area.median()),
        AreaSpread.text(area.lowest()), AreaSpread.text(area.highest()), String.valueOf(area.centres()))).toList();

    String scope = Counties.name(county) + (municipality == null || municipality.isBlank() ? ""
        : ", " + municipality + " kommun");
    List<Section> sections = List.of(
        new Section("Nyckeltal per familjecentral", "Ur verksamhetsberättelserna " + year + " (året " + (year - 1)
            + ").", List.of(), List.of(new Table("Nyckeltal", header(keyFigures, forms, year), figures)), List.of()),
        new Section("Prioriterade mål " + year, "Valda i självreflektionen i januari " + year + ".", List.of(),
            List.of(new Table("Prioriterade områden och mätbara mål", List.of("Familjecentral", "Område 1",
                "Mätbart mål 1", "Område 2", "Mätbart mål 2"), goals)), List.of()),
        new Section("Självreflektionen i länet " + year,
            "Varje familjecentrals medelvärde per område (4 = Fungerar, 1 = Behöver utvecklas); median och "
                + "spridning över familjecentralerna.", List.of(),
            List.of(new Table("Spridning per område", List.of("Område", "Median", "Lägst", "Högst",
                "Familjecentraler"), spreadRows)),
            form.areas().isEmpty() ? List.of() : List.of(new Chart("Median och spridning per område",
                ReflectionCharts.spread(spread, "Självreflektion " + year + ": median och spridning")))));
    return new Document("Sammanställning " + year + " – " + scope,
        included.size() + " familjecentraler · verksamhetsberättelser " + (year - 1) + " och planer " + year,
        Today.date(), List.of(), sections);
  }

  /** The key figures' header: the layout's labels (else the forms') between the centre and the survey. */
  private static List<String> header(List<ReportLayout.Part> keyFigures, Map<String, FormSchema> forms, int year) {
    List<String> header = new ArrayList<>(List.of("Familjecentral", "Kommun", "Typ", "Berättelse inlämnad"));
    keyFigures.forEach(figure -> header.add(figure.shownLabel(forms, year)));
    header.add("Enkätsvar " + (year - 1));
    header.add("Andel positiva");
    return header;
  }

  private static String shown(String value) {
    return value == null ? Document.NOT_FILLED_IN : value;
  }
}
