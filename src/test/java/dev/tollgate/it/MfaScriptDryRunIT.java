package dev.tollgate.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /api/v1/applications/{id}/mfa-script/test} (SPEC §5): the stored or a draft script
 * against a real user, with no side effects; hostile scripts fail safely and the server serves on.
 */
class MfaScriptDryRunIT {
  private final Api api = Api.forServer();
  /** Signed in before a test changes the global policy, which the admin's own sign-in obeys. */
  private final Api.Session admin = api.admin();

  @AfterEach
  void restoreSettings() {
    api.put("/api/v1/settings", "{\"mfa_policy\":\"disabled\",\"mfa_reauth_interval_minutes\":0}")
        .bearer(admin.token()).send();
  }

  private String application(JsonObjectBuilder extra) {
    JsonObjectBuilder body = ApplicationsIT.app("Dry run " + UUID.randomUUID(), "oidc").addAll(extra);
    Api.Reply reply = api.post("/api/v1/applications", body.build().toString()).bearer(admin.token()).send();
    assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    return reply.json().getString("id");
  }

  private Api.Reply test(String appId, JsonObjectBuilder body) {
    return api.post("/api/v1/applications/" + appId + "/mfa-script/test", body.build().toString())
        .bearer(admin.token()).send();
  }

  private String user(String prefix) {
    return api.createUser(admin, Api.uniqueEmail(prefix), "correct-horse-1", false);
  }

  @Test
  void runsTheStoredScriptAgainstARealUser() {
    String userId = user("dry-stored");
    String app = application(Json.createObjectBuilder()
        .add("mfa_policy", "optional")
        .add("mfa_selector_script",
            "function evaluate(ctx) { return ctx.user.id === '" + userId + "' && !ctx.user.is_admin"
                + " && ctx.user.email.startsWith('dry-stored') && ctx.app.type === 'oidc' ? 'any' : 'disabled'; }"
                + " function reauthInterval(ctx) { return 30; }"));

    Api.Reply reply = test(app, Json.createObjectBuilder().add("user_id", userId));

    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    JsonObject body = reply.json();
    assertThat(body.getString("result")).isEqualTo("any");
    assertThat(body.getString("effective_policy")).isEqualTo("any");
    assertThat(body.getInt("reauth_interval")).isEqualTo(30);
    assertThat(body.getJsonNumber("duration_ms").doubleValue()).isGreaterThan(0);
    assertThat(body.isNull("error")).isTrue();
  }

  @Test
  void aDraftScriptIsRunInsteadOfTheStoredOneAndNotSaved() {
    String userId = user("dry-draft");
    String app = application(Json.createObjectBuilder()
        .add("mfa_selector_script", "function evaluate(ctx) { return 'optional'; }"));

    Api.Reply reply = test(app, Json.createObjectBuilder().add("user_id", userId)
        .add("script", "function evaluate(ctx) { return 'passkey'; }"));

    assertThat(reply.json().getString("result")).isEqualTo("passkey");
    assertThat(reply.json().getString("effective_policy")).isEqualTo("passkey");
    assertThat(api.get("/api/v1/applications/" + app).bearer(admin.token()).send().json()
        .getString("mfa_selector_script")).contains("optional");
  }

  @Test
  void theScriptOnlyTightensTheStaticPolicyAndTheGlobalIntervalMayWin() {
    api.put("/api/v1/settings", "{\"mfa_reauth_interval_minutes\":20}").bearer(admin.token()).send();
    String app = application(Json.createObjectBuilder().add("mfa_policy", "otp"));

    Api.Reply reply = test(app, Json.createObjectBuilder().add("user_id", user("dry-tighten"))
        .add("script", "function evaluate(ctx) { return 'optional'; } function reauthInterval(ctx) { return 45; }"));

    assertThat(reply.json().getString("result")).isEqualTo("optional");
    assertThat(reply.json().getString("effective_policy")).isEqualTo("otp");
    assertThat(reply.json().getInt("reauth_interval")).isEqualTo(20);
  }

  @Test
  void inheritUsesTheGlobalPolicy() {
    api.put("/api/v1/settings", "{\"mfa_policy\":\"any\"}").bearer(admin.token()).send();
    String app = application(Json.createObjectBuilder());

    Api.Reply reply = test(app, Json.createObjectBuilder().add("user_id", user("dry-inherit")));

    assertThat(reply.json().isNull("result")).isTrue();
    assertThat(reply.json().getString("effective_policy")).isEqualTo("any");
    assertThat(reply.json().getInt("reauth_interval")).isZero();
  }

