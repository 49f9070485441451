package dev.tollgate.mfa.policy;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The table of SPEC §5 as a pure function: a level, the methods the user has enrolled, the
 * methods {@code mfa_allowed_methods} allows and {@code mfa_enforce_enrollment} in, what the
 * sign-in needs out. Only allowed methods count: a factor enrolled before its method was
 * disallowed neither satisfies a policy nor spares the user enforced enrollment.
 */
public final class StaticPolicy {
  public static final String TOTP = "totp";
  public static final String PASSKEY = "passkey";
  /** Every method name, in the canonical order of {@code mfa_allowed_methods}. */
  public static final List<String> METHODS = List.of(TOTP, PASSKEY);

  private StaticPolicy() {}

  public static Requirement requirement(
      PolicyLevel level, Collection<String> enrolled, Set<String> allowed, boolean enforce) {
    List<String> allowedInOrder = inOrder(allowed);
    List<String> usable = inOrder(enrolled).stream().filter(allowed::contains).toList();
    return switch (level) {
      case DISABLED -> enforced(enforce, usable, allowedInOrder, new Requirement.None());
      case OPTIONAL ->
          usable.isEmpty()
              ? enforced(enforce, usable, allowedInOrder, new Requirement.None())
              : new Requirement.SecondFactor(usable);
      case ANY ->
          usable.isEmpty()
              ? new Requirement.Enrollment(allowedInOrder)
              : new Requirement.SecondFactor(usable);
      case OTP -> single(TOTP, usable, allowed);
      case PASSKEY -> single(PASSKEY, usable, allowed);
    };
  }

  /** A level that names one method: that method, enrolled, or its enrollment. */
  private static Requirement single(String method, List<String> usable, Set<String> allowed) {
    if (!allowed.contains(method)) {
      return new Requirement.Misconfigured(method);
    }
    return usable.contains(method)
        ? new Requirement.SecondFactor(List.of(method))
        : new Requirement.Enrollment(List.of(method));
  }

  private static Requirement enforced(
      boolean enforce, List<String> usable, List<String> allowed, Requirement otherwise) {
    return enforce && usable.isEmpty() ? new Requirement.Enrollment(allowed) : otherwise;
  }

  private static List<String> inOrder(Collection<String> methods) {
    return METHODS.stream().filter(methods::contains).toList();
  }
}
