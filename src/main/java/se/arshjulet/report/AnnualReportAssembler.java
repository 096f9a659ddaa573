package se.arshjulet.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import se.arshjulet.calendar.Today;
import se.arshjulet.centre.Centre;
import se.arshjulet.report.Document.Chart;
import se.arshjulet.report.Document.Entry;
import se.arshjulet.report.Document.Section;
import se.arshjulet.report.Document.Table;
import se.arshjulet.survey.SurveyAnswers;
import se.arshjulet.survey.SurveyResults;
import se.arshjulet.survey.SurveyResultsService;

/**
 * The annual report and plan of Bilaga 3 for a centre-year, from that year's own answers: the report written in
 * February of year Y tells of year Y−1 (its goals, its parent survey) and plans year Y.
 */
@Service
public class AnnualReportAssembler {

  static final String REPORT = "annual-report";

  private final ReportSources sources;
  private final SurveyResultsService surveys;

  public AnnualReportAssembler(ReportSources sources, SurveyResultsService surveys) {
    this.sources = sources;
    this.surveys = surveys;
  }

  public Document assemble(Centre centre, int year) {
    Map<String, JsonNode> thisYear = sources.answers(centre, year);
    Map<String, JsonNode> lastYear = sources.answers(centre, year - 1);
    SelfReflectionForm form = sources.selfReflectionForm(centre, year);
    JsonNode report = thisYear.get(REPORT);
    List<Section> sections = new ArrayList<>();

    sections.add(section("Familjecentralen", "Upptagningsområde, samhällsstruktur, besöksstatistik, handledning.",
        List.of(new Entry("Kommun", centre.municipality()),
            new Entry("Verksamhet", centre.kind() == Centre.Kind.FC ? "Familjecentral (FC)"
                : "Familjecentralsliknande verksamhet (FCLV)"),
            entry(report, "beskrivning", "Beskrivning"),
            entry(report, "antalBesok", "Antal besök under året"),
            entry(report, "antalGravida", "Antal gravida"),
            entry(report, "antalInskrivnaBarn", "Antal inskrivna barn"))));
    sections.add(section("Familjecentralernas gemensamma verksamhet utifrån måluppfyllelse",
        "Hur familjecentralen arbetat för att nå huvudmålet och de fem målen i samverkansavtalet.",
        List.of(entry(report, "huvudmal", "Huvudmålet: en god hälsa för barn och föräldrar"),
            entry(report, "malMotesplats", "1. Vara lättillgänglig som nära mötesplats"),
            entry(report, "malSocialtNatverk", "2. Stärka det sociala nätverket runt barn och föräldrar"),
            entry(report, "malDelaktighet", "3. Skapa arbetsformer där barn och föräldrar är delaktiga"),
            entry(report, "malLattillgangligtStod", "4. Erbjuda ett lättillgängligt stöd"),
            entry(report, "malKunskapscentrum", "5. Vara ett kunskaps- och informationscentrum"))));
    sections.add(lastYearsGoals(year, lastYear, thisYear, form, report));
    sections.add(results(centre, year, thisYear, lastYear, form, report));
    sections.add(section("Analys av resultat utifrån föräldraenkät och självreflektion", null,
        List.of(entry(report, "analys", "Analys"))));
    sections.add(comingGoals(year, thisYear, form, report));
    sections.add(section("Familjecentralens egna reflektioner", null,
        List.of(entry(report, "egnaReflektioner", "Egna reflektioner"))));
    sections.add(section("Uppföljning enligt samverkansavtalet (Bilaga 1)", null,
        List.of(entry(report, "familjerSarskiltStod",
                "Antal familjer i behov av särskilt stöd där två eller flera professioner samverkat"),
            entry(report, "foraldrarsMaluppfyllelse", "Föräldrarnas uppfattning om måluppfyllelsen"),
            entry(report, "gemensamAnalysMaluppfyllelse", "Måluppfyllelse utifrån gemensam analys"),
            entry(report, "utvecklingsomraden", "Utvecklingsområden"))));

    List<String> missing = new ArrayList<>();
    if (report == null) {
      missing.add("Verksamhetsberättelsen " + year + " är inte inlämnad");
    }
    for (Section section : sections) {
      section.entries().stream().filter(entry -> !entry.filledIn())
          .forEach(entry -> missing.add(section.heading() + ": " + entry.label()));
    }
    return new Document("Verksamhetsberättelse " + (year - 1) + " och plan " + year,
        centre.name(), Today.date(), missing, sections);
  }

  private Section lastYearsGoals(int year, Map<String, JsonNode> lastYear, Map<String, JsonNode> thisYear,
                                 SelfReflectionForm form, JsonNode report) {
    List<Entry> entries = new ArrayList<>();
    List<PriorityGoal> goals = PriorityGoal.chosenIn(lastYear, form);
    if (goals.isEmpty()) {
      entries.add(new Entry("Prioriterade mål valda " + (year - 1), null));
    }
    for (int i = 0; i < goals.size(); i++) {
      entries.add(new Entry("Prioriterat område " + (i + 1), goals.get(i).area()));
      entries.add(new Entry("Mätbart mål " + (i + 1), goals.get(i).measurableGoal()));
    }
    entries.add(entry(firstReflection(thisYear), "uppfoljningForraAretsMal",
        "Uppföljning i självreflektionen " + year));
    entries.add(entry(report, "foregaendeMal", "Hur ni arbetat med målen och hur de utvärderats"));
    return section("Prioriterade mål " + (year - 1),
        "Målen som valdes förra året utifrån självreflektion och föräldraenkät, och hur de följts upp.", entries);
  }

