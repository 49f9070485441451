package dev.tollgate.mfa.policy;

import dev.tollgate.mfa.FactorCatalogue;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The policy table of docs/mfa-policy.md as a pure function: the installed factors' declarations, a level, the
 * methods the user holds, the methods {@code mfa_allowed_methods} allows and
 * {@code mfa_enforce_enrollment} in, what the sign-in needs out.
 *
 * <p>Which methods a level asks for comes from the declarations: the factors whose verification
 * meets it. Only factors the user holds <em>and</em> that are allowed count: a factor enrolled
 * before its method was disallowed neither satisfies a policy nor spares the user enforced
 * enrollment. A fallback (recovery codes) never counts as holding a factor; it is offered beside
 * the factors the user can answer with, whatever the level (where it does not meet the level,
 * passing it leads to the enrollment of a factor that does).
 */
public final class StaticPolicy {
  private StaticPolicy() {}

  public static Requirement requirement(
      FactorCatalogue factors, PolicyLevel level, Collection<String> held, Set<String> allowed,
      boolean enforce) {
    List<String> usable =
        factors.inOrder(held).stream()
            .filter(method -> factors.isFactor(method) && allowed.contains(method))
            .toList();
    List<String> fallbacks = factors.inOrder(held).stream().filter(factors::isFallback).toList();
    List<String> allowedFactors =
        factors.factorMethods().stream().filter(allowed::contains).toList();
    return switch (level) {
      case DISABLED -> enforced(enforce, usable, allowedFactors, new Requirement.None());
      case OPTIONAL ->
          usable.isEmpty()
              ? enforced(enforce, usable, allowedFactors, new Requirement.None())
              : new Requirement.SecondFactor(with(usable, fallbacks));
      case ANY, OTP, PASSKEY ->
          required(level, factors.factorsMeeting(level), usable, fallbacks, allowed);
    };
  }

  /**
   * A level that needs a factor meeting it: one the user holds (or a fallback beside it), else
   * the enrollment of one; misconfigured when none of the factors meeting it is allowed.
   */
  private static Requirement required(
      PolicyLevel level, List<String> meeting, List<String> usable, List<String> fallbacks,
      Set<String> allowed) {
    List<String> allowedMeeting = meeting.stream().filter(allowed::contains).toList();
    if (allowedMeeting.isEmpty()) {
      // no factor meeting the level is installed: the level's own name says what is missing
      return new Requirement.Misconfigured(meeting.isEmpty() ? level.wire() : meeting.getFirst());
    }
    List<String> usableMeeting = usable.stream().filter(meeting::contains).toList();
    return usableMeeting.isEmpty()
        ? new Requirement.Enrollment(allowedMeeting)
        : new Requirement.SecondFactor(with(usableMeeting, fallbacks));
  }

  private static Requirement enforced(
      boolean enforce, List<String> usable, List<String> allowed, Requirement otherwise) {
    return enforce && usable.isEmpty() ? new Requirement.Enrollment(allowed) : otherwise;
  }

  private static List<String> with(List<String> methods, List<String> fallbacks) {
    return Stream.concat(methods.stream(), fallbacks.stream()).toList();
  }
}
