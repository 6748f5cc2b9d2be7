/**
 * The first few characters a regular expression's matches can begin with, worked out from its source, and a table
 * that looks them up at a place in a text with a few character codes and no string made. find.ts uses it to try
 * its keyword patterns only where one of their words can stand: a superset of those places, never fewer (a
 * lookaround is read as matching anything, so it can only add prefixes). Only the syntax the patterns use is
 * understood; anything else (`.`, a negated class, a back-reference) throws when the table is made, so a pattern
 * changed beyond it fails at load and in the tests rather than missing places quietly.
 */

type Node =
  | { t: 'chars'; chars: string[] }
  | { t: 'seq'; items: Node[] }
  | { t: 'alt'; alts: Node[] }
  | { t: 'rep'; node: Node; min: number; max: number };

const EMPTY: Node = { t: 'seq', items: [] };
const range = (from: string, to: string) => Array.from({ length: to.charCodeAt(0) - from.charCodeAt(0) + 1 }, (_, i) => String.fromCharCode(from.charCodeAt(0) + i));
const DIGITS = range('0', '9');
const WORD_CHARS = [...range('A', 'Z'), ...range('a', 'z'), ...DIGITS, '_'];

function parse(source: string): Node {
  let at = 0;
  const fail = (what: string): never => { throw new Error(`lead-prefixes: ${what} at ${at} in /${source}/`); };
  const eat = (s: string) => { if (!source.startsWith(s, at)) fail(`expected '${s}'`); at += s.length; };

  /** one escaped character (after the backslash), as a set; `null` for an assertion (\b, \B) */
  function escape(inClass: boolean): string[] | null {
    const c = source[at++];
    if (c === undefined) return fail('trailing backslash');
    if (c === 'd') return DIGITS;
    if (c === 'w') return WORD_CHARS;
    if (c === 't') return ['\t'];
    if (c === 'n') return ['\n'];
    if (c === 'r') return ['\r'];
    if (c === 'u') {
      const hex = source.slice(at, at + 4);
      if (!/^[0-9a-fA-F]{4}$/.test(hex)) fail('bad \\u escape');
      at += 4;
      return [String.fromCharCode(parseInt(hex, 16))];
    }
    if (!inClass && (c === 'b' || c === 'B')) return null;
    if (/[A-Za-z0-9]/.test(c)) return fail(`unsupported escape \\${c}`);
    return [c];
  }

  function charClass(): Node {
    eat('[');
    if (source[at] === '^') fail('negated class');
    const chars: string[] = [];
    while (source[at] !== ']') {
      if (at >= source.length) fail('unclosed class');
      const one = source[at] === '\\' ? (at++, escape(true)!) : [source[at++]];
      if (source[at] === '-' && source[at + 1] !== ']' && one.length === 1) {
        at++;
        const to = source[at] === '\\' ? (at++, escape(true)!) : [source[at++]];
        if (to.length !== 1) fail('bad range');
        chars.push(...range(one[0], to[0]));
      } else chars.push(...one);
    }
    eat(']');
    return { t: 'chars', chars };
  }

  function atom(): Node {
    const c = source[at];
    if (c === '(') {
      const look = /^\(\?<?[=!]/.exec(source.slice(at, at + 4));
      if (look) {
        // a lookaround constrains the text, not what is matched: read as matching the empty string
        at += look[0].length;
        alternation();
        eat(')');
        return EMPTY;
      }
      if (source.startsWith('(?:', at)) at += 3;
      else if (source.startsWith('(?<', at)) { const end = source.indexOf('>', at); if (end < 0) fail('bad group name'); at = end + 1; }
      else if (source.startsWith('(?', at)) fail('unsupported group');
      else at++;
      const inner = alternation();
      eat(')');
      return inner;
    }
    if (c === '[') return charClass();
    if (c === '\\') { at++; const set = escape(false); return set ? { t: 'chars', chars: set } : EMPTY; }
    if (c === '^' || c === '$') { at++; return EMPTY; }
    if (c === '.' || c === '*' || c === '+' || c === '?' || c === '{') fail(`unsupported '${c}'`);
    at++;
    return { t: 'chars', chars: [c] };
  }

  function quantified(node: Node): Node {
    let min: number, max: number;
    const c = source[at];
    if (c === '?') { min = 0; max = 1; at++; }
    else if (c === '*') { min = 0; max = Infinity; at++; }
    else if (c === '+') { min = 1; max = Infinity; at++; }
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(at));
      if (!m) return fail('bad quantifier');
      at += m[0].length;
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
    } else return node;
    if (source[at] === '?') at++;
    return { t: 'rep', node, min, max };
  }

  function sequence(): Node {
    const items: Node[] = [];
    while (at < source.length && source[at] !== '|' && source[at] !== ')') items.push(quantified(atom()));
    return { t: 'seq', items };
  }

  function alternation(): Node {
    const alts = [sequence()];
    while (source[at] === '|') { at++; alts.push(sequence()); }
    return alts.length === 1 ? alts[0] : { t: 'alt', alts };
  }

  const node = alternation();
  if (at !== source.length) fail('unbalanced )');
  return node;
}

