/**
 * Prose at the wrong depth: a clinical summary pasted at column 1 under its label, or a rationale line typed at
 * the label's depth. The lines after a prose block, up to the next field, can only be its text (nothing else
 * may stand there), so they are read into the block and reported once, as one run, with the fix that indents
 * them; `imr fmt` applies it. Lines of the run already deeper than the label are left as they are.
 */
import type { Fix, MisplacedProse, Paragraph, ProseField, Range, Span, SyntaxProblem } from './ast';
import { exactSize } from './exact-size';
import { ParagraphNode } from './nodes';
import type { LineIndex } from './line-index';

export function makeParagraph(lines: Span[]): Paragraph {
  return ownParagraph(exactSize(lines));
}

/** A paragraph of `lines`, an exact-size array of its own (exact-size.ts) that it keeps. */
export function ownParagraph(lines: Span[]): Paragraph {
  return new ParagraphNode(lines.length === 1 ? lines[0].text : lines.map((l) => l.text).join(' '), lines);
}

/** Width of a line's leading blanks, a tab counting four columns (as the lexer counts them). */
function width(whitespace: string): number {
  let w = 0;
  for (const c of whitespace) w += c === '\t' ? 4 : 1;
  return w;
}

const leading = (line: string): string => /^[ \t\uFEFF]*/.exec(line)![0];

export class ProseRun {
  private readonly spans: Span[] = [];

  /** decided before the run is read into the block (`attach`), when there is a run: most prose blocks have none */
  private indent = '';

  constructor(readonly field: ProseField, private readonly lines: LineIndex) {}

  get empty(): boolean { return this.spans.length === 0; }

  add(span: Span): void { this.spans.push(span); }

  /** The indentation the block's text has, or two more than its label's when it has none yet. */
  private targetIndent(): string {
    const labelLine = this.field.label.range.start.line;
    for (const p of this.field.paragraphs) {
      for (const l of p.lines) if (l.range.start.line !== labelLine) return leading(this.lines.line(l.range.start.line) ?? '');
    }
    return `${leading(this.lines.line(labelLine) ?? '')}  `;
  }

  /** Whether a line is indented deeper than the block's label (and so reads as its text once the run is indented). */
  deeperThanLabel(span: Span): boolean {
    return width(leading(this.lines.line(span.range.start.line) ?? '')) > width(leading(this.lines.line(this.field.label.range.start.line) ?? ''));
  }

  /** The lines to indent: those no deeper than the label. */
  private shallow(): Span[] {
    return this.spans.filter((s) => !this.deeperThanLabel(s));
  }

  get range(): Range {
    return { start: this.spans[0].range.start, end: this.spans[this.spans.length - 1].range.end };
  }

  fix(): Fix {
    const indent = this.indent;
    const lines = this.shallow();
    const n = lines.length;
    return {
      title: `Indent ${n === 1 ? 'this line' : `these ${n} lines`} into the ${this.field.spec.label}`,
      edits: lines.map((s) => {
        const line = s.range.start.line;
        return { range: { start: { line, character: 0 }, end: { line, character: leading(this.lines.line(line) ?? '').length } }, newText: indent };
      }),
      isPreferred: true,
      safe: true,
    };
  }

  problem(): SyntaxProblem {
    const n = this.shallow().length;
    const label = `'${this.field.spec.label}:' (line ${this.field.label.range.start.line + 1})`;
    return {
      code: 'IMR001',
      severity: 'error',
      range: this.range,
      message: n === 1
        ? `Indent this line deeper than ${label}: it is that block's text, but as typed it belongs to no field.`
        : `Indent these ${n} lines deeper than ${label}: they are that block's text, but as typed they belong to no field.`,
      fixes: [this.fix()],
    };
  }

  /** Reads the run into the block: a blank line before a line starts a new paragraph, as inside the block. */
  attach(): void {
    this.indent = this.targetIndent();
    const paragraphs = this.field.paragraphs;
    let last = paragraphs.length ? paragraphs[paragraphs.length - 1].lines[paragraphs[paragraphs.length - 1].lines.length - 1] : undefined;
    let current: Span[] = last && !this.blankBetween(last, this.spans[0]) ? [...paragraphs.pop()!.lines] : [];
    for (const span of this.spans) {
      if (current.length && this.blankBetween(current[current.length - 1], span)) { paragraphs.push(makeParagraph(current)); current = []; }
      current.push(span);
      last = span;
    }
    if (current.length) paragraphs.push(makeParagraph(current));
    this.field.paragraphs = exactSize(paragraphs); // its range ends with its last line (nodes.ts), the run's
  }

  private blankBetween(a: Span, b: Span): boolean {
    for (let line = a.range.end.line + 1; line < b.range.start.line; line++) if (!(this.lines.line(line) ?? '').trim()) return true;
    return false;
  }

  summary(): MisplacedProse {
    return { field: this.field, range: this.range, fix: this.fix() };
  }
}
