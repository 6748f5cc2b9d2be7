/**
 * The typed AST of an `.imr` letter. Every node carries its source range in LSP terms (0-based line,
 * UTF-16 character), so diagnostics, hovers and completions can point at any part of the letter. The parser's
 * spans, fields, items and paragraphs make theirs when it is read, a fresh plain object each time
 * (line-span.ts, nodes.ts): a range read from the tree may be kept, changed or sent as it is.
 */
import type { FieldKey, FieldSpec } from './fields';

export interface Position { line: number; character: number }
export interface Range { start: Position; end: Position }

/** A piece of text exactly as typed, with where it was typed. */
export interface Span { text: string; range: Range }

export interface Comment extends Span { kind: 'comment' }

export type Severity = 'error' | 'warning' | 'information' | 'hint';

/** A text edit: replace `range` with `newText`. */
export interface Edit { range: Range; newText: string }

/**
 * A quick fix offered with a problem: its title and the edits that apply it.
 *
 * `safe` marks a fix that may be applied without the reviewer looking at it (fix all, fix on save,
 * `imr check --fix`): it repairs form only (a label's spelling, indentation, a date's or a separator's
 * format, a decision word's spelling) and never changes a decision or the reviewer's own words.
 * A fix that changes a determination or a rationale is never `safe` and never `isPreferred`, and its
 * title says what it changes.
 */
export interface Fix { title: string; edits: Edit[]; isPreferred?: boolean; safe?: boolean }

/** Something wrong or doubtful in a letter, found by the parser (IMR0xx) or a validation rule. */
export interface Problem {
  code: string;
  message: string;
  range: Range;
  severity: Severity;
  fixes?: Fix[];
  /** other places that explain this problem (the concluding sentence of a decision, say); LSP relatedInformation */
  related?: RelatedPlace[];
}

/** A place in the same letter that a problem refers to, and what it is. */
export interface RelatedPlace { range: Range; message: string }

export type SyntaxProblem = Problem;

interface FieldBase {
  spec: FieldSpec;
  key: FieldKey;
  /** the label as typed, e.g. `Rationale:` */
  label: Span;
  /** from the label to the end of the field's last line */
  range: Range;
}

export interface ValueField extends FieldBase { shape: 'value'; value?: Span }

export interface Paragraph { text: string; lines: Span[]; range: Range }
export interface ProseField extends FieldBase { shape: 'prose'; paragraphs: Paragraph[] }

export interface CitationField extends FieldBase { shape: 'citations'; citations: Citation[] }

export type Field = ValueField | ProseField | CitationField;

export interface NumberSpan { value: number; range: Range }
export interface PageRef { from: number; to: number; range: Range }

/** `MTUS [ACOEM] [Chapter 12] <title> [<year>][, Section(s): a; b][ Page(s): 300, 76-78]` */
export interface MtusCitation {
  kind: 'mtus';
  range: Range;
  text: string;
  keyword: Range;
  acoem?: Range;
  chapter?: NumberSpan & { keywordRange: Range };
  title?: Span;
  year?: NumberSpan;
  sections?: { keyword: Span; topics: Span[] };
  pages?: { keyword: Span; text: Span; refs: PageRef[] };
}

/** `Non-MTUS [Citation] <source>` */
export interface NonMtusCitation {
  kind: 'non-mtus';
  range: Range;
  text: string;
  keyword: Span;
  source?: Span;
}

/** `None cited` / `Outside MTUS`: the standard statements of the letter, written as one keyword. */
export interface StatementCitation {
  kind: 'none-cited' | 'outside-mtus';
  range: Range;
  text: string;
}

/**
 * A line starting `Decision based on`, or `Verbatim:` and any sentence: rendered exactly as typed (less the
 * `Verbatim:` keyword), for wording no other form gives.
 */
export interface VerbatimCitation { kind: 'verbatim'; range: Range; text: string }

/** A line in a guideline block that is none of the above (reported as a syntax error). */
export interface UnknownCitation { kind: 'unknown'; range: Range; text: string }

export type Citation = MtusCitation | NonMtusCitation | StatementCitation | VerbatimCitation | UnknownCitation;

export type DecisionWord = 'Upheld' | 'Overturned';

export interface DisputedItem {
  /** 0-based position among the letter's items */
  index: number;
  /** the `Item:` line */
  field: ValueField;
  /** from the `Item:` line to the end of its last field */
  range: Range;
  fields: Field[];
  decision?: ValueField & { word?: DecisionWord };
  originalRequest?: ValueField;
  authorized?: ValueField;
  authorizedInstead?: ValueField;
  claimsAdministratorGuideline?: CitationField;
  reviewerGuideline?: CitationField;
  rationale?: ProseField;
}

export type LayoutName = '2014' | '2016';

export interface Letter {
  /** the whole document */
  range: Range;
  /** every field in document order, items' fields included */
  fields: Field[];
  /** first occurrence of each letter-level field (header, parties, reviewer, boilerplate, summary) */
  letterFields: Partial<Record<FieldKey, Field>>;
  items: DisputedItem[];
  comments: Comment[];
  /** the layout as stated, or undefined when the letter does not say */
  layout?: LayoutName;
  problems: SyntaxProblem[];
  /** label-like words no field is clearly meant by (IMR002), with the fields they are near */
  unknownLabels?: UnknownLabel[];
  /** prose typed no deeper than its label, read into the block above it (IMR001 with an indent fix) */
  misplacedProse?: MisplacedProse[];
}

/** `Rationel for decison:` or `Decisions:`: no field is clearly meant; `candidates` are the canonical labels near it. */
export interface UnknownLabel { label: Span; candidates: string[]; /** the item it stands in, by index */ item?: number }

/** A run of lines after a prose block that belong to it but are not indented under its label. */
export interface MisplacedProse { field: ProseField; range: Range; fix: Fix }