/** `a` then `b`, each string cut to `k` characters (one already `k` long is a prefix, and stays as it is) */
function concat(a: Set<string>, b: Set<string>, k: number): Set<string> {
  const out = new Set<string>();
  for (const x of a) {
    if (x.length >= k) { out.add(x); continue; }
    for (const y of b) out.add((x + y).slice(0, k));
  }
  return out;
}

function prefixesOf(node: Node, k: number): Set<string> {
  switch (node.t) {
    case 'chars': return new Set(node.chars);
    case 'seq': return node.items.reduce((acc, item) => concat(acc, prefixesOf(item, k), k), new Set(['']));
    case 'alt': return new Set(node.alts.flatMap((n) => [...prefixesOf(n, k)]));
    case 'rep': {
      const one = prefixesOf(node.node, k);
      // more repetitions than this add nothing within k characters: an empty one can be dropped, and k
      // non-empty ones already fill the prefix
      const most = Math.min(node.max, Math.max(node.min, k) + 1);
      let acc = new Set(['']);
      const out = new Set<string>();
      for (let r = 0; r <= most; r++) {
        if (r >= node.min) for (const s of acc) out.add(s);
        acc = concat(acc, one, k);
      }
      return out;
    }
  }
}

/**
 * What a match of `source` can begin with: every match's first `k` characters, or the whole match when shorter.
 * A superset (lookarounds are not applied).
 */
export function leadPrefixes(source: string, k = 3): Set<string> {
  return prefixesOf(parse(source), k);
}

/**
 * Which of several patterns can start at a place, by the first three characters there: a bit per pattern.
 * Every prefix must begin with an ASCII letter (so a word boundary before it means no word character before it).
 */
export class PrefixTable {
  private readonly one = new Uint32Array(128);
  private readonly two = new Uint32Array(128 * 128);
  /** for a two-character prefix with longer matches: 1 + the number of its block of 128 in `third` */
  private readonly block = new Uint16Array(128 * 128);
  private readonly third: Uint32Array;

  constructor(sources: readonly string[]) {
    if (sources.length > 32) throw new Error('PrefixTable: at most 32 patterns');
    const threes: [string, number][] = [];
    sources.forEach((source, i) => {
      for (const p of leadPrefixes(source, 3)) {
        if (!/^[A-Za-z][\x00-\x7f]{0,2}$/.test(p)) throw new Error(`PrefixTable: /${source}/ can start with ${JSON.stringify(p)}, not an ASCII letter`);
        const bit = 1 << i;
        if (p.length === 1) this.one[p.charCodeAt(0)] |= bit;
        else if (p.length === 2) this.two[(p.charCodeAt(0) << 7) | p.charCodeAt(1)] |= bit;
        else threes.push([p, bit]);
      }
    });
    let blocks = 0;
    for (const [p] of threes) {
      const k = (p.charCodeAt(0) << 7) | p.charCodeAt(1);
      if (!this.block[k]) this.block[k] = ++blocks;
    }
    this.third = new Uint32Array(blocks * 128);
    for (const [p, bit] of threes) this.third[((this.block[(p.charCodeAt(0) << 7) | p.charCodeAt(1)] - 1) << 7) | p.charCodeAt(2)] |= bit;
  }

  /**
   * The patterns (bits) whose prefix the text has at `at`, where an ASCII letter stands: `text` as bytes, ASCII for
   * ASCII and 128 or more for any other character (find.ts), with two bytes after `at` to read (zeros past the end).
   */
  at(text: Uint8Array, at: number, letter: number): number {
    let m = this.one[letter];
    const c2 = text[at + 1];
    if (!(c2 < 128)) return m;
    const k = (letter << 7) | c2;
    m |= this.two[k];
    const b = this.block[k];
    if (b) {
      const c3 = text[at + 2];
      if (c3 < 128) m |= this.third[((b - 1) << 7) | c3];
    }
    return m;
  }
}
