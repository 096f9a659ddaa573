package se.arshjulet.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.arshjulet.centre.Centre;
import se.arshjulet.centre.Unit;
import se.arshjulet.document.Document;
import se.arshjulet.document.PdfRenderer;
import se.arshjulet.document.WordRenderer;
import se.arshjulet.support.EngineTest;
import se.arshjulet.survey.Questionnaire;
import se.arshjulet.survey.Questionnaires;
import se.arshjulet.survey.SurveyAnswers;
import se.arshjulet.survey.SurveySubmission;

/**
 * Jämtland's annual report (Bilaga 3) for a centre with every answer given, compared text for text with the report
 * as it was before reports were laid out from the county's files ({@code src/test/resources/report/}): the page's
 * model, the PDF's text and the Word file's text. {@code -Dreport.golden.write=true} writes the files anew.
 */
class JamtlandReportUnchangedTest extends EngineTest {

  private static final Path GOLDEN = Path.of("src", "test", "resources", "report");
  private static final String CENTRE = "rapport-oforandrad";

  @Autowired
  AnnualReportAssembler reports;
  @Autowired
  PdfRenderer renderer;
  @Autowired
  WordRenderer word;
  @Autowired
  SurveyAnswers surveyAnswers;
  @Autowired
  Questionnaires questionnaires;

  @Test
  void jamtlandsReportReadsAsBefore() throws Exception {
    Centre centre = AnnualReportDocumentTest.twoYears(centre(CENTRE, LocalDate.of(2020, 1, 1), Unit.values()),
        this::startYear, everyOtherAnswer());
    survey(centre);

    ClockUtil.setCurrentTime(java.sql.Timestamp.valueOf("2027-03-01 09:00:00"));
    Document report = reports.assemble(centre, 2027);
    String model = ModelText.of(report);
    String pdf = AnnualReportDocumentTest.pdfText(renderer.render(report));
    String docx = AnnualReportDocumentTest.wordText(word.render(report));

    compare("jamtland-verksamhetsberattelse-modell.txt", model);
    compare("jamtland-verksamhetsberattelse-pdf.txt", pdf);
    compare("jamtland-verksamhetsberattelse-word.txt", docx);
  }

  /** The 2027 annual report's fields the two-year history leaves empty, each with a text of its own. */
  private static Map<String, Object> everyOtherAnswer() {
    Map<String, Object> answers = new LinkedHashMap<>();
    for (String field : List.of("huvudmal", "malMotesplats", "malSocialtNatverk", "malDelaktighet",
        "malLattillgangligtStod", "malKunskapscentrum", "resultatForaldraenkat", "resultatSjalvreflektion", "citat",
        "foraldrarsMaluppfyllelse", "gemensamAnalysMaluppfyllelse", "utvecklingsomraden", "egnaReflektioner")) {
      answers.put(field, "Svar i fältet " + field + ".");
    }
    return answers;
  }

  private void survey(Centre centre) {
    Questionnaire questionnaire = questionnaires.forCounty(centre.county());
    String[] values = {"4", "3", "4", "2", "vet-ej", "1", "3"};
    for (int i = 0; i < 7; i++) {
      Map<String, String> answers = new LinkedHashMap<>();
      for (int j = 0; j < questionnaire.statements().size(); j++) {
        answers.put(questionnaire.statements().get(j).key(), values[(i + j) % values.length]);
      }
      surveyAnswers.save(centre.id(), 2026, LocalDate.of(2026, 11, 5), new SurveySubmission("sv", answers,
          i < 2 ? "Personalen är så snäll " + i : null, i == 0 ? "kvinna" : null));
    }
    surveyAnswers.choose(centre.id(), 2026, surveyAnswers.quotes(centre.id(), 2026).stream()
        .map(SurveyAnswers.Quote::id).toList());
  }

  private static void compare(String file, String text) throws Exception {
    Path golden = GOLDEN.resolve(file);
    if (Boolean.getBoolean("report.golden.write")) {
      Files.writeString(golden, text, StandardCharsets.UTF_8);
    }
    assertThat(text).as(file).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }
}
