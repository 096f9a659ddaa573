package se.arshjulet.accessibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import se.arshjulet.support.EngineTest;

/**
 * The accessibility statement (lagen 2018:1937, DIGG's model) answers everyone without login, in Swedish, names the
 * county's contact and DIGG, and the product's pages (the sign-in page and the survey too) link to it.
 */
class AccessibilityStatementTest extends EngineTest {

  @Autowired
  TestRestTemplate rest;

  @Test
  void theStatementAnswersWithoutLoginInSwedishAndNamesTheContactAndDigg() {
    ResponseEntity<String> page = rest.getForEntity(AccessibilityStatementPage.PATH, String.class);

    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(page.getHeaders().get(HttpHeaders.SET_COOKIE)).as("no session for a public page").isNull();
    assertThat(page.getBody().replaceAll("\\s+", " "))
        .contains("<html lang=\"sv\">")
        .contains("<h1>Tillgänglighetsredogörelse för Årshjulet</h1>")
        .contains("lagen (2018:1937) om tillgänglighet till digital offentlig service")
        .contains("<a href=\"mailto:tillganglighet@test.example\">tillganglighet@test.example</a>")
        .contains("Myndigheten för digital förvaltning (Digg)")
        .contains("href=\"https://www.digg.se/tdosanmalan\"")
        .contains("WCAG 2.1")
        // The county's own list, clearly its own, from arshjulet.accessibility.*.
        .contains("Brister som <span>Region Test</span> känner till")
        .contains("<li>Länets egen brist i testet.</li>")
        .contains("Senaste bedömningen gjordes den")
        .contains("7 december 2026");
  }

  @Test
  void thePagesLinkToTheStatementAtTheirFoot() throws IOException {
    HttpHeaders html = new HttpHeaders();
    html.setAccept(List.of(MediaType.TEXT_HTML));
    ResponseEntity<String> missing = rest.withBasicAuth("admin", "Test-Hjulet-2026!")
        .exchange("/inget-har", HttpMethod.GET, new HttpEntity<>(html), String.class);
    assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(missing.getBody()).contains("<a href=\"/tillganglighet\">Tillgänglighetsredogörelse</a>");

    // The sign-in pages exist only where organisations are configured: their templates carry the same footer.
    for (String page : List.of("signin/logga-in", "signin/okand", "signin/utloggad", "survey/enkat",
        "survey/resultat", "yearview/year", "yearview/overview", "retention/lagringstider", "error")) {
      try (InputStream in = new ClassPathResource("templates/" + page + ".html").getInputStream()) {
        assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).as(page)
            .contains("<footer th:replace=\"~{accessibility/footer :: footer}\"></footer>");
      }
    }
  }

  @Test
  void theContactBecomesALinkWhereItIsAnAddress() {
    assertThat(AccessibilityStatementPage.link("tillganglighet@regionjh.se")).isEqualTo("mailto:tillganglighet@regionjh.se");
    assertThat(AccessibilityStatementPage.link("https://regionjh.se/tillganglighet"))
        .isEqualTo("https://regionjh.se/tillganglighet");
    assertThat(AccessibilityStatementPage.link("063-14 75 00")).isNull();
    assertThat(AccessibilityStatementPage.link(null)).isNull();
  }
}
