/**
 * The rendered letter as a document model: what the text, HTML, PDF and DOCX renderers and the live
 * preview all draw from, so every output says the same words. Built from the AST; never throws, and
 * shows a bracketed placeholder where the letter is still missing something.
 */
import type { DisputedItem, Field, Letter, ProseField, ValueField } from '../syntax/ast';
import type { FieldKey } from '../syntax/fields';
import { guidelineText } from './guideline-text';
import { layoutFor, type LetterLayout } from './layouts';
import { readDate } from '../validate/dates';
import { phraseList } from '../redact/declared';

/** `line`: the field's 0-based source line, for the preview's scroll sync */
export interface HeaderCell { label: string; value: string; key: FieldKey; line?: number }

/** The letter fields that name the parties: never shown in a public copy. */
export type PartyKey = 'employee' | 'employer' | 'claimsAdministrator' | 'claimNumber' | 'requestingPhysician';

export type Block =
  | { kind: 'heading'; text: string; line?: number }
  /** `tight`: printed directly under the block above, with no space between (credential lines) */
  | { kind: 'paragraph'; text: string; line?: number; tight?: boolean }
  | { kind: 'labelled'; label: string; text: string; line?: number; tight?: boolean }
  | { kind: 'decision'; text: string; decision: string; separator: string; itemIndex: number; line?: number };

export interface ItemOutline { index: number; title: string; decision?: string; blockIndex: number }

export interface LetterDocument {
  layout: LetterLayout;
  caseNumber?: string;
  /** two-column header table, row by row */
  header: [HeaderCell | undefined, HeaderCell | undefined][];
  blocks: Block[];
  items: ItemOutline[];
  /** values the letter declares as personal (parties), for the public copy */
  personalData: string[];
  /** the same values by field, so the public copy can treat a person's name apart from a company's */
  parties?: Partial<Record<PartyKey, string>>;
  /** the letter's `Redact:` phrases: removed from the public copy as well */
  redact?: string[];
  /** the letter's `Keep:` phrases: finds the reviewer marked as false alarms, and remainders reviewed */
  keep?: string[];
}

const MISSING = (what: string) => `[${what} missing]`;

function value(field: Field | undefined): string | undefined {
  return field && field.shape === 'value' ? field.value?.text : undefined;
}

function line(field: Field | undefined): number | undefined {
  return field?.range.start.line;
}

function cell(letter: Letter, key: FieldKey, label: string): HeaderCell | undefined {
  const field = letter.letterFields[key];
  const text = value(field);
  return text === undefined ? undefined : { label, value: text, key, line: line(field) };
}


function proseBlocks(field: ProseField | undefined, label?: string): Block[] {
  if (!field) return [];
  const blocks: Block[] = [];
  field.paragraphs.forEach((p, i) => {
    const at = p.range.start.line;
    if (i === 0 && label) blocks.push({ kind: 'labelled', label, text: p.text, line: at });
    else blocks.push({ kind: 'paragraph', text: p.text, line: at });
  });
  if (label && blocks.length === 0) blocks.push({ kind: 'labelled', label, text: MISSING('Decision rationale'), line: line(field) });
  return blocks;
}

/** The paragraph that names the disputed item, with the modified-request sentences where UR authorized part of it. */
export function itemStatement(item: DisputedItem): string {
  const text = item.field.value?.text ?? MISSING('Item text');
  const original = value(item.originalRequest) ?? text;
  const authorized = value(item.authorized);
  const instead = value(item.authorizedInstead);
  if (authorized !== undefined) {
    return `${original} was the original request. ${authorized} was authorized by the Claims Administrator. ` +
      `The remaining IMR eligible portion of the original request, ${text} is`;
  }
  if (instead !== undefined) {
    return `${original} was the original request. The Claims Administrator authorized ${instead}, leaving the original ` +
      `request IMR eligible. The original request, ${text} is`;
  }
  return text;
}

function itemBlocks(item: DisputedItem, layout: LetterLayout, blocks: Block[], items: ItemOutline[]): void {
  const decision = (item.decision as (ValueField & { word?: string }) | undefined);
  const word = decision?.word ?? decision?.value?.text ?? MISSING('Decision');
  items.push({ index: item.index, title: item.field.value?.text ?? `Item ${item.index + 1}`, decision: decision?.word, blockIndex: blocks.length });
  blocks.push({
    kind: 'decision', text: itemStatement(item), decision: word, separator: layout.decisionSeparator,
    itemIndex: item.index, line: line(item.field),
  });
  blocks.push({
    kind: 'labelled', label: 'Claims Administrator guideline:',
    text: guidelineText(item.claimsAdministratorGuideline, 'Claims Administrator') || MISSING('Claims Administrator guideline'),
    line: line(item.claimsAdministratorGuideline),
  });
  blocks.push({
    kind: 'labelled', label: 'MAXIMUS guideline:',
    text: guidelineText(item.reviewerGuideline, 'Expert Reviewer') || MISSING('MAXIMUS guideline'),
    line: line(item.reviewerGuideline),
  });
  if (item.rationale) blocks.push(...proseBlocks(item.rationale, 'Decision rationale:'));
  else blocks.push({ kind: 'labelled', label: 'Decision rationale:', text: MISSING('Decision rationale') });
}

