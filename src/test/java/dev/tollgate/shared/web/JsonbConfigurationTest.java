package dev.tollgate.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tollgate.user.UserCommands;
import jakarta.json.bind.JsonbException;
import dev.tollgate.auth.web.AuthResponses;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonbConfigurationTest {
  private static UserCommands.UpdateUser read(String json) {
    return JsonbConfiguration.jsonb().fromJson(json, UserCommands.UpdateUser.class);
  }

  @Test
  void namesAreSnakeCaseBothWays() {
    assertThat(read("{\"first_name\":\"Ada\",\"is_admin\":true}"))
        .isEqualTo(new UserCommands.UpdateUser(null, null, "Ada", null, null, true));
    assertThat(JsonbConfiguration.jsonb().toJson(new AuthResponses.MfaRequiredBody(true, null, List.of("totp"), 300)))
        .isEqualTo("{\"expires_in\":300,\"methods\":[\"totp\"],\"mfa_required\":true}");
    assertThat(JsonbConfiguration.jsonb().toJson(new AuthResponses.MfaRequiredBody(true, "t", List.of(), 300)))
        .contains("\"mfa_token\":\"t\"");
  }

  @Test
  void booleansAreTrueFalseOrNull() {
    assertThat(read("{\"is_admin\":false}").isAdmin()).isFalse();
    assertThat(read("{\"is_active\":true}").isActive()).isTrue();
    assertThat(read("{\"is_active\":null}").isActive()).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"1", "0", "\"yes\"", "\"true\"", "[]", "{}"})
  void anythingElseWhereABooleanBelongsIsRefused(String value) {
    assertThatThrownBy(() -> read("{\"is_admin\":" + value + "}"))
        .isInstanceOf(JsonbException.class)
        .hasRootCauseMessage("Expected true or false");
  }
}
