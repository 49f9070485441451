package dev.tollgate.shared.web;

import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;

final class JsonErrors {
  private JsonErrors() {}

  /** Whether the cause chain says the body could not be read as JSON of the expected shape. */
  static boolean isJsonProblem(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof JsonbException
          || t instanceof JsonParsingException
          || t instanceof jakarta.json.JsonException) {
        return true;
      }
    }
    return false;
  }
}
