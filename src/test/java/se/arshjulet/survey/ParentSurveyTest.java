package se.arshjulet.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import se.arshjulet.centre.Centre;
import se.arshjulet.centre.CentreRepository;
import se.arshjulet.centre.Unit;
import se.arshjulet.document.Document;
import se.arshjulet.report.AnnualReportAssembler;
import se.arshjulet.support.EngineTest;
import se.arshjulet.support.SurveyPage;
import se.arshjulet.support.YearDriver;

/** The anonymous parent survey: its window, what it keeps, what it refuses, and where its results go. */
class ParentSurveyTest extends EngineTest {

  @Autowired
  TestRestTemplate rest;
  @Autowired
  JdbcClient jdbc;
  @Autowired
  SurveyThrottle throttle;
  @Autowired
  SurveyCount count;
  @Autowired
  AnnualReportAssembler reports;
  @Autowired
  CentreRepository centres;
  @Autowired
  com.fasterxml.jackson.databind.ObjectMapper json;
  @Autowired
  SurveyClock clock;

  /** The throttle's ten minutes of this test are over before the next one (all tests come from one address). */
  @AfterEach
  void letTheThrottlesWindowPass() {
    clock.advance(Duration.ofMinutes(11));
  }

  private YearDriver centreWithYear(String id) {
    Centre centre = centre(id, LocalDate.of(2020, 1, 1), Unit.values());
    return startYear(centre, 2026);
  }

  /** A parent opens the page, takes half a minute, and sends her answers with her page's token. */
  private ResponseEntity<String> answer(String centre, Map<String, String> fields) {
    String token = pageToken(centre);
    clock.advance(Duration.ofSeconds(30));
    return post(centre, token, fields);
  }

  /** One page view of the survey: the token its form carries. */
  private String pageToken(String centre) {
    return SurveyPage.token(rest.getForEntity("/enkat/" + centre, String.class).getBody());
  }

