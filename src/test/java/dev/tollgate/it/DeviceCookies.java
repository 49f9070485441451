package dev.tollgate.it;

import java.util.Arrays;
import java.util.List;

/** Reads a raw Set-Cookie header attribute by attribute, whatever the separators' spacing. */
final class DeviceCookies {
  private DeviceCookies() {}

  /** The attributes after name=value, trimmed: ["Path=/", "Max-Age=0", "Secure", ...]. */
  static List<String> attributes(String setCookie) {
    List<String> parts = Arrays.stream(setCookie.split(";")).map(String::trim).toList();
    return parts.subList(1, parts.size());
  }
}
