package dev.tollgate.web;

import dev.tollgate.auth.mfa.RecentVerification;
import dev.tollgate.mfa.recovery.RecoveryCodes;
import dev.tollgate.shared.DomainException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.UUID;

/**
 * "Save recovery codes?" in the sign-in page, after its enrollment wizard set up a factor for a
 * user who has no recovery codes: generating goes through the same service as POST
 * /api/v1/mfa/recovery-codes (the new factor was just verified, so the recent-verification check
 * passes); either answer then goes on to "Trust this device?" or back where the sign-in was going.
 */
@Named
@ViewScoped
public class RecoveryOffer implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject LoginPage page;
  @Inject Viewer viewer;
  @Inject RecentVerification recentVerification;
  @Inject RecoveryCodes codes;
  @Inject PageResponses responses;

  private RecoveryCodeSheet sheet;

  /** Whether to ask {@code userId}: only a user without a set is offered one. */
  boolean applies(UUID userId) {
    return codes.status(userId).isEmpty();
  }

  public void generate() {
    Viewer.SignedIn me = viewer.require();
    try {
      recentVerification.require(me.userId(), me.sessionId());
      sheet = RecoveryCodeSheet.of(codes.generate(me.userId()), me.user().email());
    } catch (DomainException e) {
      responses.error(PlainWords.of(e));
    }
  }

  /** Saved, or not now: the sign-in goes on. */
  public void next() {
    sheet = null;
    page.afterRecoveryOffer();
  }

  public int getSetSize() {
    return RecoveryCodes.SET_SIZE;
  }

  public RecoveryCodeSheet getSheet() {
    return sheet;
  }
}
