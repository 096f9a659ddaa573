package se.arshjulet.report;

import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;
import se.arshjulet.centre.Access;
import se.arshjulet.centre.CentreRepository;

/**
 * The county compilation: the page {@code /sammanstallning/{county}/{year}} and
 * {@code /api/counties/{county}/years/{year}/sammanstallning.pdf} (and {@code .docx}), {@code ?kommun=} to narrow
 * it. For the county's administrators and coordinator, system administrators, and the steering groups of the
 * county's centres, who compare their centre with the others.
 */
@RestController
public class CountyCompilationController {

  private final CountyCompilationAssembler assembler;
  private final CentreRepository centres;
  private final DocumentRenderer renderer;
  private final WordRenderer word;

  public CountyCompilationController(CountyCompilationAssembler assembler, CentreRepository centres,
                                     DocumentRenderer renderer, WordRenderer word) {
    this.assembler = assembler;
    this.centres = centres;
    this.renderer = renderer;
    this.word = word;
  }

  @GetMapping(path = "/sammanstallning/{county}/{year}", produces = MediaType.TEXT_HTML_VALUE)
  public String page(@PathVariable String county, @PathVariable int year,
                     @RequestParam(name = "kommun", required = false) String municipality, Authentication user) {
    permitted(county, user);
    String files = "/api/counties/" + county + "/years/" + year + "/sammanstallning";
    String query = municipality == null || municipality.isBlank() ? ""
        : UriComponentsBuilder.newInstance().queryParam("kommun", municipality).encode().build().toUriString();
    return renderer.html(assembler.assemble(county, year, municipality), List.of(
        new DocumentRenderer.Link("Ladda ner som PDF", files + ".pdf" + query),
        new DocumentRenderer.Link("Ladda ner som Word", files + ".docx" + query),
        new DocumentRenderer.Link("Till länsöversikten", "/oversikt/" + county + "/" + year)));
  }

  @GetMapping("/api/counties/{county}/years/{year}/sammanstallning.pdf")
  public ResponseEntity<byte[]> pdf(@PathVariable String county, @PathVariable int year,
                                    @RequestParam(name = "kommun", required = false) String municipality,
                                    Authentication user) {
    permitted(county, user);
    return AnnualReportController.file(renderer.pdf(assembler.assemble(county, year, municipality)),
        MediaType.APPLICATION_PDF, "sammanstallning-" + county + "-" + year + ".pdf");
  }

  @GetMapping("/api/counties/{county}/years/{year}/sammanstallning.docx")
  public ResponseEntity<byte[]> docx(@PathVariable String county, @PathVariable int year,
                                     @RequestParam(name = "kommun", required = false) String municipality,
                                     Authentication user) {
    permitted(county, user);
    return AnnualReportController.file(word.docx(assembler.assemble(county, year, municipality)),
        AnnualReportController.DOCX, "sammanstallning-" + county + "-" + year + ".docx");
  }

  private void permitted(String county, Authentication user) {
    Access.countyOrItsSteeringGroups(centres, user, county, "Sammanställningen är för länets samordnare och "
        + "familjecentralernas ledningsgrupper.");
  }
}
