package se.arshjulet.document;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.batik.transcoder.TranscoderException;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.ImageTranscoder;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.springframework.stereotype.Component;

/**
 * The same {@link se.arshjulet.document.Document} as an editable Word file (.docx, Apache POI): real heading styles,
 * so Word's navigation and table of contents work, tables as Word tables, and the diagrams as pictures rasterised
 * from the very SVG the page and the PDF show.
 */
@Component
public class WordRenderer implements FormatRenderer {

  private static final String FONT = "Calibri";
  private static final double CHART_WIDTH_PT = 450;

  @Override
  public DocumentFormat format() {
    return DocumentFormat.DOCX;
  }

  @Override
  public byte[] render(se.arshjulet.document.Document document) {
    try (XWPFDocument word = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      word.getProperties().getCoreProperties().setTitle(document.title() + " – " + document.subtitle());
      word.getProperties().getCoreProperties().setCreator("Årshjulet");
      XWPFStyles styles = word.createStyles();
      heading(styles, "Title", "Title", 0, 28);
      heading(styles, "Heading1", "heading 1", 1, 16);
      paragraph(word, document.title(), "Title");
      paragraph(word, document.subtitle() + " · framtagen " + document.madeOn(), null);
      if (!document.missing().isEmpty()) {
        paragraph(word, "Detta är inte ifyllt än", "Heading1");
        document.missing().forEach(item -> paragraph(word, "• " + item, null));
      }
      for (se.arshjulet.document.Document.Section section : document.sections()) {
        paragraph(word, section.heading(), "Heading1");
        if (section.guidance() != null) {
          XWPFRun run = word.createParagraph().createRun();
          run.setItalic(true);
          run.setText(section.guidance());
        }
        for (se.arshjulet.document.Document.Entry entry : section.entries()) {
          XWPFRun label = word.createParagraph().createRun();
          label.setBold(true);
          label.setText(entry.label());
          XWPFRun answer = word.createParagraph().createRun();
          answer.setItalic(!entry.filledIn());
          lines(answer, entry.shown());
        }
        section.tables().forEach(table -> table(word, table));
        // Rasterising is the slow part: the section's diagrams are drawn side by side.
        List<Png> pictures = section.charts().parallelStream().map(chart -> png(chart.svg())).toList();
        for (int i = 0; i < pictures.size(); i++) {
          picture(word, pictures.get(i), section.charts().get(i).title());
        }
      }
      word.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("The Word file of " + document.title() + " could not be written", e);
    }
  }

  private static void heading(XWPFStyles styles, String id, String name, int level, int points) {
    CTStyle style = CTStyle.Factory.newInstance();
    style.setStyleId(id);
    style.setType(STStyleType.PARAGRAPH);
    style.addNewName().setVal(name);
    style.addNewQFormat();
    if (level > 0) {
      style.addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1L));
    }
    var run = style.addNewRPr();
    run.addNewB();
    run.addNewSz().setVal(BigInteger.valueOf(points * 2L));
    run.addNewColor().setVal("0D47A1");
    styles.addStyle(new org.apache.poi.xwpf.usermodel.XWPFStyle(style));
  }

  private static void paragraph(XWPFDocument word, String text, String style) {
    XWPFParagraph paragraph = word.createParagraph();
    if (style != null) {
      paragraph.setStyle(style);
    }
    XWPFRun run = paragraph.createRun();
    run.setFontFamily(FONT);
    run.setText(text);
  }

  private static void lines(XWPFRun run, String text) {
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (i > 0) {
        run.addBreak();
      }
      run.setText(lines[i]);
    }
  }

  private static void table(XWPFDocument word, se.arshjulet.document.Document.Table table) {
    XWPFRun caption = word.createParagraph().createRun();
    caption.setBold(true);
    caption.setText(table.caption());
    XWPFTable grid = word.createTable(table.rows().size() + 1, table.header().size());
    fill(grid.getRow(0), table.header(), true);
    for (int i = 0; i < table.rows().size(); i++) {
      fill(grid.getRow(i + 1), table.rows().get(i), false);
    }
  }

  private static void fill(XWPFTableRow row, List<String> cells, boolean header) {
    for (int i = 0; i < cells.size(); i++) {
      XWPFRun run = row.getCell(i).getParagraphs().get(0).createRun();
      run.setBold(header || i == 0);
      run.setText(cells.get(i));
    }
  }

  private static void picture(XWPFDocument word, Png png, String title) throws IOException {
    XWPFRun run = word.createParagraph().createRun();
    double scale = Math.min(1.0, CHART_WIDTH_PT / png.width());
    try {
      run.addPicture(new ByteArrayInputStream(png.bytes()), Document.PICTURE_TYPE_PNG, "diagram.png",
          Units.toEMU(png.width() * scale), Units.toEMU(png.height() * scale));
    } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
      throw new IOException(e);
    }
    XWPFRun caption = word.createParagraph().createRun();
    caption.setItalic(true);
    caption.setText(title);
  }

  private record Png(byte[] bytes, double width, double height) {
  }

  /** Rasterises the SVG at 1.5 times its size (sharp enough on paper) with Batik; PNG written by ImageIO. */
  private static Png png(String svg) {
    double width = dimension(svg, "width");
    double height = dimension(svg, "height");
    BufferedImage[] drawn = new BufferedImage[1];
    ImageTranscoder transcoder = new ImageTranscoder() {
      @Override
      public BufferedImage createImage(int w, int h) {
        return new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
      }

      @Override
      public void writeImage(BufferedImage image, TranscoderOutput output) {
        drawn[0] = image;
      }
    };
    transcoder.addTranscodingHint(ImageTranscoder.KEY_WIDTH, (float) (width * 1.5));
    transcoder.addTranscodingHint(ImageTranscoder.KEY_BACKGROUND_COLOR, Color.WHITE);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      transcoder.transcode(new TranscoderInput(new StringReader(svg)), null);
      ImageIO.write(drawn[0], "png", out);
    } catch (TranscoderException | IOException e) {
      throw new IllegalStateException("A diagram could not be drawn for Word", e);
    }
    return new Png(out.toByteArray(), width * 0.75, height * 0.75);
  }

  private static double dimension(String svg, String attribute) {
    int start = svg.indexOf(attribute + "=\"") + attribute.length() + 2;
    return Double.parseDouble(svg.substring(start, svg.indexOf('"', start)));
  }
}
