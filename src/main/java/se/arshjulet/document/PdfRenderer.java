package se.arshjulet.document;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * A {@link Document}, or any page of the product's templates (the survey's poster), as an A4 PDF: openhtmltopdf
 * renders the page's XHTML, diagrams through Batik, text in the embedded DejaVu Sans, tagged for PDF/UA.
 */
@Component
public class PdfRenderer implements FormatRenderer {

  private static final String FONT_FAMILY = "DejaVu Sans";

  private final DocumentPage page;

  public PdfRenderer(DocumentPage page) {
    this.page = page;
  }

  @Override
  public DocumentFormat format() {
    return DocumentFormat.PDF;
  }

  @Override
  public byte[] render(Document document) {
    return pdf(page.html(document, null), document.title());
  }

  /** Any page of the product's templates as an A4 PDF (e.g. the survey's poster). */
  public byte[] pdf(String template, Map<String, Object> variables, String title) {
    return pdf(page.xhtml(template, variables), title);
  }
  private byte[] pdf(String xhtml, String title) {
    ByteArrayOutputStream pdf = new ByteArrayOutputStream();
    PdfRendererBuilder builder = new PdfRendererBuilder();
    builder.useFastMode();
    builder.useSVGDrawer(new BatikSVGDrawer());
    EnumSet<BaseRendererBuilder.FSFontUseCase> everywhere = EnumSet.of(BaseRendererBuilder.FSFontUseCase.DOCUMENT,
        BaseRendererBuilder.FSFontUseCase.SVG, BaseRendererBuilder.FSFontUseCase.FALLBACK_PRE);
    builder.useFont(() -> font("DejaVuSans.ttf"), FONT_FAMILY, 400, BaseRendererBuilder.FontStyle.NORMAL, true,
        everywhere);
    builder.useFont(() -> font("DejaVuSans-Bold.ttf"), FONT_FAMILY, 700, BaseRendererBuilder.FontStyle.NORMAL, true,
        everywhere);
    builder.usePdfUaAccessibility(true);
    builder.withProducer("Årshjulet");
    builder.withHtmlContent(xhtml, "/");
    builder.toStream(pdf);
    try {
      builder.run();
    } catch (IOException e) {
      throw new UncheckedIOException("The PDF of " + title + " could not be rendered", e);
    }
    return pdf.toByteArray();
  }

  private static java.io.InputStream font(String file) {
    return PdfRenderer.class.getResourceAsStream("/fonts/" + file);
  }
}
