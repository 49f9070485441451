package dev.tollgate.saml;

import java.time.Duration;
import java.time.Instant;

/**
 * The rules an AuthnRequest must meet for an SP's settings (SAML Core §3.4, Profiles §4.1.4.1):
 * its Issuer is the SP's entity ID; a Destination, when given, is this SSO endpoint; an ACS URL,
 * when given, is exactly the registered one (responses go only there); the response binding is
 * HTTP-POST; IssueInstant is within {@link #MAX_AGE} of now either way (clock skew included).
 */
public final class AuthnRequestCheck {
  public static final Duration MAX_AGE = Duration.ofMinutes(5);

  private AuthnRequestCheck() {}

  public static void check(
      AuthnRequestMessage request, SamlSettingsValues sp, String ssoUrl, Instant now) {
    if (!request.issuer().equals(sp.entityId())) {
      throw SamlException.badRequest(
          "unknown_service_provider", "The request's Issuer is not this application's SP entity ID");
    }
    if (request.destination().filter(d -> !d.equals(ssoUrl)).isPresent()) {
      throw SamlException.badRequest("wrong_destination", "The request was addressed to another endpoint");
    }
    if (request.acsUrl().filter(acs -> !acs.equals(sp.acsUrl())).isPresent()) {
      throw SamlException.badRequest(
          "invalid_acs_url", "The AssertionConsumerServiceURL is not the one registered for this SP");
    }
    if (request.protocolBinding().filter(b -> !b.equals(SamlNames.BINDING_POST)).isPresent()) {
      throw SamlException.badRequest("unsupported_binding", "Responses are sent with the HTTP-POST binding only");
    }
    Instant issued = request.issueInstant();
    if (issued.isBefore(now.minus(MAX_AGE)) || issued.isAfter(now.plus(MAX_AGE))) {
      throw SamlException.badRequest("request_expired", "The request is too old (or from the future)");
    }
  }
}
