/**
 * Where each line of a text starts, and a line's text on demand. A 50,000-item letter has 650,000 lines: as
 * strings (`splitLines`) they are 26 MB kept beside the syntax tree, which needs only a few of them (the indent
 * of misplaced prose); the offsets are 2.6 MB. Lines end at \r\n, \r or \n, as everywhere in the core.
 */
export class LineIndex {
  private constructor(readonly text: string, private readonly starts: Uint32Array | number[]) {}

  static of(text: string): LineIndex {
    let starts = new Uint32Array(1024);
    let n = 1; // starts[0] = 0
    // the native searches for \n and \r are several times faster than reading every character
    let lf = text.indexOf('\n');
    let cr = text.indexOf('\r');
    while (lf >= 0 || cr >= 0) {
      let end: number; // the line break's last character
      if (cr >= 0 && (lf < 0 || cr < lf)) {
        end = cr;
        if (lf === cr + 1) {
          end = lf;
          lf = text.indexOf('\n', end + 1);
        }
        cr = text.indexOf('\r', end + 1);
      } else {
        end = lf;
        lf = text.indexOf('\n', end + 1);
      }
      if (n === starts.length) {
        const grown = new Uint32Array(n * 2);
        grown.set(starts);
        starts = grown;
      }
      starts[n++] = end + 1;
    }
    return new LineIndex(text, starts.slice(0, n));
  }

  /**
   * The index of `text` from its line starts as `of` finds them (0 first, then the offset after each line break).
   * A plain array may still be growing (the parser's scan fills it as it goes, parse.ts): until it is complete, only
   * the lines it holds may be read, and its count is theirs.
   */
  static fromStarts(text: string, starts: Uint32Array | number[]): LineIndex {
    return new LineIndex(text, starts);
  }

  /** How many lines (a text ending in a line break has an empty last line, as `splitLines` gives). */
  get count(): number {
    return this.starts.length;
  }

  /** Where line `n` starts. */
  start(n: number): number {
    return this.starts[n];
  }

  /** Line `n` without its line end, or undefined past the last line. */
  line(n: number): string | undefined {
    if (!(n >= 0 && n < this.starts.length)) return undefined;
    return this.text.slice(this.starts[n], this.end(n));
  }

  /** Where line `n`'s text ends (before its line break); past the last line, the text's end. */
  end(n: number): number {
    if (n + 1 >= this.starts.length) return n < this.starts.length ? this.lastLineEnd(this.starts[n]) : this.text.length;
    const next = this.starts[n + 1];
    return next >= 2 && this.text.charCodeAt(next - 2) === 13 && this.text.charCodeAt(next - 1) === 10 ? next - 2 : next - 1;
  }

  /**
   * The end of the last line held: the text's end once the index is complete (no line break follows its last line
   * start), and the line's own end while it is growing.
   */
  private lastLineEnd(start: number): number {
    const lf = this.text.indexOf('\n', start);
    const cr = this.text.indexOf('\r', start);
    const end = lf < 0 ? cr : cr < 0 ? lf : Math.min(lf, cr);
    return end < 0 ? this.text.length : end;
  }
}

const ARRAY_INDEX = /^(?:0|[1-9]\d*)$/;

/**
 * The lines as a read-only array that slices each line when it is read. The rules read a few lines of a letter
 * (an item's indent, a citation's line), and every array method works on it as on the lines split; but a long
 * letter's lines are never all made, nor kept beside its syntax tree. Writing to it throws.
 */
export function linesView(index: LineIndex): string[] {
  const lineOf = (p: string | symbol): number => (typeof p === 'string' && ARRAY_INDEX.test(p) ? Number(p) : -1);
  return new Proxy<string[]>([], {
    get(target, p, receiver) {
      if (p === 'length') return index.count;
      const n = lineOf(p);
      return n >= 0 ? index.line(n) : Reflect.get(target, p, receiver);
    },
    has(target, p) {
      const n = lineOf(p);
      return n >= 0 ? n < index.count : Reflect.has(target, p);
    },
    ownKeys() {
      const keys: string[] = [];
      for (let i = 0; i < index.count; i++) keys.push(String(i));
      keys.push('length');
      return keys;
    },
    getOwnPropertyDescriptor(target, p) {
      if (p === 'length') return { value: index.count, writable: true, enumerable: false, configurable: false };
      const n = lineOf(p);
      if (n >= 0) return n < index.count ? { value: index.line(n), writable: false, enumerable: true, configurable: true } : undefined;
      return Reflect.getOwnPropertyDescriptor(target, p);
    },
    set: () => false,
    defineProperty: () => false,
    deleteProperty: () => false,
  });
}
