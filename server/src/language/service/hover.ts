/**
 * Hovers: what a label, a value or a citation part is, whether it is valid for this letter, and where the
 * fact comes from. Built from the AST and the catalogue, never from the problems list, so it answers even
 * where validation is switched off.
 */
import { MarkupKind, type Hover, type Position, type Range } from 'vscode-languageserver-types';
import { findNonMtusSources, findOdgChapter, findSection, findSpecialty, findState, isInForce } from '../catalogue';
import type { Citation, CitationField, Field, ValueField } from '../syntax/ast';
import { fieldSpec } from '../syntax/fields';
import { daysBetween, longDate, readDate } from '../validate/dates';
import { readMtusCitation } from '../validate/resolve-citation';
import { effectiveDate } from '../validate/effective-date';
import { HEADER_DATE_KEYS as DATE_KEYS } from '../validate/context';
import { listEntries } from '../validate/list';
import { guidelineSentences } from '../render/guideline-text';
import { guidelineMarkdown, inForceText, pagesText } from './guideline-docs';
import { readConclusion } from '../validate/conclusion';
import { contains } from './positions';
import type { LetterSnapshot } from './snapshot';

function hover(value: string, range: Range): Hover {
  return { contents: { kind: MarkupKind.Markdown, value }, range };
}


function dateHover(snap: LetterSnapshot, field: ValueField): string {
  const value = field.value!.text;
  const date = readDate(value);
  if (!date) return `**${field.spec.label}**: \`${value}\` is not a real date written MM/DD/YYYY.`;
  const lines = [`**${field.spec.label}**: ${longDate(date)}`];
  for (const other of DATE_KEYS) {
    if (other === field.key) continue;
    const f = snap.letter.letterFields[other];
    const d = f && f.shape === 'value' ? readDate(f.value?.text ?? '') : undefined;
    if (!d) continue;
    const days = daysBetween(d, date);
    lines.push(`- ${Math.abs(days)} day${Math.abs(days) === 1 ? '' : 's'} ${days >= 0 ? 'after' : 'before'} ${fieldSpec(other).label}`);
  }
  return lines.join('\n');
}

/** What the item's rationale concludes, so the reviewer can compare it with the decision under the cursor. */
function conclusionNote(snap: LetterSnapshot, field: ValueField): string {
  const item = snap.letter.items.find((i) => i.decision === field);
  const reading = item?.rationale && readConclusion(item.rationale, item.field.value?.text);
  if (!reading) return '';
  const says = reading.conclusion === 'necessary' ? 'medically necessary' : reading.conclusion === 'taper' ? 'tapering advice (as for a denied opioid)' : 'not medically necessary';
  return `\n\nThe rationale concludes: **${says}** (line ${reading.range.start.line + 1}).`;
}

function valueHover(snap: LetterSnapshot, field: ValueField, position: Position): Hover | undefined {
  const value = field.value!;
  switch (field.key) {
    case 'decision': {
      const meaning = /^upheld$/i.test(value.text) ? 'the utilization review decision stands: the treatment is **not medically necessary**'
        : /^overturned$/i.test(value.text) ? 'the utilization review decision is reversed: the treatment **is medically necessary** and must be authorized within 5 working days (8 CCR 9792.10.7)'
          : 'not a decision: write `Upheld` or `Overturned`';
      return hover(`**${value.text}**: ${meaning}.${conclusionNote(snap, field)}`, value.range);
    }
    case 'caseNumber': {
      const m = /^CM(\d{2})-(\d{7})$/.exec(value.text);
      return hover(m ? `**IMR case number**: received in 20${m[1]}, sequence ${Number(m[2])}.` : `\`${value.text}\` is not an IMR case number (CM + two-digit year + - + seven digits).`, value.range);
    }
    case 'priority':
      return hover(value.text === 'Expedited' ? '**Expedited**: an imminent and serious threat to health; decided within 3 days (Labor Code 4610.6(d)(2)).'
        : value.text === 'Standard' ? '**Standard**: decided within 30 days of receiving the records (Labor Code 4610.6(d)(1)).' : `\`${value.text}\` is not a priority.`, value.range);
    case 'licensure': {
      const entry = listEntries(value, /,|;|\s+and\s+/g).find((e) => contains(e.range, position));
      if (!entry) return undefined;
      const state = findState(entry.text);
      return hover(state ? `**${state.name}** (${state.code}), a US ${state.kind}.` : `\`${entry.text}\` is not a US state.`, entry.range);
    }
    case 'specialty': {
      const entry = listEntries(value, /,|;/g).find((e) => contains(e.range, position));
      if (!entry) return undefined;
      const s = findSpecialty(entry.text);
      return hover(s ? `**${s.name}**${s.inPickList ? ', in the DWC reviewer board specialty list' : ''}.${s.name !== entry.text ? ` Written here as \`${entry.text}\`.` : ''}` : `\`${entry.text}\` is not a board specialty we know.`, entry.range);
    }
    default:
      if ((DATE_KEYS as readonly string[]).includes(field.key)) return hover(dateHover(snap, field), value.range);
      return undefined;
  }
}

