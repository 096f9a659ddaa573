package se.arshjulet.document;

import org.springframework.http.MediaType;

/**
 * A file format a {@link Document} can be downloaded in: its extension (the end of the download's path), its media
 * type and the word its download link says. Adding a format is a constant here and a {@link FormatRenderer} bean.
 */
public record DocumentFormat(String extension, MediaType mediaType, String label) {

  public static final DocumentFormat PDF = new DocumentFormat("pdf", MediaType.APPLICATION_PDF, "PDF");
  public static final DocumentFormat DOCX = new DocumentFormat("docx",
      MediaType.valueOf("application/vnd.openxmlformats-officedocument.wordprocessingml.document"), "Word");
}
