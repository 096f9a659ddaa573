package se.arshjulet.errorpage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import se.arshjulet.support.EngineTest;

/** A browser that meets a refused or missing product page gets a Swedish page with the way back; APIs keep JSON. */
class ErrorPagesTest extends EngineTest {

  @Autowired
  TestRestTemplate rest;

  private ResponseEntity<String> page(TestRestTemplate as, String path) {
    HttpHeaders headers = new HttpHeaders();
    headers.setAccept(List.of(MediaType.TEXT_HTML));
    return as.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
  }

  @Test
  void aMissingPageIsSwedishWithTheWayBack() {
    ResponseEntity<String> missing = page(rest.withBasicAuth("admin", "Test-Hjulet-2026!"), "/inget-har");

    assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(missing.getBody()).contains("<html lang=\"sv\">").contains("<h1>Sidan finns inte</h1>")
        .contains("href=\"/camunda/app/tasklist/\"").doesNotContain("Whitelabel");
  }

  @Test
  void aRefusedPageIsSwedish() {
    ResponseEntity<String> refused = page(rest.withBasicAuth("anna.berg", "Test-Vinter-2026!"),
        "/oversikt/jamtland/2026");

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(refused.getBody()).contains("<h1>Du har inte behörighet</h1>").contains("Felkod 403")
        .contains("Översikten är för läns- och systemadministratörer.");
  }

  @Test
  void anApiClientStillGetsJson() {
    ResponseEntity<String> refused = rest.withBasicAuth("anna.berg", "Test-Vinter-2026!")
        .getForEntity("/api/wheels/jamtland/years/2026", String.class);

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(refused.getBody()).doesNotContain("<html");
  }
}
