package se.arshjulet.report;

import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import se.arshjulet.centre.Access;
import se.arshjulet.centre.Centre;
import se.arshjulet.centre.CentreRepository;

/**
 * A centre's annual report and plan (Bilaga 3): the page {@code /verksamhetsberattelse/{centre}/{year}}, and
 * {@code /api/centres/{centre}/years/{year}/verksamhetsberattelse.pdf} and {@code .docx}. For the centre's staff,
 * its county's administrators and system administrators.
 */
@RestController
public class AnnualReportController {

  static final MediaType DOCX =
      MediaType.valueOf("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

  private final CentreRepository centres;
  private final AnnualReportAssembler assembler;
  private final DocumentRenderer renderer;
  private final WordRenderer word;

  public AnnualReportController(CentreRepository centres, AnnualReportAssembler assembler, DocumentRenderer renderer,
                                WordRenderer word) {
    this.centres = centres;
    this.assembler = assembler;
    this.renderer = renderer;
    this.word = word;
  }

  @GetMapping(path = "/verksamhetsberattelse/{centreId}/{year}", produces = MediaType.TEXT_HTML_VALUE)
  public String page(@PathVariable String centreId, @PathVariable int year, Authentication user) {
    Centre centre = readable(centreId, user);
    String files = "/api/centres/" + centre.id() + "/years/" + year + "/verksamhetsberattelse";
    return renderer.html(assembler.assemble(centre, year), List.of(
        new DocumentRenderer.Link("Ladda ner som PDF", files + ".pdf"),
        new DocumentRenderer.Link("Ladda ner som Word", files + ".docx"),
        new DocumentRenderer.Link("Till årshjulet", "/arshjul/" + centre.id() + "/" + year)));
  }

  @GetMapping("/api/centres/{centreId}/years/{year}/verksamhetsberattelse.pdf")
  public ResponseEntity<byte[]> pdf(@PathVariable String centreId, @PathVariable int year, Authentication user) {
    Centre centre = readable(centreId, user);
    return file(renderer.pdf(assembler.assemble(centre, year)), MediaType.APPLICATION_PDF,
        fileName(centre, year) + ".pdf");
  }

  @GetMapping("/api/centres/{centreId}/years/{year}/verksamhetsberattelse.docx")
  public ResponseEntity<byte[]> docx(@PathVariable String centreId, @PathVariable int year, Authentication user) {
    Centre centre = readable(centreId, user);
    return file(word.docx(assembler.assemble(centre, year)), DOCX, fileName(centre, year) + ".docx");
  }

  static ResponseEntity<byte[]> file(byte[] content, MediaType type, String name) {
    return ResponseEntity.ok().contentType(type)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename(name, java.nio.charset.StandardCharsets.UTF_8).build().toString())
        .body(content);
  }

  private static String fileName(Centre centre, int year) {
    return "verksamhetsberattelse-" + centre.id() + "-" + year;
  }

  private Centre readable(String centreId, Authentication user) {
    return Access.centre(centres, centreId, user);
  }
}
