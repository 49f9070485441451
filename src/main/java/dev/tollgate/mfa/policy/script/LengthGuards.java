package dev.tollgate.mfa.policy.script;

import org.graalvm.polyglot.Source;

/**
 * Installed in every context before the script runs. GraalJS runs some builtins as Java loops
 * over a length the script chooses, and those loops neither look for the cancellation of the
 * context nor allocate in a way the engine limits: {@code Array.prototype.toSorted.call({length:
 * 5e7})} kept a thread busy for seconds after its time limit, allocating gigabytes, and left a
 * 200 MiB array behind. The same holds for the other generic array methods, {@code Array.from},
 * {@code JSON.stringify}'s replacer list and the locale lists of {@code Intl} and of the {@code
 * toLocale...} methods. Each of them is replaced by a proxy that checks the length first:
 *
 * <ul>
 *   <li>a receiver or array-like argument is refused (a {@code RangeError}) when its length is
 *       above {@link #MAX_LENGTH}, and also when the length is computed (a getter, an object with
 *       {@code valueOf}), because then the builtin could read another length than the check;
 *   <li>a locale list is copied, so the builtin reads the length of a list no code of the script
 *       can reach (a locale list is read after the script's own {@code toString}s have run).
 * </ul>
 *
 * <p>{@code Proxy} itself is removed from the script's global object: a proxy could answer the
 * check with one length and the builtin with another. The handlers have no prototype, so no
 * trap can be inherited from {@code Object.prototype}, and the checks use only what they took
 * from the context before the script ran. The originals stay reachable only to the proxies.
 */
final class LengthGuards {
  /** Far above what a policy script handles (a user's few groups), far below a costly loop. */
  static final int MAX_LENGTH = 1 << 16;

  static final Source SOURCE =
      Source.newBuilder(
              "js",
              """
              (function (limit) {
                'use strict';
                const { apply, construct, defineProperty, getOwnPropertyDescriptor, getPrototypeOf } = Reflect;
                const { hasOwn, getOwnPropertyNames } = Object;
                const ProxyOf = Proxy, ArrayOf = Array, NumberOf = Number, RangeErrorOf = RangeError;
                const trunc = Math.trunc, iteratorKey = Symbol.iterator;
                const typedArrayLength =
                    getOwnPropertyDescriptor(getPrototypeOf(Int8Array.prototype), 'length').get;
                const localeToString = Intl.Locale.prototype.toString;

                const refuse = (what) => { throw new RangeErrorOf(what + ' is not allowed in selector scripts'); };
                const isObject = (v) => (typeof v === 'object' && v !== null) || typeof v === 'function';
                const lookup = (o, key) => {
                  for (let p = o; p !== null; p = getPrototypeOf(p)) {
                    const d = getOwnPropertyDescriptor(p, key);
                    if (d !== undefined) return d;
                  }
                  return undefined;
                };
                /** The length the builtin will read, found without running any of the script's code. */
                const checkLength = (o) => {
                  if (!isObject(o)) return;
                  const d = lookup(o, 'length');
                  if (d === undefined) return;
                  if (!hasOwn(d, 'value') && d.get !== typedArrayLength) refuse('A length computed by a getter');
                  const length = hasOwn(d, 'value') ? d.value : apply(typedArrayLength, o, []);
                  if (isObject(length)) refuse('A length that is an object');
                  if (typeof length !== 'symbol' && +length > limit) refuse('A length above ' + limit);
                };
                /** Array.from walks an iterable step by step and an array-like by its length. */
                const checkIterableOrLength = (o) => {
                  if (!isObject(o)) return;
                  const d = lookup(o, iteratorKey);
                  if (d !== undefined && !hasOwn(d, 'value')) refuse('An iterator computed by a getter');
                  if (d === undefined || d.value === undefined || d.value === null) checkLength(o);
                };
                const localeList = (locales) => {
                  if (!isObject(locales)) return locales;
                  try {
                    apply(localeToString, locales, []);
                    return locales;
                  } catch (notALocale) {
                    // a list of locales
                  }
                  const length = trunc(NumberOf(locales.length)) || 0;
                  if (length > limit) refuse('A length above ' + limit);
                  const copy = new ArrayOf(length > 0 ? length : 0);
                  for (let k = 0; k < length; k++) {
                    if (k in locales) {
                      defineProperty(copy, k, { value: locales[k], writable: true, enumerable: true, configurable: true });
                    }
                  }
                  return copy;
                };
                const localesAt = (i) => (self, args) => { if (args.length > i) args[i] = localeList(args[i]); };
                const receiver = (self) => checkLength(self);

                const guard = (owner, name, check) => {
                  const original = owner[name];
                  const handler = {
                    __proto__: null,
                    apply(target, self, args) { check(self, args); return apply(target, self, args); },
                    construct(target, args, newTarget) {
                      check(undefined, args);
                      return construct(target, args, newTarget);
                    },
                  };
                  const guarded = new ProxyOf(original, handler);
                  owner[name] = guarded;
                  return guarded;
                };

                const arrayChecks = {
                  __proto__: null,
                  concat(self, args) {
                    checkLength(self);
                    for (let i = 0; i < args.length; i++) checkLength(args[i]);
                  },
                  toLocaleString(self, args) { checkLength(self); localesAt(0)(self, args); },
                };
                for (const name of getOwnPropertyNames(Array.prototype)) {
                  if (typeof Array.prototype[name] === 'function' && name !== 'constructor') {
                    guard(Array.prototype, name, arrayChecks[name] || receiver);
                  }
                }
                guard(Array, 'from', (self, args) => checkIterableOrLength(args[0]));
                guard(JSON, 'stringify', (self, args) => checkLength(args[1]));
                for (const name of getOwnPropertyNames(Intl)) {
                  const value = Intl[name];
                  if (typeof value !== 'function' || name === 'Locale') continue;
                  if (typeof value.supportedLocalesOf === 'function') guard(value, 'supportedLocalesOf', localesAt(0));
                  const guarded = guard(Intl, name, localesAt(0));
                  if (value.prototype) value.prototype.constructor = guarded;
                }
                guard(String.prototype, 'localeCompare', localesAt(1));
                guard(String.prototype, 'toLocaleLowerCase', localesAt(0));
                guard(String.prototype, 'toLocaleUpperCase', localesAt(0));
                guard(Number.prototype, 'toLocaleString', localesAt(0));
                guard(Date.prototype, 'toLocaleString', localesAt(0));
                guard(Date.prototype, 'toLocaleDateString', localesAt(0));
                guard(Date.prototype, 'toLocaleTimeString', localesAt(0));
                delete globalThis.Proxy;
              })
              """,
              "tollgate-guards.js")
          .buildLiteral();

  private LengthGuards() {}
}
