/**
 * The first characters a regular expression's matches can begin with, worked out from its source, and a table
 * (a trie) that looks them up at a place in a text with a few byte reads and no string made. find.ts uses it to try
 * its keyword patterns only where one of their words can stand: a superset of those places, never fewer (a
 * lookaround is read as matching anything, so it can only add prefixes; a lookahead that ends the pattern is read
 * as part of the match, which it is a prefix of the text after). Blanks are counted loosely: a tab stands as a
 * space, and a run of them as one, in the prefixes and in the text the table reads, so `[ \t]+` adds one prefix,
 * not one per run length. Only the syntax the patterns use is understood; anything else (`.`, a negated class, a
 * back-reference) throws when the table is made (find.ts makes it on its first search), so a pattern changed beyond
 * it fails there and in the tests rather than missing places quietly.
 */

type Node =
  /** `codes`: the characters' codes, a tab's a space's, each once (worked out on the first walk) */
  | { t: 'chars'; chars: string[]; codes?: number[] }
  | { t: 'seq'; items: Node[] }
  | { t: 'alt'; alts: Node[] }
  | { t: 'rep'; node: Node; min: number; max: number }
  /** a positive lookahead */
  | { t: 'ahead'; node: Node };

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
        // a lookaround constrains the text, not what is matched: read as matching the empty string, except
        // a lookahead that ends the pattern (see `prefixesOf`)
        at += look[0].length;
        const inner = alternation();
        eat(')');
        return look[0] === '(?=' ? { t: 'ahead', node: inner } : EMPTY;
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

/** how many characters of a lookahead that ends a pattern are read as part of its match */
const AHEAD = 2;

/**
 * The prefixes of several patterns' matches, as a trie grown by walking each pattern's syntax tree from the root:
 * no string is made, and prefixes shared by many matches are walked once. (Plain loops over arrays: this runs once,
 * on the first search, mostly before the JIT compiles it.)
 */
class Trie {
  /** by node (0 is the root): its character (a tab read as a space), parent, first child, next sibling and depth */
  readonly char = [0];
  readonly parent = [0];
  readonly child = [0];
  readonly sibling = [0];
  readonly depth = [0];
  /** by node: the patterns (bits) with a prefix ending there */
  readonly ends = [0];
  /** by node: the last `mark` it was listed under (see `list`) */
  private readonly listed = [0];
  private mark = 0;

  constructor(private readonly k: number) {}

  /** Adds the prefixes of `source`'s matches, marked with `bit`. */
  add(source: string, bit: number): void {
    for (const node of this.walk(parse(source), [0], true, this.k)) this.ends[node] |= bit;
  }

  /** the patterns with a prefix ending at `node` or after it */
  below(node: number): number {
    let bits = this.ends[node];
    for (let next = this.child[node]; next; next = this.sibling[next]) bits |= this.below(next);
    return bits;
  }

  path(node: number): string {
    let s = '';
    for (; node; node = this.parent[node]) s = String.fromCharCode(this.char[node]) + s;
    return s;
  }

  /**
   * `node` then `c`, which a space after a space leaves where it is; `node` itself once `limit` characters long
   * (`k`, or less in a lookahead)
   */
  private step(node: number, c: number, limit: number): number {
    if (this.depth[node] >= limit || (c === 32 && this.char[node] === 32)) return node;
    let next = this.child[node];
    while (next && this.char[next] !== c) next = this.sibling[next];
    if (next) return next;
    next = this.char.length;
    this.char.push(c);
    this.parent.push(node);
    this.child.push(0);
    this.sibling.push(this.child[node]);
    this.depth.push(this.depth[node] + 1);
    this.ends.push(0);
    this.listed.push(0);
    this.child[node] = next;
    return next;
  }

  /** `lists`' nodes, each once */
  private list(...lists: number[][]): number[] {
    const mark = ++this.mark;
    const out: number[] = [];
    for (let i = 0; i < lists.length; i++) {
      const nodes = lists[i];
      for (let j = 0; j < nodes.length; j++) if (this.listed[nodes[j]] !== mark) { this.listed[nodes[j]] = mark; out.push(nodes[j]); }
    }
    return out;
  }

