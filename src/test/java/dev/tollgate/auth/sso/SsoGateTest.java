package dev.tollgate.auth.sso;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tollgate.auth.mfa.DeviceStandIn;
import dev.tollgate.auth.mfa.SecondFactors;
import dev.tollgate.auth.session.SessionFixtures;
import dev.tollgate.auth.session.SessionService;
import dev.tollgate.auth.session.SsoSession;
import dev.tollgate.auth.sso.SsoDecision.SecondStepReason;
import dev.tollgate.auth.sso.SsoDecision.SignInReason;
import dev.tollgate.device.DeviceView;
import dev.tollgate.device.Recognition;
import dev.tollgate.device.TrustedDevices;
import dev.tollgate.mfa.InstalledFactors;
import dev.tollgate.mfa.policy.AppPolicy;
import dev.tollgate.mfa.policy.MfaPolicy;
import dev.tollgate.mfa.policy.MfaPolicySetting;
import dev.tollgate.mfa.policy.PolicyDecision;
import dev.tollgate.mfa.policy.PolicyLevel;
import dev.tollgate.mfa.policy.ScriptedPolicy;
import dev.tollgate.mfa.policy.SignInFacts;
import dev.tollgate.mfa.policy.StaticPolicy;
import dev.tollgate.shared.DomainException;
import dev.tollgate.shared.ErrorCode;
import dev.tollgate.shared.TimeSource;
import dev.tollgate.user.User;
import dev.tollgate.user.UserRepository;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The SSO decision as a table: session, request and policy in; the decision out. */
class SsoGateTest {
  static final Instant NOW = Instant.parse("2026-11-28T17:00:00Z");
  static final String SID = "sid-cookie";
  static final String GOOD_DEVICE = "trusted-device-cookie";
  static final List<String> PWD = List.of("pwd");
  static final List<String> PWD_OTP = List.of("pwd", "otp", "mfa");
  static final List<String> PWD_PASSKEY = List.of("pwd", "hwk", "user", "mfa");
  static final List<String> BOTH = List.of("totp", "passkey");

  /** One row: the browser's session, the request, the policy; what the gate must answer. */
  record Row(
      String name, List<String> amr, Duration authAgo, Duration verifiedAgo, boolean sessionExists,
      boolean userActive, PolicyLevel level, int interval, List<String> enrolled, String device,
      boolean force, Duration maxAge, Duration passwordAfterAgo, String expected) {
    @Override
    public String toString() {
      return name;
    }

    static Row of(String name) {
      return new Row(name, PWD, min(5), null, true, true, PolicyLevel.DISABLED, 0, List.of(), null,
          false, null, null, "");
    }

    Row session(List<String> amr, Duration verifiedAgo) {
      return new Row(name, amr, authAgo, verifiedAgo, sessionExists, userActive, level, interval,
          enrolled, device, force, maxAge, passwordAfterAgo, expected);
    }

    Row noSession() {
      return new Row(name, amr, authAgo, verifiedAgo, false, userActive, level, interval, enrolled,
          device, force, maxAge, passwordAfterAgo, expected);
    }

    Row inactiveUser() {
      return new Row(name, amr, authAgo, verifiedAgo, sessionExists, false, level, interval,
          enrolled, device, force, maxAge, passwordAfterAgo, expected);
    }

    Row authAgo(Duration ago) {
      return new Row(name, amr, ago, verifiedAgo, sessionExists, userActive, level, interval,
          enrolled, device, force, maxAge, passwordAfterAgo, expected);
    }

    Row policy(PolicyLevel level, int interval, List<String> enrolled) {
      return new Row(name, amr, authAgo, verifiedAgo, sessionExists, userActive, level, interval,
          enrolled, device, force, maxAge, passwordAfterAgo, expected);
    }

    Row device(String device) {
      return new Row(name, amr, authAgo, verifiedAgo, sessionExists, userActive, level, interval,
          enrolled, device, force, maxAge, passwordAfterAgo, expected);
    }

    Row forced() {
      return new Row(name, amr, authAgo, verifiedAgo, sessionExists, userActive, level, interval,
          enrolled, device, true, maxAge, passwordAfterAgo, expected);
    }

    Row maxAge(Duration max) {
      return new Row(name, amr, authAgo, verifiedAgo, sessionExists, userActive, level, interval,
          enrolled, device, force, max, passwordAfterAgo, expected);
    }

    Row passwordAfter(Duration ago) {
      return new Row(name, amr, authAgo, verifiedAgo, sessionExists, userActive, level, interval,
          enrolled, device, force, maxAge, ago, expected);
    }

    Row expect(String expected) {
      return new Row(name, amr, authAgo, verifiedAgo, sessionExists, userActive, level, interval,
          enrolled, device, force, maxAge, passwordAfterAgo, expected);
    }
  }

