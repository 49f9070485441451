package dev.tollgate.mfa.totp;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/**
 * What an authenticator app is given at enrollment: the otpauth URI of Google's Key URI
 * Format (label {@code issuer:account}, with issuer, algorithm, digits and period spelt out)
 * and a QR code of exactly that URI as a PNG data URL.
 */
public final class TotpProvisioning {
  private static final int QR_SIZE = 256;

  private TotpProvisioning() {}

  public static String uri(String issuer, String account, TotpSecret secret) {
    return "otpauth://totp/"
        + encode(issuer)
        + ":"
        + encode(account)
        + "?secret="
        + secret.base32()
        + "&issuer="
        + encode(issuer)
        + "&algorithm=SHA1&digits="
        + TotpVerifier.DIGITS
        + "&period="
        + TotpVerifier.STEP.toSeconds();
  }

  public static String qrPngDataUrl(String content) {
    try {
      BitMatrix matrix =
          new QRCodeWriter()
              .encode(
                  content,
                  BarcodeFormat.QR_CODE,
                  QR_SIZE,
                  QR_SIZE,
                  Map.of(
                      EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                      EncodeHintType.CHARACTER_SET, "UTF-8",
                      EncodeHintType.MARGIN, 2));
      ByteArrayOutputStream png = new ByteArrayOutputStream();
      MatrixToImageWriter.writeToStream(matrix, "PNG", png);
      return "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray());
    } catch (WriterException e) {
      throw new IllegalArgumentException("Cannot encode a QR code of this length", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Percent-encoding for a URI path and query (a space is %20, not +); '@' may stay. */
  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20").replace("%40", "@");
  }
}
