package dev.tollgate.mfa.policy.script;

import jakarta.json.Json;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.time.Duration;
import java.util.List;

/** Scripts that list every builtin function of a context and call one with a huge length. */
final class BuiltinSweep {
  /** Builtins reachable only through other objects. */
  private static final String ROOTS =
      "const __roots = { globalThis: globalThis, TypedArray: Object.getPrototypeOf(Int8Array),"
          + " ArrayIterator: Object.getPrototypeOf([][Symbol.iterator]()),"
          + " StringIterator: Object.getPrototypeOf(''[Symbol.iterator]()),"
          + " RegExpStringIterator: Object.getPrototypeOf(/x/g[Symbol.matchAll]('x')),"
          + " Iterator: Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]())),"
          + " Generator: Object.getPrototypeOf(function* () {}),"
          + " AsyncFunction: Object.getPrototypeOf(async function () {}).constructor };\n";

  /**
   * Paths such as {@code globalThis["Array"].prototype["map"]}: the functions of the global
   * object and of the roots above, their static functions, their prototypes' functions, and one
   * level into namespace objects such as {@code Intl}. Descriptors only, so no getter runs.
   */
  private static final String LIST =
      ROOTS
          + "function evaluate(ctx) {\n"
          + "  const paths = [];\n"
          + "  const value = (o, k) => { const d = Object.getOwnPropertyDescriptor(o, k); return d && d.value; };\n"
          + "  const path = (p, k) => p + '[' + JSON.stringify(k) + ']';\n"
          + "  const functionsOf = (o, p) => { for (const k of Object.getOwnPropertyNames(o)) {\n"
          + "    if (typeof value(o, k) === 'function' && k !== 'constructor') paths.push(path(p, k)); } };\n"
          + "  const classOf = (f, p) => { functionsOf(f, p); if (f.prototype) functionsOf(f.prototype, p + '.prototype'); };\n"
          + "  for (const [root, o] of Object.entries(__roots)) {\n"
          + "    const base = '__roots.' + root;\n"
          + "    if (root !== 'globalThis') functionsOf(o, base);\n"
          + "    for (const k of Object.getOwnPropertyNames(o)) {\n"
          + "      const v = value(o, k);\n"
          + "      if (k === 'evaluate' || k === '__roots' || v === globalThis) continue;\n"
          + "      if (typeof v === 'function') { if (k !== 'constructor') paths.push(path(base, k)); classOf(v, path(base, k)); }\n"
          + "      else if (v && typeof v === 'object') { functionsOf(v, path(base, k));\n"
          + "        for (const k2 of Object.getOwnPropertyNames(v)) {\n"
          + "          if (typeof value(v, k2) === 'function') classOf(value(v, k2), path(path(base, k), k2)); } }\n"
          + "    }\n"
          + "  }\n"
          + "  return JSON.stringify([...new Set(paths)]);\n"
          + "}";

  private BuiltinSweep() {}

  static List<String> functions(ScriptSandbox sandbox, String ctx) {
    ScriptRun run = sandbox.run(LIST, ctx, Duration.ofSeconds(30));
    if (run.result() == null) {
      throw new IllegalStateException("Listing the builtins failed: " + run.error());
    }
    return Json.createReader(new StringReader(run.result())).readArray()
        .getValuesAs(JsonString.class).stream()
        .map(JsonString::getString)
        .map(p -> p.replace("__roots.globalThis", "globalThis"))
        .toList();
  }

  /**
   * Calls {@code builtin} with {@code huge} as its receiver, then as each of its first three
   * arguments, also as a constructor; a prototype's method gets an instance of its class as the
   * receiver in the argument calls, so that it gets as far as reading its arguments.
   */
  static String callScript(String builtin, String huge) {
    int cut = builtin.lastIndexOf(".prototype[");
    String owner = cut > 0 ? builtin.substring(0, cut) : null;
    StringBuilder body = new StringBuilder(ROOTS.replace("globalThis: globalThis, ", ""))
        .append("function evaluate(ctx) {\n")
        .append("  const f = ").append(builtin).append(";\n")
        .append("  const self = ").append(owner == null ? "undefined" : receiver(owner)).append(";\n")
        .append("  try { Reflect.apply(f, ").append(huge).append(", []); } catch (e) {}\n");
    for (int position = 0; position < 3; position++) {
      String args = "[" + "undefined, ".repeat(position) + huge + "]";
      body.append("  try { Reflect.apply(f, self, ").append(args).append("); } catch (e) {}\n")
          .append("  try { Reflect.construct(f, ").append(args).append("); } catch (e) {}\n");
    }
    return body.append("  return 'any';\n}").toString();
  }

  private static String receiver(String owner) {
    return "(() => { const C = " + owner + ";"
        + " const made = { Promise: () => Promise.resolve(1), DataView: () => new DataView(new ArrayBuffer(8)),"
        + " WeakRef: () => new WeakRef({}), FinalizationRegistry: () => new FinalizationRegistry(() => 0) };"
        + " if (made[C.name]) return made[C.name]();"
        + " try { return new C(); } catch (e) { return C.prototype; } })()";
  }
}
