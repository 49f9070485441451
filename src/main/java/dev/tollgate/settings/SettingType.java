package dev.tollgate.settings;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How one setting is written and checked. Values are kept as canonical text (database and
 * MicroProfile Config alike) and shown as typed JSON.
 */
sealed interface SettingType {

  /** Canonical text for a JSON value, or {@link IllegalArgumentException} saying what is wrong. */
  String fromJson(JsonValue value);

  /** Canonical text for a configured (environment, properties) value. */
  String fromText(String text);

  JsonValue toJson(String canonical);

  record IntRange(int min, int max) implements SettingType {
    @Override
    public String fromJson(JsonValue value) {
      if (!(value instanceof JsonNumber number) || !number.isIntegral()) {
        throw new IllegalArgumentException("must be a whole number from " + min + " to " + max);
      }
      try {
        // exact: longValue() would wrap 2^64 + 10 round to 10
        return check(number.bigIntegerValueExact().longValueExact());
      } catch (ArithmeticException tooLarge) {
        throw new IllegalArgumentException("must be a whole number from " + min + " to " + max);
      }
    }

    @Override
    public String fromText(String text) {
      try {
        return check(Long.parseLong(text.trim()));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("must be a whole number from " + min + " to " + max);
      }
    }

    private String check(long value) {
      if (value < min || value > max) {
        throw new IllegalArgumentException("must be a whole number from " + min + " to " + max);
      }
      return Long.toString(value);
    }

    @Override
    public JsonValue toJson(String canonical) {
      return Json.createValue(Integer.parseInt(canonical));
    }
  }

  record Bool() implements SettingType {
    @Override
    public String fromJson(JsonValue value) {
      if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
        return Boolean.toString(value == JsonValue.TRUE);
      }
      throw new IllegalArgumentException("must be true or false");
    }

    @Override
    public String fromText(String text) {
      String t = text.trim().toLowerCase(java.util.Locale.ROOT);
      if (t.equals("true") || t.equals("false")) {
        return t;
      }
      throw new IllegalArgumentException("must be true or false");
    }

    @Override
    public JsonValue toJson(String canonical) {
      return Boolean.parseBoolean(canonical) ? JsonValue.TRUE : JsonValue.FALSE;
    }
  }

  record OneOf(List<String> allowed) implements SettingType {
    @Override
    public String fromJson(JsonValue value) {
      if (!(value instanceof JsonString s)) {
        throw new IllegalArgumentException("must be one of " + String.join(", ", allowed));
      }
      return fromText(s.getString());
    }

    @Override
    public String fromText(String text) {
      String t = text.trim();
      if (!allowed.contains(t)) {
        throw new IllegalArgumentException("must be one of " + String.join(", ", allowed));
      }
      return t;
    }

    @Override
    public JsonValue toJson(String canonical) {
      return Json.createValue(canonical);
    }
  }

  /** A non-empty subset, written as {@code "totp,passkey"} or {@code ["totp","passkey"]}. */
  record SubsetOf(List<String> allowed) implements SettingType {
    @Override
    public String fromJson(JsonValue value) {
      if (value instanceof JsonString s) {
        return fromText(s.getString());
      }
      if (value instanceof JsonArray array) {
        if (!array.stream().allMatch(v -> v instanceof JsonString)) {
          throw new IllegalArgumentException(message());
        }
        return canonical(array.getValuesAs(JsonString::getString));
      }
      throw new IllegalArgumentException(message());
    }

    @Override
    public String fromText(String text) {
      return canonical(Arrays.asList(text.split(",")));
    }

    private String canonical(List<String> items) {
      Set<String> chosen =
          items.stream().map(String::trim).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
      if (chosen.isEmpty() || !allowed.containsAll(chosen)) {
        throw new IllegalArgumentException(message());
      }
      Set<String> ordered = new LinkedHashSet<>();
      allowed.stream().filter(chosen::contains).forEach(ordered::add);
      return String.join(",", ordered);
    }

    private String message() {
      return "must be a non-empty list drawn from " + String.join(", ", allowed);
    }

    @Override
    public JsonValue toJson(String canonical) {
      return Json.createValue(canonical);
    }
  }
}