  static Stream<Row> table() {
    return Stream.of(
        Row.of("no session cookie").noSession().expect("sign_in no_session"),
        Row.of("inactive user").inactiveUser().expect("sign_in no_session"),
        Row.of("prompt=login / ForceAuthn").session(PWD_OTP, min(1)).forced().expect("sign_in forced"),
        Row.of("max_age exceeded").authAgo(min(20)).maxAge(min(10)).expect("sign_in max_age"),
        Row.of("max_age met").authAgo(min(20)).maxAge(min(30)).expect("proceed disabled [pwd]"),
        Row.of("continuation: password not newer than the request")
            .authAgo(min(20)).passwordAfter(min(5)).expect("sign_in not_fresh"),
        Row.of("continuation: password given after the request")
            .authAgo(min(2)).passwordAfter(min(5)).expect("proceed disabled [pwd]"),
        Row.of("policy disabled, password only").expect("proceed disabled [pwd]"),
        Row.of("policy optional, user without factor")
            .policy(PolicyLevel.OPTIONAL, 0, List.of()).expect("proceed optional [pwd]"),
        Row.of("policy otp met by the session's TOTP")
            .session(PWD_OTP, min(5)).policy(PolicyLevel.OTP, 0, BOTH)
            .expect("proceed otp [pwd, otp, mfa]"),
        Row.of("policy any met by the session's passkey")
            .session(PWD_PASSKEY, min(5)).policy(PolicyLevel.ANY, 0, BOTH)
            .expect("proceed any [pwd, hwk, user, mfa]"),
        Row.of("policy passkey, session verified only TOTP")
            .session(PWD_OTP, min(5)).policy(PolicyLevel.PASSKEY, 0, BOTH)
            .expect("second_step factor_missing [passkey] 0"),
        Row.of("policy any, session without a factor")
            .policy(PolicyLevel.ANY, 0, List.of("totp")).expect("second_step factor_missing [totp] 0"),
        Row.of("policy any, no factor, trusted device, interval 0: acr says what was verified")
            .policy(PolicyLevel.ANY, 0, List.of("totp")).device(GOOD_DEVICE)
            .expect("proceed disabled [pwd]"),
        Row.of("policy passkey, no factor, device trusted after TOTP")
            .policy(PolicyLevel.PASSKEY, 0, BOTH).device(GOOD_DEVICE)
            .expect("second_step factor_missing [passkey] 0"),
        Row.of("policy otp, session verified a passkey, device trusted after TOTP")
            .session(PWD_PASSKEY, min(5)).policy(PolicyLevel.OTP, 0, BOTH).device(GOOD_DEVICE)
            .expect("proceed passkey [pwd, hwk, user, mfa]"),
        Row.of("policy any, no factor, trusted device, interval 30")
            .policy(PolicyLevel.ANY, 30, List.of("totp")).device(GOOD_DEVICE)
            .expect("second_step factor_missing [totp] 30"),
        Row.of("policy any, no factor, unknown device cookie")
            .policy(PolicyLevel.ANY, 0, List.of("totp")).device("unknown")
            .expect("second_step factor_missing [totp] 0"),
        Row.of("verified 45 min ago, interval 30")
            .session(PWD_OTP, min(45)).policy(PolicyLevel.OTP, 30, BOTH)
            .expect("second_step reverify [totp] 30"),
        Row.of("verified 45 min ago, interval 30, trusted device does not count")
            .session(PWD_OTP, min(45)).policy(PolicyLevel.OTP, 30, BOTH).device(GOOD_DEVICE)
            .expect("second_step reverify [totp] 30"),
        Row.of("verified 45 min ago, interval 0 (once per session)")
            .session(PWD_OTP, min(45)).policy(PolicyLevel.OTP, 0, BOTH)
            .expect("proceed otp [pwd, otp, mfa]"),
        Row.of("verified 10 min ago, interval 30")
            .session(PWD_OTP, min(10)).policy(PolicyLevel.OTP, 30, BOTH)
            .expect("proceed otp [pwd, otp, mfa]"),
        Row.of("policy passkey, user has no passkey")
            .session(PWD_OTP, min(5)).policy(PolicyLevel.PASSKEY, 0, List.of("totp"))
            .expect("enrollment [passkey]"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("table")
  void decides(Row row) {
    Fixture fixture = new Fixture(row);

    assertThat(describe(fixture.gate.decide(fixture.request()))).isEqualTo(row.expected());
  }

  @Test
  void asksThePolicyWithTheSessionsFacts() {
    Row row = Row.of("facts").session(PWD_OTP, min(7)).policy(PolicyLevel.OTP, 0, BOTH).device(GOOD_DEVICE);
    Fixture fixture = new Fixture(row);

    fixture.gate.decide(fixture.request());

    assertThat(fixture.policy.asked).hasSize(1);
    SignInFacts facts = fixture.policy.asked.getFirst();
    assertThat(facts.lastVerifiedAt()).isEqualTo(NOW.minus(min(7)));
    assertThat(facts.trustedDevice()).isTrue();
    assertThat(facts.enrolled()).isEqualTo(BOTH);
    assertThat(fixture.policy.apps).containsExactly(fixture.app);
  }

  @Test
  void proceedCarriesTheSessionsAuthTime() {
    Fixture fixture = new Fixture(Row.of("auth time").authAgo(min(12)));

    SsoDecision.Proceed proceed = (SsoDecision.Proceed) fixture.gate.decide(fixture.request());

    assertThat(proceed.authTime()).isEqualTo(NOW.minus(min(12)));
    assertThat(proceed.session()).isSameAs(fixture.session);
    assertThat(proceed.user()).isSameAs(fixture.user);
    assertThat(proceed.acr()).isEqualTo("disabled");
  }

  @Test
  void aStepUpOffersOnlyTheMethodsThePolicyAccepts() {
    Fixture due = new Fixture(Row.of("passkey due").session(PWD_OTP, min(5)).policy(PolicyLevel.PASSKEY, 0, BOTH));
    Fixture met = new Fixture(Row.of("met").session(PWD_OTP, min(5)).policy(PolicyLevel.OTP, 0, BOTH));

    assertThat(due.gate.stepUpMethods(due.request())).contains(List.of("passkey"));
    assertThat(met.gate.stepUpMethods(met.request())).isEmpty();
  }

  @Test
  void aPolicyRefusalPropagates() {
    Fixture fixture = new Fixture(Row.of("refused"));
    fixture.policy.refusal =
        new DomainException(ErrorCode.MFA_POLICY_SCRIPT_FAILED, "The script failed");

    assertThatThrownBy(() -> fixture.gate.decide(fixture.request()))
        .isInstanceOf(DomainException.class)
        .hasMessageContaining("script failed");
  }

  @Test
  void theDeviceIsNotConsultedWhenTheSessionHasTheFactor() {
    Fixture fixture =
        new Fixture(Row.of("no device").session(PWD_OTP, min(1)).policy(PolicyLevel.OTP, 0, BOTH)
            .device(GOOD_DEVICE));

    fixture.gate.decide(fixture.request());

    assertThat(fixture.standIn.asked).isZero();
  }

  private static String describe(SsoDecision decision) {
    return switch (decision) {
      case SsoDecision.Proceed p -> "proceed " + p.acr() + " " + p.amr();
      case SsoDecision.SignIn s -> "sign_in " + s.reason().name().toLowerCase();
      case SsoDecision.SecondStepDue s ->
          "second_step " + s.reason().name().toLowerCase() + " " + s.methods() + " "
              + s.reauthIntervalMinutes();
      case SsoDecision.EnrollmentNeeded e -> "enrollment " + e.methods();
    };
  }

  static Duration min(long minutes) {
    return Duration.ofMinutes(minutes);
  }

  /** The gate with its collaborators replaced by small doubles that follow the row. */
  static final class Fixture {
    final Row row;
    final User user = new User("a@b.test", "a", "A", "B", "hash", false, NOW.minusSeconds(86400));
    final SsoSession session;
    final AppPolicy app =
        new AppPolicy(UUID.randomUUID(), "App", "client-1", "oidc",
            new ScriptedPolicy(MfaPolicySetting.INHERITED, Optional.empty(), false, 1000));
    final PolicyDouble policy = new PolicyDouble();
    final DevicesDouble devices = new DevicesDouble();
    final StandInDouble standIn = new StandInDouble();
    final SsoGate gate = new SsoGate();

    Fixture(Row row) {
      this.row = row;
      Instant verified = row.verifiedAgo() == null ? null : NOW.minus(row.verifiedAgo());
      session = SessionFixtures.session(user.id(), NOW.minus(row.authAgo()), row.amr(), verified);
      gate.sessions = new SessionService() {
        @Override
        public Optional<SsoSession> findActive(String raw) {
          return row.sessionExists() && SID.equals(raw) ? Optional.of(session) : Optional.empty();
        }
      };
      gate.users = new UserRepository() {
        @Override
        public Optional<User> findById(UUID id) {
          return id.equals(user.id()) ? Optional.of(row.userActive() ? user : inactive(user)) : Optional.empty();
        }
      };
      gate.policy = policy;
      gate.factors = new SecondFactors() {
        @Override
        public List<String> enrolledMethods(UUID userId) {
          return row.enrolled();
        }
      };
      gate.catalogue = InstalledFactors.catalogue();
      gate.trustedDevices = devices;
      gate.deviceStandIn = standIn;
      gate.time = new TimeSource() {
        @Override
        public Instant now() {
          return NOW;
        }
      };
    }

    SsoRequest request() {
      SsoRequest request = SsoRequest.of(row.sessionExists() ? SID : null, app, row.device())
          .forcingLogin(row.force()).withMaxAge(row.maxAge());
      return row.passwordAfterAgo() == null ? request : request.requiringPasswordAfter(NOW.minus(row.passwordAfterAgo()));
    }

    /** The policy table itself, with the row's level and interval. */
    final class PolicyDouble extends MfaPolicy {
      final List<SignInFacts> asked = new ArrayList<>();
      final List<AppPolicy> apps = new ArrayList<>();
      DomainException refusal;

      @Override
      public PolicyDecision decide(User who, Optional<AppPolicy> application, SignInFacts facts) {
        asked.add(facts);
        application.ifPresent(apps::add);
        if (refusal != null) {
          throw refusal;
        }
        return new PolicyDecision(
            row.level(), row.level(),
            StaticPolicy.requirement(
                InstalledFactors.catalogue(), row.level(), facts.enrolled(), Set.of("totp", "passkey"),
                false),
            row.interval(), Optional.empty());
      }
    }

    /** A device is trusted when its cookie is GOOD_DEVICE (for the facts a script sees). */
    final class DevicesDouble extends TrustedDevices {
      @Override
      public boolean isTrusted(UUID userId, String rawCookie) {
        return GOOD_DEVICE.equals(rawCookie);
      }
    }

    /**
     * GOOD_DEVICE was trusted after TOTP: it stands in at interval 0, for a level TOTP meets
     * (the rule itself is DeviceStandIn's and TrustedDevices', tested on their own).
     */
    final class StandInDouble extends DeviceStandIn {
      int asked;

      @Override
      public Recognition judge(UUID userId, String rawCookie, PolicyDecision decision) {
        asked++;
        if (rawCookie == null || decision.reauthIntervalMinutes() != 0) {
          return Recognition.NOT_APPLICABLE;
        }
        if (!GOOD_DEVICE.equals(rawCookie)) {
          return new Recognition.Rejected("unknown");
        }
        return InstalledFactors.catalogue().meets("totp", decision.effectiveLevel())
            ? new Recognition.Trusted(new DeviceView(UUID.randomUUID(), "d", NOW, NOW, NOW))
            : Recognition.NOT_APPLICABLE;
      }
    }
  }

  private static User inactive(User user) {
    return new User(user.email(), user.username(), "A", "B", "hash", false, NOW) {
      @Override
      public boolean isActive() {
        return false;
      }

      @Override
      public UUID id() {
        return user.id();
      }
    };
  }
}
