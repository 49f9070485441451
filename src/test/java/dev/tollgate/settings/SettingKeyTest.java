package dev.tollgate.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.io.StringReader;
import dev.tollgate.mfa.InstalledFactors;
import java.util.Arrays;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every key of SPEC §2: its name, default, and what it accepts, checked against the table. */
class SettingKeyTest {
  /** The methods the shipped factors let administrators allow, as their declarations say. */
  static final List<String> METHODS = InstalledFactors.catalogue().allowableMethods();

  /** SPEC §2, copied by hand: key, default, min, max for the whole-number settings. */
  static Stream<Arguments> ranges() {
    return Stream.of(
        Arguments.of("mfa_reauth_interval_minutes", "0", 0, 525_600),
        Arguments.of("trusted_device_duration_days", "0", 0, 365),
        Arguments.of("session_duration_days", "7", 1, 365),
        Arguments.of("token_duration_hours", "24", 1, 720),
        Arguments.of("mfa_max_attempts", "5", 1, 100),
        Arguments.of("mfa_lockout_minutes", "15", 1, 1440),
        Arguments.of("login_max_attempts", "10", 1, 1000),
        Arguments.of("password_min_length", "8", 8, 128));
  }

  private static final Map<String, String> SPEC_DEFAULTS = new LinkedHashMap<>();

  static {
    SPEC_DEFAULTS.put("mfa_policy", "disabled");
    SPEC_DEFAULTS.put("mfa_allowed_methods", "totp,passkey");
    SPEC_DEFAULTS.put("mfa_enforce_enrollment", "false");
    ranges().forEach(a -> SPEC_DEFAULTS.put((String) a.get()[0], (String) a.get()[1]));
  }

  private static SettingKey key(String name) {
    return SettingKey.fromKey(name).orElseThrow();
  }

  private static JsonValue json(String text) {
    return Json.createReader(new StringReader(text)).readValue();
  }

  private static String accept(String name, String jsonText) {
    return key(name).type(METHODS).fromJson(json(jsonText));
  }

  private static void refuse(String name, String jsonText) {
    assertThatThrownBy(() -> accept(name, jsonText))
        .as("%s = %s", name, jsonText)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("must be");
  }

  @Test
  void theKeysAreExactlyThoseOfTheSpecWithTheirDefaults() {
    assertThat(Arrays.stream(SettingKey.values()).map(SettingKey::key))
        .containsExactlyInAnyOrderElementsOf(SPEC_DEFAULTS.keySet());
    for (SettingKey key : SettingKey.values()) {
      assertThat(key.builtInDefault(METHODS)).as(key.key()).isEqualTo(SPEC_DEFAULTS.get(key.key()));
      assertThat(key.type(METHODS).fromText(key.builtInDefault(METHODS))).as(key.key()).isEqualTo(key.builtInDefault(METHODS));
    }
  }

  @Test
  void keysAreFoundByTheirWireNameOnly() {
    assertThat(SettingKey.fromKey("mfa_policy")).contains(SettingKey.MFA_POLICY);
    assertThat(SettingKey.fromKey("MFA_POLICY")).isEmpty();
    assertThat(SettingKey.fromKey("mfa-policy")).isEmpty();
    assertThat(SettingKey.fromKey("no_such_setting")).isEmpty();
    assertThat(SettingKey.fromKey("")).isEmpty();
    assertThat(SettingKey.fromKey(null)).isEmpty();
  }

  @ParameterizedTest(name = "{0} accepts {2} and {3}")
  @MethodSource("ranges")
  void wholeNumbersAcceptBothBoundsInclusive(String name, String def, int min, int max) {
    assertThat(accept(name, Integer.toString(min))).isEqualTo(Integer.toString(min));
    assertThat(accept(name, Integer.toString(max))).isEqualTo(Integer.toString(max));
    assertThat(key(name).type(METHODS).toJson(Integer.toString(max))).isEqualTo(Json.createValue(max));
  }

  @ParameterizedTest(name = "{0} refuses values outside {2}..{3}")
  @MethodSource("ranges")
  void wholeNumbersRefuseValuesOutOfRange(String name, String def, int min, int max) {
    refuse(name, Integer.toString(min - 1));
    refuse(name, Integer.toString(max + 1));
    refuse(name, "-1");
    refuse(name, "2147483648");
    refuse(name, "-9223372036854775809");
    // 2^64 + 10: wraps to 10 when narrowed to a long
    refuse(name, "18446744073709551626");
    refuse(name, "1e30");
  }

