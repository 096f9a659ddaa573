package se.arshjulet.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.server.ResponseStatusException;

/** A third format is one class and one constant: it is then downloadable and linked like PDF and Word. */
class DocumentFormatsTest {

  /** The added format's constant and renderer. */
  static class TextRenderer implements FormatRenderer {

    static final DocumentFormat TEXT = new DocumentFormat("txt", MediaType.TEXT_PLAIN, "text");

    @Override
    public DocumentFormat format() {
      return TEXT;
    }

    @Override
    public byte[] render(Document document) {
      return (document.title() + "\n" + document.subtitle()).getBytes(StandardCharsets.UTF_8);
    }
  }

  private final Document document = new Document("Verksamhetsberättelse 2026 och plan 2027", "Familjecentralen Ås",
      LocalDate.of(2027, 3, 1), List.of(), List.of(new Document.Section("Familjecentralen", null,
      List.of(new Document.Entry("Kommun", "Krokom")), List.of(), List.of())));
  private final DocumentFormats formats = new DocumentFormats(List.of(new WordRenderer(), new TextRenderer()));

  @Test
  void theAddedFormatIsServedWithItsMediaTypeAndFileName() {
    ResponseEntity<byte[]> text = formats.download(document, "txt", "verksamhetsberattelse-as-2027");

    assertThat(text.getHeaders().getContentType()).isEqualTo(MediaType.TEXT_PLAIN);
    assertThat(text.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
        .endsWith("filename*=UTF-8''verksamhetsberattelse-as-2027.txt");
    assertThat(new String(text.getBody(), StandardCharsets.UTF_8))
        .isEqualTo("Verksamhetsberättelse 2026 och plan 2027\nFamiljecentralen Ås");
    assertThat(formats.download(document, "docx", "x").getHeaders().getContentType())
        .isEqualTo(DocumentFormat.DOCX.mediaType());
  }

  @Test
  void thePageLinksToEveryFormat() {
    assertThat(formats.links("/api/centres/as/years/2027/verksamhetsberattelse", "?kommun=Krokom"))
        .containsExactly(
            new DocumentPage.Link("Ladda ner som Word", "/api/centres/as/years/2027/verksamhetsberattelse.docx"
                + "?kommun=Krokom"),
            new DocumentPage.Link("Ladda ner som text", "/api/centres/as/years/2027/verksamhetsberattelse.txt"
                + "?kommun=Krokom"));
  }

  @Test
  void aFormatThereIsNoneOfIsNotFoundInSwedish() {
    assertThatThrownBy(() -> formats.download(document, "odt", "x"))
        .isInstanceOfSatisfying(ResponseStatusException.class, refused -> {
          assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
          assertThat(refused.getReason()).isEqualTo("Dokumentet finns inte som 'odt'. Det finns som docx, txt.");
        });
  }
}
