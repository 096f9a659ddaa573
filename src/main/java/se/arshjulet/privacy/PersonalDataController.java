package se.arshjulet.privacy;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import se.arshjulet.calendar.Today;
import se.arshjulet.centre.CountyAdministrators;
import se.arshjulet.document.Document;
import se.arshjulet.document.PdfRenderer;

/**
 * A person's data for her county's administrators (and system administrators), to answer a request under GDPR
 * article 15: {@code /api/personer/{username}/uppgifter.json} and {@code .pdf}.
 */
@RestController
public class PersonalDataController {

  private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final PersonalData data;
  private final PdfRenderer renderer;

  public PersonalDataController(PersonalData data, PdfRenderer renderer) {
    this.data = data;
    this.renderer = renderer;
  }

  @GetMapping(path = "/api/personer/{username}/uppgifter.json", produces = MediaType.APPLICATION_JSON_VALUE)
  public PersonalData.Export json(@PathVariable String username, Authentication user) {
    return exportFor(username, user);
  }

  @GetMapping(path = "/api/personer/{username}/uppgifter.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
  public ResponseEntity<byte[]> pdf(@PathVariable String username, Authentication user) {
    byte[] pdf = renderer.render(document(exportFor(username, user)));
    return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
        .filename("personuppgifter-" + username + ".pdf").build().toString()).body(pdf);
  }

  private PersonalData.Export exportFor(String username, Authentication user) {
    if (!isAdministrator(user)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Endast administratörer kan ta ut en persons uppgifter.");
    }
    PersonalData.Export export = data.of(username).orElseThrow(() -> new ResponseStatusException(
        HttpStatus.NOT_FOUND, "Årshjulet har inga uppgifter om '" + username + "'."));
    boolean hers = export.counties().stream().anyMatch(county -> CountyAdministrators.mayAdminister(user, county))
        || CountyAdministrators.mayAdminister(user, "*");
    if (!hers) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN,
          "Personen finns inte i något län som du administrerar.");
    }
    return export;
  }

  private static boolean isAdministrator(Authentication user) {
    return user != null && user.getAuthorities().stream().map(GrantedAuthority::getAuthority)
        .anyMatch(group -> group.equals(Groups.CAMUNDA_ADMIN) || group.endsWith("-admin"));
  }

  /** The export as a readable document (the same renderer as the annual report). */
  static Document document(PersonalData.Export export) {
    List<Document.Section> sections = new ArrayList<>();
    sections.add(new Document.Section("Personen", null, List.of(
        new Document.Entry("Användarnamn", export.user().username()),
        new Document.Entry("Namn", export.user().name()), new Document.Entry("E-post", export.user().email()),
        new Document.Entry("Grupper i Årshjulet", String.join(", ", export.groups()))), List.of(), List.of()));
    sections.add(table("I registret", "Centrum, län och roll enligt länets register.",
        List.of("Centrum", "Län", "Roll", "Enhet", "Namn", "E-post"), export.registry().stream()
            .map(entry -> row(entry.centreName(), entry.county(), entry.role(), entry.unit(), entry.name(),
                entry.email())).toList()));
    sections.add(table("Uppgifter", "Uppgifter i årshjulen som hon har haft eller slutfört.",
        List.of("Uppgift", "Årshjul", "Skapad", "Förfallodatum", "Avslutad", "Slutförd av henne"),
        export.tasks().stream().map(task -> row(task.name(), task.wheel(), shown(task.created()), shown(task.due()),
            shown(task.ended()), task.completedByHer() ? "ja" : "nej")).toList()));
    sections.add(table("Svar i formulär", "Svaren i de uppgifter hon slutförde, som de sparades.",
        List.of("Aktivitet", "Årshjul", "Slutförd", "Svar"), export.answers().stream()
            .map(answers -> row(answers.activity(), answers.wheel(), shown(answers.completed()),
                answers.answers().toString())).toList()));
    sections.add(table("E-post till henne", "Påminnelser, förseningar och sammanfattningar.",
        List.of("Ämne", "Typ", "Planerad", "Skickad"), export.emails().stream()
            .map(email -> row(email.subject(), email.kind(), shown(email.planned()), shown(email.sent()))).toList()));
    sections.add(table("Kalenderprenumerationer", "Prenumerationer hon har skapat (länkarna visas inte).",
        List.of("Centrum", "Roll", "Skapad", "Uppsagd"), export.calendarFeeds().stream()
            .map(feed -> row(feed.centre(), feed.role(), shown(feed.created()), shown(feed.revoked()))).toList()));
    return new Document("Personuppgifter i Årshjulet", export.user().name() + " (" + export.user().username() + ")",
        Today.date(), List.of(), sections);
  }

  private static Document.Section table(String heading, String guidance, List<String> header,
                                        List<List<String>> rows) {
    return new Document.Section(heading, guidance, List.of(),
        List.of(new Document.Table(heading + ": " + rows.size(), header, rows)), List.of());
  }

  private static List<String> row(String... cells) {
    List<String> row = new ArrayList<>();
    for (String cell : cells) {
      row.add(cell == null ? "–" : cell);
    }
    return row;
  }

  private static String shown(LocalDateTime at) {
    return at == null ? null : at.format(SHOWN);
  }
}
