package dev.tollgate.saml;

import java.util.Optional;

/** How a SAML endpoint answers the browser. */
public sealed interface SamlOutcome {

  /** To the login page (a local path) or back to a continuation. */
  record Redirect(String location) implements SamlOutcome {}

  /** An auto-submitting HTTP-POST form: {@code field} is SAMLResponse. */
  record Post(String action, String field, String value, Optional<String> relayState)
      implements SamlOutcome {}

  /** A plain page, e.g. after a logout when the SP has no SLO URL. */
  record Page(String title, String message) implements SamlOutcome {}
}