function boilerplate(letter: Letter, key: FieldKey, standard: string): { text: string; line?: number }[] {
  const override = letter.letterFields[key];
  if (override && override.shape === 'prose' && override.paragraphs.length) {
    return override.paragraphs.map((p) => ({ text: p.text, line: p.range.start.line }));
  }
  return [{ text: standard }];
}

/** The layout a letter renders in: as stated, else by the year of its Decision Date (a real date only). */
export function letterLayout(letter: Letter): LetterLayout {
  return layoutFor(letter.layout, readDate(value(letter.letterFields.decisionDate) ?? '')?.year);
}

export function buildDocument(letter: Letter): LetterDocument {
  const layout = letterLayout(letter);
  const blocks: Block[] = [];
  const items: ItemOutline[] = [];
  const licensure = value(letter.letterFields.licensure);
  const specialty = value(letter.letterFields.specialty);

  blocks.push({ kind: 'heading', text: layout.headings.how });
  const reviewer = layout.reviewerSentence
    ?.replace('{specialty}', () => specialty ?? MISSING('Specialty'))
    .replace('{licensure}', () => licensure ?? MISSING('Licensure')) ?? '';
  for (const p of boilerplate(letter, 'howDetermined', layout.howDetermined)) {
    blocks.push({ kind: 'paragraph', text: p.text.replace('{reviewer}', () => reviewer).replace(/\s+/g, ' ').trim(), line: p.line });
  }
  if (layout.credentialsIntro) {
    blocks.push({ kind: 'paragraph', text: layout.credentialsIntro });
    blocks.push({ kind: 'labelled', label: 'State(s) of Licensure:', text: licensure ?? MISSING('Licensure'), line: line(letter.letterFields.licensure), tight: true });
    blocks.push({ kind: 'labelled', label: 'Certification(s)/Specialty:', text: specialty ?? MISSING('Specialty'), line: line(letter.letterFields.specialty), tight: true });
  }

  blocks.push({ kind: 'heading', text: layout.headings.summary });
  for (const p of boilerplate(letter, 'summaryIntroduction', layout.summaryIntroduction)) blocks.push({ kind: 'paragraph', ...p });
  const summary = letter.letterFields.summary;
  if (summary && summary.shape === 'prose') blocks.push(...proseBlocks(summary));
  else blocks.push({ kind: 'paragraph', text: MISSING('Clinical case summary') });

  blocks.push({ kind: 'heading', text: layout.headings.issues });
  for (const p of boilerplate(letter, 'issuesIntroduction', layout.issuesIntroduction)) blocks.push({ kind: 'paragraph', ...p });
  for (const item of letter.items) itemBlocks(item, layout, blocks, items);

  const header: LetterDocument['header'] = [
    [cell(letter, 'caseNumber', 'Case Number:'), undefined],
    [cell(letter, 'dateAssigned', 'Date Assigned:'), cell(letter, 'dateOfInjury', 'Date of Injury:')],
    [cell(letter, 'decisionDate', 'Decision Date:'), cell(letter, 'urDenialDate', 'UR Denial Date:')],
    [cell(letter, 'priority', 'Priority:'), cell(letter, 'applicationReceived', 'Application Received:')],
  ];
  const personalData: string[] = [];
  const parties: Partial<Record<PartyKey, string>> = {};
  for (const key of ['employee', 'employer', 'claimsAdministrator', 'claimNumber', 'requestingPhysician'] as PartyKey[]) {
    const text = value(letter.letterFields[key]);
    if (text) { personalData.push(text); parties[key] = text; }
  }
  return {
    layout, caseNumber: value(letter.letterFields.caseNumber),
    header: header.filter(([l, r]) => l || r), blocks, items, personalData, parties,
    redact: phraseList(value(letter.letterFields.redact)), keep: phraseList(value(letter.letterFields.keep)),
  };
}

export interface LetterMetadata { title: string; subject: string; keywords: string[] }

/**
 * What the rendered files say about themselves (PDF Info, DOCX core properties, HTML head): built from the case
 * number and fixed wording only, never from a party field, so a public copy's metadata is as clean as its text.
 */
export function letterMetadata(doc: LetterDocument): LetterMetadata {
  const title = 'Independent Medical Review Final Determination';
  const caseNumber = doc.caseNumber?.replace(/\s+/g, ' ').trim();
  return {
    title: caseNumber ? `${title} ${caseNumber}` : title,
    subject: 'California workers\' compensation Independent Medical Review: final determination letter',
    keywords: ['IMR', 'final determination', ...(caseNumber ? [caseNumber] : [])],
  };
}
