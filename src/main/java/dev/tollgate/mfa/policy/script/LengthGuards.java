package dev.tollgate.mfa.policy.script;

import org.graalvm.polyglot.Source;

/**
 * Installed in every context before the script runs. GraalJS runs some builtins as Java loops
 * over a length the script chooses, and those loops neither look for the cancellation of the
 * context nor allocate in a way the engine limits: {@code Array.prototype.toSorted.call({length:
 * 5e7})} kept a thread busy for seconds after its time limit, allocating gigabytes, and left a
 * 200 MiB array behind. The same holds for the other generic array methods, {@code Array.from},
 * the locale lists of {@code Intl} and the {@code toLocale...} methods, and {@code
 * JSON.stringify}'s replacer list. Each of them is replaced by a proxy that refuses, with a
 * {@code RangeError}, a receiver or argument whose {@code length} is above {@link #MAX_LENGTH}
 * before the builtin starts. The originals stay reachable only to the proxies.
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
                const { apply, construct } = Reflect;
                const ProxyOf = Proxy;
                const owns = Object.getOwnPropertyNames;
                const check = (value) => {
                  if ((typeof value === 'object' && value !== null) || typeof value === 'function') {
                    const length = value.length;
                    if (length > limit) {
                      throw new RangeError('A length above ' + limit + ' is not allowed in selector scripts');
                    }
                  }
                };
                const checkAll = (self, args) => {
                  check(self);
                  for (let i = 0; i < args.length; i++) check(args[i]);
                };
                const handler = {
                  apply(target, self, args) { checkAll(self, args); return apply(target, self, args); },
                  construct(target, args, newTarget) {
                    checkAll(undefined, args);
                    return construct(target, args, newTarget);
                  },
                };
                const guard = (owner, name) => {
                  const original = owner[name];
                  if (typeof original === 'function' && name !== 'constructor') {
                    owner[name] = new ProxyOf(original, handler);
                  }
                };
                const guardAll = (owner) => { for (const name of owns(owner)) guard(owner, name); };
                guardAll(Array.prototype);
                guard(Array, 'from');
                for (const name of owns(Intl)) {
                  if (typeof Intl[name] === 'function') guardAll(Intl[name]);
                }
                guardAll(Intl);
                guard(String.prototype, 'localeCompare');
                guard(String.prototype, 'toLocaleLowerCase');
                guard(String.prototype, 'toLocaleUpperCase');
                guard(Number.prototype, 'toLocaleString');
                guard(Date.prototype, 'toLocaleString');
                guard(Date.prototype, 'toLocaleDateString');
                guard(Date.prototype, 'toLocaleTimeString');
                guard(JSON, 'stringify');
              })
              """,
              "tollgate-guards.js")
          .buildLiteral();

  private LengthGuards() {}
}
