package dev.tollgate.settings;

import dev.tollgate.audit.AuditLog;
import dev.tollgate.audit.AuditType;
import dev.tollgate.shared.DomainException;
import dev.tollgate.shared.ErrorCode;
import dev.tollgate.shared.TimeSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * The one place runtime settings are read and changed. Defaults come from MicroProfile Config
 * (so {@code TRUSTED_DEVICE_DURATION_DAYS=30} changes one); overrides stored in the database win.
 * Each node caches the effective values for {@link #REFRESH} and drops its cache on a local
 * change, so an override reaches every node within that time without a restart.
 */
@ApplicationScoped
public class Settings {
  static final Duration REFRESH = Duration.ofSeconds(2);
  private static final Logger LOG = Logger.getLogger(Settings.class.getName());

  @PersistenceContext EntityManager em;
  @Inject Config config;
  @Inject TimeSource time;
  @Inject AuditLog audit;
  @Inject MethodVocabulary methods;

  private volatile Cached cached;

  public SettingsSnapshot current() {
    Cached c = cached;
    Instant now = time.now();
    if (c == null || now.isAfter(c.loadedAt.plus(REFRESH)) || now.isBefore(c.loadedAt)) {
      c = new Cached(load(), now);
      cached = c;
    }
    return c.snapshot;
  }

  /** Validates every key first; one bad key rejects the whole change (nothing is written). */
  @Transactional
  public SettingsSnapshot update(JsonObject changes, UUID actorId) {
    Map<SettingKey, String> parsed = new EnumMap<>(SettingKey.class);
    for (Map.Entry<String, JsonValue> entry : changes.entrySet()) {
      SettingKey key =
          SettingKey.fromKey(entry.getKey())
              .orElseThrow(() -> invalid(entry.getKey(), "is not a setting"));
      try {
        parsed.put(key, key.type(vocabulary()).fromJson(entry.getValue()));
      } catch (IllegalArgumentException e) {
        throw invalid(entry.getKey(), e.getMessage());
      }
    }
    SettingsSnapshot before = load();
    Map<String, Object> changed = new LinkedHashMap<>();
    Instant now = time.now();
    parsed.forEach(
        (key, value) -> {
          SettingOverride row = em.find(SettingOverride.class, key.key());
          if (row == null) {
            em.persist(new SettingOverride(key.key(), value, now, actorId));
          } else {
            row.change(value, now, actorId);
          }
          if (!value.equals(before.text(key))) {
            changed.put(key.key(), Map.of("from", before.text(key), "to", value));
          }
        });
    em.flush();
    cached = null;
    if (!changed.isEmpty()) {
      audit.record(AuditType.SETTINGS_CHANGED, null, Map.of("changes", changed));
    }
    return load();
  }

  private SettingsSnapshot load() {
    Map<SettingKey, String> values = new EnumMap<>(SettingKey.class);
    for (SettingKey key : SettingKey.values()) {
      values.put(key, configuredDefault(key));
    }
    for (SettingOverride row :
        em.createQuery("select s from SettingOverride s", SettingOverride.class).getResultList()) {
      SettingKey.fromKey(row.name())
          .ifPresent(
              key -> {
                try {
                  values.put(key, key.type(vocabulary()).fromText(row.value()));
                } catch (IllegalArgumentException e) {
                  LOG.warning("Ignoring stored setting " + row.name() + ": " + e.getMessage());
                }
              });
    }
    return new SettingsSnapshot(values);
  }

  private String configuredDefault(SettingKey key) {
    return config
        .getOptionalValue(key.key(), String.class)
        .map(
            text -> {
              try {
                return key.type(vocabulary()).fromText(text);
              } catch (IllegalArgumentException e) {
                LOG.warning(
                    "Configured default for " + key.key() + " " + e.getMessage() + "; using "
                        + key.builtInDefault(vocabulary()));
                return key.builtInDefault(vocabulary());
              }
            })
        .orElse(key.builtInDefault(vocabulary()));
  }

  private List<String> vocabulary() {
    return methods.allowableMethods();
  }

  private static DomainException invalid(String key, String problem) {
    return new DomainException(ErrorCode.INVALID_SETTING, "Setting " + key + " " + problem)
        .withDetails(Map.of("key", key));
  }

  private record Cached(SettingsSnapshot snapshot, Instant loadedAt) {}
}
