package se.arshjulet.report;

import java.util.ArrayList;
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
import se.arshjulet.document.DocumentFormats;
import se.arshjulet.document.DocumentPage;

/**
 * The county compilation: the page {@code /sammanstallning/{county}/{year}} and the download
 * {@code /api/counties/{county}/years/{year}/sammanstallning.{format}}, {@code ?kommun=} to narrow it. For the
 * county's administrators and coordinator, system administrators, and the steering groups of the county's centres,
 * who compare their centre with the others.
 */
@RestController
public class CountyCompilationController {

  private final CountyCompilationAssembler assembler;
  private final CentreRepository centres;
  private final DocumentPage page;
  private final DocumentFormats formats;

  public CountyCompilationController(CountyCompilationAssembler assembler, CentreRepository centres,
                                     DocumentPage page, DocumentFormats formats) {
    this.assembler = assembler;
    this.centres = centres;
    this.page = page;
    this.formats = formats;
  }

  @GetMapping(path = "/sammanstallning/{county}/{year}", produces = MediaType.TEXT_HTML_VALUE)
  public String page(@PathVariable String county, @PathVariable int year,
                     @RequestParam(name = "kommun", required = false) String municipality, Authentication user) {
    permitted(county, user);
    String query = municipality == null || municipality.isBlank() ? ""
        : UriComponentsBuilder.newInstance().queryParam("kommun", municipality).encode().build().toUriString();
    List<DocumentPage.Link> links = new ArrayList<>(formats.links("/api/counties/" + county + "/years/" + year
        + "/sammanstallning", query));
    links.add(new DocumentPage.Link("Till länsöversikten", "/oversikt/" + county + "/" + year));
    return page.html(assembler.assemble(county, year, municipality), links);
  }

  @GetMapping("/api/counties/{county}/years/{year}/sammanstallning.{format}")
  public ResponseEntity<byte[]> download(@PathVariable String county, @PathVariable int year,
                                         @PathVariable String format,
                                         @RequestParam(name = "kommun", required = false) String municipality,
                                         Authentication user) {
    permitted(county, user);
    return formats.download(assembler.assemble(county, year, municipality), format,
        "sammanstallning-" + county + "-" + year);
  }

  private void permitted(String county, Authentication user) {
    Access.countyOrItsSteeringGroups(centres, user, county, "Sammanställningen är för länets samordnare och "
        + "familjecentralernas ledningsgrupper.");
  }
}
