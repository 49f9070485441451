package dev.tollgate.settings;

import java.util.List;

/**
 * The second-factor methods {@code mfa_allowed_methods} may name, in their canonical order. The
 * factors declare them (the factor catalogue implements this), so a new factor joins the setting
 * without a change here.
 */
public interface MethodVocabulary {
  List<String> allowableMethods();
}