function citationHover(snap: LetterSnapshot, field: CitationField, c: Citation, position: Position): Hover | undefined {
  const party = field.key === 'claimsAdministratorGuideline' ? 'Claims Administrator' : 'Expert Reviewer';
  if (c.kind === 'none-cited' || c.kind === 'outside-mtus' || c.kind === 'verbatim') {
    return hover(`Renders as:\n\n> ${guidelineSentences([c], party)[0]}`, c.range);
  }
  if (c.kind === 'non-mtus') {
    const odg = findOdgChapter(c.source?.text ?? '');
    const sources = findNonMtusSources(c.source?.text ?? '');
    const what = odg ? `ODG chapter **${odg.title}**` : sources.length ? sources.map((s) => `**${s.name}**`).join(', ') : 'a source outside the MTUS';
    return hover(`Non-MTUS citation: ${what}.\n\nRenders as:\n\n> ${guidelineSentences([c], party)[0]}`, c.range);
  }
  if (c.kind !== 'mtus') return undefined;
  const reading = readMtusCitation(c);
  if (reading.kind !== 'resolved') {
    return hover(reading.kind === 'wrong-year' ? `${reading.versions[0].title} has MTUS versions ${reading.versions.map((v) => v.year).join(', ')}.` : 'Not a guideline of the MTUS.', c.title?.range ?? c.range);
  }
  const g = reading.guideline;
  const effective = effectiveDate(snap.letter);
  const iso = effective?.date.iso;
  const topic = c.sections?.topics.find((t) => contains(t.range, position));
  if (topic) {
    const section = findSection(g, topic.text);
    if (!section) return hover(`\`${topic.text}\` is not a section of ${g.title} ${g.year} that we know.`, topic.range);
    const pages = section.pages ? `\n\n- Pages ${pagesText(section.pages)}` : '';
    return hover(`**${section.name}**, a section of ${g.title} ${g.year}.${section.note ? `\n\n${section.note}` : ''}${pages}`, topic.range);
  }
  const page = c.pages?.refs.find((r) => contains(r.range, position));
  if (page) {
    const range = g.pages;
    const where = range ? `${page.from >= range.from && page.to <= range.to ? 'inside' : 'outside'} ${g.title} (pages ${pagesText(range)})` : `in ${g.title}`;
    const topics = (g.pagesCited ?? []).filter((p) => p.pages.from <= page.to && page.from <= p.pages.to).map((p) => p.topic);
    return hover(`Page ${page.from === page.to ? page.from : `${page.from}-${page.to}`}, ${where}.${topics.length ? `\n\nCited for: ${topics.join('; ')}` : ''}`, page.range);
  }
  const status = iso ? (isInForce(g, iso) ? `\n\nIn force on ${iso} (this letter's ${effective!.label}).` : `\n\n**Not in force on ${iso}** (this letter's ${effective!.label}): it was part of the MTUS ${inForceText(g)}.`) : '';
  return hover(guidelineMarkdown(g) + status, c.range);
}

function fieldHover(snap: LetterSnapshot, field: Field, position: Position): Hover | undefined {
  if (contains(field.label.range, position)) {
    const typed = field.label.text.replace(/\s*:$/, '');
    const alias = typed.toLowerCase() !== field.spec.label.toLowerCase() ? `\n\nWritten here as \`${typed}:\`, which the formatter writes \`${field.spec.label}:\`.` : '';
    return hover(`**${field.spec.label}**: ${field.spec.doc}${alias}`, field.label.range);
  }
  if (field.shape === 'value' && field.value && contains(field.value.range, position)) return valueHover(snap, field, position);
  if (field.shape === 'citations') {
    const c = field.citations.find((x) => contains(x.range, position));
    if (c) return citationHover(snap, field, c, position);
  }
  return undefined;
}

export function hoverAt(snap: LetterSnapshot, position: Position): Hover | undefined {
  for (const field of snap.letter.fields) {
    if (position.line < field.range.start.line || position.line > field.range.end.line) continue;
    const h = fieldHover(snap, field, position);
    if (h) return h;
  }
  return undefined;
}
