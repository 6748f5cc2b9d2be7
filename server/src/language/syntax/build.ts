/**
 * Builds the typed AST from the parser's CST: groups item fields under their `Item:` line, splits prose
 * into paragraphs, reads citation lines, and reports every line that is not where it should be with one
 * precise problem. Never throws.
 */
import type { IToken } from 'chevrotain';
import type {
  Citation, Comment, DecisionWord, DisputedItem, Field, Fix, LayoutName, Letter, Paragraph, Range, Span, SyntaxProblem,
  UnknownLabel, ValueField,
} from './ast';
import { isBlank } from './blanks';
import { parseCitation } from './citation';
import { FIELDS, type FieldKey, type FieldSpec } from './fields';
import { readDecisionWord } from './decision-word';
import { Comment as CommentToken, isNewlineToken, labelTokens, misspeltLabelTokens, scanInto, TokenKind, type LetterTokenType, type ScanSink } from './lexer';
import { misspeltField } from './label-spelling';
import type { LetterElement } from './parser';
import { exactSize } from './exact-size';
import type { LineIndex } from './line-index';
import { LineSpan } from './line-span';
import { CitationFieldNode, ItemNode, ProseFieldNode, ValueFieldNode } from './nodes';
import { ownParagraph, ProseRun } from './prose-run';
import { closestLabels } from './similar';

/**
 * A one-line token's image as a span, without the blanks it may end with (the lexer tracks start positions only):
 * `line` and `character` are 0-based, where the builder's methods take them.
 */
function textSpan(image: string, line: number, character: number): Span {
  let end = image.length;
  // the blanks the formatter drops (blanks.ts) and control characters: what remains is what the letter says
  while (end > 0 && (image.charCodeAt(end - 1) < 32 || isBlank(image.charCodeAt(end - 1)))) end--;
  const text = end === image.length ? image : image.slice(0, end);
  return new LineSpan(text, line, character, character + text.length);
}

/** A token's 0-based line and character (chevrotain counts from 1). */
const lineOf = (t: IToken): number => (t.startLine ?? 1) - 1;
const characterOf = (t: IToken): number => (t.startColumn ?? 1) - 1;


/**
 * Each label token type's field, and whether it is a misspelling, by the type's index: read for every field, an
 * array costs less than a Map or a Set.
 */
const fieldOfType: FieldSpec[] = [];
const typeCount = Math.max(...labelTokens.map((t) => t.index), ...misspeltLabelTokens.map((t) => t.index)) + 1;
const misspeltType: boolean[] = new Array<boolean>(typeCount).fill(false);
FIELDS.forEach((spec, i) => {
  fieldOfType[labelTokens[i].index] = spec;
  fieldOfType[misspeltLabelTokens[i].index] = spec;
  misspeltType[misspeltLabelTokens[i].index] = true;
});

/** Letters longer than this (in characters) intern their labels and keywords (see `AstBuilder.intern`). */
const INTERN_ABOVE = 1 << 16;

/**
 * The decision word typed, in any case: compared with the two words, not looked up in a table (a property read
 * by a new string looks it up in V8's table of names each time, every item of every letter has a decision, and a
 * plain object would also answer `constructor` or `toString`).
 */
function decisionWordOf(typed: string): DecisionWord | undefined {
  const lower = typed.toLowerCase();
  return lower === 'upheld' ? 'Upheld' : lower === 'overturned' ? 'Overturned' : undefined;
}

/** Each field's bit, by its spec: which fields a letter or an item holds already is kept as bits (see `AstBuilder.add`). */
const FIELD_BIT = new Map<FieldSpec, number>(FIELDS.map((spec, i) => [spec, 2 ** i]));
if (FIELDS.length > 31) throw new Error('build: more fields than bits in a small integer');

class AstBuilder {
  readonly fields: Field[] = [];
  /**
   * The fields `letterFields` holds and the current item holds, as bits: asked of the objects themselves, whose keys
   * are added in the letter's order (so each letter's is a shape of its own), every read missed V8's inline caches.
   */
  private letterFieldBits = 0;
  private itemFieldBits = 0;
  readonly letterFields: Partial<Record<FieldKey, Field>> = {};
  readonly items: DisputedItem[] = [];
  readonly comments: Comment[] = [];
  readonly problems: SyntaxProblem[] = [];
  readonly unknownLabels: UnknownLabel[] = [];
  private currentItem: DisputedItem | undefined;
  /** Lines after a prose block, typed no deeper than its label: the text it was meant to hold. */
  private proseRun: ProseRun | undefined;
  readonly proseRuns: ProseRun[] = [];

