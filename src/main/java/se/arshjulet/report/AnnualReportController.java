package se.arshjulet.report;

import java.util.ArrayList;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import se.arshjulet.centre.Access;
import se.arshjulet.centre.Centre;
import se.arshjulet.centre.CentreRepository;
import se.arshjulet.document.DocumentFormats;
import se.arshjulet.document.DocumentPage;

/**
 * A centre's annual report and plan (Bilaga 3): the page {@code /verksamhetsberattelse/{centre}/{year}}, and the
 * download {@code /api/centres/{centre}/years/{year}/verksamhetsberattelse.{format}} in each
 * {@link se.arshjulet.document.DocumentFormat}. For the centre's staff, its county's administrators and system
 * administrators.
 */
@RestController
public class AnnualReportController {

  private final CentreRepository centres;
  private final AnnualReportAssembler assembler;
  private final DocumentPage page;
  private final DocumentFormats formats;

  public AnnualReportController(CentreRepository centres, AnnualReportAssembler assembler, DocumentPage page,
                                DocumentFormats formats) {
    this.centres = centres;
    this.assembler = assembler;
    this.page = page;
    this.formats = formats;
  }

  @GetMapping(path = "/verksamhetsberattelse/{centreId}/{year}", produces = MediaType.TEXT_HTML_VALUE)
  public String page(@PathVariable String centreId, @PathVariable int year, Authentication user) {
    Centre centre = readable(centreId, user);
    List<DocumentPage.Link> links = new ArrayList<>(formats.links("/api/centres/" + centre.id() + "/years/" + year
        + "/verksamhetsberattelse", ""));
    links.add(new DocumentPage.Link("Till årshjulet", "/arshjul/" + centre.id() + "/" + year));
    return page.html(assembler.assemble(centre, year), links);
  }

  @GetMapping("/api/centres/{centreId}/years/{year}/verksamhetsberattelse.{format}")
  public ResponseEntity<byte[]> download(@PathVariable String centreId, @PathVariable int year,
                                         @PathVariable String format, Authentication user) {
    Centre centre = readable(centreId, user);
    return formats.download(assembler.assemble(centre, year), format,
        "verksamhetsberattelse-" + centre.id() + "-" + year);
  }

  private Centre readable(String centreId, Authentication user) {
    return Access.centre(centres, centreId, user);
  }
}