  @Test
  void aFailingScriptIsReportedFailSecureWithoutAnAuditEvent() {
    String userId = user("dry-fail");
    String app = application(Json.createObjectBuilder().add("mfa_policy", "optional")
        .add("mfa_selector_script", "function evaluate(ctx) { throw new Error('boom'); }"));
    Object before = failures();

    Api.Reply reply = test(app, Json.createObjectBuilder().add("user_id", userId));

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.json().getString("error")).contains("boom");
    assertThat(reply.json().isNull("effective_policy")).isTrue();
    assertThat(reply.json().isNull("result")).isTrue();
    assertThat(failures()).isEqualTo(before);
  }

  @Test
  void aFailingScriptOfAFailOpenApplicationLeavesTheStaticPolicy() {
    String app = application(Json.createObjectBuilder().add("mfa_policy", "optional")
        .add("mfa_script_fail_open", true)
        .add("mfa_selector_script", "function evaluate(ctx) { return 'maximum'; }"));

    Api.Reply reply = test(app, Json.createObjectBuilder().add("user_id", user("dry-open")));

    assertThat(reply.json().getString("result")).isEqualTo("maximum");
    assertThat(reply.json().getString("error")).contains("not a policy level");
    assertThat(reply.json().getString("effective_policy")).isEqualTo("optional");
  }

  @Test
  void hostileScriptsFailWithinTheirLimitAndTheServerServesOn() {
    String userId = user("dry-hostile");
    String app = application(Json.createObjectBuilder().add("mfa_script_timeout_ms", 1500));
    String[] attacks = {
      "function evaluate(ctx) { while (true) {} }",
      "function evaluate(ctx) { return /^(a+)+\\1$/.test('a'.repeat(30) + 'b') ? 'otp' : 'any'; }",
      "function evaluate(ctx) { var a = []; while (true) { a.push('x'.repeat(1 << 26) + a.length); } }",
      "function evaluate(ctx) { var a = []; for (var i = 0; i < 1000; i++) a.push(new Uint8Array(1 << 26)); }",
      "function evaluate(ctx) { return String(Java.type('java.lang.Runtime').getRuntime().exec('id')); }",
      "function evaluate(ctx) { return String(java.lang.System.getenv('SECRET_KEY')); }",
      "function evaluate(ctx) { return load('/etc/passwd'); }",
      "function evaluate(ctx) { return Polyglot.import('x'); }",
    };
    for (String attack : attacks) {
      long started = System.nanoTime();
      Api.Reply reply = test(app, Json.createObjectBuilder().add("user_id", userId).add("script", attack));
      long millis = (System.nanoTime() - started) / 1_000_000;

      assertThat(reply.status()).as(attack).isEqualTo(200);
      assertThat(reply.json().isNull("error")).as(attack + " -> " + reply).isFalse();
      assertThat(reply.json().isNull("effective_policy")).isTrue();
      assertThat(millis).as(attack).isLessThan(1500 + 5000);
    }
    assertThat(api.get("/health/ready").send().status()).isEqualTo(200);
    assertThat(test(app, Json.createObjectBuilder().add("user_id", userId)
        .add("script", "function evaluate(ctx) { return 'otp'; }")).json().getString("effective_policy"))
        .isEqualTo("otp");
  }

  /**
   * One allocation of 200 MiB is refused by the engine's limits inside the script (a RangeError
   * the script could catch), not cancelled after the server's heap has grown by it.
   */
  @Test
  void aLargeAllocationInOneStepFailsInsideTheScript() {
    String userId = user("dry-one-step");
    String app = application(Json.createObjectBuilder());
    String[] allocations = {
      "new ArrayBuffer(200 * 1024 * 1024)",
      "new Uint8Array(200 * 1024 * 1024)",
      "'x'.repeat(2e8)",
      "new Array(5e7).fill(1)",
      "Array.prototype.toSorted.call({length: 5e7})",
    };
    for (String allocation : allocations) {
      String script = "function evaluate(ctx) { try { " + allocation + "; } catch (e) {"
          + " return e instanceof RangeError ? 'refused' : 'other ' + e; } return 'allocated'; }";
      Api.Reply reply = test(app, Json.createObjectBuilder().add("user_id", userId).add("script", script));

      assertThat(reply.status()).as(allocation).isEqualTo(200);
      assertThat(reply.json().getString("result")).as(allocation + " -> " + reply).isEqualTo("refused");
    }
  }

  @Test
  void unknownUsersApplicationsAndBadBodiesAreRefused() {
    String app = application(Json.createObjectBuilder());

    assertThat(test(app, Json.createObjectBuilder().add("user_id", UUID.randomUUID().toString())).status())
        .isEqualTo(404);
    Api.Reply malformed = test(app, Json.createObjectBuilder().add("user_id", "nope"));
    assertThat(malformed.status()).isEqualTo(400);
    assertThat(malformed.json().getJsonObject("details").getJsonObject("fields").containsKey("user_id")).isTrue();
    assertThat(test(app, Json.createObjectBuilder()).code()).isEqualTo("validation_failed");
    assertThat(test(UUID.randomUUID().toString(), Json.createObjectBuilder().add("user_id", user("dry-404"))).status())
        .isEqualTo(404);
    String email = Api.uniqueEmail("dry-plain");
    api.createUser(admin, email, "correct-horse-1", false);
    assertThat(api.post("/api/v1/applications/" + app + "/mfa-script/test", "{\"user_id\":\"" + UUID.randomUUID() + "\"}")
        .bearer(api.login(email, "correct-horse-1").token()).send().status()).isEqualTo(403);
  }

  private Object failures() {
    return api.server().database().queryValue(
        "SELECT COUNT(*) FROM audit_event WHERE event_type = 'mfa_policy_script_failed'");
  }
}
