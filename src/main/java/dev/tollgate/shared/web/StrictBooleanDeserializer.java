package dev.tollgate.shared.web;

import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import java.lang.reflect.Type;

/**
 * Only {@code true} and {@code false} are booleans. JSON-B's default reads any other value with
 * {@code Boolean.parseBoolean}, so {@code "is_admin": 1} or {@code "yes"} silently meant false.
 */
public class StrictBooleanDeserializer implements JsonbDeserializer<Boolean> {
  @Override
  public Boolean deserialize(JsonParser parser, DeserializationContext context, Type type) {
    JsonValue value = parser.getValue();
    if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
      return value == JsonValue.TRUE;
    }
    if (value == JsonValue.NULL) {
      return null;
    }
    throw new JsonbException("Expected true or false");
  }
}
