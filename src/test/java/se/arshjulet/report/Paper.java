package se.arshjulet.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Area;
import java.awt.geom.GeneralPath;
import java.awt.geom.Point2D;
import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;
import se.arshjulet.document.Document;

/**
 * A PDF as a reader sees it: per page the text of the glyphs drawn within the page's media box and within what the
 * page clips to (openhtmltopdf clips each page to its margins), in the order drawn, without whitespace (a cell's
 * text may wrap anywhere); and every glyph placed outside its page's media box.
 */
record Paper(List<String> pages, List<String> outside) {

  static Paper of(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      List<String> pages = new ArrayList<>();
      for (PDPage page : document.getPages()) {
        pages.add(squeezed(Normalizer.normalize(VisibleText.of(page), Normalizer.Form.NFKC)));
      }
      Placement placement = new Placement();
      placement.getText(document);
      return new Paper(pages, placement.outside);
    }
  }

  static String squeezed(String text) {
    return text.replaceAll("\\s+", "");
  }

  /** Each row of each table with its cells in order, and each cell on its own (for a clearer message). */
  void assertEveryCellOf(Document document) {
    String text = String.join("", pages);
    for (Document.Section section : document.sections()) {
      for (Document.Table table : section.tables()) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(table.header());
        rows.addAll(table.rows());
        for (List<String> row : rows) {
          List<String> missing = row.stream().filter(cell -> !text.contains(squeezed(cell))).toList();
          assertThat(missing).as("cells of table '%s' not on the page, row %s", table.caption(), row).isEmpty();
          assertThat(text).as("row %s of table '%s', cells in order", row, table.caption())
              .contains(squeezed(String.join("", row)));
        }
      }
    }
  }

  /**
   * Each table's caption, header row and first row begin on one page, after its section's heading when the table
   * opens the section: none of them is left alone at the foot of a page.
   */
  void assertEveryTableBeginsWhole(Document document) {
    for (Document.Section section : document.sections()) {
      for (int i = 0; i < section.tables().size(); i++) {
        Document.Table table = section.tables().get(i);
        String opening = (i == 0 && section.entries().isEmpty() ? section.heading()
            + (section.guidance() == null ? "" : section.guidance()) : "") + table.caption()
            + String.join("", table.header()) + (table.rows().isEmpty() ? "" : String.join("", table.rows().get(0)));
        assertThat(pages).as("a page with the beginning of table '%s'", table.caption())
            .anySatisfy(page -> assertThat(page).contains(squeezed(opening)));
      }
    }
  }

  void assertNothingOutsideThePage() {
    assertThat(outside).as("text placed outside the page's media box").isEmpty();
  }

  /** Notes each glyph that is not wholly within its page's media box. */
  private static final class Placement extends PDFTextStripper {

    final List<String> outside = new ArrayList<>();

    @Override
    protected void writeString(String text, List<TextPosition> positions) throws IOException {
      PDPage page = getCurrentPage();
      PDRectangle box = page.getMediaBox();
      boolean turned = page.getRotation() % 180 != 0;
      float width = turned ? box.getHeight() : box.getWidth();
      float height = turned ? box.getWidth() : box.getHeight();
      for (TextPosition glyph : positions) {
        float x = glyph.getXDirAdj();
        float y = glyph.getYDirAdj(); // the baseline, from the top of the page
        if (x < 0 || x + glyph.getWidthDirAdj() > width + 0.01f || y - glyph.getHeightDir() < 0 || y > height) {
          outside.add(String.format(Locale.ROOT, "page %d: '%s' at x %.1f–%.1f, y %.1f of a %.0f × %.0f page (in "
              + "'%s')", getCurrentPageNo(), glyph.getUnicode(), x, x + glyph.getWidthDirAdj(), y, width, height,
              text));
        }
      }
      super.writeString(text, positions);
    }
  }

  /**
   * The text of a page's glyphs that are drawn within its media box and its clipping path, in the order drawn: the
   * text stripper keeps no clipping path, so this follows the page's paths and clips itself.
   */
  private static final class VisibleText extends PDFGraphicsStreamEngine {

    private final GeneralPath path = new GeneralPath();
    private final StringBuilder text = new StringBuilder();
    private Integer clipping;

    private VisibleText(PDPage page) {
      super(page);
    }

    static String of(PDPage page) throws IOException {
      VisibleText visible = new VisibleText(page);
      visible.processPage(page);
      return visible.text.toString();
    }

    @Override
    protected void showGlyph(Matrix rendering, PDFont font, int code, Vector displacement) throws IOException {
      String unicode = font.toUnicode(code);
      Area clip = new Area(getGraphicsState().getCurrentClippingPath());
      clip.intersect(new Area(getPage().getMediaBox().toGeneralPath()));
      // The glyph's baseline from its start to its advance, a hair inside.
      Point2D.Float start = rendering.transformPoint(0.02f, 0.05f);
      Point2D.Float end = rendering.transformPoint(displacement.getX() - 0.02f, 0.05f);
      if (unicode != null && clip.contains(start) && clip.contains(end)) {
        text.append(unicode);
      }
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
      path.moveTo(p0.getX(), p0.getY());
      path.lineTo(p1.getX(), p1.getY());
      path.lineTo(p2.getX(), p2.getY());
      path.lineTo(p3.getX(), p3.getY());
      path.closePath();
    }

    @Override
    public void clip(int windingRule) {
      clipping = windingRule;
    }

    @Override
    public void moveTo(float x, float y) {
      path.moveTo(x, y);
    }

    @Override
    public void lineTo(float x, float y) {
      path.lineTo(x, y);
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
      path.curveTo(x1, y1, x2, y2, x3, y3);
    }

    @Override
    public Point2D getCurrentPoint() {
      return path.getCurrentPoint();
    }

    @Override
    public void closePath() {
      path.closePath();
    }

    /** Each painting operator ends the path; a clip asked for before it applies then (W n, W f). */
    @Override
    public void endPath() {
      if (clipping != null) {
        GeneralPath clip = new GeneralPath(path);
        clip.setWindingRule(clipping);
        getGraphicsState().intersectClippingPath(clip);
        clipping = null;
      }
      path.reset();
    }

    @Override
    public void strokePath() {
      endPath();
    }

    @Override
    public void fillPath(int windingRule) {
      endPath();
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
      endPath();
    }

    @Override
    public void drawImage(PDImage image) {
    }

    @Override
    public void shadingFill(COSName shading) {
    }
  }
}
