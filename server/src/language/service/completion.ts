/**
 * Completions that know where the cursor is: labels at the start of a line (item fields under an item),
 * values of the fields that have a closed set (decision, priority, layout, outcome, states, specialties),
 * and on a citation line the citation forms, the guidelines in force on the letter's dates (in the
 * letter's layout style, those covering the item's body region first), the sections of the guideline already
 * typed, its pages, and ODG chapters.
 * Nothing is offered inside prose.
 */
import {
  CompletionItemKind, InsertTextFormat, MarkupKind, type CompletionItem, type Position, type Range,
} from 'vscode-languageserver-types';
import {
  boardSpecialties, guidelines, guidelinesInForce, nonMtusSources, odgChapters, usJurisdictions, type Guideline,
} from '../catalogue';
import { bodyRegionsIn, regionOfGuideline, type BodyRegion } from '../catalogue/body-regions';
import { parseCitation } from '../syntax/citation';
import type { DisputedItem } from '../syntax/ast';
import { FIELDS, type FieldSpec } from '../syntax/fields';
import { letterLayout } from '../render/model';
import { effectiveDate } from '../validate/effective-date';
import { citationHead, readMtusCitation } from '../validate/resolve-citation';
import { NEW_ITEM } from '../validate/rules/disputed-item';
import { cursorContext } from './cursor-context';
import { guidelineMarkdown } from './guideline-docs';
import type { LetterSnapshot } from './snapshot';

export interface CompletionOptions { snippets: boolean }

function replace(position: Position, fromCharacter: number): Range {
  return { start: { line: position.line, character: fromCharacter }, end: position };
}

function valueOf(snap: LetterSnapshot, key: string): string | undefined {
  const f = snap.letter.letterFields[key as keyof typeof snap.letter.letterFields];
  return f && f.shape === 'value' ? f.value?.text : undefined;
}

function labelItems(snap: LetterSnapshot, ctx: Extract<ReturnType<typeof cursorContext>, { kind: 'label' }>, position: Position, options: CompletionOptions): CompletionItem[] {
  const range = replace(position, ctx.indent);
  const inItem = ctx.item !== undefined && ctx.indent > 0;
  const present = new Set(inItem ? ctx.item!.fields.map((f) => f.key) : Object.keys(snap.letter.letterFields));
  const fields = FIELDS.filter((f) => (inItem ? f.scope === 'item' && f.key !== 'item' : f.scope !== 'item' || f.key === 'item'))
    .filter((f) => f.key === 'item' || !present.has(f.key));
  const lineIndent = (snap.lines[position.line] ?? '').slice(0, ctx.indent);
  const items: CompletionItem[] = fields.map((f, i) => labelItem(f, range, options, lineIndent, i));
  if (!inItem) items.push(...MODIFIED_ITEMS.map((shape, i) => itemSkeleton(shape, range, options, i)));
  if (snap.text.trim() === '' || (snap.letter.fields.length === 0 && !inItem)) items.push(newLetterItem(range, options));
  return items;
}

/**
 * The item skeletons, offered only where an item may start (the extension contributes no VS Code snippets,
 * which VS Code would mix into every list, guideline titles included): a plain item and the two shapes of a
 * request the claims administrator modified.
 */
const MODIFIED_ITEMS: { label: string; detail: string; extra?: string }[] = [
  { label: 'Item (new disputed item)', detail: 'A disputed item with its decision, guideline lines and rationale' },
  { label: 'Item (modified request: part authorized)', detail: 'The Item is the remaining portion; the original request and the part authorized follow', extra: '  Original request: \n  Authorized: ' },
  { label: 'Item (modified request: something else authorized)', detail: 'The Item is the original request; what was authorized instead follows', extra: '  Authorized instead: ' },
];

function itemSkeleton(shape: typeof MODIFIED_ITEMS[number], range: Range, options: CompletionOptions, order: number): CompletionItem {
  let text = NEW_ITEM.replace(/\n$/, '');
  if (shape.extra) text = text.replace('  Decision: Upheld', `  Decision: Upheld\n${shape.extra}`);
  let stop = 2;
  const snippet = text.replace('Item: ', 'Item: ${1:request}').replace('Upheld', `\${${stop}|Upheld,Overturned|}`)
    .replace(/(Original request|Authorized|Authorized instead): $/gm, (_m, label: string) => `${label}: \${${++stop}}`)
    .replace(/\n {4}$/, '\n    $0');
  return {
    label: shape.label,
    kind: CompletionItemKind.Snippet,
    detail: shape.detail,
    sortText: `~item${order}`,
    textEdit: { range, newText: options.snippets ? snippet : text },
    insertTextFormat: options.snippets ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
  };
}