  constructor(private readonly lines: LineIndex) {
    this.interning = lines.text.length > INTERN_ABOVE;
  }

  /**
   * One string for each spelling of a label, keyword or short value (`Decision:`, `Section(s):`, `Upheld`): a
   * 50,000-item letter has hundreds of thousands of them, each its own copy or slice of 24 to 32 bytes otherwise.
   * Bounded, so a letter of many different words costs no more than before.
   */
  private readonly words = new Map<string, string>();

  /**
   * Only a long letter's words are interned: a letter of a few pages has a few dozen such strings, and looking each
   * up (hashing a new string) cost a twentieth of its parse.
   */
  private readonly interning: boolean;

  intern(text: string): string {
    if (!this.interning || text.length > 40) return text;
    const known = this.words.get(text);
    if (known !== undefined) return known;
    if (this.words.size < 2048) this.words.set(text, text);
    return text;
  }

  problem(code: string, message: string, range: Range, severity: SyntaxProblem['severity'] = 'error', fixes?: Fix[]): void {
    this.problems.push({ code, message, range, severity, ...(fixes?.length ? { fixes } : {}) });
  }

  /** The run of misplaced prose lines is over: report it once, with the fix that indents it. */
  closeProseRun(): void {
    const run = this.proseRun;
    this.proseRun = undefined;
    if (!run || run.empty) return;
    run.attach(); // the block's range, and its item's, end with the run now (nodes.ts)
    this.proseRuns.push(run);
    this.problems.push(run.problem());
  }

  comment(image: string, line: number, character: number): void {
    // a plain object (comments are few): a LineSpan's range is no own property for a spread to copy
    const span = textSpan(image, line, character);
    this.comments.push({ kind: 'comment', text: span.text, range: span.range });
  }

  /** Indentation of the last line read as an unknown field's label: deeper stray lines are its text. */
  private unknownFieldIndent = -1;
  private previousField: Field | undefined;

