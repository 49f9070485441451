package dev.tollgate.settings;

import java.util.EnumMap;
import java.util.Map;

/** Settings for unit tests of beans that read them: the defaults, with some keys changed. */
public final class SettingsFixtures {
  private SettingsFixtures() {}

  public static SettingsSnapshot with(Map<SettingKey, String> changes) {
    Map<SettingKey, String> values = new EnumMap<>(SettingKey.class);
    for (SettingKey key : SettingKey.values()) {
      values.put(key, key.builtInDefault(SettingKeyTest.METHODS));
    }
    values.putAll(changes);
    return new SettingsSnapshot(values);
  }
}
