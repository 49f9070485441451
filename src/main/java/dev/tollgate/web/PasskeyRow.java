package dev.tollgate.web;

import dev.tollgate.mfa.passkey.Passkey;
import java.io.Serializable;

/** A passkey as the profile page lists it. */
public record PasskeyRow(String id, String name, String created, String lastUsed)
    implements Serializable {
  static PasskeyRow of(Passkey passkey) {
    return new PasskeyRow(
        passkey.id().value().toString(), passkey.name(), Dates.format(passkey.createdAt(), ""),
        Dates.format(passkey.lastUsedAt(), "Never"));
  }

  public String getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public String getCreated() {
    return created;
  }

  public String getLastUsed() {
    return lastUsed;
  }
}
