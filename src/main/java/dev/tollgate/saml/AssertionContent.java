package dev.tollgate.saml;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Everything a Response says: to whom ({@code destination}, {@code audience}, in answer to which
 * request), about whom (the NameID), how the user signed in (time, session, context class),
 * the attributes, the validity window and what to sign.
 */
public record AssertionContent(
    String idpEntityId,
    String destination,
    String audience,
    Optional<String> inResponseTo,
    NameIdFormat nameIdFormat,
    String nameId,
    Instant authInstant,
    String sessionIndex,
    String authnContextClassRef,
    List<Attribute> attributes,
    Instant now,
    int lifetimeSecs,
    boolean signAssertion,
    boolean signResponse) {
  public AssertionContent {
    attributes = List.copyOf(attributes);
  }

  public record Attribute(String name, String nameFormat, List<String> values) {
    public Attribute {
      values = List.copyOf(values);
    }
  }
}
