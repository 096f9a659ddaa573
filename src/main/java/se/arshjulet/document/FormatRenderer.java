package se.arshjulet.document;

/** Draws a {@link Document} as a file of one {@link DocumentFormat}; every bean of this type is offered for download. */
public interface FormatRenderer {

  DocumentFormat format();

  byte[] render(Document document);
}
