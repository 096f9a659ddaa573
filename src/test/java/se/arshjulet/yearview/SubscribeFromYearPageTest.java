package se.arshjulet.yearview;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.http.client.ClientHttpRequestFactorySettings.Redirects;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import se.arshjulet.calendar.WorkingDayCalendar;
import se.arshjulet.centre.Unit;
import se.arshjulet.support.EngineTest;
import se.arshjulet.support.TasklistSession;

/**
 * "Prenumerera i Outlook" on the year page: the form posts with the Tasklist session and Spring Security's CSRF token,
 * the page then shows the new feed's URL; without the token, without the session, or for another centre: refused.
 */
class SubscribeFromYearPageTest extends EngineTest {

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
  private static final Pattern FEED = Pattern.compile("id=\"feed-url\"[^>]*value=\"(https?://[^\"]+/kalender/([^\"/]+)"
      + "\\.ics)\"");

  @Autowired
  TestRestTemplate rest;
  @Autowired
  JdbcClient jdbc;

  @Test
  void theCoordinatorMakesHerFeedFromTheYearPageWithHerTasklistLogin() {
    int year = thisYear();
    startYear(centre("subscribe-page", LocalDate.of(2020, 1, 1), Unit.values()), year);
    TasklistSession coordinator = TasklistSession.logIn(noRedirects(), "subscribe-page.c", "Test-Vinter-2026!");

    ResponseEntity<String> page = coordinator.get("/arshjul/subscribe-page/" + year);
    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(page.getBody()).contains("Prenumerera i Outlook")
        .contains("href=\"/verksamhetsberattelse/subscribe-page/" + year + "\"")
        .contains("action=\"/arshjul/subscribe-page/" + year + "/kalender\"")
        .contains("<option value=\"coordinator\" selected=\"selected\">Samordnare</option>");
    long before = feeds();

    ResponseEntity<String> sent = coordinator.post("/arshjul/subscribe-page/" + year + "/kalender",
        form("coordinator", csrf(page)));

    assertThat(sent.getStatusCode()).isEqualTo(HttpStatus.SEE_OTHER);
    assertThat(sent.getHeaders().getLocation()).hasToString("/arshjul/subscribe-page/" + year + "#kalender");
    assertThat(feeds()).isEqualTo(before + 1);
    String shown = coordinator.get("/arshjul/subscribe-page/" + year).getBody();
    Matcher feed = FEED.matcher(shown);
    assertThat(feed.find()).as("the page shows the new feed's URL").isTrue();
    assertThat(shown).contains("href=\"webcal://" + feed.group(1).replaceFirst("^https?://", "") + "\"")
        .contains("Din kalenderlänk för <strong>Samordnare</strong> är klar.");
    ResponseEntity<String> ics = rest.getForEntity("/kalender/" + feed.group(2) + ".ics", String.class);
    assertThat(ics.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(ics.getBody()).contains("UID:subscribe-page-" + year + "-annual-report@arshjulet");
    assertThat(jdbc.sql("SELECT username || ' ' || role FROM arshjul_feed_token WHERE token = ?")
        .param(feed.group(2)).query(String.class).single()).isEqualTo("subscribe-page.c coordinator");
    // Shown once: the next visit offers the form again, not the link.
    assertThat(coordinator.get("/arshjul/subscribe-page/" + year).getBody()).doesNotContain("id=\"feed-url\"");
  }

  @Test
  void withoutTheFormsTokenOrTheSessionNothingIsMade() {
    int year = thisYear();
    startYear(centre("subscribe-refused", LocalDate.of(2020, 1, 1), Unit.values()), year);
    startYear(centre("subscribe-elsewhere", LocalDate.of(2020, 1, 1), Unit.values()), year);
    TasklistSession coordinator = TasklistSession.logIn(noRedirects(), "subscribe-refused.c", "Test-Vinter-2026!");
    String token = csrf(coordinator.get("/arshjul/subscribe-refused/" + year));
    String path = "/arshjul/subscribe-refused/" + year + "/kalender";
    long before = feeds();

    ResponseEntity<String> noToken = coordinator.post(path, form("coordinator", null));
    assertThat(noToken.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(noToken.getBody()).contains("Formuläret gick inte att skicka");
    assertThat(coordinator.post(path, form("coordinator", "forged-" + token)).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    // The token belongs to her session: sent without it (as another site's page would), it is refused.
    assertThat(noRedirects().postForEntity(path, entity(form("coordinator", token)), String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    // HTTP Basic is for the API (POST /api/feeds), not for the page's form.
    assertThat(noRedirects().withBasicAuth("subscribe-refused.c", "Test-Vinter-2026!")
        .postForEntity(path, entity(form("coordinator", token)), String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    // With her token, but for a centre that is not hers.
    assertThat(coordinator.post("/arshjul/subscribe-elsewhere/" + year + "/kalender", form("alla", token))
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(coordinator.post(path, form("everybody", token)).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(feeds()).isEqualTo(before);

    // With the token and her session it works, in the same session.
    assertThat(coordinator.post(path, form("alla", token)).getStatusCode()).isEqualTo(HttpStatus.SEE_OTHER);
    assertThat(feeds()).isEqualTo(before + 1);
  }

  @Test
  void withHttpBasicThePageOffersTheTasklistLoginInsteadOfTheForm() {
    int year = thisYear();
    startYear(centre("subscribe-basic", LocalDate.of(2020, 1, 1), Unit.values()), year);

    ResponseEntity<String> page = rest.withBasicAuth("subscribe-basic.c", "Test-Vinter-2026!")
        .getForEntity("/arshjul/subscribe-basic/" + year, String.class);

    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(page.getBody()).contains("Logga in i <a href=\"/camunda/app/tasklist/\">Tasklist</a>")
        .doesNotContain("_csrf");
    assertThat(page.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE)).as("no session for a script").isEmpty();
  }

  private TestRestTemplate noRedirects() {
    return rest.withRedirects(Redirects.DONT_FOLLOW);
  }

  private long feeds() {
    return jdbc.sql("SELECT COUNT(*) FROM arshjul_feed_token").query(Long.class).single();
  }

  private static String csrf(ResponseEntity<String> page) {
    Matcher token = CSRF.matcher(page.getBody());
    assertThat(token.find()).as("the form carries the CSRF token: " + page.getBody()).isTrue();
    return token.group(1);
  }

  private static MultiValueMap<String, String> form(String role, String csrf) {
    MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    form.add("roll", role);
    if (csrf != null) {
      form.add("_csrf", csrf);
    }
    return form;
  }

  private static org.springframework.http.HttpEntity<MultiValueMap<String, String>> entity(
      MultiValueMap<String, String> form) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(org.springframework.http.MediaType.APPLICATION_FORM_URLENCODED);
    return new org.springframework.http.HttpEntity<>(form, headers);
  }

  private static int thisYear() {
    return LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), WorkingDayCalendar.ZONE).getYear();
  }
}