/** `lineIndent`: the line's own leading blanks (tabs kept), so a block's text lands deeper than its label. */
function labelItem(f: FieldSpec, range: Range, options: CompletionOptions, lineIndent: string, order: number): CompletionItem {
  const blockIndent = `${lineIndent}  `;
  const newText = f.shape === 'prose'
    ? (options.snippets ? `${f.label}:\n${blockIndent}$0` : `${f.label}:\n${blockIndent}`)
    : `${f.label}: `;
  return {
    label: `${f.label}:`,
    kind: CompletionItemKind.Field,
    detail: f.shape === 'prose' ? 'text on the following indented lines' : f.shape === 'citations' ? 'guideline citations' : undefined,
    documentation: { kind: MarkupKind.Markdown, value: f.doc },
    filterText: [f.label, ...f.aliases].join(' '),
    sortText: String(order).padStart(3, '0'),
    textEdit: { range, newText },
    insertTextFormat: options.snippets && f.shape === 'prose' ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
    ...(f.shape !== 'prose' ? { command: { title: 'Suggest', command: 'editor.action.triggerSuggest' } } : {}),
  };
}

function newLetterItem(range: Range, options: CompletionOptions): CompletionItem {
  const lines = [
    'Case Number: ${1:CM17-0000000}', 'Date Assigned: ${2:MM/DD/YYYY}', 'Date of Injury: ${3:MM/DD/YYYY}',
    'Decision Date: ${4:MM/DD/YYYY}', 'UR Denial Date: ${5:MM/DD/YYYY}', 'Priority: ${6|Standard,Expedited|}',
    'Application Received: ${7:MM/DD/YYYY}', '', 'State(s) of Licensure: ${8:California}', 'Certification(s)/Specialty: ${9:Family Practice}',
    '', 'Clinical Case Summary:', '  ${10}', '', 'Item: ${11:request}', '  Decision: ${12|Upheld,Overturned|}',
    '  Claims Administrator guideline: ${13:None cited}', '  MAXIMUS guideline: ${14:None cited}', '  Decision rationale:', '    $0',
  ];
  const snippet = lines.join('\n');
  const plain = snippet.replace(/\$\{\d+\|([^,|]+)[^}]*\}/g, '$1').replace(/\$\{\d+:?([^}]*)\}/g, '$1').replace(/\$0/g, '');
  return {
    label: 'New determination letter',
    kind: CompletionItemKind.Snippet,
    detail: 'Header, credentials, summary and one disputed item',
    sortText: '~~letter',
    textEdit: { range, newText: options.snippets ? snippet : plain },
    insertTextFormat: options.snippets ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
  };
}

function choices(values: { label: string; doc?: string; detail?: string }[], range: Range, kind: CompletionItemKind = CompletionItemKind.EnumMember): CompletionItem[] {
  return values.map((v, i) => ({
    label: v.label, kind, detail: v.detail, sortText: String(i).padStart(3, '0'),
    ...(v.doc ? { documentation: { kind: MarkupKind.Markdown, value: v.doc } } : {}),
    textEdit: { range, newText: v.label },
  }));
}

/** The current entry of a comma-separated value, for states and specialties. */
function listEntryRange(position: Position, typedStart: number, typed: string): Range {
  const cut = Math.max(typed.lastIndexOf(','), typed.lastIndexOf(';'));
  const lead = cut < 0 ? 0 : cut + 1 + (typed.slice(cut + 1).length - typed.slice(cut + 1).trimStart().length);
  return replace(position, typedStart + lead);
}

function valueItems(snap: LetterSnapshot, field: FieldSpec, typed: string, typedStart: number, position: Position): CompletionItem[] {
  const range = replace(position, typedStart);
  switch (field.key) {
    case 'decision':
      return choices([
        { label: 'Upheld', detail: 'not medically necessary', doc: 'The utilization review decision stands: the disputed treatment is **not medically necessary**.' },
        { label: 'Overturned', detail: 'medically necessary', doc: 'The utilization review decision is reversed: the treatment **is medically necessary**; the claims administrator must authorize it within 5 working days (8 CCR 9792.10.7).' },
      ], range);
    case 'priority':
      return choices([{ label: 'Standard', detail: 'decided within 30 days' }, { label: 'Expedited', detail: 'decided within 3 days' }], range);
    case 'layout':
      return choices([{ label: '2016', detail: '2016-17 public letters and later' }, { label: '2014', detail: 'inline reviewer statement, Page(s) citations' }], range);
    case 'caseOutcome':
      return choices([{ label: 'Upheld' }, { label: 'Overturned' }, { label: 'Partially Overturned' }], range);
    case 'licensure':
      return choices(usJurisdictions.map((j) => ({ label: j.name, detail: j.code })), listEntryRange(position, typedStart, typed), CompletionItemKind.Value);
    case 'specialty':
      return choices(boardSpecialties.map((s) => ({ label: s.name, detail: s.inPickList ? 'DWC pick-list' : undefined })), listEntryRange(position, typedStart, typed), CompletionItemKind.Value);
    default:
      return [];
  }
}

