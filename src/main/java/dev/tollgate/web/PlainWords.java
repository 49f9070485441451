package dev.tollgate.web;

import dev.tollgate.shared.DomainException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * What a page tells a person when a service refuses: the refusal's code in plain words, with
 * the attempts left or the time a lock ends when the service said so. Messages the services
 * already write for people (settings, names) are shown as they are.
 */
public final class PlainWords {
  private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm 'UTC'");

  private PlainWords() {}

  /** A refusal in plain words; a wrong second-factor answer is taken to be a code. */
  public static String of(DomainException e) {
    return of(e, "That code is not right.", Instant.now());
  }

  /** The same, for the answer a passkey gave. */
  public static String ofPasskeyAnswer(DomainException e) {
    return of(e, "The passkey could not be verified.", Instant.now());
  }

  static String of(DomainException e, String wrongAnswer, Instant now) {
    return switch (e.code()) {
      case INVALID_CREDENTIALS -> "The email or password is wrong.";
      case ACCOUNT_DISABLED -> "This account is disabled. Ask an administrator to enable it.";
      case TOO_MANY_ATTEMPTS -> locked(e.retryAfterSeconds(), now);
      case INVALID_MFA_CODE -> wrongAnswer + attemptsLeft(e);
      case INVALID_MFA_TOKEN, INVALID_ENROLLMENT_TOKEN ->
          "This sign-in has expired. Please start again.";
      case INVALID_CLIENT -> "This sign-in was started by an application Tollgate does not know.";
      case MFA_METHOD_NOT_ALLOWED ->
          "The second factor this needs is not allowed on this server. Ask an administrator.";
      case MFA_POLICY_SCRIPT_FAILED ->
          "The application's sign-in rules could not be checked, so sign-in was refused.";
      case INVALID_PASSKEY_RESPONSE, INVALID_PASSKEY_SESSION ->
          "The passkey could not be registered. Please try again.";
      case PASSKEY_ALREADY_REGISTERED -> "This passkey is already registered.";
      case NO_PENDING_ENROLLMENT -> "Start setting up the authenticator app first.";
      case TOTP_ALREADY_ENROLLED -> "An authenticator app is already set up.";
      case TRUSTED_DEVICES_DISABLED -> "Trusted devices are turned off.";
      case NOT_FOUND -> "That item no longer exists.";
      default -> e.getMessage();
    };
  }

  private static String attemptsLeft(DomainException e) {
    Object left = e.details().get("attempts_left");
    if (left == null) {
      return " Please try again.";
    }
    return " " + left + ("1".equals(String.valueOf(left)) ? " attempt" : " attempts") + " left.";
  }

  private static String locked(Long retryAfterSeconds, Instant now) {
    if (retryAfterSeconds == null) {
      return "Too many failed attempts. Please try again later.";
    }
    long minutes = Math.max(1, (retryAfterSeconds + 59) / 60);
    Instant until = now.plus(Duration.ofSeconds(retryAfterSeconds));
    return "Too many failed attempts, so this is locked for now. Try again in "
        + minutes + (minutes == 1 ? " minute" : " minutes")
        + " (after " + CLOCK.format(until.atOffset(ZoneOffset.UTC)) + ").";
  }
}
