package se.arshjulet.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import se.arshjulet.centre.Centre;
import se.arshjulet.document.Document.Chart;
import se.arshjulet.document.Document.Entry;
import se.arshjulet.document.Document.Table;
import se.arshjulet.report.AnnualReportAssembler.Year;
import se.arshjulet.survey.SurveyAnswers;
import se.arshjulet.survey.SurveyResults;
import se.arshjulet.survey.SurveyResultsService;

/** The parts of an annual report the product computes ({@link ReportLayout.Computed}), placed by the layout. */
@Component
public class ReportParts {

  private final SurveyResultsService surveys;

  public ReportParts(SurveyResultsService surveys) {
    this.surveys = surveys;
  }

  void add(ReportLayout.Computed part, Year report, List<Entry> entries, List<Table> tables, List<Chart> charts) {
    switch (part) {
      case MUNICIPALITY -> entries.add(new Entry("Kommun", report.centre().municipality()));
      case KIND -> entries.add(new Entry("Verksamhet", report.centre().kind() == Centre.Kind.FC
          ? "Familjecentral (FC)" : "Familjecentralsliknande verksamhet (FCLV)"));
      case LAST_YEARS_GOALS -> lastYearsGoals(report, entries);
      case SURVEY_RESULTS -> surveyResults(report, entries, tables);
      case SELF_REFLECTION_TABLE -> tables.add(selfReflectionTable(report));
      case SELF_REFLECTION_CHARTS -> charts.addAll(selfReflectionCharts(report));
      case COMING_GOALS -> comingGoals(report, entries);
    }
  }

  private static void lastYearsGoals(Year report, List<Entry> entries) {
    List<PriorityGoal> goals = PriorityGoal.chosenIn(report.lastYear(), report.form());
    if (goals.isEmpty()) {
      entries.add(new Entry("Prioriterade mål valda " + (report.year() - 1), null));
    }
    for (int i = 0; i < goals.size(); i++) {
      entries.add(new Entry("Prioriterat område " + (i + 1), goals.get(i).area()));
      entries.add(new Entry("Mätbart mål " + (i + 1), goals.get(i).measurableGoal()));
    }
  }

  private void surveyResults(Year report, List<Entry> entries, List<Table> tables) {
    int surveyYear = report.year() - 1;
    SurveyResults online = surveys.of(report.centre(), surveyYear);
    if (online.answers() > 0) {
      entries.add(new Entry("Föräldraenkäten " + surveyYear + " på webben: antal svar", online.shown()
          ? String.valueOf(online.answers())
          : online.answers() + " (resultat visas från " + SurveyResults.MINIMUM + " svar)"));
    }
    if (!online.shown()) {
      return;
    }
    List<List<String>> rows = online.rows().stream().map(row -> List.of(row.statement(),
        row.goal(), String.valueOf(row.counts().values().stream().mapToLong(Long::longValue).sum()),
        String.valueOf(row.dontKnow()), row.positiveText())).toList();
    tables.add(new Table("Föräldraenkäten " + surveyYear + ": andel positiva svar (stämmer helt eller ganska bra)",
        List.of("Påstående", "Mål", "Svar på skalan", "Vet ej", "Andel positiva"), rows));
    List<SurveyAnswers.Quote> quotes = surveys.chosenQuotes(report.centre(), surveyYear);
    if (!quotes.isEmpty()) {
      entries.add(new Entry("Citat ur föräldraenkäten", String.join("\n", quotes.stream()
          .map(quote -> "”" + quote.text() + "”" + (quote.gender() == null ? "" : " (" + quote.gender() + ")"))
          .toList())));
    }
  }

  private static Table selfReflectionTable(Year report) {
    List<Occasion> occasions = occasions(report);
    List<String> header = new ArrayList<>(List.of("Område"));
    occasions.forEach(occasion -> header.add(occasion.label()));
    List<List<String>> rows = new ArrayList<>();
    for (SelfReflectionForm.Area area : report.form().areas()) {
      List<String> row = new ArrayList<>(List.of(area.name()));
      occasions.forEach(occasion -> row.add(occasion.meanText(area.name())));
      rows.add(row);
    }
    List<String> respondents = new ArrayList<>(List.of("Antal svarande"));
    occasions.forEach(occasion -> respondents.add(occasion.respondents() == null ? "–"
        : String.valueOf(occasion.respondents())));
    rows.add(respondents);
    return new Table("Självreflektion: medelvärde per område (4 = Fungerar, 1 = Behöver utvecklas)", header, rows);
  }

  private static List<Chart> selfReflectionCharts(Year report) {
    SelfReflectionForm form = report.form();
    if (form.areas().isEmpty()) {
      return List.of();
    }
    List<Occasion> occasions = occasions(report);
    List<Chart> charts = new ArrayList<>();
    charts.add(new Chart("Självreflektion per område", ReflectionCharts.areas(form, occasions)));
    charts.add(new Chart("Spindeldiagram över områdena", ReflectionCharts.radar(form, occasions)));
    for (SelfReflectionForm.Area area : form.areas()) {
      charts.add(new Chart("Påståendena i " + area.name(), ReflectionCharts.statements(form, area, occasions)));
    }
    return charts;
  }

  private static void comingGoals(Year report, List<Entry> entries) {
    JsonNode reflection = AnnualReportAssembler.firstReflection(report.thisYear());
    for (int i = 1; i <= 2; i++) {
      String area = PriorityGoal.text(reflection, "prioriteratOmrade" + i);
      entries.add(new Entry("Prioriterat område " + i + " i självreflektionen", report.form().areaLabel(area)));
      entries.add(new Entry("Mätbart mål " + i, PriorityGoal.text(reflection, "matbartMal" + i)));
    }
  }

  private static List<Occasion> occasions(Year report) {
    return AnnualReportAssembler.occasions(report.year(), report.thisYear(), report.lastYear(), report.form());
  }
}
