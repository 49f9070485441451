package dev.tollgate.web;

import dev.tollgate.mfa.FactorCatalogue;
import dev.tollgate.mfa.FactorDeclaration;
import dev.tollgate.mfa.policy.PolicyLevel;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The installed factors as the pages show them, from their declarations: the fragments a page
 * includes for each (second step, profile card, enrollment wizard), the methods' names, and the
 * policy levels in words. The lists never change while the application runs, which is what
 * lets a page build one include per factor once.
 */
@Named
@ApplicationScoped
public class FactorPages {
  @Inject FactorCatalogue factors;

  private List<FactorPage> steps;
  private List<FactorPage> profiles;
  private List<FactorPage> enrollments;
  private List<FactorPage> allowable;

  @PostConstruct
  void list() {
    steps = pages(FactorDeclaration::stepFragment);
    profiles = pages(FactorDeclaration::profileFragment);
    enrollments = pages(FactorDeclaration::enrollFragment);
    allowable =
        factors.all().stream().filter(FactorDeclaration::isFactor).map(FactorPage::new).toList();
  }

  /** Factors with a second-step fragment, in listing order. */
  public List<FactorPage> getSteps() {
    return steps;
  }

  /** Factors with a card on the profile page. */
  public List<FactorPage> getProfiles() {
    return profiles;
  }

  /** Factors the enrollment wizard can set up. */
  public List<FactorPage> getEnrollments() {
    return enrollments;
  }

  /** The factors an administrator may allow ({@code mfa_allowed_methods}). */
  public List<FactorPage> getAllowable() {
    return allowable;
  }

  /** "Authenticator app"; an unknown method by its name. */
  public String name(String method) {
    return factors.find(method).map(FactorDeclaration::displayName).orElse(method);
  }

  public String names(Collection<String> methods) {
    return methods.stream().map(this::name).collect(Collectors.joining(", "));
  }

  /** What a level asks of a portal sign-in, in words, with the factors that meet it. */
  public String policy(String wire) {
    return PolicyLevel.parse(wire).map(this::policy).orElse(wire);
  }

  private String policy(PolicyLevel level) {
    return switch (level) {
      case DISABLED -> "No second factor is asked for.";
      case OPTIONAL -> "Your second factor is asked for when you have set one up.";
      case ANY, OTP, PASSKEY ->
          "A second factor is required: "
              + factors.factorsMeeting(level).stream()
                  .map(method -> factors.find(method).map(FactorDeclaration::phrase).orElse(method))
                  .collect(Collectors.joining(" or "))
              + ".";
    };
  }

  private List<FactorPage> pages(Function<FactorDeclaration, Optional<String>> fragment) {
    return factors.all().stream()
        .filter(declaration -> fragment.apply(declaration).isPresent())
        .map(FactorPage::new)
        .toList();
  }
}