  stray(image: string, line: number, character: number): void {
    const span = textSpan(image, line, character);
    const indent = span.range.start.character;
    const indented = indent > 0;
    const labelLike = /^([A-Za-z][A-Za-z ()/'-]{0,40}):/.exec(span.text);
    const suggestions = labelLike ? closestLabels(labelLike[1]) : [];
    // words that only look like a label (no field is near them) are text when they follow a prose block
    // a '#' line no deeper than the label may be a comment typed indented: that is not for us to guess
    if (this.proseRun && !suggestions.length && !(span.text.startsWith('#') && !this.proseRun.deeperThanLabel(span))) {
      this.proseRun.add(span);
      return;
    }
    this.closeProseRun();
    if (this.unknownFieldIndent >= 0 && indent > this.unknownFieldIndent && !labelLike) return;
    this.unknownFieldIndent = -1;
    if (labelLike) {
      this.unknownFieldIndent = indent;
      const hint = suggestions.length ? ` Did you mean ${suggestions.map((s) => `'${s}:'`).join(' or ')}?` : '';
      const labelRange = { start: span.range.start, end: { line: span.range.start.line, character: indent + labelLike[0].length } };
      this.unknownLabels.push({ label: { text: labelLike[0], range: labelRange }, candidates: suggestions, item: this.currentItem?.index });
      // several fields are about as near: each is offered, none applied in bulk
      this.problem('IMR002', `'${labelLike[1]}:' is not a field of an IMR letter.${hint}`, span.range, 'error',
        suggestions.map((label) => ({ title: `Rename the label to '${label}:'`, edits: [{ range: labelRange, newText: `${label}:` }] })));
    } else if (indented && span.text.startsWith('#')) {
      this.problem('IMR001', 'A comment starts with \'#\' in the first column; this one is indented, so it is read as text that belongs to no field.', span.range);
    } else if (indented && this.previousField?.shape === 'value' && this.previousField.range.start.line === span.range.start.line - 1) {
      this.problem('IMR001',
        `This line belongs to no field: '${this.previousField.spec.label}:' takes one line. Join this line to it, or start a new field.`,
        span.range);
    } else if (indented) {
      this.problem('IMR001',
        'This line belongs to no field. To continue the text of the field above, indent it deeper than that field\'s label.',
        span.range);
    } else {
      this.problem('IMR001',
        'This line belongs to no field. Start it with a field label such as \'Item:\' or \'Clinical Case Summary:\', indent it under a field, or make it a comment with \'#\' in the first column.',
        span.range);
    }
  }

  /** The label's spec and its span; a misspelt label is reported here, once, with the fix that corrects it. */
  private labelOf(spec: FieldSpec, misspelt: boolean, image: string, line: number, character: number): Span {
    const span = textSpan(image, line, character);
    span.text = this.intern(span.text);
    if (misspelt) {
      const typed = span.text.replace(/\s*:$/, '');
      const spelling = misspeltField(typed)?.spelling ?? spec.label;
      this.problem('IMR002', `'${typed}:' is not a field of an IMR letter. Did you mean '${spelling}:'?`, span.range, 'error', [{
        title: `Rename the label to '${spelling}:'`, edits: [{ range: span.range, newText: `${spelling}:` }], isPreferred: true, safe: true,
      }]);
    }
    return span;
  }

  // The field being read, from its label (`openField`) through its lines to `closeField`, which adds it. Fields are
  // built with all their properties at once (nodes.ts): object spreads here cost a quarter of the parse time of a
  // 1,000-item letter. The lists a field's parts are gathered in are reused from field to field (each field keeps
  // an exact-size copy, exact-size.ts).
  private openSpec: FieldSpec | undefined;
  private openLabel: Span | undefined;
  private openValue: Span | undefined;
  // (with counts of their own: emptying an array by setting its length is a call into the runtime)
  private readonly paragraphs: Paragraph[] = [];
  private paragraphCount = 0;
  private readonly paragraph: Span[] = [];
  private lineCount = 0;
  private blankRun = 0;
  private readonly citations: Citation[] = [];
  private citationCount = 0;

  /** Whether a field's label has been read and the field not yet added. */
  get inField(): boolean {
    return this.openSpec !== undefined;
  }

  /** A field's label: the lines up to `closeField` are its value, prose or citations. */
  openField(type: LetterTokenType, image: string, line: number, character: number): void {
    const spec = fieldOfType[type.index];
    this.openLabel = this.labelOf(spec, misspeltType[type.index], image, line, character);
    this.openSpec = spec;
    this.openValue = undefined;
    this.blankRun = 0;
  }

  /** The rest of a line inside the open field: its value, a line of its prose, or a citation. */
  fieldText(image: string, line: number, character: number): void {
    const shape = (this.openSpec as FieldSpec).shape;
    if (shape === 'value') {
      this.openValue = textSpan(image, line, character);
    } else if (shape === 'prose') {
      this.blankRun = 0;
      this.paragraph[this.lineCount++] = textSpan(image, line, character);
    } else {
      this.citation(image, line, character);
    }
  }

  /** A comment inside the open prose or citation block. */
  fieldComment(image: string, line: number, character: number): void {
    this.comment(image, line, character);
    this.blankRun = 0;
  }

  /** A line break inside the open field (or the one that ends it): two in a row end a paragraph of prose. */
  fieldNewline(): void {
    if ((this.openSpec as FieldSpec).shape !== 'prose') return;
    this.blankRun++;
    if (this.blankRun >= 2 && this.lineCount) this.endParagraph();
  }

  private endParagraph(): void {
    this.paragraphs[this.paragraphCount++] = ownParagraph(this.paragraph.slice(0, this.lineCount));
    this.lineCount = 0;
  }

  /** The open field is complete: it joins the letter. */
  closeField(): void {
    const spec = this.openSpec as FieldSpec;
    const label = this.openLabel as Span;
    this.openSpec = undefined;
    this.openLabel = undefined;
    if (spec.shape === 'value') {
      const value = this.openValue;
      this.openValue = undefined;
      if (value && value.text.length <= 12) value.text = this.intern(value.text);
      this.add(new ValueFieldNode(spec, label, value));
    } else if (spec.shape === 'prose') {
      if (this.lineCount) this.endParagraph();
      const field = new ProseFieldNode(spec, label);
      field.paragraphs = this.paragraphs.slice(0, this.paragraphCount);
      this.paragraphCount = 0;
      this.add(field);
    } else {
      const field = new CitationFieldNode(spec, label);
      field.citations = this.citations.slice(0, this.citationCount);
      this.citationCount = 0;
      this.add(field);
    }
  }

  /** One line of the open citation block. */
  private citation(image: string, line: number, character: number): void {
    const citation = parseCitation(image, line, character);
    if (citation.kind === 'mtus') {
      if (citation.sections) citation.sections.keyword.text = this.intern(citation.sections.keyword.text);
      if (citation.pages) citation.pages.keyword.text = this.intern(citation.pages.keyword.text);
    } else if (citation.kind === 'non-mtus') citation.keyword.text = this.intern(citation.keyword.text);
    if (citation.kind === 'non-mtus' && !citation.source) {
      this.problem('IMR003', "'Non-MTUS' needs the source it cites, e.g. 'Non-MTUS Official Disability Guidelines (ODG) Low Back Chapter'.", citation.range);
    }
    if (citation.kind === 'unknown') {
      this.problem('IMR003',
        `'${citation.text.slice(0, 60)}' is not a citation. Start the line with 'MTUS', 'Non-MTUS', 'None cited', 'Outside MTUS', or 'Decision based on' for wording to keep as typed.`,
        citation.range);
    }
    this.citations[this.citationCount++] = citation;
  }

  add(field: Field): void {
    this.closeProseRun();
    if (field.shape === 'prose') this.proseRun = new ProseRun(field, this.lines);
    this.fields.push(field);
    this.previousField = field;
    this.unknownFieldIndent = -1;
    const { spec } = field;
    if (spec.key === 'item') {
      this.closeItem();
      const item = new ItemNode(this.items.length, field as ValueField);
      this.items.push(item);
      this.currentItem = item;
      this.itemFieldBits = 0;
      return;
    }
    if (spec.scope === 'item') {
      const item = this.currentItem;
      if (!item) {
        const partyMeant = spec.key === 'claimsAdministratorGuideline' && /^claims\s+administrator\s*:$/i.test(field.label.text);
        this.problem('IMR004', partyMeant
          ? "'Claims Administrator:' is the guideline line of a disputed item; for the claims administrator's name write 'Claims Administrator name:'."
          : `'${spec.label}:' belongs to a disputed item: put it under an 'Item:' line.`, field.label.range);
        return;
      }
      item.fields.push(field);
      this.attach(item, field);
      return;
    }
    // a letter-level field ends the item above it
    this.closeItem();
    const bit = FIELD_BIT.get(spec) as number;
    if (this.letterFieldBits & bit) {
      this.problem('IMR005', `'${spec.label}:' is given twice; the first one counts.`, field.label.range, 'warning');
      return;
    }
    this.letterFieldBits |= bit;
    this.letterFields[spec.key] = field;
  }

  /** The item being read is complete: no more fields join it. */
  closeItem(): void {
    if (this.currentItem) this.currentItem.fields = exactSize(this.currentItem.fields);
    this.currentItem = undefined;
  }

  private attach(item: DisputedItem, field: Field): void {
    const slot = field.key as keyof DisputedItem;
    // (the item is the current one, whose fields the bits hold)
    const bit = FIELD_BIT.get(field.spec) as number;
    if (this.itemFieldBits & bit) {
      this.problem('IMR005', `This item has '${field.spec.label}:' twice; the first one counts.`, field.label.range, 'warning');
      return;
    }
    this.itemFieldBits |= bit;
    if (field.key === 'decision' && field.shape === 'value') {
      const decision: ValueField & { word?: DecisionWord } = field;
      decision.word = field.value ? decisionWordOf(field.value.text) : undefined;
      if (field.value && !decision.word) {
        const reading = readDecisionWord(field.value.text);
        const range = field.value.range;
        // a spelling of the word is form only; another word is the reviewer's meaning, read by us: never preferred or bulk
        const fixes: Fix[] = !reading ? [] : reading.sameWord
          ? [{ title: `Write '${reading.word}'`, edits: [{ range, newText: reading.word }], isPreferred: true, safe: true }]
          : [{ title: `Change the determination to '${reading.word}' (changes the decision)`, edits: [{ range, newText: reading.word }] }];
        this.problem('IMR006', `'${field.value.text}' is not a decision: write 'Upheld' (not medically necessary) or 'Overturned' (medically necessary).`, range, 'error', fixes);
      }
    }
    (item as unknown as Record<string, Field>)[slot] = field;
  }
}

function layoutOf(builder: AstBuilder): LayoutName | undefined {
  const field = builder.letterFields.layout;
  if (!field || field.shape !== 'value' || !field.value) return undefined;
  const value = field.value.text.trim();
  if (value === '2014' || value === '2016') return value;
  builder.problem('IMR007', `'${value}' is not a layout: write '2016' (2016-17 letters and later) or '2014'.`, field.value.range);
  return undefined;
}

/**
 * Builds a letter from the tokens of its scan, read as they are scanned (`scan`), or from the parser's elements,
 * given a stretch of the letter at a time (`add`, see parse-in-stretches.ts): each element is let go of once
 * built, so its tokens can go. The two read the same tokens into the same fields; the tests compare them.
 */
export class LetterBuilder implements ScanSink {
  private readonly builder: AstBuilder;

  constructor(private readonly lines: LineIndex) {
    this.builder = new AstBuilder(lines);
  }

  /**
   * The whole letter, read as it is scanned, with no token objects or elements. The scan's modes group the tokens
   * as the grammar does (parser.ts): a label opens its field's mode, every token until the line break that leaves
   * it (TokenKind.End) is the field's, and no other token stands between fields. `lineStarts`, when given, is the
   * array the builder's line index reads, which the scan fills as it goes: the builder reads only lines already
   * scanned (those of fields and stray lines it has been given).
   */
  scan(text: string, lineStarts?: number[]): void {
    scanInto(text, this, lineStarts);
    if (this.builder.inField) this.builder.closeField();
  }

  /** One token of the scan (see `scan`). */
  token(kind: TokenKind, type: LetterTokenType, image: string, _offset: number, line: number, column: number): void {
    const builder = this.builder;
    switch (kind) {
      case TokenKind.Text: builder.fieldText(image, line - 1, column - 1); break;
      case TokenKind.Continue: builder.fieldNewline(); break;
      case TokenKind.End: builder.fieldNewline(); builder.closeField(); break;
      case TokenKind.Label: builder.openField(type, image, line - 1, column - 1); break;
      case TokenKind.Comment:
        if (builder.inField) builder.fieldComment(image, line - 1, column - 1);
        else builder.comment(image, line - 1, column - 1);
        break;
      case TokenKind.Stray: builder.stray(image, line - 1, column - 1); break;
      case TokenKind.Newline: break;
    }
  }

  /** The next elements of the letter, in document order; the array is consumed. */
  add(elements: LetterElement[]): void {
    const builder = this.builder;
    for (let i = 0; i < elements.length; i++) {
      const e = elements[i];
      (elements as (LetterElement | undefined)[])[i] = undefined; // consumed: its tokens can go (see parse.ts)
      if ('token' in e) { // a newline, a comment or a stray line
        if (e.kind === 'comment') builder.comment(e.token.image, lineOf(e.token), characterOf(e.token));
        else if (e.kind === 'stray') builder.stray(e.token.image, lineOf(e.token), characterOf(e.token));
        continue;
      }
      const [label] = e.tokens;
      // every token's type is one of the lexer's
      builder.openField(label.tokenType as LetterTokenType, label.image, lineOf(label), characterOf(label));
      for (let j = 1; j < e.tokens.length; j++) {
        const t = e.tokens[j];
        if (t.tokenType === CommentToken) builder.fieldComment(t.image, lineOf(t), characterOf(t));
        else if (isNewlineToken(t)) builder.fieldNewline();
        else builder.fieldText(t.image, lineOf(t), characterOf(t));
      }
      builder.closeField();
    }
  }

  /** Every element has been added: the letter. */
  finish(): Letter {
    const { builder, lines } = this;
    builder.closeProseRun();
    builder.closeItem();
    const lastLine = lines.count - 1;
    return {
      range: { start: { line: 0, character: 0 }, end: { line: lastLine, character: lines.end(lastLine) - lines.start(lastLine) } },
      fields: builder.fields,
      letterFields: builder.letterFields,
      items: builder.items,
      comments: builder.comments,
      layout: layoutOf(builder),
      problems: builder.problems,
      unknownLabels: builder.unknownLabels,
      misplacedProse: builder.proseRuns.map((r) => r.summary()),
    };
  }
}

/** The letter from the parser's elements, which it consumes (each is let go of once built). */
export function buildLetter(elements: LetterElement[], lines: LineIndex): Letter {
  const builder = new LetterBuilder(lines);
  builder.add(elements);
  return builder.finish();
}
