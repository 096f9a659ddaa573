package se.arshjulet.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import se.arshjulet.centre.Centre;
import se.arshjulet.centre.Unit;
import se.arshjulet.document.Document;
import se.arshjulet.document.DocumentFormat;
import se.arshjulet.forms.FormSchema;
import se.arshjulet.support.EngineTest;
import se.arshjulet.support.YearDriver;

/**
 * The annual report (Bilaga 3) of a centre with a scripted two-year history, read back from the PDF (PDFBox) and the
 * Word file (Apache POI): every heading, the centre's answers, last year's goals, the self-reflection's values.
 */
class AnnualReportDocumentTest extends EngineTest {

  static final String ADMIN_PASSWORD = "Test-Hjulet-2026!";
  static final List<String> HEADINGS = List.of("Familjecentralen",
      "Familjecentralernas gemensamma verksamhet utifrån måluppfyllelse", "Prioriterade mål 2026", "Resultat",
      "Analys av resultat utifrån föräldraenkät och självreflektion", "Prioriterade mål under år 2027",
      "Familjecentralens egna reflektioner", "Uppföljning enligt samverkansavtalet (Bilaga 1)");
  static final SelfReflectionForm FORM = readForm();

  @Autowired
  TestRestTemplate rest;

  private static SelfReflectionForm readForm() {
    try {
      return SelfReflectionForm.of(FormSchema.parse(Files.readString(Path.of("forms", "sjalvreflektion.form"))));
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Every statement on one step of the scale (4 = Fungerar), those of the given areas on another. */
  static Map<String, Object> reflection(int step, Map<String, Integer> areaSteps, long respondents) {
    Map<String, Object> answers = new HashMap<>();
    for (SelfReflectionForm.Area area : FORM.areas()) {
      int areaStep = areaSteps.getOrDefault(area.name(), step);
      area.statements().forEach(statement -> answers.put(statement.key(),
          FORM.scale().get(SelfReflectionForm.STEPS - areaStep)));
    }
    answers.put("antalSvarande", respondents);
    return answers;
  }

  /** A centre with its 2026 and 2027 wheels; 2026 is done up to December, 2027 to the annual report. */
  Centre twoYears(String id) {
    return twoYears(centre(id, LocalDate.of(2020, 1, 1), Unit.values()), this::startYear);
  }

  /** The same for a centre registered by another test, which starts its years with {@code startYear}. */
  static Centre twoYears(Centre centre, BiFunction<Centre, Integer, YearDriver> startYear) {
    return twoYears(centre, startYear, Map.of());
  }

  /** The same, with more answers to the 2027 annual report. */
  static Centre twoYears(Centre centre, BiFunction<Centre, Integer, YearDriver> startYear,
                         Map<String, Object> moreReportAnswers) {
    YearDriver first = startYear.apply(centre, 2026);
    Map<String, Object> january2026 = reflection(2, Map.of("Samverkan", 1), 9);
    january2026.putAll(Map.of("prioriteratOmrade1", "larande", "matbartMal1", "Språkcafé varje vecka",
        "prioriteratOmrade2", "samverkan", "matbartMal2", "Gemensam planeringsdag"));
    first.complete("self-reflection-january", "2026-01-20T10:00", january2026);
    first.complete("parent-survey", "2026-11-12T10:00", Map.of("antalUtdelade", 37L));
    Map<String, Object> december2026 = reflection(3, Map.of(), 11);
    december2026.putAll(Map.of("prioriteratOmrade1", "samverkan",
        "matbartMal1", "Fyra gemensamma föräldrakvällar per termin", "prioriteratOmrade2", "jamstalldhet",
        "matbartMal2", "Hälften av pappagruppens besökare är nya"));
    first.complete("self-reflection-december", "2026-12-10T10:00", december2026);

    YearDriver second = startYear.apply(centre, 2027);
    Map<String, Object> january2027 = reflection(4, Map.of("Jämställdhet", 2), 12);
    january2027.putAll(Map.of("uppfoljningForraAretsMal", "Tre av fyra föräldrakvällar blev av.",
        "prioriteratOmrade1", "tidigt-stod-till-foraldrar", "matbartMal1", "Babymassage två gånger per termin",
        "prioriteratOmrade2", "samverkan", "matbartMal2", "Gemensam introduktion för nyanställda"));
    second.complete("self-reflection-january", "2027-01-15T10:00", january2027);
    Map<String, Object> report = new HashMap<>(Map.of("beskrivning", "Upptagningsområdet är glesbygd.",
        "antalBesok", 4321L, "antalGravida", 55L, "antalInskrivnaBarn", 410L,
        "foregaendeMal", "Föräldrakvällarna lockade nya familjer.", "familjerSarskiltStod", 7L,
        "nyttMal1", "Babymassage i öppna förskolan", "nyttMal2", "Introduktion för nyanställda",
        "analys", "Samverkan har blivit bättre sedan förra året."));
    report.putAll(moreReportAnswers);
    second.complete("annual-report", "2027-02-20T10:00", report);
    ClockUtil.reset();
    return centre;
  }

  private ResponseEntity<byte[]> download(String user, String password, String centre, String format) {
    return rest.withBasicAuth(user, password).getForEntity("/api/centres/" + centre
        + "/years/2027/verksamhetsberattelse." + format, byte[].class);
  }

  static String pdfText(byte[] pdf) throws Exception {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }
  }

  static String wordText(byte[] docx) throws Exception {
    try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
         XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
      return extractor.getText().replaceAll("\\s+", " ");
    }
  }

