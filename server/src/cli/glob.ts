/**
 * A small glob matcher, enough for naming letters on the command line without a dependency:
 *   `*` any characters within one path segment, `?` one character, `**` any number of folders,
 *   `{a,b}` alternatives (they may nest), `[abc]` / `[!abc]` a character class, `\x` a literal x.
 * Patterns use `/` as the separator (and `\` too on Windows, where it cannot be an escape).
 */

const MAGIC = /[*?{[]/;

export function isGlob(pattern: string): boolean {
  return MAGIC.test(pattern.replace(/\\./g, ''));
}

/** A path or pattern with forward slashes and without a leading `./`. */
export function toSlashes(p: string): string {
  const slashed = process.platform === 'win32' ? p.replace(/\\/g, '/') : p;
  return slashed.replace(/^(\.\/)+(?=.)/, '');
}

/** A pattern's leading segments that hold no magic character (never the last one), and the rest. */
function splitFixed(pattern: string): { fixed: string[]; rest: string[] } {
  const segments = toSlashes(pattern).split('/');
  let k = 0;
  while (k < segments.length - 1 && !isGlob(segments[k])) k++;
  return { fixed: segments.slice(0, k), rest: segments.slice(k) };
}

/** The folder a pattern's matches all lie under. */
export function globBase(pattern: string): string {
  const { fixed } = splitFixed(pattern);
  if (!fixed.length) return '.';
  const base = fixed.join('/') || '/';
  return process.platform === 'win32' ? base : base.replace(/\\(.)/g, '$1');
}

/** How many folders below the base a match can lie, or Infinity when the pattern has `**` (or `/` in braces). */
export function globDepth(pattern: string): number {
  const p = toSlashes(pattern);
  if (p.includes('**') || /\{[^}]*\/[^}]*\}/.test(p)) return Infinity;
  return splitFixed(p).rest.length - 1;
}

function escapeRegExp(ch: string): string {
  return /[\\^$.*+?()[\]{}|/]/.test(ch) ? `\\${ch}` : ch;
}

/** Translates a glob to a regular-expression source; `i` walks the pattern, `stop` ends an alternative. */
function translate(p: string, state: { i: number }, inBraces: boolean): string {
  let out = '';
  while (state.i < p.length) {
    const ch = p[state.i];
    if (inBraces && (ch === ',' || ch === '}')) return out;
    state.i++;
    if (ch === '\\' && state.i < p.length) { out += escapeRegExp(p[state.i++]); continue; }
    if (ch === '*') {
      if (p[state.i] === '*') {
        state.i++;
        const atStart = state.i - 2 === 0 || '/{,'.includes(p[state.i - 3]);
        if (atStart && p[state.i] === '/') { state.i++; out += '(?:[^/]*/)*'; continue; } // `**/`: zero or more folders
        if (atStart && state.i >= p.length) { out += '.*'; continue; } // a trailing `**`: everything below
        out += '[^/]*'; // `**` inside a segment is just `*`
        continue;
      }
      out += '[^/]*';
      continue;
    }
    if (ch === '?') { out += '[^/]'; continue; }
    if (ch === '[') {
      const close = p.indexOf(']', state.i + 1);
      if (close < 0) { out += '\\['; continue; }
      let body = p.slice(state.i, close);
      state.i = close + 1;
      const negate = body.startsWith('!') || body.startsWith('^');
      if (negate) body = body.slice(1);
      out += `[${negate ? '^/' : ''}${body.replace(/[\\\]^]/g, (c) => `\\${c}`)}]`;
      continue;
    }
    if (ch === '{') {
      const alternatives: string[] = [];
      const start = state.i;
      for (;;) {
        alternatives.push(translate(p, state, true));
        if (state.i >= p.length) { state.i = start; alternatives.length = 0; break; } // unclosed: a literal brace
        if (p[state.i++] === '}') break;
      }
      out += alternatives.length ? `(?:${alternatives.join('|')})` : '\\{';
      continue;
    }
    out += escapeRegExp(ch);
  }
  return out;
}

/** A regular expression matching whole paths (with `/` separators) against the pattern. */
export function globToRegExp(pattern: string): RegExp {
  return new RegExp(`^${translate(toSlashes(pattern), { i: 0 }, false)}$`);
}
