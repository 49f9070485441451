package dev.tollgate.mfa.policy.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.SandboxPolicy;
import org.junit.jupiter.api.Test;

/**
 * The contexts run under the TRUSTED policy only because the allocation limits need it: the same
 * restrictions pass Truffle's CONSTRAINED validation, which refuses every one of the limits.
 */
class SandboxContextsTest {
  @Test
  void theRestrictionsPassTheConstrainedPolicy() {
    try (Engine engine = SandboxContexts.engineBuilder(SandboxPolicy.CONSTRAINED).build();
        Context context = SandboxContexts.restricted(engine, SandboxPolicy.CONSTRAINED).build()) {
      assertThat(context.eval("js", "typeof Polyglot + typeof print + typeof console").asString())
          .isEqualTo("undefinedundefinedundefined");
    }
  }

  @Test
  void theConstrainedPolicyRefusesEachAllocationLimit() {
    try (Engine engine = SandboxContexts.engineBuilder(SandboxPolicy.CONSTRAINED).build()) {
      for (Map.Entry<String, String> limit : SandboxContexts.ALLOCATION_LIMITS.entrySet()) {
        assertThatThrownBy(
                () -> SandboxContexts.restricted(engine, SandboxPolicy.CONSTRAINED)
                    .allowExperimentalOptions(true)
                    .option(limit.getKey(), limit.getValue())
                    .build()
                    .close())
            .as(limit.getKey())
            .hasMessageContaining("can only be used up to the TRUSTED sandbox policy");
      }
    }
  }

  @Test
  void theLimitsAreInForceInEveryContext() {
    try (Engine engine = SandboxContexts.engine();
        Context context = SandboxContexts.context(engine)) {
      String outcome =
          context.eval("js", """
              [() => 'x'.repeat(%d), () => new ArrayBuffer(%d), () => Math.max.apply(null, new Array(%d)),
               () => BigInt(1), () => new SharedArrayBuffer(8), () => Atomics]
                .map(f => { try { f(); return 'allowed'; } catch (e) { return e.name; } }).join()
              """.formatted(
                  SandboxContexts.MAX_STRING_LENGTH + 1,
                  SandboxContexts.MAX_TYPED_ARRAY_LENGTH + 1,
                  SandboxContexts.MAX_APPLY_ARGUMENTS + 1)).asString();

      assertThat(outcome.split(","))
          .containsExactly("RangeError", "RangeError", "RangeError", "ReferenceError", "ReferenceError", "ReferenceError");
      assertThat(context.eval("js", "'x'.repeat(%d).length".formatted(SandboxContexts.MAX_STRING_LENGTH)).asInt())
          .isEqualTo(SandboxContexts.MAX_STRING_LENGTH);
      assertThat(context.eval("js", "new Uint8Array(%d).length".formatted(SandboxContexts.MAX_TYPED_ARRAY_LENGTH)).asInt())
          .isEqualTo(SandboxContexts.MAX_TYPED_ARRAY_LENGTH);
    }
  }
}