  private Section results(Centre centre, int year, Map<String, JsonNode> thisYear, Map<String, JsonNode> lastYear,
                          SelfReflectionForm form, JsonNode report) {
    JsonNode survey = lastYear.get("parent-survey");
    List<Entry> entries = new ArrayList<>();
    entries.add(entry(survey, "antalUtdelade", "Föräldraenkäten " + (year - 1) + ": antal utdelade enkäter"));
    SurveyResults online = surveys.of(centre, year - 1);
    List<Table> tables = new ArrayList<>();
    if (online.answers() > 0) {
      entries.add(new Entry("Föräldraenkäten " + (year - 1) + " på webben: antal svar", online.shown()
          ? String.valueOf(online.answers())
          : online.answers() + " (resultat visas från " + SurveyResults.MINIMUM + " svar)"));
    }
    if (online.shown()) {
      List<List<String>> rows = online.rows().stream().map(row -> List.of(row.statement(),
          row.goal(), String.valueOf(row.counts().values().stream().mapToLong(Long::longValue).sum()),
          String.valueOf(row.dontKnow()), row.positiveText())).toList();
      tables.add(new Table("Föräldraenkäten " + (year - 1) + ": andel positiva svar (stämmer helt eller ganska bra)",
          List.of("Påstående", "Mål", "Svar på skalan", "Vet ej", "Andel positiva"), rows));
      List<SurveyAnswers.Quote> quotes = surveys.chosenQuotes(centre, year - 1);
      if (!quotes.isEmpty()) {
        entries.add(new Entry("Citat ur föräldraenkäten", String.join("\n", quotes.stream()
            .map(quote -> "”" + quote.text() + "”" + (quote.gender() == null ? "" : " (" + quote.gender() + ")"))
            .toList())));
      }
    }
    entries.add(entry(report, "resultatForaldraenkat", "Resultat av föräldraenkäten"));
    entries.add(entry(report, "citat", "Citat från föräldrar (kvinna/man/annan)"));
    entries.add(entry(report, "resultatSjalvreflektion", "Resultat av självreflektionen"));

    List<Occasion> occasions = occasions(year, thisYear, lastYear, form);
    List<String> header = new ArrayList<>(List.of("Område"));
    occasions.forEach(occasion -> header.add(occasion.label()));
    List<List<String>> rows = new ArrayList<>();
    for (SelfReflectionForm.Area area : form.areas()) {
      List<String> row = new ArrayList<>(List.of(area.name()));
      occasions.forEach(occasion -> row.add(occasion.meanText(area.name())));
      rows.add(row);
    }
    List<String> respondents = new ArrayList<>(List.of("Antal svarande"));
    occasions.forEach(occasion -> respondents.add(occasion.respondents() == null ? "–"
        : String.valueOf(occasion.respondents())));
    rows.add(respondents);
    tables.add(new Table("Självreflektion: medelvärde per område (4 = Fungerar, 1 = Behöver utvecklas)", header,
        rows));
    List<Chart> charts = new ArrayList<>();
    if (!form.areas().isEmpty()) {
      charts.add(new Chart("Självreflektion per område", ReflectionCharts.areas(form, occasions)));
      charts.add(new Chart("Spindeldiagram över områdena", ReflectionCharts.radar(form, occasions)));
      for (SelfReflectionForm.Area area : form.areas()) {
        charts.add(new Chart("Påståendena i " + area.name(), ReflectionCharts.statements(form, area, occasions)));
      }
    }
    return new Section("Resultat", "Föräldraenkäten och självreflektionen.", entries, tables, charts);
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

  private Section comingGoals(int year, Map<String, JsonNode> thisYear, SelfReflectionForm form, JsonNode report) {
    List<Entry> entries = new ArrayList<>();
    entries.add(entry(report, "nyttMal1", "Prioriterat mål 1: hur ni arbetar med det och hur det utvärderas"));
    entries.add(entry(report, "nyttMal2", "Prioriterat mål 2: hur ni arbetar med det och hur det utvärderas"));
    JsonNode reflection = firstReflection(thisYear);
    for (int i = 1; i <= 2; i++) {
      String area = PriorityGoal.text(reflection, "prioriteratOmrade" + i);
      entries.add(new Entry("Prioriterat område " + i + " i självreflektionen", form.areaLabel(area)));
      entries.add(entry(reflection, "matbartMal" + i, "Mätbart mål " + i));
    }
    return section("Prioriterade mål under år " + year,
        "Två prioriterade mål utifrån analysen, hur ni arbetar med dem och hur de ska utvärderas.", entries);
  }

  private static JsonNode firstReflection(Map<String, JsonNode> answers) {
    return answers.containsKey("self-reflection-january") ? answers.get("self-reflection-january")
        : answers.get("self-reflection");
  }

  private static Section section(String heading, String guidance, List<Entry> entries) {
    return new Section(heading, guidance, entries, List.of(), List.of());
  }

  private static Entry entry(JsonNode answers, String field, String label) {
    return new Entry(label, PriorityGoal.text(answers, field));
  }
}
