/**
 * The outline: the header, the reviewer, the summary and each disputed item with its decision; each symbol's
 * range covers its whole block, so breadcrumbs and "fold to outline" follow the letter's structure.
 */
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver-types';
import type { Citation, Field, Range } from '../syntax/ast';
import type { FieldScope } from '../syntax/fields';
import type { LetterSnapshot } from './snapshot';

function span(fields: Field[]): Range {
  return { start: fields[0].range.start, end: fields.reduce((end, f) => (f.range.end.line > end.line || (f.range.end.line === end.line && f.range.end.character > end.character) ? f.range.end : end), fields[0].range.end) };
}

function fieldSymbol(field: Field): DocumentSymbol {
  const detail = field.shape === 'value' ? field.value?.text ?? ''
    : field.shape === 'prose' ? `${field.paragraphs.length} paragraph${field.paragraphs.length === 1 ? '' : 's'}`
      : `${field.citations.length} citation${field.citations.length === 1 ? '' : 's'}`;
  const symbol: DocumentSymbol = {
    name: field.spec.label,
    detail,
    kind: field.shape === 'citations' ? SymbolKind.Array : field.shape === 'prose' ? SymbolKind.String : SymbolKind.Property,
    range: field.range,
    selectionRange: field.label.range,
  };
  if (field.shape === 'citations' && field.citations.length) symbol.children = field.citations.map(citationSymbol);
  return symbol;
}

function citationSymbol(c: Citation): DocumentSymbol {
  const name = c.kind === 'mtus' ? c.text : c.kind === 'non-mtus' ? c.text : c.text;
  return { name: name || c.kind, kind: c.kind === 'mtus' ? SymbolKind.Module : SymbolKind.Field, range: c.range, selectionRange: c.range };
}

const GROUPS: { scope: FieldScope; name: string; kind: SymbolKind }[] = [
  { scope: 'header', name: 'Header', kind: SymbolKind.Namespace },
  { scope: 'parties', name: 'Parties', kind: SymbolKind.Namespace },
  { scope: 'reviewer', name: 'Reviewer', kind: SymbolKind.Namespace },
  { scope: 'boilerplate', name: 'Standard wording overridden', kind: SymbolKind.Namespace },
];

/** The most items whose fields and citations the outline shows (docs/architecture.md, "Size limits"). */
export const OUTLINE_DETAIL_ITEMS = 2000;

export function documentSymbols(snap: LetterSnapshot): DocumentSymbol[] {
  const { letter } = snap;
  const out: DocumentSymbol[] = [];
  const letterLevel = letter.fields.filter((f) => f.spec.scope !== 'item');
  for (const group of GROUPS) {
    const fields = letterLevel.filter((f) => f.spec.scope === group.scope);
    if (!fields.length) continue;
    const range = span(fields);
    out.push({ name: group.name, kind: group.kind, range, selectionRange: fields[0].label.range, children: fields.map(fieldSymbol) });
  }
  for (const f of letterLevel) if (f.spec.scope === 'summary' || f.spec.scope === 'letter') out.push(fieldSymbol(f));
  const detailed = letter.items.length <= OUTLINE_DETAIL_ITEMS;
  for (const item of letter.items) {
    out.push({
      name: item.field.value?.text || `Item ${item.index + 1}`,
      detail: item.decision?.word ?? 'no decision',
      kind: SymbolKind.Event,
      range: item.range,
      selectionRange: item.field.value?.range ?? item.field.label.range,
      // beyond OUTLINE_DETAIL_ITEMS the outline lists the items only: a 50,000-item letter's fields and
      // citations would make an answer of about 100 MB for a list no one can read
      children: detailed ? item.fields.map(fieldSymbol) : undefined,
    });
  }
  return out.sort((a, b) => a.range.start.line - b.range.start.line);
}
