package dev.tollgate.shared;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * A refusal the client can act on. It carries the stable machine code of SPEC §3; one mapper
 * turns it into problem+json, so no resource builds error bodies itself.
 */
public class DomainException extends RuntimeException {
  private final ErrorCode code;
  private final int status;
  private final Map<String, Object> details;
  private final Long retryAfterSeconds;

  public DomainException(ErrorCode code, String message) {
    this(code, code.status(), message, Map.of(), null);
  }

  private DomainException(
      ErrorCode code, int status, String message, Map<String, Object> details, Long retryAfter) {
    super(message, null, false, false);
    this.code = code;
    this.status = status;
    this.details = Map.copyOf(details);
    this.retryAfterSeconds = retryAfter;
  }

  public DomainException withDetails(Map<String, Object> details) {
    return new DomainException(code, status, getMessage(), details, retryAfterSeconds);
  }

  /** The same code under another status (e.g. {@code invalid_mfa_code} is 400 at enrollment). */
  public DomainException withStatus(int status) {
    return new DomainException(code, status, getMessage(), details, retryAfterSeconds);
  }

  public DomainException retryAfter(long seconds) {
    return new DomainException(code, status, getMessage(), details, Math.max(1, seconds));
  }

  public ErrorCode code() {
    return code;
  }

  public int status() {
    return status;
  }

  public Map<String, Object> details() {
    return details;
  }

  public Long retryAfterSeconds() {
    return retryAfterSeconds;
  }

  /** 429 too_many_attempts, to be tried again after {@code until} (the Retry-After header). */
  public static DomainException tooManyAttempts(String message, Instant until, Instant now) {
    return new DomainException(ErrorCode.TOO_MANY_ATTEMPTS, message)
        .retryAfter(Duration.between(now, until).toSeconds() + 1);
  }

  public static DomainException notFound(String what) {
    return new DomainException(ErrorCode.NOT_FOUND, what + " not found");
  }
}