  @ParameterizedTest(name = "{0} refuses other JSON types")
  @MethodSource("ranges")
  void wholeNumbersRefuseOtherJsonTypes(String name, String def, int min, int max) {
    refuse(name, "\"" + max + "\"");
    refuse(name, (min + 0.5) + "");
    refuse(name, "true");
    refuse(name, "null");
    refuse(name, "[" + max + "]");
    refuse(name, "{\"value\": " + max + "}");
  }

  @ParameterizedTest(name = "{0} from configuration text")
  @MethodSource("ranges")
  void wholeNumbersFromConfigurationText(String name, String def, int min, int max) {
    SettingType type = key(name).type(METHODS);
    assertThat(type.fromText(" " + max + " ")).isEqualTo(Integer.toString(max));
    assertThatThrownBy(() -> type.fromText(Integer.toString(max + 1))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> type.fromText("ten")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> type.fromText("")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> type.fromText("99999999999999999999")).isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"disabled", "optional", "any", "otp", "passkey"})
  void theMfaPolicyAcceptsEachValueOfTheSpec(String policy) {
    assertThat(accept("mfa_policy", "\"" + policy + "\"")).isEqualTo(policy);
    assertThat(key("mfa_policy").type(METHODS).toJson(policy)).isEqualTo(Json.createValue(policy));
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"sometimes\"", "\"Optional\"", "\"\"", "\"totp\"", "1", "true", "null", "[\"any\"]"})
  void theMfaPolicyRefusesAnythingElse(String value) {
    refuse("mfa_policy", value);
  }

  @Test
  void theEnrollmentFlagIsABoolean() {
    assertThat(accept("mfa_enforce_enrollment", "true")).isEqualTo("true");
    assertThat(accept("mfa_enforce_enrollment", "false")).isEqualTo("false");
    assertThat(key("mfa_enforce_enrollment").type(METHODS).toJson("true")).isEqualTo(JsonValue.TRUE);
    assertThat(key("mfa_enforce_enrollment").type(METHODS).fromText(" TRUE ")).isEqualTo("true");
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"true\"", "1", "0", "null", "[true]", "{}"})
  void theEnrollmentFlagRefusesNonBooleans(String value) {
    refuse("mfa_enforce_enrollment", value);
  }

  @Test
  void allowedMethodsAcceptACommaListOrAnArrayAndKeepTheSpecOrder() {
    assertThat(accept("mfa_allowed_methods", "\"totp,passkey\"")).isEqualTo("totp,passkey");
    assertThat(accept("mfa_allowed_methods", "\"passkey, totp\"")).isEqualTo("totp,passkey");
    assertThat(accept("mfa_allowed_methods", "\"totp\"")).isEqualTo("totp");
    assertThat(accept("mfa_allowed_methods", "[\"passkey\"]")).isEqualTo("passkey");
    assertThat(accept("mfa_allowed_methods", "[\"passkey\",\"totp\",\"totp\"]")).isEqualTo("totp,passkey");
    assertThat(key("mfa_allowed_methods").type(METHODS).fromText("totp,passkey")).isEqualTo("totp,passkey");
    assertThat(key("mfa_allowed_methods").type(METHODS).toJson("totp,passkey"))
        .isEqualTo(Json.createValue("totp,passkey"));
  }

  @Test
  void theMethodVocabularyIsTheFactorsAndAFallbackIsNotInIt() {
    assertThat(METHODS).containsExactly("totp", "passkey");
    refuse("mfa_allowed_methods", "\"totp,recovery_code\"");
    SettingType withAThirdFactor = key("mfa_allowed_methods").type(List.of("totp", "passkey", "smartcard"));
    assertThat(withAThirdFactor.fromText("smartcard, totp")).isEqualTo("totp,smartcard");
    assertThat(key("mfa_allowed_methods").builtInDefault(List.of("totp", "passkey", "smartcard")))
        .isEqualTo("totp,passkey,smartcard");
  }

  @Test
  void thePolicyLevelsAreTheEnumsOwn() {
    assertThat(dev.tollgate.mfa.policy.PolicyLevel.wires())
        .containsExactly("disabled", "optional", "any", "otp", "passkey");
    for (String level : dev.tollgate.mfa.policy.PolicyLevel.wires()) {
      assertThat(accept("mfa_policy", "\"" + level + "\"")).isEqualTo(level);
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"\"\"", "\" , \"", "[]", "[\"\"]", "\"sms\"", "\"totp,sms\"", "[\"totp\",\"sms\"]",
        "[\"totp\",1]", "[[\"totp\"]]", "\"TOTP\"", "1", "true", "null", "{}"})
  void allowedMethodsRefuseEmptyUnknownOrMistypedValues(String value) {
    refuse("mfa_allowed_methods", value);
  }
}
