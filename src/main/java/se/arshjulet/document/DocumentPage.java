package se.arshjulet.document;

import java.util.List;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/** A {@link Document} as the page a person reads, from the template that the PDF is also drawn from. */
@Component
public class DocumentPage {

  /** A link the page offers (a download, the way back). */
  public record Link(String label, String href) {
  }

  static final String TEMPLATE = "document/document";

  private final TemplateEngine templates;

  public DocumentPage(TemplateEngine templates) {
    this.templates = templates;
  }

  /** The page; {@code links} null for the PDF's XHTML, which has none. */
  public String html(Document document, List<Link> links) {
    Context context = new Context();
    context.setVariable("doc", document);
    context.setVariable("links", links);
    return templates.process(TEMPLATE, context);
  }

  String xhtml(String template, java.util.Map<String, Object> variables) {
    Context context = new Context();
    context.setVariables(variables);
    return templates.process(template, context);
  }
}
