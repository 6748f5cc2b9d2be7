/**
 * The tree's fields, items and paragraphs, whose range is made from their parts when asked: a field's runs from
 * its label to its last line, value or citation, an item's from its `Item:` line to its last field, a
 * paragraph's over its lines. Kept beside each node, these ranges and their positions were about 40 MB of a
 * 50,000-item letter's tree (issue 12); what reads them (a problem's place, the outline, folding, the cursor's
 * item) reads a few, or makes its answer from them once.
 *
 * `range` is a fresh plain object each time (see line-span.ts); every other property is an own data property,
 * as in the interfaces of ast.ts, and `toJSON` writes the range where a plain node had it.
 */
import type {
  Citation, CitationField, DecisionWord, DisputedItem, Field, Paragraph, ProseField, Range, Span, ValueField,
} from './ast';
import type { FieldKey, FieldSpec } from './fields';

/** The node's own properties with its range inserted after `after` (where the plain nodes had it). */
function withRange(node: object, after: string, range: Range): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    out[key] = value;
    if (key === after) out.range = range;
  }
  return out;
}

/** From the start of `first` to the end of `last`. */
function over(first: Span | Field, last: { range: Range }): Range {
  return { start: first.range.start, end: last.range.end };
}

export class ValueFieldNode implements ValueField {
  declare spec: FieldSpec;
  declare key: FieldKey;
  declare label: Span;
  declare shape: 'value';
  declare value?: Span;
  declare word?: DecisionWord;

  constructor(spec: FieldSpec, label: Span, value: Span | undefined) {
    this.spec = spec;
    this.key = spec.key;
    this.label = label;
    this.shape = 'value';
    if (value) this.value = value;
  }

  get range(): Range {
    return this.value ? over(this.label, this.value) : this.label.range;
  }

  toJSON(): unknown {
    return withRange(this, 'label', this.range);
  }
}

/**
 * What checking reads from a prose field (its joined text, its conclusion), kept on the field for as long as the
 * parse lives, so the rules and the hover that ask again read it once. Not kept in a module's WeakMap: measured
 * with --trace-gc-nvp, such entries survived V8's young-generation collections, so every letter checked had about
 * 3 KB promoted to the old generation, freed only by full collections (400 KB a scavenge in a batch).
 */
export type ReadFromProse = Record<string, unknown>;

export class ProseFieldNode implements ProseField {
  declare spec: FieldSpec;
  declare key: FieldKey;
  declare label: Span;
  declare shape: 'prose';
  declare paragraphs: Paragraph[];
  /** a private field: no own property, so the tree's JSON and walks over its entries never see it */
  #read: ReadFromProse | undefined;

  constructor(spec: FieldSpec, label: Span) {
    this.spec = spec;
    this.key = spec.key;
    this.label = label;
    this.shape = 'prose';
    this.paragraphs = [];
  }

  get range(): Range {
    const last = this.paragraphs[this.paragraphs.length - 1];
    return last ? over(this.label, last.lines[last.lines.length - 1]) : this.label.range;
  }

  /** What checking has read from this field so far (see `ReadFromProse`). */
  get read(): ReadFromProse {
    return (this.#read ??= {});
  }

  toJSON(): unknown {
    return withRange(this, 'label', this.range);
  }
}

/** The record a prose field keeps of what was read from it: on the node, or beside a field made some other way. */
const readBeside = new WeakMap<ProseField, ReadFromProse>();
export function readFromProse(field: ProseField): ReadFromProse {
  if (field instanceof ProseFieldNode) return field.read;
  let read = readBeside.get(field);
  if (!read) readBeside.set(field, (read = {}));
  return read;
}

export class CitationFieldNode implements CitationField {
  declare spec: FieldSpec;
  declare key: FieldKey;
  declare label: Span;
  declare shape: 'citations';
  declare citations: Citation[];

  constructor(spec: FieldSpec, label: Span) {
    this.spec = spec;
    this.key = spec.key;
    this.label = label;
    this.shape = 'citations';
    this.citations = [];
  }

  get range(): Range {
    const last = this.citations[this.citations.length - 1];
    return last ? over(this.label, last) : this.label.range;
  }

  toJSON(): unknown {
    return withRange(this, 'label', this.range);
  }
}

/** A disputed item; its fields (`decision`, `rationale`...) are set as they are read, in document order. */
export class ItemNode implements DisputedItem {
  declare index: number;
  declare field: ValueField;
  declare fields: Field[];
  declare decision?: ValueField & { word?: DecisionWord };
  declare originalRequest?: ValueField;
  declare authorized?: ValueField;
  declare authorizedInstead?: ValueField;
  declare claimsAdministratorGuideline?: CitationField;
  declare reviewerGuideline?: CitationField;
  declare rationale?: ProseField;

  constructor(index: number, field: ValueField) {
    this.index = index;
    this.field = field;
    this.fields = [];
  }

  get range(): Range {
    const last = this.fields[this.fields.length - 1];
    return last ? over(this.field, last) : this.field.range;
  }

  toJSON(): unknown {
    return withRange(this, 'field', this.range);
  }
}

export class ParagraphNode implements Paragraph {
  declare text: string;
  declare lines: Span[];

  constructor(text: string, lines: Span[]) {
    this.text = text;
    this.lines = lines;
  }

  get range(): Range {
    return over(this.lines[0], this.lines[this.lines.length - 1]);
  }

  toJSON(): unknown {
    return withRange(this, 'lines', this.range);
  }
}
