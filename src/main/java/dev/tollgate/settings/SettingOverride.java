package dev.tollgate.settings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An administrator's value for one setting; it wins over the configured default. */
@Entity
@Table(name = "setting")
public class SettingOverride {
  @Id
  @Column(name = "name")
  private String name;

  @Column(name = "setting_value", nullable = false)
  private String value;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "updated_by")
  private UUID updatedBy;

  protected SettingOverride() {}

  SettingOverride(String name, String value, Instant updatedAt, UUID updatedBy) {
    this.name = name;
    this.value = value;
    this.updatedAt = updatedAt;
    this.updatedBy = updatedBy;
  }

  String name() {
    return name;
  }

  String value() {
    return value;
  }

  void change(String value, Instant at, UUID by) {
    this.value = value;
    this.updatedAt = at;
    this.updatedBy = by;
  }
}
