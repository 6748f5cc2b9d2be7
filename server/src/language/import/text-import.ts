/**
 * Imports a letter as `pdftotext -layout` gives it (the public letters, the 2014 seed) into `.imr`.
 * The boilerplate of the recognised layout is dropped (the renderer writes it back); whatever differs from
 * it is kept as an override, so rendering the import gives the letter's words back. Never throws: what
 * it cannot map is reported in `notes` and kept as text.
 */
import { LAYOUTS } from '../render/layouts';
import { formatLetter } from '../format/format';
import { importGuidelineLine, type TopicSplitter } from './guideline-import';
import { wrap } from '../render/text';
import { catalogueTopicSplitter } from './topic-splitter';

export interface ImportResult {
  imr: string;
  /** what the importer could not map, in words a person can act on */
  notes: string[];
}

export interface ImportOptions { splitTopics?: TopicSplitter }

const normalise = (s: string) => s.replace(/\s+/g, ' ').trim();
const HEADINGS = LAYOUTS['2016'].headings;

interface SourceLine { text: string; pageStart: boolean }

function sourceLines(text: string): SourceLine[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n').map((l) => ({
    pageStart: l.startsWith('\f'),
    text: l.replace(/\f/g, '').replace(/\s+$/, ''),
  }));
  return isDoubleSpaced(lines) ? singleSpaced(lines) : lines;
}

/** Some extractions (the 2014 seed) put a blank line after every line: then only longer gaps are paragraph breaks. */
function isDoubleSpaced(lines: SourceLine[]): boolean {
  let text = 0;
  let singleGap = 0;
  for (let i = 0; i + 2 < lines.length; i++) {
    if (isBlank(lines[i])) continue;
    text++;
    if (isBlank(lines[i + 1]) && !isBlank(lines[i + 2])) singleGap++;
  }
  return text > 10 && singleGap / text > 0.6;
}

function singleSpaced(lines: SourceLine[]): SourceLine[] {
  const out: SourceLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!isBlank(lines[i])) { out.push(lines[i]); continue; }
    let j = i;
    while (j < lines.length && isBlank(lines[j])) j++;
    if (j - i >= 2) out.push({ text: '', pageStart: false });
    i = j - 1;
  }
  return out;
}

function isBlank(l: SourceLine | undefined): boolean {
  return !l || l.text.trim() === '';
}

/** Paragraphs: runs of lines split at blank lines, each joined by single spaces. */
function paragraphs(lines: SourceLine[]): string[] {
  const out: string[] = [];
  let current: string[] = [];
  for (const l of lines) {
    if (isBlank(l)) { if (current.length) out.push(current.join(' ')); current = []; continue; }
    current.push(l.text.trim());
  }
  if (current.length) out.push(current.join(' '));
  return out.map(normalise);
}

function findHeading(lines: SourceLine[], heading: string, from = 0): number {
  for (let i = from; i < lines.length; i++) if (lines[i].text.trim() === heading) return i;
  return -1;
}

const HEADER_FIELDS: [RegExp, string][] = [
  [/Case Number:\s+(\S+)/, 'Case Number'],
  [/Date Assigned:\s+(\S+)/, 'Date Assigned'],
  [/Date of Injury:\s+(\S+)/, 'Date of Injury'],
  [/Decision Date:\s+(\S+)/, 'Decision Date'],
  [/UR Denial Date:\s+(\S+)/, 'UR Denial Date'],
  [/Priority:\s+(\S+)/, 'Priority'],
  [/Application\s+(\d\d?\/\d\d?\/\d{4})/, 'Application Received'],
];

class Writer {
  readonly out: string[] = [];
  value(label: string, value: string, indent = ''): void { this.out.push(`${indent}${label}: ${value}`); }
  prose(label: string, paras: string[], indent = ''): void {
    this.out.push(`${indent}${label}:`);
    paras.forEach((p, i) => {
      if (i > 0) this.out.push('');
      for (const l of wrap(p, 96)) this.out.push(`${indent}  ${l}`);
    });
  }
  citations(label: string, lines: string[]): void {
    this.out.push(`  ${label}:`);
    for (const l of lines) this.out.push(`    ${l}`);
  }
  blank(): void { this.out.push(''); }
  comment(text: string): void { this.out.push(`# ${text}`); }
}

/** Drops a standard sentence from the front of a section; returns the paragraphs left, or undefined if it differs. */
function withoutIntroduction(paras: string[], intro: string): string[] | undefined {
  let consumed = '';
  for (let n = 0; n < paras.length; n++) {
    consumed = normalise(`${consumed} ${paras[n]}`);
    if (consumed.length < intro.length) continue;
    if (!consumed.startsWith(intro)) return undefined;
    const rest = consumed.slice(intro.length).trim();
    return rest ? [rest, ...paras.slice(n + 1)] : paras.slice(n + 1);
  }
  return undefined;
}

