package dev.tollgate.auth.mfa;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/** Every {@link SecondFactor} the application has, in the order of the settings vocabulary. */
@ApplicationScoped
public class SecondFactors {
  /** The method names {@code mfa_allowed_methods} accepts, in its canonical order. */
  static final List<String> ORDER = List.of("totp", "passkey");

  @Inject Instance<SecondFactor> discovered;

  private List<SecondFactor> factors;

  @PostConstruct
  void collect() {
    factors =
        discovered.stream()
            .sorted(Comparator.comparingInt(f -> rank(f.method())))
            .toList();
  }

  /** The methods the user has at least one confirmed credential of. */
  public List<String> enrolledMethods(UUID userId) {
    return factors.stream().filter(f -> f.isEnrolled(userId)).map(SecondFactor::method).toList();
  }

  public boolean anyEnrolled(UUID userId) {
    return factors.stream().anyMatch(f -> f.isEnrolled(userId));
  }

  /** 0 when the user has none, or when no factor of that name is installed. */
  public int enrolledCount(String method, UUID userId) {
    return factors.stream()
        .filter(f -> f.method().equals(method))
        .mapToInt(f -> f.enrolledCount(userId))
        .sum();
  }

  private static int rank(String method) {
    int index = ORDER.indexOf(method);
    return index < 0 ? ORDER.size() : index;
  }
}
