package dev.tollgate.mfa.recovery;

import dev.tollgate.audit.AuditLog;
import dev.tollgate.audit.AuditType;
import dev.tollgate.auth.mfa.SecondFactors;
import dev.tollgate.shared.DomainException;
import dev.tollgate.shared.ErrorCode;
import dev.tollgate.shared.TimeSource;
import dev.tollgate.user.UserEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A user's recovery codes: a set of {@link #SET_SIZE} generated at once (shown once, replacing
 * the set before), deleted by the user, or with the last factor and by an administrator's MFA
 * reset. Whether the caller verified a factor recently enough is checked by the resource first.
 */
@ApplicationScoped
@Transactional
public class RecoveryCodes {
  public static final int SET_SIZE = 10;
  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject RecoveryCodeStore store;
  @Inject SecondFactors factors;
  @Inject AuditLog audit;
  @Inject TimeSource time;

  /** A set as shown to its user, once: the codes in their written form, and when it was made. */
  public record Generated(List<String> codes, Instant createdAt) {
    @Override
    public String toString() {
      return "Generated[codes=redacted, createdAt=" + createdAt + "]";
    }
  }

  /**
   * A new set for a user who holds a factor (400 mfa_not_enrolled otherwise: codes stand in for
   * a lost factor, and there is none to lose); any earlier set stops working.
   */
  public Generated generate(UUID userId) {
    if (!factors.anyEnrolled(userId)) {
      throw new DomainException(
          ErrorCode.MFA_NOT_ENROLLED,
          "Set up an authenticator app or a passkey before generating recovery codes");
    }
    store.lockOwner(userId);
    Optional<Integer> replaced = store.deleteAll(userId);
    Instant now = time.now();
    RecoveryCodeHashes hashes = store.hashes();
    Set<String> codes = new LinkedHashSet<>();
    while (codes.size() < SET_SIZE) {
      codes.add(RecoveryCodeFormat.generate(RANDOM));
    }
    List<RecoveryCode> rows = new ArrayList<>();
    for (String code : codes) {
      rows.add(new RecoveryCode(userId, hashes.ofTyped(userId, code).orElseThrow(), now));
    }
    store.add(rows);
    audit.record(
        AuditType.RECOVERY_CODES_GENERATED,
        userId,
        Map.of("count", SET_SIZE, "replaced_unused", replaced.orElse(0), "replaced", replaced.isPresent()));
    return new Generated(List.copyOf(codes), now);
  }

  /** The user deletes their set; 404 when there is none. */
  public void delete(UUID userId) {
    Optional<Integer> unused = store.deleteAll(userId);
    if (unused.isEmpty()) {
      throw DomainException.notFound("Recovery codes");
    }
    audit.record(
        AuditType.RECOVERY_CODES_DELETED, userId, Map.of("reason", "user", "unused", unused.get()));
  }

  /** Empty when the user has no set. */
  public Optional<RecoveryCodeStore.Status> status(UUID userId) {
    return store.status(userId);
  }

  /**
   * Codes stand in for factors the user holds: when the last one is removed, or an
   * administrator resets the user's MFA, the set goes too.
   */
  void onUserEvent(@Observes UserEvent event) {
    String reason =
        switch (event.kind()) {
          case LAST_FACTOR_REMOVED -> "last_factor_removed";
          case MFA_RESET -> "reset";
          default -> null;
        };
    if (reason == null) {
      return;
    }
    store.deleteAll(event.userId()).ifPresent(unused ->
        audit.record(
            AuditType.RECOVERY_CODES_DELETED,
            event.userId(),
            Map.of("reason", reason, "unused", unused)));
  }
}
