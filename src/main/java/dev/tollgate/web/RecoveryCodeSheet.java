package dev.tollgate.web;

import dev.tollgate.mfa.recovery.RecoveryCodes;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A set of recovery codes just generated, as a page shows it once: the codes, and the same as a
 * text file to download (a {@code data:} link, so the codes never travel again) or copy.
 */
public final class RecoveryCodeSheet implements Serializable {
  private static final long serialVersionUID = 1L;
  static final String FILE_NAME = "tollgate-recovery-codes.txt";

  private final List<String> codes;
  private final String text;

  private RecoveryCodeSheet(List<String> codes, String text) {
    this.codes = List.copyOf(codes);
    this.text = text;
  }

  static RecoveryCodeSheet of(RecoveryCodes.Generated generated, String account) {
    String text =
        "Tollgate recovery codes for " + account + "\n"
            + "Generated " + Dates.format(generated.createdAt(), "") + ". Each code works once.\n\n"
            + String.join("\n", generated.codes()) + "\n";
    return new RecoveryCodeSheet(generated.codes(), text);
  }

  public List<String> getCodes() {
    return codes;
  }

  /** The codes one a line, as the copy button puts them on the clipboard. */
  public String getText() {
    return text;
  }

  public String getFileName() {
    return FILE_NAME;
  }

  /** The text file as a {@code data:} URL for a download link. */
  public String getDownloadHref() {
    return "data:text/plain;charset=utf-8,"
        + URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }

  @Override
  public String toString() {
    return "RecoveryCodeSheet[redacted]";
  }
}
