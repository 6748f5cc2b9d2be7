/**
 * `node:assert/strict` for the suites when they run in the web worker extension host, which has no Node: the
 * few assertions they use, with the same meaning (strict equality, deep strict equality, regular expressions).
 * test/e2e/web/bundle.mjs maps `node:assert/strict` here.
 */
class AssertionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AssertionError';
  }
}

const show = (v: unknown) => { try { return JSON.stringify(v); } catch { return String(v); } };
const fail = (message: string | undefined, fallback: string): never => { throw new AssertionError(message ?? fallback); };

function deepEqualValues(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  if (Array.isArray(a)) return a.length === (b as unknown[]).length && a.every((x, i) => deepEqualValues(x, (b as unknown[])[i]));
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && deepEqualValues((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

function ok(value: unknown, message?: string): asserts value {
  if (!value) fail(message, `expected a truthy value, got ${show(value)}`);
}

const assert = Object.assign(ok, {
  ok,
  equal(actual: unknown, expected: unknown, message?: string): void {
    if (!Object.is(actual, expected)) fail(message, `expected ${show(expected)}, got ${show(actual)}`);
  },
  notEqual(actual: unknown, expected: unknown, message?: string): void {
    if (Object.is(actual, expected)) fail(message, `expected anything but ${show(expected)}`);
  },
  deepEqual(actual: unknown, expected: unknown, message?: string): void {
    if (!deepEqualValues(actual, expected)) fail(message, `expected ${show(expected)}, got ${show(actual)}`);
  },
  match(text: string, re: RegExp, message?: string): void {
    if (!re.test(text)) fail(message, `expected ${show(text.slice(0, 300))} to match ${re}`);
  },
  doesNotMatch(text: string, re: RegExp, message?: string): void {
    if (re.test(text)) fail(message, `expected ${show(text.slice(0, 300))} not to match ${re}`);
  },
  fail(message?: string): never {
    return fail(message, 'failed');
  },
  AssertionError,
});

export = assert;
