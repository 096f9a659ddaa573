package se.arshjulet.yearview;

import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import se.arshjulet.centre.Access;
import se.arshjulet.centre.Centre;

/**
 * {@code /oversikt/{county}/{year}} (and {@code .../oversikt.csv}) for county coordinators and administrators;
 * {@code /oversikt/sverige/{year}} for system administrators. Filters: {@code ?kommun=} and {@code ?typ=FC|FCLV}.
 */
@Controller
public class CountyOverviewController {

  static final String NATIONAL = "sverige";

  private final CountyOverview overview;

  public CountyOverviewController(CountyOverview overview) {
    this.overview = overview;
  }

  @GetMapping(path = "/oversikt/{county}/{year}", produces = MediaType.TEXT_HTML_VALUE)
  public String page(@PathVariable String county, @PathVariable int year,
                     @RequestParam(name = "kommun", required = false) String municipality,
                     @RequestParam(name = "typ", required = false) String kind, Authentication user,
                     Model model) {
    return OverviewPage.model(model, table(county, year, municipality, kind, user), municipality, kind);
  }

  @GetMapping(path = "/oversikt/{county}/{year}/oversikt.csv")
  public ResponseEntity<String> csv(@PathVariable String county, @PathVariable int year,
                                    @RequestParam(name = "kommun", required = false) String municipality,
                                    @RequestParam(name = "typ", required = false) String kind, Authentication user) {
    return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"oversikt-" + county + "-" + year + ".csv\"")
        .body(OverviewPage.csv(table(county, year, municipality, kind, user)));
  }

  private CountyOverview.Table table(String county, int year, String municipality, String kind, Authentication user) {
    boolean national = NATIONAL.equals(county);
    String refusal = "Översikten är för läns- och systemadministratörer.";
    if (national) {
      Access.systemAdministrator(user, refusal);
    } else {
      Access.county(user, county, refusal);
    }
    Centre.Kind centreKind;
    try {
      centreKind = kind == null || kind.isBlank() ? null : Centre.Kind.valueOf(kind.toUpperCase());
    } catch (IllegalArgumentException e) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "typ ska vara FC eller FCLV.");
    }
    return overview.table(national ? null : county, year, municipality, centreKind);
  }
}
