package se.arshjulet.document;

import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * The formats the product's documents are downloaded in: one endpoint per document, {@code …/{name}.{format}}, serves
 * each of them, and the document's page links to each.
 */
@Component
public class DocumentFormats {

  private final List<FormatRenderer> renderers;

  public DocumentFormats(List<FormatRenderer> renderers) {
    this.renderers = renderers.stream().sorted(Comparator.comparing(r -> r.format().extension().equals("pdf") ? ""
        : r.format().extension())).toList();
  }

  /** The document as a download in the format of that extension; 404 in Swedish for a format there is none of. */
  public ResponseEntity<byte[]> download(Document document, String extension, String fileStem) {
    FormatRenderer renderer = renderers.stream().filter(r -> r.format().extension().equals(extension)).findFirst()
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Dokumentet finns inte som '"
            + extension + "'. Det finns som " + String.join(", ", renderers.stream()
            .map(r -> r.format().extension()).toList()) + "."));
    return ResponseEntity.ok().contentType(renderer.format().mediaType())
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename(fileStem + "." + extension, StandardCharsets.UTF_8).build().toString())
        .body(renderer.render(document));
  }

  /** A download link per format, to {@code path.<extension>} with the query (may be empty) after it. */
  public List<DocumentPage.Link> links(String path, String query) {
    return renderers.stream().map(renderer -> new DocumentPage.Link("Ladda ner som " + renderer.format().label(),
        path + "." + renderer.format().extension() + query)).toList();
  }
}
