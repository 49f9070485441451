package dev.tollgate.web;

import dev.tollgate.mfa.FactorDeclaration;
import java.io.Serializable;

/**
 * A factor as the pages list it: its method, its name, and its page fragments (null where it
 * has none), read from its declaration. Pages include each factor's fragment in a
 * {@code c:forEach} over these, with the factor as {@code factor}.
 */
public final class FactorPage implements Serializable {
  private static final long serialVersionUID = 1L;

  private final String method;
  private final String name;
  private final String step;
  private final String profile;
  private final String enroll;

  FactorPage(FactorDeclaration declaration) {
    this.method = declaration.method();
    this.name = declaration.displayName();
    this.step = declaration.stepFragment().orElse(null);
    this.profile = declaration.profileFragment().orElse(null);
    this.enroll = declaration.enrollFragment().orElse(null);
  }

  public String getMethod() {
    return method;
  }

  public String getName() {
    return name;
  }

  public String getStep() {
    return step;
  }

  public String getProfile() {
    return profile;
  }

  public String getEnroll() {
    return enroll;
  }
}
