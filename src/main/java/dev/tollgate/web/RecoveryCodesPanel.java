package dev.tollgate.web;

import dev.tollgate.auth.mfa.SecondFactors;
import dev.tollgate.mfa.recovery.RecoveryCodeStore;
import dev.tollgate.mfa.recovery.RecoveryCodes;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Optional;
import java.util.UUID;

/**
 * The recovery-code card of the profile page: how many codes are left (with a warning at
 * {@link #LOW} or fewer), generating a set (shown once, to copy or download) and deleting it,
 * each through {@link ProfilePage#change} like every factor change. A user who holds a factor
 * but no set is offered one: right after the first factor is set up, and until they make one.
 */
@Named
@ViewScoped
public class RecoveryCodesPanel implements Serializable {
  private static final long serialVersionUID = 1L;
  static final int LOW = 2;

  @Inject ProfilePage page;
  @Inject Viewer viewer;
  @Inject RecoveryCodes codes;
  @Inject SecondFactors factors;
  @Inject PageResponses responses;

  private RecoveryCodeSheet sheet;

  public void generate() {
    UUID me = viewer.require().userId();
    String account = viewer.require().user().email();
    page.change(() -> {
      sheet = RecoveryCodeSheet.of(codes.generate(me), account);
      responses.info("New recovery codes are ready. Save them now: they are shown only once.");
    });
  }

  public void delete() {
    UUID me = viewer.require().userId();
    page.change(() -> {
      codes.delete(me);
      responses.info("The recovery codes were deleted.");
    });
  }

  /** The user saved the codes: the page stops showing them. */
  public void done() {
    sheet = null;
  }

  public RecoveryCodeSheet getSheet() {
    return sheet;
  }

  public int getSetSize() {
    return RecoveryCodes.SET_SIZE;
  }

  public boolean isHasSet() {
    return status().isPresent();
  }

  public int getRemaining() {
    return status().map(RecoveryCodeStore.Status::remaining).orElse(0);
  }

  public String getCreated() {
    return Dates.format(status().map(RecoveryCodeStore.Status::createdAt).orElse(null), "");
  }

  /** Two or fewer left (none included): time for a new set. */
  public boolean isLow() {
    return status().filter(set -> set.remaining() <= LOW).isPresent();
  }

  /** Codes need a factor to stand in for. */
  public boolean isHasFactor() {
    return factors.anyEnrolled(viewer.require().userId());
  }

  private Optional<RecoveryCodeStore.Status> status() {
    return codes.status(viewer.require().userId());
  }
}