interface ItemSource { statement: string; caLines: SourceLine[]; maxLines: SourceLine[]; rationale: SourceLine[] }

/** The decision line's paragraph, walking back from the line that ends in the decision word. */
function statementStart(lines: SourceLine[], decisionLine: number, floor: number): number {
  let k = decisionLine;
  while (k > floor && !isBlank(lines[k - 1])) {
    // a new page after a finished sentence starts a new paragraph even without a blank line
    if (lines[k].pageStart && /[.]\s*$/.test(lines[k - 1].text)) break;
    k--;
  }
  return k;
}

function splitItems(lines: SourceLine[], notes: string[]): ItemSource[] {
  const ca: number[] = [];
  lines.forEach((l, i) => { if (/^\s*Claims Administrator guideline:/.test(l.text)) ca.push(i); });
  const items: ItemSource[] = [];
  const starts: number[] = [];
  for (let n = 0; n < ca.length; n++) {
    let j = ca[n] - 1;
    while (j >= 0 && isBlank(lines[j])) j--;
    const floor = n === 0 ? 0 : (lines.findIndex((l, i) => i > ca[n - 1] && /^\s*Decision rationale:/.test(l.text)) + 1);
    starts.push(statementStart(lines, Math.max(j, 0), Math.max(floor, 0)));
  }
  for (let n = 0; n < ca.length; n++) {
    const end = n + 1 < ca.length ? starts[n + 1] : lines.length;
    const block = lines.slice(ca[n], end);
    const maxAt = block.findIndex((l) => /^\s*MAXIMUS guideline:/.test(l.text));
    const ratAt = block.findIndex((l) => /^\s*Decision rationale:/.test(l.text));
    if (maxAt < 0 || ratAt < 0 || ratAt < maxAt) {
      notes.push(`Item ${n + 1}: could not find its 'MAXIMUS guideline:' and 'Decision rationale:' in order.`);
    }
    const statementLines = lines.slice(starts[n], ca[n]).filter((l) => !isBlank(l));
    items.push({
      statement: normalise(statementLines.map((l) => l.text).join(' ')),
      caLines: block.slice(0, maxAt < 0 ? block.length : maxAt),
      maxLines: maxAt < 0 ? [] : block.slice(maxAt, ratAt < 0 ? block.length : ratAt),
      rationale: ratAt < 0 ? [] : block.slice(ratAt),
    });
  }
  return items;
}

const MODIFIED_AUTHORIZED =
  /^(.+?) was the original request\. (.+?) was authorized by the Claims Administrator\. The remaining IMR eligible portion of the original request, (.+) is$/;
const MODIFIED_INSTEAD =
  /^(.+?) was the original request\. The Claims Administrator authorized (.+?), leaving the original request IMR eligible\. The original request, (.+) is$/;

function writeItem(w: Writer, item: ItemSource, index: number, notes: string[], options: ImportOptions): void {
  const decision = /^(.*?):?\s*(Upheld|Overturned)$/.exec(item.statement);
  let text = decision ? decision[1].replace(/:$/, '').trimEnd() : item.statement;
  if (!decision) notes.push(`Item ${index + 1}: no 'Upheld' or 'Overturned' at the end of '${item.statement.slice(0, 60)}'.`);
  const fields: [string, string][] = [];
  const authorized = MODIFIED_AUTHORIZED.exec(text);
  const instead = MODIFIED_INSTEAD.exec(text);
  if (authorized) {
    text = authorized[3];
    fields.push(['Original request', authorized[1]], ['Authorized', authorized[2]]);
  } else if (instead) {
    text = instead[3];
    if (instead[1] !== instead[3]) fields.push(['Original request', instead[1]]);
    fields.push(['Authorized instead', instead[2]]);
  }
  w.blank();
  w.value('Item', text);
  if (decision) w.value('Decision', decision[2], '  ');
  for (const [label, value] of fields) w.value(label, value, '  ');
  const guideline = (src: SourceLine[], label: RegExp) => normalise(src.map((l) => l.text).join(' ')).replace(label, '');
  w.citations('Claims Administrator guideline',
    importGuidelineLine(guideline(item.caLines, /^Claims Administrator guideline:\s*/), 'Claims Administrator', options.splitTopics));
  w.citations('MAXIMUS guideline',
    importGuidelineLine(guideline(item.maxLines, /^MAXIMUS guideline:\s*/), 'Expert Reviewer', options.splitTopics));
  const rationale = paragraphs(item.rationale);
  if (rationale.length) rationale[0] = rationale[0].replace(/^Decision rationale:\s*/, '');
  w.prose('Decision rationale', rationale.filter(Boolean), '  ');
}

