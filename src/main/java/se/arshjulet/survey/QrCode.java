package se.arshjulet.survey;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.util.Map;

/** A QR code (ZXing) as SVG: one path of squares, sharp at any print size. */
final class QrCode {

  private QrCode() {
  }

  static String svg(String text, int sizeMillimetres, String title) {
    BitMatrix matrix;
    try {
      matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
          Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4));
    } catch (WriterException e) {
      throw new IllegalArgumentException("No QR code for " + text, e);
    }
    StringBuilder path = new StringBuilder();
    for (int y = 0; y < matrix.getHeight(); y++) {
      for (int x = 0; x < matrix.getWidth(); x++) {
        if (matrix.get(x, y)) {
          path.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
        }
      }
    }
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" alt=\"" + title + "\" width=\"" + sizeMillimetres
        + "mm\" height=\"" + sizeMillimetres + "mm\" viewBox=\"0 0 " + matrix.getWidth() + " " + matrix.getHeight()
        + "\"><title>" + title + "</title><rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/><path d=\"" + path
        + "\" fill=\"#000000\"/></svg>";
  }
}