  /**
   * Where the matches of `node` lead from the nodes `from`. `last`: nothing follows `node` in the pattern, so a
   * lookahead there holds of the text right after the match, which then begins with what it matches.
   */
  private walk(node: Node, from: number[], last: boolean, limit: number): number[] {
    switch (node.t) {
      case 'chars': {
        const codes = (node.codes ??= [...new Set(node.chars.map((c) => (c === '\t' ? 32 : c.charCodeAt(0))))]);
        const out: number[] = [];
        for (let i = 0; i < from.length; i++) for (let j = 0; j < codes.length; j++) out.push(this.step(from[i], codes[j], limit));
        return this.list(out);
      }
      case 'seq': {
        let at = from;
        for (let i = 0; i < node.items.length; i++) at = this.walk(node.items[i], at, last && i === node.items.length - 1, limit);
        return at;
      }
      case 'alt': {
        const outs: number[][] = [];
        for (let i = 0; i < node.alts.length; i++) outs.push(this.walk(node.alts[i], from, last, limit));
        return this.list(...outs);
      }
      case 'ahead': {
        if (!last) return from;
        // its first characters tell most places apart (the rest would only make the trie larger): from the nodes
        // of each depth at once
        const groups = new Map<number, number[]>();
        for (const t of from) {
          const group = groups.get(this.depth[t]);
          if (group) group.push(t); else groups.set(this.depth[t], [t]);
        }
        const outs: number[][] = [];
        for (const [depth, group] of groups) outs.push(this.walk(node.node, group, true, Math.min(limit, depth + AHEAD)));
        return this.list(...outs);
      }
      case 'rep': {
        const outs: number[][] = [];
        let at = from;
        for (let r = 0; ; r++) {
          if (r >= node.min) outs.push(at);
          if (r === node.max) break;
          const more = this.walk(node.node, at, false, limit);
          // once another repetition leads nowhere new (k characters reached, or a run of blanks read as one), none will
          if (r >= node.min && more.length === at.length && this.list(at, more).length === at.length) break;
          at = more;
        }
        return this.list(...outs);
      }
    }
  }
}

/**
 * What a match of `source` can begin with: every match's first `k` characters, or the whole match when shorter,
 * with a tab read as a space and a run of blanks as one. A superset (lookarounds are not applied).
 */
export function leadPrefixes(source: string, k = 3): Set<string> {
  const trie = new Trie(k);
  trie.add(source, 1);
  const out = new Set<string>();
  trie.ends.forEach((bits, node) => { if (bits) out.add(trie.path(node)); });
  return out;
}

/**
 * Which of several patterns can start at a place, by the first `depth` characters there (blanks read as in
 * `leadPrefixes`): a bit per pattern. A trie, with its first three levels in flat tables (most words go no further
 * than the second or third character, and a table read costs less than a walk down the trie's sibling lists).
 * Every prefix must begin with an ASCII letter (so a word boundary before it means no word character before it),
 * and be printable ASCII.
 */
export class PrefixTable {
  /** the patterns of the one-character prefixes, by their character */
  private readonly first = new Uint32Array(128);
  /**
   * (first character & 63) << 7 | second byte (see `ascii`): the number (1...) of the pair, if some prefix starts so
   * (a tab's the space's). `& 63` keeps the letters apart (A-Z 1-26, a-z 33-58) in a table of 8 KB.
   */
  private readonly pair: Uint8Array | Uint16Array = new Uint8Array(64 << 7);
  /** by pair: the patterns of its first character and of the two */
  private readonly pairEnds: Uint32Array;
  /**
   * pair << 7 | third byte: the node the three reach (0: none). After a pair ending in a blank, a blank there leads
   * back to the pair's node, from which the walk reads the run of blanks as one.
   */
  private readonly third: Uint16Array;
  /**
   * A filter on a place's first three bytes, by `filterKey`: 0 where `at` finds nothing whatever follows (1 where it
   * may). One read that passes most words by, for the caller to make before `at`.
   */
  readonly filter = new Uint8Array(1 << 15);
  /** by node (0 is the root): its character, its first child and next sibling (0: none) */
  private readonly char: Uint8Array;
  private readonly child: Uint16Array;
  private readonly sibling: Uint16Array;
  /** by node: the patterns whose prefix ends there */
  private readonly ends: Uint32Array;

