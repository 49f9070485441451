package dev.tollgate.device;

import java.util.List;
import java.util.Map;

/**
 * The name a device gets when its owner gives none: browser and system read from the
 * User-Agent ("Firefox on Linux"), so the list of devices means something to a person.
 */
public final class DeviceNames {
  public static final int MAX_LENGTH = 100;
  static final String FALLBACK = "Unknown browser";

  // Order matters: Edge and Opera also claim Chrome, Chrome also claims Safari.
  private static final List<Map.Entry<String, String>> BROWSERS =
      List.of(
          Map.entry("Edg/", "Edge"), Map.entry("EdgA/", "Edge"), Map.entry("OPR/", "Opera"),
          Map.entry("Firefox/", "Firefox"), Map.entry("FxiOS/", "Firefox"),
          Map.entry("CriOS/", "Chrome"), Map.entry("Chrome/", "Chrome"),
          Map.entry("Safari/", "Safari"));
  // iPhone and Android come before Mac OS X and Linux, which they also mention.
  private static final List<Map.Entry<String, String>> SYSTEMS =
      List.of(
          Map.entry("iPhone", "iOS"), Map.entry("iPad", "iPadOS"), Map.entry("Android", "Android"),
          Map.entry("Windows", "Windows"), Map.entry("CrOS", "ChromeOS"),
          Map.entry("Mac OS X", "macOS"), Map.entry("Linux", "Linux"));

  private DeviceNames() {}

  /** The requested name, trimmed; or one made from the User-Agent when none is given. */
  public static String choose(String requested, String userAgent) {
    if (requested != null && !requested.isBlank()) {
      return requested.strip();
    }
    return fromUserAgent(userAgent);
  }

  static String fromUserAgent(String userAgent) {
    if (userAgent == null) {
      return FALLBACK;
    }
    String browser = first(BROWSERS, userAgent);
    String system = first(SYSTEMS, userAgent);
    if (browser == null) {
      return system == null ? FALLBACK : "Browser on " + system;
    }
    return system == null ? browser : browser + " on " + system;
  }

  private static String first(List<Map.Entry<String, String>> table, String userAgent) {
    for (Map.Entry<String, String> entry : table) {
      if (userAgent.contains(entry.getKey())) {
        return entry.getValue();
      }
    }
    return null;
  }
}