export function importLetterText(source: string, options: ImportOptions = { splitTopics: catalogueTopicSplitter }): ImportResult {
  const notes: string[] = [];
  const lines = sourceLines(source);
  const w = new Writer();
  const how = findHeading(lines, HEADINGS.how);
  const summary = findHeading(lines, HEADINGS.summary, Math.max(how, 0));
  const issues = findHeading(lines, HEADINGS.issues, Math.max(summary, 0));
  if (how < 0 || summary < 0 || issues < 0) {
    notes.push('Not an IMR final determination letter: the headings HOW THE IMR FINAL DETERMINATION WAS MADE, CLINICAL CASE SUMMARY and IMR ISSUES, DECISIONS AND RATIONALES were not all found, in that order.');
    w.comment('Imported text that could not be mapped to a letter:');
    w.prose('Clinical Case Summary', paragraphs(lines));
    return { imr: formatLetter(w.out.join('\n')), notes };
  }

  // header table
  const headerText = lines.slice(0, how).map((l) => l.text).join('\n');
  const header: [string, string][] = [];
  for (const [re, label] of HEADER_FIELDS) {
    const m = re.exec(headerText);
    if (m) header.push([label, m[1]]);
  }

  // how the determination was made, with the credentials (2016) or the inline reviewer sentence (2014)
  const howLines = lines.slice(how + 1, summary);
  const credentialsAt = howLines.findIndex((l) => l.text.trim() === LAYOUTS['2016'].credentialsIntro);
  let layout: '2014' | '2016' = '2016';
  let licensure: string | undefined;
  let specialty: string | undefined;
  let howOverride: string[] | undefined;
  if (credentialsAt >= 0) {
    const credentialText = howLines.slice(credentialsAt + 1).map((l) => l.text.trim()).filter(Boolean).join('\n');
    const lic = /State\(s\) of Licensure:\s*([^\n]*)/.exec(credentialText);
    const spec = /Certification\(s\)\/Specialty:\s*([\s\S]*)$/.exec(credentialText);
    licensure = lic?.[1].trim();
    specialty = spec ? normalise(spec[1]) : undefined;
    const howParas = paragraphs(howLines.slice(0, credentialsAt));
    if (howParas.join(' ') !== LAYOUTS['2016'].howDetermined) howOverride = howParas;
  } else {
    const howParas = paragraphs(howLines);
    const joined = howParas.join(' ');
    const template = LAYOUTS['2014'];
    const reviewer = /The expert reviewer is Board Certified in (.+?), and is licensed to practice in (.+?)\./.exec(joined);
    layout = '2014';
    if (reviewer) {
      specialty = reviewer[1];
      licensure = reviewer[2];
      const sentence = template.reviewerSentence!.replace('{specialty}', () => specialty!).replace('{licensure}', () => licensure!);
      if (joined !== normalise(template.howDetermined.replace('{reviewer}', () => sentence))) howOverride = howParas;
    } else {
      notes.push('The reviewer\'s credentials were not found; the paragraph is kept as an override.');
      howOverride = howParas;
    }
  }

  w.value('Layout', layout);
  for (const [label, value] of header) w.value(label, value);
  if (!header.length) w.comment('The source letter has no header table.');
  w.blank();
  if (licensure !== undefined) w.value('State(s) of Licensure', licensure);
  if (specialty !== undefined) w.value('Certification(s)/Specialty', specialty);
  if (howOverride) { w.blank(); w.prose('How the determination was made', howOverride); }

  const summaryParas = paragraphs(lines.slice(summary + 1, issues));
  const summaryBody = withoutIntroduction(summaryParas, LAYOUTS[layout].summaryIntroduction);
  if (summaryBody === undefined) {
    notes.push('The clinical case summary does not open with the standard sentence; it is kept as an override.');
    w.blank();
    w.prose('Summary introduction', summaryParas.slice(0, 1));
  }
  w.blank();
  w.prose('Clinical Case Summary', summaryBody ?? summaryParas.slice(1));

  const issueLines = lines.slice(issues + 1);
  const firstContent = issueLines.findIndex((l) => !isBlank(l));
  const intro = firstContent >= 0 ? normalise(issueLines[firstContent].text) : '';
  let itemLines = issueLines;
  if (intro === LAYOUTS[layout].issuesIntroduction) itemLines = issueLines.slice(firstContent + 1);
  else notes.push('The issues section does not open with the standard sentence.');
  const items = splitItems(itemLines, notes);
  if (!items.length) notes.push('No disputed item was found (no \'Claims Administrator guideline:\' line).');
  items.forEach((item, i) => writeItem(w, item, i, notes, options));
  return { imr: formatLetter(w.out.join('\n')), notes };
}