  constructor(sources: readonly string[], depth: number) {
    if (sources.length > 32) throw new Error('PrefixTable: at most 32 patterns');
    const trie = new Trie(depth);
    sources.forEach((source, i) => trie.add(source, 1 << i));
    // every node is on the way to some prefix: each character must be printable ASCII, the first a letter
    trie.char.forEach((c, node) => {
      const bad = node ? c < 32 || c > 126 || (!trie.parent[node] && !/[A-Za-z]/.test(String.fromCharCode(c))) : trie.ends[0] !== 0;
      if (!bad) return;
      const bits = trie.below(node);
      throw new Error(`PrefixTable: /${sources.filter((_s, i) => bits & (1 << i)).join('/, /')}/ can start with ${JSON.stringify(trie.path(node))}, not an ASCII letter`);
    });
    if (trie.char.length > 0xffff) throw new Error(`PrefixTable: ${trie.char.length} nodes`);
    this.char = Uint8Array.from(trie.char);
    this.child = Uint16Array.from(trie.child);
    this.sibling = Uint16Array.from(trie.sibling);
    this.ends = Uint32Array.from(trie.ends);
    const pairs: number[] = [];
    for (let one = trie.child[0]; one; one = trie.sibling[one]) for (let two = trie.child[one]; two; two = trie.sibling[two]) pairs.push(two);
    if (pairs.length > 0xfe) this.pair = new Uint16Array(64 << 7);
    this.pairEnds = new Uint32Array(pairs.length + 1);
    this.third = new Uint16Array((pairs.length + 1) << 7);
    for (let one = trie.child[0]; one; one = trie.sibling[one]) this.first[trie.char[one]] = trie.ends[one];
    pairs.forEach((two, k) => {
      const one = trie.parent[two];
      const row = ((trie.char[one] & 63) << 7);
      this.pair[row | trie.char[two]] = k + 1;
      if (trie.char[two] === 32) this.pair[row | 9] = k + 1;
      this.pairEnds[k + 1] = trie.ends[one] | trie.ends[two];
      for (let three = trie.child[two]; three; three = trie.sibling[three]) {
        this.third[((k + 1) << 7) | trie.char[three]] = three;
        if (trie.char[three] === 32) this.third[((k + 1) << 7) | 9] = three;
      }
      // (a space never follows a space in the trie: the walk from the pair's node skips the run)
      if (trie.char[two] === 32) this.third[((k + 1) << 7) | 32] = this.third[((k + 1) << 7) | 9] = two;
    });
    // the filter, from the tables `at` reads: a first character or pair that ends a prefix passes whatever follows
    for (let c1 = 0; c1 < 128; c1++) {
      if (!/[A-Za-z]/.test(String.fromCharCode(c1))) continue;
      for (let c2 = 0; c2 < 256; c2++) {
        const k = this.pair[((c1 & 63) << 7) | ascii(c2)];
        if (!this.first[c1] && !k) continue;
        for (let c3 = 0; c3 < 256; c3++) {
          if (this.first[c1] || this.pairEnds[k] || this.third[(k << 7) | ascii(c3)]) this.filter[filterKey(c1, c2, c3)] = 1;
        }
      }
    }
  }

  /**
   * The patterns (bits) whose prefix the text has at `at`, where an ASCII letter `letter` stands: `text` as bytes,
   * ASCII for ASCII and 128 or more for any other character, ended by a zero (find.ts).
   */
  at(text: Uint8Array, at: number, letter: number): number {
    // (kept small, to be inlined where it is called for every word: most words go no further than this)
    const k = this.pair[((letter & 63) << 7) | ascii(text[at + 1])];
    if (!k) return this.first[letter];
    const three = this.third[(k << 7) | ascii(text[at + 2])];
    return three ? this.walk(text, at + 2, three, this.pairEnds[k]) : this.pairEnds[k];
  }

  /** The same found by walking the trie from its root: for the tests. */
  atByWalking(text: Uint8Array, at: number): number {
    const { char, child, sibling } = this;
    const c = text[at] === 9 ? 32 : text[at];
    let node = child[0];
    while (node && char[node] !== c) node = sibling[node];
    return node ? this.walk(text, at, node, 0) : 0;
  }

  /** On from `node`, reached by the character at `i`, with the patterns found so far. */
  private walk(text: Uint8Array, i: number, node: number, m: number): number {
    const { char, child, sibling, ends } = this;
    for (;;) {
      m |= ends[node];
      // a run of blanks reads as one
      if (char[node] === 32) while (text[++i] === 32 || text[i] === 9); else i++;
      const c = text[i] === 9 ? 32 : text[i];
      let next = child[node];
      while (next && char[next] !== c) next = sibling[next];
      if (!next) return m;
      node = next;
    }
  }
}

/** Where three bytes are in `PrefixTable.filter` (the low five bits of each: letters of either case alike). */
export const filterKey = (c1: number, c2: number, c3: number) => ((c1 & 31) << 10) | ((c2 & 31) << 5) | (c3 & 31);

/** a byte as an index of 128: any above ASCII as 127 (DEL), which no prefix holds */
const ascii = (c: number) => (c < 128 ? c : 127);
