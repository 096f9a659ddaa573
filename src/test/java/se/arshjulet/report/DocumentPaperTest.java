package se.arshjulet.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.arshjulet.centre.Centre;
import se.arshjulet.centre.Unit;
import se.arshjulet.document.Document;
import se.arshjulet.document.PdfRenderer;
import se.arshjulet.support.EngineTest;
import se.arshjulet.survey.Questionnaire;
import se.arshjulet.survey.Questionnaires;
import se.arshjulet.survey.SurveyAnswers;
import se.arshjulet.survey.SurveySubmission;

/**
 * The PDFs on paper, read back with PDFBox glyph by glyph: every cell of every table of the county compilation and of
 * the annual report is drawn where it can be seen, no text is placed outside a page's media box (the compilation's
 * ten columns used to run off a portrait page), and a table begins whole after its heading rather than jumping to the
 * next page and leaving the rest of a page empty. The PDFs stay in target/ to be looked at.
 */
class DocumentPaperTest extends EngineTest {

  private static final String COUNTY = "blekinge";

  @Autowired
  CountyCompilationAssembler compilations;
  @Autowired
  AnnualReportAssembler reports;
  @Autowired
  PdfRenderer renderer;
  @Autowired
  SurveyAnswers surveyAnswers;
  @Autowired
  Questionnaires questionnaires;

  /** A centre of the scripted county with a long name, its 2027 wheel done to the report, its 2026 survey. */
  private void compilationCentre(String id, int step, long figure, String goal, int surveyAnswers) {
    Centre centre = centre(COUNTY, id, LocalDate.of(2020, 1, 1), Unit.values());
    CountyCompilationTest.januaryAndReport(startYear(centre, 2027), step,
        Map.of("prioriteratOmrade1", "tidigt-stod-till-foraldrar", "matbartMal1", goal,
            "prioriteratOmrade2", "jamstalldhet", "matbartMal2", "Hälften av besökarna på pappagruppen är nya "
                + "och " + figure + " pappor har kommit minst tre gånger under terminen"),
        Map.of("antalBesok", figure * 101, "antalGravida", figure, "antalInskrivnaBarn", figure * 10 + 1,
            "familjerSarskiltStod", figure - 2));
    survey(centre, surveyAnswers);
  }

  /** As many answers to the centre's 2026 parent survey, spread over the scale. */
  private void survey(Centre centre, int count) {
    Questionnaire questionnaire = questionnaires.forCounty(centre.county());
    String[] values = {"4", "3", "4", "2", "vet-ej", "1", "3"};
    for (int i = 0; i < count; i++) {
      Map<String, String> answers = new LinkedHashMap<>();
      for (int j = 0; j < questionnaire.statements().size(); j++) {
        answers.put(questionnaire.statements().get(j).key(), values[(i + j) % values.length]);
      }
      surveyAnswers.save(centre.id(), 2026, LocalDate.of(2026, 11, 5), new SurveySubmission("sv", answers, null,
          null));
    }
  }

  @Test
  void everyCellOfTheCompilationsTablesIsOnThePage() throws Exception {
    compilationCentre("blekinge-karlskrona-trosso-saltoomradet", 4, 19, "Fyra gemensamma föräldrakvällar per "
        + "termin tillsammans med socialtjänsten och förskolan", 19);
    compilationCentre("blekinge-ronneby-kallinge-brantafors", 2, 8, "Babymassage två gånger per termin", 8);
    compilationCentre("blekinge-olofstrom-jamshog-vilshult", 1, 9, "Språkcafé varje vecka för nyanlända "
        + "föräldrar med barn under ett år", 9);

    Document compilation = compilations.assemble(COUNTY, 2027, null);
    byte[] pdf = renderer.render(compilation);
    Files.createDirectories(Path.of("target"));
    Files.write(Path.of("target", "compilation.pdf"), pdf);

    Document.Table figures = table(compilation, "Nyckeltal");
    assertThat(figures.header()).hasSize(10).contains("Familjer, särskilt stöd", "Enkätsvar 2026", "Andel positiva");
    assertThat(figures.rows()).hasSize(4).anySatisfy(row -> assertThat(row).containsExactly(
        "Familjecentralen blekinge-ronneby-kallinge-brantafors", "Östersund", "FC", "ja", "808", "8", "81", "6", "8",
        "68 %"));
    assertThat(table(compilation, "Prioriterade områden och mätbara mål").rows()).hasSize(3);
    Paper paper = Paper.of(pdf);
    paper.assertEveryCellOf(compilation);
    paper.assertNothingOutsideThePage();
    paper.assertEveryTableBeginsWhole(compilation);
    // The key figures follow the title on the first page rather than leaving it empty.
    assertThat(paper.pages().get(0)).contains(Paper.squeezed(compilation.title()),
        Paper.squeezed("Totalt 3 av 3 3636 36 363 30"));
  }

  @Test
  void everyCellOfTheAnnualReportsTablesIsOnThePage() throws Exception {
    Centre centre = AnnualReportDocumentTest.twoYears(centre("rapport-med-ett-mycket-langt-namn", LocalDate.of(2020, 1,
        1), Unit.values()), this::startYear);
    survey(centre, 12);

    Document report = reports.assemble(centre, 2027);
    byte[] pdf = renderer.render(report);
    Files.createDirectories(Path.of("target"));
    Files.write(Path.of("target", "annual-report.pdf"), pdf);

    assertThat(report.sections().stream().mapToLong(section -> section.tables().size()).sum()).isEqualTo(2);
    Paper paper = Paper.of(pdf);
    paper.assertEveryCellOf(report);
    paper.assertNothingOutsideThePage();
    paper.assertEveryTableBeginsWhole(report);
    // The survey's table begins right after the entries before it, rather than leaving the rest of that page empty.
    assertThat(paper.pages()).anySatisfy(page -> assertThat(page).contains(
        Paper.squeezed("Föräldraenkäten 2026 på webben: antal svar 12"),
        Paper.squeezed("Det är lätt att ta sig till familjecentralen.")));
  }

  private static Document.Table table(Document document, String caption) {
    return document.sections().stream().flatMap(section -> section.tables().stream())
        .filter(table -> table.caption().equals(caption)).findFirst().orElseThrow();
  }
}
