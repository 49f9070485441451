package dev.tollgate.auth.mfa;

import dev.tollgate.mfa.FactorCatalogue;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * Every {@link SecondFactor} the application has, found through CDI, in the listing order of
 * their declarations; the {@link FactorCatalogue} of those declarations is produced here for
 * every bean that derives a rule from them.
 */
@ApplicationScoped
public class SecondFactors {
  @Inject Instance<SecondFactor> discovered;

  private List<SecondFactor> factors;
  private FactorCatalogue catalogue;

  @PostConstruct
  void collect() {
    factors =
        discovered.stream()
            .sorted(Comparator.comparingInt((SecondFactor f) -> f.declaration().order())
                .thenComparing(SecondFactor::method))
            .toList();
    catalogue = new FactorCatalogue(factors.stream().map(SecondFactor::declaration).toList());
  }

  /** The installed factors' declarations (immutable, so one instance serves everyone). */
  @Produces
  public FactorCatalogue catalogue() {
    return catalogue;
  }

  /**
   * The methods the user can answer a second step with: every factor they hold a usable
   * credential of, and the fallbacks they hold (unused recovery codes).
   */
  public List<String> enrolledMethods(UUID userId) {
    return factors.stream().filter(f -> f.isEnrolled(userId)).map(SecondFactor::method).toList();
  }

  /** Whether the user holds a factor of its own; a fallback alone (recovery codes) is none. */
  public boolean anyEnrolled(UUID userId) {
    return factors.stream()
        .filter(f -> f.declaration().isFactor())
        .anyMatch(f -> f.isEnrolled(userId));
  }

  /** 0 when the user has none, or when no factor of that name is installed. */
  public int enrolledCount(String method, UUID userId) {
    return factors.stream()
        .filter(f -> f.method().equals(method))
        .mapToInt(f -> f.enrolledCount(userId))
        .sum();
  }
}
