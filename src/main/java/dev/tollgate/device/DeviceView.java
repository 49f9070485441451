package dev.tollgate.device;

import java.time.Instant;
import java.util.UUID;

/** A trusted device as its owner sees it (SPEC §8); never the cookie or its hash. */
public record DeviceView(
    UUID id, String name, Instant createdAt, Instant lastSeenAt, Instant expiresAt) {

  static DeviceView of(TrustedDevice d) {
    return new DeviceView(d.id(), d.name(), d.createdAt(), d.lastSeenAt(), d.expiresAt());
  }
}
