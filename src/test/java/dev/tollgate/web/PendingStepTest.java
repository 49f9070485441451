package dev.tollgate.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What a page shows of a second step: each offered method, a recovery code on request. */
class PendingStepTest {

  @Test
  void aRecoveryCodeBesideOtherMethodsIsShownOnlyOnceChosen() {
    PendingStep step = new PendingStep("t", List.of("totp", "recovery_code"));

    assertThat(step.offers("totp")).isTrue();
    assertThat(step.offers("passkey")).isFalse();
    assertThat(step.shows("recovery_code")).isFalse();
    step.choose("recovery_code");
    assertThat(step.shows("recovery_code")).isTrue();
  }

  @Test
  void aMethodNotOfferedCannotBeChosen() {
    PendingStep step = new PendingStep("t", List.of("totp", "passkey"));

    step.choose("recovery_code");

    assertThat(step.shows("recovery_code")).isFalse();
  }

  @Test
  void theOnlyMethodIsShownAtOnceAndTheFirstNeedsNoOr() {
    PendingStep alone = new PendingStep("t", List.of("recovery_code"));
    PendingStep both = new PendingStep("t", List.of("totp", "passkey"));

    assertThat(alone.shows("recovery_code")).isTrue();
    assertThat(both.first("totp")).isTrue();
    assertThat(both.first("passkey")).isFalse();
  }
}