  /** Page views one after another, {@code apart} between them: their tokens. */
  private List<String> pageViews(String centre, int count, Duration apart) {
    List<String> tokens = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      tokens.add(pageToken(centre));
      clock.advance(apart);
    }
    return tokens;
  }

  private ResponseEntity<String> post(String centre, String token, Map<String, String> fields) {
    MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    fields.forEach(form::add);
    if (token != null) {
      form.add("token", token);
    }
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    headers.add("User-Agent", "Mozilla/5.0 (iPhone; a parent's phone)");
    headers.add("X-Forwarded-For", "203.0.113.7");
    return rest.postForEntity("/enkat/" + centre, new HttpEntity<>(form, headers), String.class);
  }

  private long stored(String centre) {
    return jdbc.sql("SELECT COUNT(*) FROM arshjul_survey_answer WHERE centre_id = ?").param(centre)
        .query(Long.class).single();
  }

  @Test
  void theSurveyIsClosedBeforeAndAfterTheParentSurveyActivity() {
    YearDriver year = centreWithYear("enkat-fonster");
    year.runUntil("2026-10-20T10:00");

    assertThat(rest.getForEntity("/enkat/enkat-fonster", String.class).getBody())
        .contains("Enkäten öppnar 2 november 2026 och är öppen till och med 13 november 2026.")
        .doesNotContain("<form");
    assertThat(post("enkat-fonster", null, Map.of("valkommen", "4")).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);

    year.runUntil("2026-11-03T10:00");
    assertThat(rest.getForEntity("/enkat/enkat-fonster?sprak=en", String.class).getBody())
        .contains("<form", "I feel welcome at the family centre.", "The survey is open until 13 November 2026.");

    year.runUntil("2026-11-13T16:01");
    assertThat(rest.getForEntity("/enkat/enkat-fonster", String.class).getBody()).contains("Enkäten är stängd");
    assertThat(post("enkat-fonster", null, Map.of("valkommen", "4")).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(stored("enkat-fonster")).isZero();
  }

  @Test
  void anAnswerIsKeptWithNothingThatIdentifiesTheParent() throws Exception {
    centreWithYear("enkat-anonym").runUntil("2026-11-04T14:37");

    ResponseEntity<String> thanks = answer("enkat-anonym", Map.of("valkommen", "4", "bemotande", "vet-ej",
        "citat", "Personalen är <b>fantastisk</b>!", "kon", "kvinna"));

    assertThat(thanks.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(thanks.getBody()).contains("Tack för dina svar!");
    assertThat(thanks.getHeaders().get(HttpHeaders.SET_COOKIE)).singleElement().asString()
        .startsWith("enkat-enkat-anonym-2026=1;").contains("HttpOnly");
    List<String> columns = jdbc.sql("SELECT COLUMN_NAME FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_NAME = "
        + "'ARSHJUL_SURVEY_ANSWER' ORDER BY ORDINAL_POSITION").query(String.class).list();
    assertThat(columns).containsExactly("ID", "CENTRE_ID", "SURVEY_YEAR", "ANSWERED_ON", "LANGUAGE", "ANSWERS");
    Map<String, Object> row = jdbc.sql("SELECT * FROM arshjul_survey_answer WHERE centre_id = 'enkat-anonym'")
        .query().singleRow();
    assertThat(row.get("ANSWERED_ON").toString()).isEqualTo("2026-11-04");
    assertThat(json.readValue(row.get("ANSWERS").toString(), Map.class))
        .isEqualTo(Map.of("valkommen", "4", "bemotande", "vet-ej"));
    assertThat(row.get("ANSWERS").toString()).doesNotContain("203.0.113.7", "iPhone", "Personalen");
    Map<String, Object> quote = jdbc.sql("SELECT * FROM arshjul_survey_quote WHERE centre_id = 'enkat-anonym'")
        .query().singleRow();
    assertThat(quote.get("QUOTE")).isEqualTo("Personalen är bfantastisk/b!");
    assertThat(quote.keySet()).containsExactlyInAnyOrder("ID", "CENTRE_ID", "SURVEY_YEAR", "QUOTE", "GENDER",
        "CHOSEN");
  }

  @Test
  void answersOffTheScaleOnUnknownQuestionsOrTooLongAreRefusedAndNothingIsKept() {
    centreWithYear("enkat-fel").runUntil("2026-11-04T10:00");

    assertThat(answer("enkat-fel", Map.of("valkommen", "7")).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(answer("enkat-fel", Map.of("personnummer", "4")).getBody()).contains("Okända frågor: personnummer");
    assertThat(answer("enkat-fel", Map.of("valkommen", "4", "citat", "x".repeat(501))).getBody())
        .contains("Texten är för lång (högst 500 tecken).", ">" + "x".repeat(501) + "</textarea>");
    assertThat(answer("enkat-fel", Map.of("valkommen", "4", "citat", "Bra", "kon", "okänt")).getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(answer("enkat-fel", Map.of()).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(stored("enkat-fel")).isZero();
  }

  @Test
  void aScriptSendingAThousandAnswersInAMinuteIsThrottledAndCounted() {
    centreWithYear("enkat-flod").runUntil("2026-11-04T10:00");
    // A script that fetches a page for each answer, then sends them all within the minute.
    List<String> tokens = pageViews("enkat-flod", 1000, Duration.ZERO);
    clock.advance(Duration.ofSeconds(30));

    List<HttpStatus> statuses = new ArrayList<>();
    for (String token : tokens) {
      statuses.add((HttpStatus) post("enkat-flod", token, Map.of("valkommen", "3")).getStatusCode());
    }

    long refused = statuses.stream().filter(HttpStatus.TOO_MANY_REQUESTS::equals).count();
    assertThat(stored("enkat-flod")).isLessThanOrEqualTo(120);
    assertThat(stored("enkat-flod") + refused).isEqualTo(1000);
    assertThat(throttle.refusedFor("enkat-flod")).isEqualTo(refused);
  }

  @Test
  void sixtyParentsBehindOneAddressWithinHalfAnHourEachAnswerFromHerOwnPageAndAllAreKept() {
    centreWithYear("enkat-ko").runUntil("2026-11-04T09:00");

    // Sixty parents on the centre's guest Wi-Fi (one address), one arriving every half minute; each answers two
    // minutes after she opened the page (four who came after her have opened theirs meanwhile).
    List<String> pages = new ArrayList<>();
    List<ResponseEntity<String>> sent = new ArrayList<>();
    for (int parent = 0; parent < 60 + 4; parent++) {
      if (parent < 60) {
        pages.add(pageToken("enkat-ko"));
      }
      if (parent >= 4) {
        sent.add(post("enkat-ko", pages.get(parent - 4), Map.of("valkommen", "4", "sprak", "sv")));
      }
      clock.advance(Duration.ofSeconds(30));
    }

    assertThat(sent).hasSize(60).allSatisfy(thanks -> {
      assertThat(thanks.getStatusCode()).isEqualTo(HttpStatus.OK);
      assertThat(thanks.getBody()).contains("Tack för dina svar!");
    });
    assertThat(stored("enkat-ko")).isEqualTo(60);
    assertThat(throttle.refusedFor("enkat-ko")).isZero();
  }

  @Test
  void anAnswerWithoutAValidTokenOfItsOwnPageIsRefusedInSwedishKeepsTheFormFilledInAndStoresNothing() {
    centreWithYear("enkat-token").runUntil("2026-11-04T10:00");
    centreWithYear("enkat-granne").runUntil("2026-11-04T10:00");
    Map<String, String> answers = Map.of("valkommen", "4", "citat", "Bra träffar", "kon", "kvinna");
    String valid = pageToken("enkat-token");
    clock.advance(Duration.ofSeconds(30));
    String[] parts = valid.split("\\.");

    ResponseEntity<String> without = post("enkat-token", null, answers);
    assertThat(without.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(without.getBody())
        .contains("Sidan har varit öppen för länge eller kändes inte igen. Dina svar står kvar nedan: skicka dem igen.")
        .containsPattern("name=\"valkommen\" value=\"4\"\\s+checked=\"checked\"")
        .containsPattern("name=\"kon\" value=\"kvinna\"\\s+checked=\"checked\"")
        .contains(">Bra träffar</textarea>");
    assertThat(SurveyPage.token(without.getBody())).as("the form comes back with a page view of its own")
        .isNotEqualTo(valid);
    String forged = (parts[2].startsWith("AAAA") ? "BBBB" : "AAAA") + parts[2].substring(4);
    assertThat(post("enkat-token", parts[0] + "." + parts[1] + "." + forged, answers)
        .getStatusCode()).as("a forged signature").isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(post("enkat-token", (Long.parseLong(parts[0]) - 60_000) + "." + parts[1] + "." + parts[2], answers)
        .getStatusCode()).as("an older time under the same signature").isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(post("enkat-token", "1.2.3", answers).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<String> neighbours = post("enkat-token", pageToken("enkat-granne"), answers);
    assertThat(neighbours.getStatusCode()).as("another centre's page").isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(neighbours.getBody()).contains("Dina svar står kvar nedan");
    assertThat(post("enkat-token", null, Map.of("valkommen", "4", "sprak", "en")).getBody())
        .contains("The page was open too long or was not recognised.");

    String young = pageToken("enkat-token");
    clock.advance(Duration.ofSeconds(2));
    ResponseEntity<String> tooQuick = post("enkat-token", young, answers);
    assertThat(tooQuick.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
    assertThat(tooQuick.getBody())
        .contains("Svaren skickades för snabbt efter att sidan öppnades. Titta igenom dem nedan och skicka igen.")
        .contains(">Bra träffar</textarea>");
    assertThat(stored("enkat-token")).isZero();

    // The form that came back answers once its parent has looked it over; the same page cannot answer twice.
    String again = SurveyPage.token(tooQuick.getBody());
    clock.advance(Duration.ofSeconds(30));
    assertThat(post("enkat-token", again, answers).getStatusCode()).isEqualTo(HttpStatus.OK);
    ResponseEntity<String> twice = post("enkat-token", again, answers);
    assertThat(twice.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(twice.getBody()).contains("Svaren från den här sidan har redan kommit fram. Tack!")
        .doesNotContain("<form");
    String old = pageToken("enkat-token");
    clock.advance(Duration.ofHours(7));
    assertThat(post("enkat-token", old, answers).getStatusCode()).as("a page left open for seven hours")
        .isEqualTo(HttpStatus.FORBIDDEN);

    assertThat(stored("enkat-token")).isEqualTo(1);
    assertThat(throttle.refusedFor("enkat-token")).as("only the throttle's refusals are counted").isZero();
  }

  @Test
  void resultsShowFromFiveAnswersAndEqualTheAnswersInTheCsvTheCountAndTheNextYearsReport() {
    YearDriver year = centreWithYear("enkat-resultat");
    year.runUntil("2026-11-05T10:00");
    String[] welcome = {"4", "4", "3", "2", "vet-ej"};
    for (int i = 0; i < 4; i++) {
      answer("enkat-resultat", Map.of("valkommen", welcome[i], "citat", "Citat nummer " + i));
    }
    TestRestTemplate coordinator = rest.withBasicAuth("enkat-resultat.c", "Test-Vinter-2026!");
    assertThat(coordinator.getForEntity("/foraldraenkat/enkat-resultat/2026", String.class).getBody())
        .contains("4 svar", "Resultaten visas när minst 5 föräldrar har svarat").doesNotContain("Citat nummer");

    answer("enkat-resultat", Map.of("valkommen", welcome[4]));
    count.writeNow("enkat-resultat", 2026);

    String csv = coordinator.getForEntity("/api/centres/enkat-resultat/years/2026/foraldraenkat.csv", String.class)
        .getBody();
    // Welcome: 2 × 4, 1 × 3, 1 × 2, 0 × 1, 1 vet ej: 3 of 4 on the scale positive.
    assertThat(csv).contains("\"Jag känner mig välkommen på familjecentralen.\";5;2;1;1;0;1;0.750");
    assertThat(engine.getRuntimeService().getVariable(year.instance().getId(), SurveyCount.VARIABLE)).isEqualTo(5L);
    String page = coordinator.getForEntity("/foraldraenkat/enkat-resultat/2026", String.class).getBody();
    assertThat(page).contains("5 svar", "75 %", "Citat nummer 2");
    String quoteId = jdbc.sql("SELECT id FROM arshjul_survey_quote WHERE quote = 'Citat nummer 2'")
        .query(String.class).single();
    jdbc.sql("UPDATE arshjul_survey_quote SET chosen = TRUE WHERE id = ?").param(quoteId).update();

    Document report = reports.assemble(centres.findById("enkat-resultat").orElseThrow(), 2027);
    Document.Section results = report.sections().stream().filter(s -> s.heading().equals("Resultat"))
        .findFirst().orElseThrow();
    assertThat(results.tables().get(0).rows()).anySatisfy(row -> assertThat(row)
        .containsExactly("Jag känner mig välkommen på familjecentralen.", "Vara lättillgänglig som nära mötesplats",
            "4", "1", "75 %"));
    assertThat(results.entries()).anySatisfy(entry -> assertThat(entry.value()).contains("”Citat nummer 2”"));
    ClockUtil.reset();
  }

  @Test
  void thePosterIsAnA4PdfWithTheCentresNameAndTheWeeks() throws Exception {
    centreWithYear("enkat-affisch").runUntil("2026-10-20T10:00");

    ResponseEntity<byte[]> poster = rest.withBasicAuth("enkat-affisch.c", "Test-Vinter-2026!")
        .getForEntity("/api/centres/enkat-affisch/years/2026/enkat-affisch.pdf", byte[].class);

    assertThat(poster.getStatusCode()).isEqualTo(HttpStatus.OK);
    try (var pdf = org.apache.pdfbox.Loader.loadPDF(poster.getBody())) {
      assertThat(pdf.getNumberOfPages()).isEqualTo(1);
      assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(pdf))
          .contains("Familjecentralen enkat-affisch", "Vecka 45–46", "/enkat/enkat-affisch");
    }
  }

}
