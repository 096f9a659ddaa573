package se.arshjulet.report;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Draws a {@link Document} from one Thymeleaf template: as the page a person reads, and as an A4 PDF rendered from
 * the same XHTML by openhtmltopdf (diagrams through Batik, text in the embedded DejaVu Sans).
 */
@Component
public class DocumentRenderer {

  /** A link the page offers (the PDF, the Word file). */
  public record Link(String label, String href) {
  }

  private static final String FONT_FAMILY = "DejaVu Sans";

  private final TemplateEngine templates;

  public DocumentRenderer(TemplateEngine templates) {
    this.templates = templates;
  }

  public String html(Document document, List<Link> links) {
    Context context = new Context();
    context.setVariable("doc", document);
    context.setVariable("links", links);
    return templates.process("report/document", context);
  }

  public byte[] pdf(Document document) {
    return pdf(html(document, null), document.title());
  }

  /** Any page of the product's templates as an A4 PDF (e.g. the survey's poster). */
  public byte[] pdf(String template, Map<String, Object> variables, String title) {
    Context context = new Context();
    context.setVariables(variables);
    return pdf(templates.process(template, context), title);
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
    return DocumentRenderer.class.getResourceAsStream("/fonts/" + file);
  }
}
