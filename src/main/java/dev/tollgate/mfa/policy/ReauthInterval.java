package dev.tollgate.mfa.policy;

/**
 * The re-verification interval in force for an application (SPEC §5, §9), in minutes; 0 means
 * a second factor is verified once per SSO session.
 */
public final class ReauthInterval {
  private ReauthInterval() {}

  /**
   * A script value above 0 replaces the global interval, except that when both are non-zero the
   * lower wins; 0 (or no value) keeps the global one. So a script can only shorten a non-zero
   * global interval, and can introduce one where the global setting has none.
   */
  public static int effective(int globalMinutes, Integer scriptMinutes) {
    if (scriptMinutes == null || scriptMinutes <= 0) {
      return globalMinutes;
    }
    return globalMinutes == 0 ? scriptMinutes : Math.min(globalMinutes, scriptMinutes);
  }
}
