package dev.tollgate.saml;

import dev.tollgate.shared.web.JsonbConfiguration;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.ArrayList;
import java.util.List;

/** Attribute mappings stored as a JSON array in one column. */
@Converter
public class AttributeMappingsColumn implements AttributeConverter<List<AttributeMapping>, String> {
  private static final java.lang.reflect.Type LIST =
      new ArrayList<AttributeMapping>() {}.getClass().getGenericSuperclass();

  @Override
  public String convertToDatabaseColumn(List<AttributeMapping> mappings) {
    return JsonbConfiguration.jsonb().toJson(mappings == null ? List.of() : mappings);
  }

  @Override
  public List<AttributeMapping> convertToEntityAttribute(String json) {
    if (json == null || json.isBlank()) {
      return List.of();
    }
    List<AttributeMapping> mappings = JsonbConfiguration.jsonb().fromJson(json, LIST);
    return List.copyOf(mappings);
  }
}