/**
 * The body regions a disputed item concerns, most relevant first: those its request names (the Item line,
 * the original request and what was authorized), else those its rationale mentions most.
 */
function itemRegions(item: DisputedItem | undefined): BodyRegion[] {
  if (!item) return [];
  const request = [item.field, item.originalRequest, item.authorized, item.authorizedInstead].map((f) => f?.value?.text ?? '').join('\n');
  const named = bodyRegionsIn(request);
  if (named.length) return named.map((r) => r.region);
  return bodyRegionsIn(item.rationale?.paragraphs.map((p) => p.text).join('\n') ?? '').map((r) => r.region);
}

function itemAt(snap: LetterSnapshot, position: Position): DisputedItem | undefined {
  return snap.letter.items.find((i) => i.range.start.line <= position.line && position.line <= i.range.end.line);
}

/**
 * Guidelines in the order a reviewer looks for them: in force on the letter's dates before the rest; among
 * those, the ones covering the item's body regions (in the regions' order), then the others by title.
 */
function rankGuidelines(all: readonly Guideline[], inForce: Set<string>, regions: BodyRegion[]): { guideline: Guideline; fits?: string }[] {
  const regionRank = (g: Guideline) => {
    const region = regionOfGuideline(g);
    const at = region ? regions.indexOf(region) : -1;
    return at < 0 ? regions.length : at;
  };
  return all.map((g) => ({ guideline: g, inForce: inForce.has(g.id), rank: regionRank(g) }))
    .sort((a, b) => Number(b.inForce) - Number(a.inForce) || a.rank - b.rank || a.guideline.title.localeCompare(b.guideline.title) || a.guideline.year - b.guideline.year)
    .map((r) => ({ guideline: r.guideline, fits: regions[r.rank]?.name }));
}

function guidelineItem(g: Guideline, layout: '2014' | '2016', range: Range, inForce: boolean, withKeyword: boolean, order: number, fits?: string): CompletionItem {
  const head = citationHead(g, layout);
  return {
    label: withKeyword ? `MTUS ${head}` : head,
    kind: CompletionItemKind.Module,
    detail: `${g.ccr}${inForce ? '' : ' (not in force on the letter\'s dates)'}${fits ? ` · matches the item (${fits})` : ''}`,
    documentation: { kind: MarkupKind.Markdown, value: guidelineMarkdown(g) },
    sortText: `${inForce ? 'a' : 'z'}${String(order).padStart(3, '0')}`,
    filterText: withKeyword ? `MTUS ${head} ${g.titleAliases.join(' ')}` : `${head} ${g.titleAliases.join(' ')}`,
    textEdit: { range, newText: withKeyword ? `MTUS ${head}` : head },
  };
}

