/**
 * The outline as a reviewer reads a letter: the disputed items first (each named by its treatment, its
 * decision beside it), then the header, the parties and the reviewer's credentials collapsed into one node
 * each, the clinical case summary and any overridden standard wording. Each symbol's range covers its whole
 * block, so breadcrumbs and "fold to outline" follow the letter's structure. (Editors that sort the outline
 * by position, as VS Code does by default, put the header back on top; the `[imr]` default
 * `outline.collapseItems` keeps it to one line there, so the items are still in view.)
 */
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver-types';
import type { Citation, DisputedItem, Field, Range } from '../syntax/ast';
import type { FieldKey, FieldScope } from '../syntax/fields';
import type { LetterSnapshot } from './snapshot';

function span(fields: Field[]): Range {
  return { start: fields[0].range.start, end: fields.reduce((end, f) => (f.range.end.line > end.line || (f.range.end.line === end.line && f.range.end.character > end.character) ? f.range.end : end), fields[0].range.end) };
}

/** Icons by what a field holds: the decision is a yes/no, dates and names are keys of the case, text is text. */
const FIELD_KIND: Partial<Record<FieldKey, SymbolKind>> = {
  decision: SymbolKind.Boolean,
  caseOutcome: SymbolKind.Boolean,
  caseNumber: SymbolKind.Key,
  claimNumber: SymbolKind.Key,
  layout: SymbolKind.Constant,
  priority: SymbolKind.EnumMember,
};

function fieldSymbol(field: Field): DocumentSymbol {
  const detail = field.shape === 'value' ? field.value?.text ?? ''
    : field.shape === 'prose' ? `${field.paragraphs.length} paragraph${field.paragraphs.length === 1 ? '' : 's'}`
      : `${field.citations.length} citation${field.citations.length === 1 ? '' : 's'}`;
  const symbol: DocumentSymbol = {
    name: field.spec.label,
    detail,
    kind: FIELD_KIND[field.spec.key] ?? (field.shape === 'citations' ? SymbolKind.Array : field.shape === 'prose' ? SymbolKind.String : SymbolKind.Property),
    range: field.range,
    selectionRange: field.label.range,
  };
  if (field.shape === 'citations' && field.citations.length) symbol.children = field.citations.map(citationSymbol);
  return symbol;
}

function citationSymbol(c: Citation): DocumentSymbol {
  return { name: c.text || c.kind, kind: c.kind === 'mtus' ? SymbolKind.Module : SymbolKind.Field, range: c.range, selectionRange: c.range };
}

/**
 * A disputed item is the letter's unit of decision: named by the treatment requested, with the decision
 * as its detail. Its icon (the cube: one request under review, never the event's lightning) is the lowest
 * kind among the top-level nodes, so an outline sorted by kind lists the items first too.
 */
function itemSymbol(item: DisputedItem, detailed: boolean): DocumentSymbol {
  return {
    name: item.field.value?.text || `Item ${item.index + 1}`,
    detail: item.decision?.word ?? (item.decision?.value?.text ? item.decision.value.text : 'no decision'),
    kind: SymbolKind.Method,
    range: item.range,
    selectionRange: item.field.value?.range ?? item.field.label.range,
    // beyond OUTLINE_DETAIL_ITEMS the outline lists the items only: a 50,000-item letter's fields and
    // citations would make an answer of about 100 MB for a list no one can read
    children: detailed ? item.fields.map(fieldSymbol) : undefined,
  };
}

/** The letter-level groups after the items, in reading order; the `Layout:` line is part of the header. */
const GROUPS: { scopes: FieldScope[]; name: string; kind: SymbolKind; detail?: FieldKey }[] = [
  { scopes: ['letter', 'header'], name: 'Header', kind: SymbolKind.Object, detail: 'caseNumber' },
  { scopes: ['parties'], name: 'Parties', kind: SymbolKind.Object },
  { scopes: ['reviewer'], name: 'Reviewer credentials', kind: SymbolKind.Object, detail: 'specialty' },
  { scopes: ['summary'], name: 'Clinical Case Summary', kind: SymbolKind.String },
  { scopes: ['boilerplate'], name: 'Standard wording overridden', kind: SymbolKind.Object },
];

/** The most items whose fields and citations the outline shows (docs/architecture.md, "Size limits"). */
export const OUTLINE_DETAIL_ITEMS = 2000;

export function documentSymbols(snap: LetterSnapshot): DocumentSymbol[] {
  const { letter } = snap;
  const detailed = letter.items.length <= OUTLINE_DETAIL_ITEMS;
  const out: DocumentSymbol[] = letter.items.map((item) => itemSymbol(item, detailed));
  const letterLevel = letter.fields.filter((f) => f.spec.scope !== 'item');
  for (const group of GROUPS) {
    const fields = letterLevel.filter((f) => group.scopes.includes(f.spec.scope));
    if (!fields.length) continue;
    if (group.scopes.includes('summary')) {
      // the summary is one block of text: its own node, with no group around it
      out.push(...fields.map(fieldSymbol));
      continue;
    }
    const shown = group.detail ? fields.find((f) => f.spec.key === group.detail) : undefined;
    const detail = shown?.shape === 'value' ? shown.value?.text ?? '' : '';
    out.push({ name: group.name, detail, kind: group.kind, range: span(fields), selectionRange: fields[0].label.range, children: fields.map(fieldSymbol) });
  }
  return out;
}
