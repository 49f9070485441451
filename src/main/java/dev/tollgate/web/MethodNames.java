package dev.tollgate.web;

import java.util.Collection;
import java.util.stream.Collectors;

/** The settings' method and policy names as a person reads them. */
final class MethodNames {
  private MethodNames() {}

  static String method(String method) {
    return switch (method) {
      case "totp" -> "Authenticator app";
      case "passkey" -> "Passkey";
      default -> method;
    };
  }

  static String methods(Collection<String> methods) {
    return methods.stream().map(MethodNames::method).collect(Collectors.joining(", "));
  }

  /** What the global policy asks of a portal sign-in (SPEC §5). */
  static String policy(String level) {
    return switch (level) {
      case "disabled" -> "No second factor is asked for.";
      case "optional" -> "Your second factor is asked for when you have set one up.";
      case "any" -> "A second factor is required: an authenticator app or a passkey.";
      case "otp" -> "A code from an authenticator app is required.";
      case "passkey" -> "A passkey is required.";
      default -> level;
    };
  }
}
