package dev.tollgate.mfa.policy;

import java.util.List;

/** What a sign-in needs after the password, as the static policy table decides it (SPEC §5). */
public sealed interface Requirement {

  /** The password is enough. */
  record None() implements Requirement {}

  /** A second factor by one of {@code methods}: the enrolled methods that satisfy the policy. */
  record SecondFactor(List<String> methods) implements Requirement {
    public SecondFactor {
      methods = List.copyOf(methods);
    }
  }

  /** The user must first enroll one of {@code methods} (the methods they may enroll). */
  record Enrollment(List<String> methods) implements Requirement {
    public Enrollment {
      methods = List.copyOf(methods);
    }
  }

  /** The policy needs {@code method}, which {@code mfa_allowed_methods} forbids. */
  record Misconfigured(String method) implements Requirement {}
}
