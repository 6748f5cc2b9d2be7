/**
 * A span of text on one line, as the parser makes them: a label, a value, a line of prose, a part of a citation.
 * It keeps its line and columns as numbers and makes its range when asked. A 50,000-item letter has about a
 * million spans; a range kept beside each (a range and two positions: three objects) was a quarter of its
 * syntax tree, and the language server's peak memory was over its target (issue 12).
 *
 * `range` is a fresh plain object each time: it may be kept, changed or sent to the client (the web server's
 * messages are structured clones, which keep own data properties only). The numbers are private fields, so the
 * span's own properties are `text` alone, as before without `range`: a walk over the tree's entries (the
 * formatting tests' AST summary, which leaves ranges out) sees no positions; `toJSON` writes `{ text, range }`.
 */
import type { NumberSpan, Range, Span } from './ast';

// Two classes with the same private fields rather than one base class: a derived class is made through V8's generic
// construct path, and a million spans made that way cost a tenth of a parse.

/** A range on one line, a fresh plain object. */
function onLine(line: number, from: number, to: number): Range {
  return { start: { line, character: from }, end: { line, character: to } };
}

/** A span of text on one line (see above). */
export class LineSpan implements Span {
  readonly #line: number;
  readonly #from: number;
  readonly #to: number;

  constructor(public text: string, line: number, from: number, to: number) {
    this.#line = line;
    this.#from = from;
    this.#to = to;
  }

  get range(): Range {
    return onLine(this.#line, this.#from, this.#to);
  }

  toJSON(): Span {
    return { text: this.text, range: this.range };
  }
}

/** A number on one line (a citation's year), the same way: its value, and its range when asked. */
export class LineNumber implements NumberSpan {
  readonly #line: number;
  readonly #from: number;
  readonly #to: number;

  constructor(public value: number, line: number, from: number, to: number) {
    this.#line = line;
    this.#from = from;
    this.#to = to;
  }

  get range(): Range {
    return onLine(this.#line, this.#from, this.#to);
  }

  toJSON(): NumberSpan {
    return { value: this.value, range: this.range };
  }
}