function citationItems(snap: LetterSnapshot, typed: string, typedStart: number, position: Position): CompletionItem[] {
  const iso = effectiveDate(snap.letter)?.date.iso;
  const layout = letterLayout(snap.letter).name;
  const inForce = new Set((iso ? guidelinesInForce(iso) : guidelines).map((g) => g.id));
  const offered = rankGuidelines(guidelines, inForce, itemRegions(itemAt(snap, position)));
  const mtus = /^MTUS\b\s*/i.exec(typed);
  if (mtus) {
    const citation = parseCitation(typed, position.line, typedStart);
    if (citation.kind === 'mtus' && citation.pages) {
      const reading = readMtusCitation(citation);
      if (reading.kind !== 'resolved') return [];
      // the page being typed: after `Page(s):` or after the last comma that follows it
      let cut = citation.pages.keyword.range.end.character - typedStart;
      cut = Math.max(cut, typed.lastIndexOf(',') + 1);
      const range = replace(position, typedStart + cut + (typed.slice(cut).length - typed.slice(cut).trimStart().length));
      return (reading.guideline.pagesCited ?? []).map((p, i) => ({
        label: p.pages.from === p.pages.to ? String(p.pages.from) : `${p.pages.from}-${p.pages.to}`,
        kind: CompletionItemKind.Value,
        detail: `${p.topic}${p.pages.verified ? '' : ' (recalled, unverified)'}`,
        sortText: String(i).padStart(3, '0'),
        textEdit: { range, newText: p.pages.from === p.pages.to ? String(p.pages.from) : `${p.pages.from}-${p.pages.to}` },
      }));
    }
    if (citation.kind === 'mtus' && citation.sections) {
      const reading = readMtusCitation(citation);
      if (reading.kind !== 'resolved') return [];
      const keyword = typed.search(/Sections?(?:\s*\(s\))?\s*:/i);
      const afterKeyword = keyword + (typed.slice(keyword).match(/^Sections?(?:\s*\(s\))?\s*:\s*/i)?.[0].length ?? 0);
      const cut = Math.max(afterKeyword, typed.lastIndexOf(';') + 1);
      const lead = typed.slice(cut).length - typed.slice(cut).trimStart().length;
      const range = replace(position, typedStart + cut + lead);
      return reading.guideline.sections.map((s, i) => ({
        label: s.name,
        kind: CompletionItemKind.EnumMember,
        detail: s.pages ? `pages ${s.pages.from}-${s.pages.to}${s.pages.verified ? '' : ' (unverified)'}` : undefined,
        ...(s.note ? { documentation: s.note } : {}),
        sortText: `${s.seenInCorpus ? 'a' : 'b'}${String(i).padStart(3, '0')}`,
        filterText: [s.name, ...s.aliases].join(' '),
        textEdit: { range, newText: s.name },
      }));
    }
    const range = replace(position, typedStart + mtus[0].length);
    return offered.map(({ guideline: g, fits }, i) => guidelineItem(g, layout, range, inForce.has(g.id), false, i, fits));
  }
  if (/^Non-MTUS\b\s*/i.test(typed)) {
    const lead = /^Non-MTUS(?:\s+Citation)?\s*/i.exec(typed)![0].length;
    const range = replace(position, typedStart + lead);
    return [
      ...odgChapters.map((c, i) => ({
        label: `Official Disability Guidelines (ODG) ${c.title}`, kind: CompletionItemKind.Reference,
        detail: c.seenInCorpus ? 'ODG chapter' : 'ODG chapter (not seen in published letters)', sortText: `a${String(i).padStart(3, '0')}`,
        textEdit: { range, newText: `Official Disability Guidelines (ODG) ${c.title}` },
      })),
      ...nonMtusSources.filter((s) => !s.fallback).map((s, i) => ({
        label: s.name, kind: CompletionItemKind.Reference, sortText: `b${String(i).padStart(3, '0')}`, textEdit: { range, newText: s.name },
      })),
    ];
  }
  const range = replace(position, typedStart);
  const keywords: CompletionItem[] = [
    { label: 'MTUS', detail: 'a guideline of the Medical Treatment Utilization Schedule', sortText: '0', textEdit: { range, newText: 'MTUS ' }, command: { title: 'Suggest', command: 'editor.action.triggerSuggest' } },
    { label: 'Non-MTUS', detail: 'a source outside the MTUS, such as ODG', sortText: '1', textEdit: { range, newText: 'Non-MTUS ' }, command: { title: 'Suggest', command: 'editor.action.triggerSuggest' } },
    { label: 'None cited', detail: '"... did not cite any medical evidence for its decision."', sortText: '2', textEdit: { range, newText: 'None cited' } },
    { label: 'Outside MTUS', detail: '"... based their decision on recommendation(s) outside of the MTUS Guidelines."', sortText: '3', textEdit: { range, newText: 'Outside MTUS' } },
  ].map((k) => ({ ...k, kind: CompletionItemKind.Keyword }));
  return [...keywords, ...offered.filter(({ guideline: g }) => inForce.has(g.id)).map(({ guideline: g, fits }, i) => guidelineItem(g, layout, range, true, true, i + 10, fits))];
}

export function completions(snap: LetterSnapshot, position: Position, options: CompletionOptions = { snippets: true }): CompletionItem[] {
  const ctx = cursorContext(snap, position);
  switch (ctx.kind) {
    case 'label': return labelItems(snap, ctx, position, options);
    case 'value': return valueItems(snap, ctx.field, ctx.typed, ctx.typedStart, position);
    case 'citation': return citationItems(snap, ctx.typed, ctx.typedStart, position);
    default: return [];
  }
}
