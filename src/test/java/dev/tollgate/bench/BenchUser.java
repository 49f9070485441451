package dev.tollgate.bench;

import com.warrenstrange.googleauth.GoogleAuthenticator;
import java.time.Instant;

/** A user with an app; {@code lastStep} is the last time step the server accepted from it. */
final class BenchUser {
  private static final GoogleAuthenticator CODES = new GoogleAuthenticator();

  final String email;
  final String secret;
  long lastStep;

  BenchUser(String email, String secret, long lastStep) {
    this.email = email;
    this.secret = secret;
    this.lastStep = lastStep;
  }

  /** A code the server accepts (now, or one step ahead) and has not seen from this user. */
  String nextCode() {
    lastStep = Math.max(currentStep(), lastStep + 1);
    return String.format("%06d", CODES.getTotpPassword(secret, lastStep * 30_000L));
  }

  static long currentStep() {
    return Math.floorDiv(Instant.now().toEpochMilli(), 30_000L);
  }
}
