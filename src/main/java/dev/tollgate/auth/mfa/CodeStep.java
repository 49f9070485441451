package dev.tollgate.auth.mfa;

import dev.tollgate.auth.LoginOutcome;

/**
 * The second-step answer of a factor whose answer is a code the user types (TOTP, recovery
 * codes). The API has an endpoint per factor; the pages find the step by method through CDI
 * and answer any of them the same way.
 */
public interface CodeStep {

  /** The method this step answers for (its factor's declared method). */
  String method();

  /** Checks {@code code} against the second step {@code mfaToken} names, through {@link SecondStep}. */
  LoginOutcome answer(String mfaToken, String code);
}
