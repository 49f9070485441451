package dev.tollgate.shared;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The clock every rule that depends on time reads, truncated to microseconds (what both
 * databases keep), so unit tests can hand the domain a fixed or moving clock.
 */
@ApplicationScoped
public class TimeSource {
  public Instant now() {
    return Instant.now().truncatedTo(ChronoUnit.MICROS);
  }
}
