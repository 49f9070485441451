package dev.tollgate.mfa.totp;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Base64;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class TotpProvisioningTest {
  private static final TotpSecret SECRET = new TotpSecret("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");

  @Test
  void theUriFollowsTheKeyUriFormat() {
    assertThat(TotpProvisioning.uri("Tollgate", "alice@example.com", SECRET))
        .isEqualTo(
            "otpauth://totp/Tollgate:alice@example.com?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"
                + "&issuer=Tollgate&algorithm=SHA1&digits=6&period=30");
  }

  @Test
  void issuerAndAccountArePercentEncoded() {
    assertThat(TotpProvisioning.uri("Acme: Staging", "bob smith+x@example.com", SECRET))
        .startsWith("otpauth://totp/Acme%3A%20Staging:bob%20smith%2Bx@example.com?")
        .contains("&issuer=Acme%3A%20Staging&");
  }

  @Test
  void theQrCodeIsAPngThatDecodesToTheUri() throws Exception {
    String uri = TotpProvisioning.uri("Tollgate", "alice@example.com", SECRET);

    String dataUrl = TotpProvisioning.qrPngDataUrl(uri);

    assertThat(dataUrl).startsWith("data:image/png;base64,");
    byte[] png = Base64.getDecoder().decode(dataUrl.substring("data:image/png;base64,".length()));
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    String decoded =
        new MultiFormatReader()
            .decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))))
            .getText();
    assertThat(decoded).isEqualTo(uri);
  }
}