  @Test
  void theReportOfTheSecondYearHoldsItsAnswersLastYearsGoalsAndTheSelfReflectionValues() throws Exception {
    twoYears("report-two-years");

    ResponseEntity<byte[]> pdf = download("admin", ADMIN_PASSWORD, "report-two-years", "pdf");
    assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(pdf.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
    String text = pdfText(pdf.getBody());
    Files.createDirectories(Path.of("target"));
    Files.write(Path.of("target", "verksamhetsberattelse-exempel.pdf"), pdf.getBody());
    try (PDDocument document = Loader.loadPDF(pdf.getBody())) {
      javax.imageio.ImageIO.write(new org.apache.pdfbox.rendering.PDFRenderer(document).renderImageWithDPI(0, 80),
          "png", Path.of("target", "verksamhetsberattelse-sida1.png").toFile());
    }

    assertThat(text).contains("Verksamhetsberättelse 2026 och plan 2027", "Familjecentralen report-two-years");
    HEADINGS.forEach(heading -> assertThat(text).contains(heading));
    assertThat(text).contains("Upptagningsområdet är glesbygd.", "4321", "410", "Babymassage i öppna förskolan",
        "Samverkan har blivit bättre sedan förra året.");
    // Last year's goals: those of the 2026 December self-reflection, not January's.
    assertThat(text).contains("Fyra gemensamma föräldrakvällar per termin", "Hälften av pappagruppens besökare är nya",
        "Jämställdhet", "Tre av fyra föräldrakvällar blev av.").doesNotContain("Språkcafé varje vecka");
    assertThat(text).contains("Föräldraenkäten 2026: antal utdelade enkäter 37");
    // Means per area: January 2027, December 2026, January 2026.
    assertThat(text).contains("Samverkan 4,0 3,0 1,0", "Jämställdhet 2,0 3,0 2,0", "Lärande 4,0 3,0 2,0",
        "Antal svarande 12 11 9");

    ResponseEntity<byte[]> docx = download("admin", ADMIN_PASSWORD, "report-two-years", "docx");
    assertThat(docx.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(docx.getHeaders().getContentType()).isEqualTo(DocumentFormat.DOCX.mediaType());
    String word = wordText(docx.getBody());
    HEADINGS.forEach(heading -> assertThat(word).contains(heading));
    assertThat(word).contains("Upptagningsområdet är glesbygd.", "4321", "Fyra gemensamma föräldrakvällar per termin",
        "Samverkan 4,0 3,0 1,0", "Jämställdhet 2,0 3,0 2,0", "Antal svarande 12 11 9");
    try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx.getBody()))) {
      assertThat(document.getParagraphs().stream().filter(p -> "Heading1".equals(p.getStyle()))
          .map(XWPFParagraph::getText)).containsAll(HEADINGS);
      // Areas, radar and one per area of the instrument.
      assertThat(document.getAllPictures()).hasSize(2 + FORM.areas().size());
    }
  }

  @Test
  void yearOnesPriorityGoalsAppearReadOnlyInYearTwosForms() {
    Centre centre = twoYears("report-carried");
    YearDriver second = new YearDriver(engine, engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceBusinessKey(centre.id() + ":2027").singleResult());

    second.runUntil("2028-01-01T00:00");
    ClockUtil.reset();

    Task december = second.openTasks("self-reflection-december").get(0);
    Map<String, Object> shown = engine.getTaskService().getVariablesLocal(december.getId());
    // In December 2027 the goals of 2026 are still last year's.
    assertThat(shown).containsEntry("forraAretsOmrade1", "Samverkan")
        .containsEntry("forraAretsMal1", "Fyra gemensamma föräldrakvällar per termin")
        .containsEntry("forraAretsOmrade2", "Jämställdhet")
        .containsEntry("forraAretsMal2", "Hälften av pappagruppens besökare är nya");
    String stored = engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(second.instance().getId()).variableName("answers_annual-report").singleResult()
        .getValue().toString();
    assertThat(stored).contains("Fyra gemensamma föräldrakvällar per termin");
  }

  @Test
  void aCentreWithNothingFilledInGetsADocumentThatSaysWhatIsMissing() throws Exception {
    Centre centre = centre("report-empty", LocalDate.of(2020, 1, 1), Unit.values());
    startYear(centre, 2027);

    String pdf = pdfText(download("admin", ADMIN_PASSWORD, "report-empty", "pdf").getBody());
    String word = wordText(download("admin", ADMIN_PASSWORD, "report-empty", "docx").getBody());

    for (String text : List.of(pdf, word)) {
      assertThat(text).contains("Detta är inte ifyllt än", "Verksamhetsberättelsen 2027 är inte inlämnad",
          "Familjecentralen: Antal besök under året", "Prioriterade mål 2026: Prioriterade mål valda 2026",
          Document.NOT_FILLED_IN);
      HEADINGS.forEach(heading -> assertThat(text).contains(heading));
    }
  }

  @Test
  void aCoordinatorOfAnotherCentreGetsNeitherFormat() {
    centre("report-mine", LocalDate.of(2020, 1, 1), Unit.values());
    startYear(centre("report-theirs", LocalDate.of(2020, 1, 1), Unit.values()), 2027);

    for (String format : List.of("pdf", "docx")) {
      assertThat(download("report-mine.c", "Test-Vinter-2026!", "report-theirs", format).getStatusCode())
          .isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(download("report-theirs.c", "Test-Vinter-2026!", "report-theirs", format).getStatusCode())
          .isEqualTo(HttpStatus.OK);
    }
  }

  @Test
  void thePageShowsTheSameDocumentWithItsDiagramsAndLinksToBothFiles() {
    twoYears("report-page");

    ResponseEntity<String> page = rest.withBasicAuth("admin", ADMIN_PASSWORD)
        .getForEntity("/verksamhetsberattelse/report-page/2027", String.class);

    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    HEADINGS.forEach(heading -> assertThat(page.getBody()).contains(heading));
    assertThat(page.getBody()).contains("<svg", "verksamhetsberattelse.pdf", "verksamhetsberattelse.docx",
        "Fyra gemensamma föräldrakvällar per termin");
  }
}
