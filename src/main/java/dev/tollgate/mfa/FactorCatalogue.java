package dev.tollgate.mfa;

import dev.tollgate.mfa.policy.PolicyLevel;
import dev.tollgate.settings.MethodVocabulary;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every installed second factor's {@link FactorDeclaration}, in their listing order, and the
 * rules the flow derives from them: which methods meet a level, which methods an amr shows,
 * the strictest level verified methods meet, the vocabulary of {@code mfa_allowed_methods}, and
 * the endpoints that accept enrollment tokens. Immutable; the application's one instance comes
 * from {@code auth.mfa.SecondFactors}, which finds the factors through CDI.
 */
public final class FactorCatalogue implements MethodVocabulary {
  private final List<FactorDeclaration> all;
  private final Map<String, FactorDeclaration> byMethod;

  public FactorCatalogue(Collection<FactorDeclaration> declarations) {
    this.all =
        declarations.stream()
            .sorted(Comparator.comparingInt(FactorDeclaration::order).thenComparing(FactorDeclaration::method))
            .toList();
    this.byMethod =
        all.stream().collect(Collectors.toUnmodifiableMap(FactorDeclaration::method, Function.identity()));
  }

  /** Every declaration, in listing order. */
  public List<FactorDeclaration> all() {
    return all;
  }

  public Optional<FactorDeclaration> find(String method) {
    return Optional.ofNullable(method).map(byMethod::get);
  }

  /** {@code methods} in listing order; names no factor declares are dropped. */
  public List<String> inOrder(Collection<String> methods) {
    return all.stream().map(FactorDeclaration::method).filter(methods::contains).toList();
  }

  /** The methods of factors of their own (not fallbacks), in listing order. */
  public List<String> factorMethods() {
    return all.stream().filter(FactorDeclaration::isFactor).map(FactorDeclaration::method).toList();
  }

  /** {@code mfa_allowed_methods} draws from the factors of their own. */
  @Override
  public List<String> allowableMethods() {
    return factorMethods();
  }

  public boolean isFactor(String method) {
    return find(method).filter(FactorDeclaration::isFactor).isPresent();
  }

  public boolean isFallback(String method) {
    return find(method).filter(FactorDeclaration::isFallback).isPresent();
  }

  /** Whether a verification by {@code method} meets {@code level}; false for an unknown method. */
  public boolean meets(String method, PolicyLevel level) {
    return find(method).filter(d -> d.meets(level)).isPresent();
  }

  /** The factors of their own whose verification meets {@code level}: what the level asks for. */
  public List<String> factorsMeeting(PolicyLevel level) {
    return all.stream()
        .filter(d -> d.isFactor() && d.meets(level))
        .map(FactorDeclaration::method)
        .toList();
  }

  /** The methods whose verification {@code amr} shows, in listing order. */
  public List<String> shownBy(Collection<String> amr) {
    return all.stream().filter(d -> d.shownBy(amr)).map(FactorDeclaration::method).toList();
  }

  /**
   * The strictest level a verification by one of {@code methods} meets: what a token may claim
   * as its {@code acr}; {@code disabled} when nothing was verified.
   */
  public PolicyLevel strictestMetBy(Collection<String> methods) {
    PolicyLevel strictest = PolicyLevel.DISABLED;
    for (String method : methods) {
      for (PolicyLevel level : PolicyLevel.values()) {
        if (meets(method, level)) {
          strictest = PolicyLevel.strictest(strictest, level);
        }
      }
    }
    return strictest;
  }

  /** Where an enrollment token is accepted (POST): every factor's enrollment endpoints. */
  public Set<String> enrollmentPaths() {
    return all.stream()
        .flatMap(d -> d.enrollmentPaths().stream())
        .collect(Collectors.toUnmodifiableSet());
  }
}
