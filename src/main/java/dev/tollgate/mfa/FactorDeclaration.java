package dev.tollgate.mfa;

import dev.tollgate.mfa.policy.PolicyLevel;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a second factor declares about itself, in one place, for everything outside its own
 * package: the policy, the amr of tokens, the allowed-methods setting, where enrollment tokens
 * are accepted, step-up, trusted devices and the pages all derive from these declarations
 * ({@link FactorCatalogue}); docs/architecture.md, "How a factor plugs in".
 *
 * @param method the method name of the API ({@code methods}, {@code allowed_methods}) and, for a
 *     {@link Kind#FACTOR}, of {@code mfa_allowed_methods}
 * @param displayName how a page names it ("Authenticator app")
 * @param phrase how a sentence names it ("an authenticator app")
 * @param kind a factor of its own, or a fallback that stands in for lost factors
 * @param amr the RFC 8176 values a verification by it adds to a session's amr; any of them in an
 *     amr shows the method was verified
 * @param meets the policy levels a verification by it meets ({@code disabled} is met by anything)
 * @param enrollmentPaths the POST endpoints (paths without the context root) that accept an
 *     enrollment token to enroll it at sign-in; empty when it cannot be enrolled that way
 * @param pages its page fragments
 * @param order where it is listed: in settings, in {@code methods}, on the pages
 */
public record FactorDeclaration(
    String method,
    String displayName,
    String phrase,
    Kind kind,
    Set<String> amr,
    Set<PolicyLevel> meets,
    List<String> enrollmentPaths,
    Fragments pages,
    int order) {

  /** What part a method plays in the flow. */
  public enum Kind {
    /**
     * A second factor of its own: a user who holds one "has a factor" (policy, recent
     * verification, last-factor removal, enrollment tokens), and administrators allow it in
     * {@code mfa_allowed_methods}.
     */
    FACTOR,
    /**
     * A way back in for a user who lost their factors (recovery codes): offered beside the
     * user's factors and never alone, never counted as holding a factor, not governed by
     * {@code mfa_allowed_methods}, never enrolled with an enrollment token. Under a level it does
     * not meet, passing it leads to the enrollment of a factor that does.
     */
    FALLBACK
  }

  /**
   * Facelets fragments of the factor, each included by the page that lists the factors (null
   * where it has none): {@code step} answers a second step (sign-in and step-up, with
   * {@code bean} the page and {@code factor} this declaration), {@code profile} is its card on
   * the profile page, {@code enroll} its part of the enrollment wizard.
   */
  public record Fragments(String step, String profile, String enroll) {}

  public FactorDeclaration {
    Objects.requireNonNull(method);
    Objects.requireNonNull(kind);
    amr = Set.copyOf(amr);
    meets = Set.copyOf(meets);
    enrollmentPaths = List.copyOf(enrollmentPaths);
    if (kind == Kind.FALLBACK && !enrollmentPaths.isEmpty()) {
      throw new IllegalArgumentException(method + ": a fallback is never enrolled at sign-in");
    }
  }

  /** Whether a verification by this method meets {@code level}. */
  public boolean meets(PolicyLevel level) {
    return level == PolicyLevel.DISABLED || meets.contains(level);
  }

  /** Whether {@code sessionAmr} shows a verification by this method. */
  public boolean shownBy(Collection<String> sessionAmr) {
    return amr.stream().anyMatch(sessionAmr::contains);
  }

  public boolean isFactor() {
    return kind == Kind.FACTOR;
  }

  public boolean isFallback() {
    return kind == Kind.FALLBACK;
  }

  public Optional<String> stepFragment() {
    return Optional.ofNullable(pages.step());
  }

  public Optional<String> profileFragment() {
    return Optional.ofNullable(pages.profile());
  }

  public Optional<String> enrollFragment() {
    return Optional.ofNullable(pages.enroll());
  }

  /** A declaration of a factor of its own, built step by step. */
  public static Builder factor(String method) {
    return new Builder(method, Kind.FACTOR);
  }

  /** A declaration of a fallback, built step by step. */
  public static Builder fallback(String method) {
    return new Builder(method, Kind.FALLBACK);
  }

  /** Builds a declaration so that each fact reads as what it is. */
  public static final class Builder {
    private final String method;
    private final Kind kind;
    private String displayName;
    private String phrase;
    private Set<String> amr = Set.of();
    private Set<PolicyLevel> meets = Set.of();
    private List<String> enrollmentPaths = List.of();
    private Fragments pages = new Fragments(null, null, null);
    private int order;

    private Builder(String method, Kind kind) {
      this.method = method;
      this.kind = kind;
      this.displayName = method;
      this.phrase = method;
    }

    public Builder named(String displayName, String phrase) {
      this.displayName = displayName;
      this.phrase = phrase;
      return this;
    }

    public Builder listedAt(int order) {
      this.order = order;
      return this;
    }

    public Builder yields(String... amr) {
      this.amr = Set.of(amr);
      return this;
    }

    public Builder meets(PolicyLevel... levels) {
      this.meets = Set.of(levels);
      return this;
    }

    public Builder enrolledAt(String... paths) {
      this.enrollmentPaths = List.of(paths);
      return this;
    }

    public Builder pages(String step, String profile, String enroll) {
      this.pages = new Fragments(step, profile, enroll);
      return this;
    }

    public FactorDeclaration build() {
      return new FactorDeclaration(
          method, displayName, phrase, kind, amr, meets, enrollmentPaths, pages, order);
    }
  }
}
