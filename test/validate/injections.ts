/**
 * The mistakes the rules exist for, each as a way to inject it into a real letter and the line where it must
 * be found (shared by the fault-injection and fix-safety tests).
 */
import * as fs from 'fs';
import * as path from 'path';
import { parseLetter, type Field, type Letter } from '../../server/src/language';
import { corpusDir } from '../helpers/corpus';

export interface Injected { text: string; line: number }
export type Injection = { name: string; code: string; inject(text: string, letter: Letter): Injected | undefined };

export const lines = (t: string) => t.split('\n');
export const join = (ls: string[]) => ls.join('\n');

/** Replaces the lines of a field with new ones; the expected line is the first new line. */
export function replaceField(text: string, field: Field | undefined, replacement: string[]): Injected | undefined {
  if (!field) return undefined;
  const ls = lines(text);
  ls.splice(field.range.start.line, field.range.end.line - field.range.start.line + 1, ...replacement);
  return { text: join(ls), line: field.range.start.line };
}

export function setValue(text: string, field: Field | undefined, value: string): Injected | undefined {
  if (!field || field.shape !== 'value' || !field.value) return undefined;
  const ls = lines(text);
  const line = field.value.range.start.line;
  ls[line] = ls[line].slice(0, field.value.range.start.character) + value;
  return { text: join(ls), line };
}

function deleteField(text: string, field: Field | undefined, expectedLine: (l: Letter) => number): Injected | undefined {
  if (!field) return undefined;
  const ls = lines(text);
  ls.splice(field.range.start.line, field.range.end.line - field.range.start.line + 1);
  const out = join(ls);
  return { text: out, line: expectedLine(parseLetter(out)) };
}

/** Replaces item 1's MAXIMUS guideline with these citations; the problem is expected on the first of them. */
const reviewerGuideline = (...citations: string[]) => (text: string, l: Letter): Injected | undefined => {
  const r = replaceField(text, l.items[0]?.reviewerGuideline, ['  MAXIMUS guideline:', ...citations.map((c) => `    ${c}`)]);
  return r && { text: r.text, line: r.line + 1 };
};

export const INJECTIONS: Injection[] = [
  { name: 'a header field removed', code: 'IMR101', inject: (t, l) => deleteField(t, l.letterFields.priority, () => 0) },
  { name: 'the licensure removed', code: 'IMR102', inject: (t, l) => deleteField(t, l.letterFields.licensure, (n) => n.letterFields.summary!.range.start.line) },
  { name: 'the case summary removed', code: 'IMR103', inject: (t, l) => deleteField(t, l.letterFields.summary, (n) => n.items[0].range.start.line) },
  { name: 'an item\'s MAXIMUS guideline removed', code: 'IMR105', inject: (t, l) => deleteField(t, l.items[0]?.reviewerGuideline, (n) => n.items[0].range.start.line) },
  {
    name: 'an item listed twice', code: 'IMR106', inject: (t, l) => {
      const item = l.items[0];
      if (!item) return undefined;
      const copy = lines(t).slice(item.range.start.line, item.range.end.line + 1);
      const base = t.replace(/\n*$/, '\n\n');
      return { text: base + join(copy) + '\n', line: lines(base).length - 1 };
    },
  },
  { name: 'a malformed case number', code: 'IMR201', inject: (t, l) => setValue(t, l.letterFields.caseNumber, 'CM16-021303') },
  { name: 'an impossible date', code: 'IMR202', inject: (t, l) => setValue(t, l.letterFields.decisionDate, '02/30/2017') },
  {
    name: 'the injury dated after the UR decision', code: 'IMR203', inject: (t, l) => {
      const r = setValue(t, l.letterFields.dateOfInjury, '12/31/2099');
      return r && { text: r.text, line: l.letterFields.urDenialDate!.range.start.line };
    },
  },
  { name: 'an unknown priority', code: 'IMR204', inject: (t, l) => setValue(t, l.letterFields.priority, 'Urgent') },
  { name: 'a misspelt state', code: 'IMR301', inject: (t, l) => setValue(t, l.letterFields.licensure, 'Californa') },
  {
    name: 'the reviewer named', code: 'IMR303', inject: (t, l) => {
      const first = l.items[0]?.rationale?.paragraphs[0]?.lines[0];
      if (!first) return undefined;
      const ls = lines(t);
      const at = first.range.start;
      ls[at.line] = `${ls[at.line].slice(0, at.character)}As reviewed by Dr. Alan Smith, ${ls[at.line].slice(at.character)}`;
      return { text: join(ls), line: at.line };
    },
  },
  { name: 'an unknown guideline', code: 'IMR401', inject: reviewerGuideline('MTUS Low Bak Complaints 2004') },
  { name: 'a title with a year it never had', code: 'IMR402', inject: reviewerGuideline('MTUS Low Back Complaints 2016') },
  { name: 'a guideline not in force', code: 'IMR403', inject: reviewerGuideline('MTUS Chronic Pain Medical Treatment 2009') },
  { name: 'an unknown section', code: 'IMR404', inject: reviewerGuideline('MTUS Low Back Complaints 2004, Section(s): Special Studiez') },
  { name: 'a page outside the chapter', code: 'IMR405', inject: reviewerGuideline('MTUS ACOEM Chapter 12 Low Back Complaints Page(s): 412') },
  { name: 'Non-MTUS only, without the statement', code: 'IMR406', inject: reviewerGuideline('Non-MTUS Official Disability Guidelines (ODG) Low Back') },
  { name: 'None cited beside a citation', code: 'IMR407', inject: reviewerGuideline('None cited', 'MTUS Low Back Complaints 2004') },
  { name: 'Outside MTUS beside an MTUS citation', code: 'IMR408', inject: reviewerGuideline('Outside MTUS', 'MTUS Low Back Complaints 2004') },
  {
    name: 'the decision flipped', code: 'IMR501', inject: (t, l) => {
      const d = l.items[0]?.decision;
      if (!d?.word) return undefined;
      // the problem sits on the Decision value, where the reviewer acts
      return setValue(t, d, d.word === 'Upheld' ? 'Overturned' : 'Upheld');
    },
  },
  { name: 'a rationale without a conclusion', code: 'IMR502', inject: (t, l) => {
    const r = replaceField(t, l.items[0]?.rationale, ['  Decision rationale:', '    The records were reviewed in full.']);
    return r && { text: r.text, line: r.line + 1 };
  } },
  {
    name: 'a stated outcome the items do not add up to', code: 'IMR503', inject: (t, l) => {
      const p = l.letterFields.priority;
      if (!p) return undefined;
      const all = l.items.map((i) => i.decision?.word);
      const wrong = all.every((w) => w === 'Upheld') ? 'Overturned' : 'Upheld';
      const ls = lines(t);
      ls.splice(p.range.start.line + 1, 0, `Case Outcome: ${wrong}`);
      return { text: join(ls), line: p.range.start.line + 1 };
    },
  },
  {
    name: 'a misspelt label', code: 'IMR002', inject: (t, l) => {
      const d = l.items[0]?.decision;
      if (!d) return undefined;
      const ls = lines(t);
      ls[d.range.start.line] = ls[d.range.start.line].replace('Decision:', 'Descision:');
      return { text: join(ls), line: d.range.start.line };
    },
  },
  {
    name: 'a line that belongs nowhere', code: 'IMR001', inject: (t, l) => {
      const d = l.items[0]?.decision;
      if (!d) return undefined;
      const ls = lines(t);
      ls.splice(d.range.start.line + 1, 0, 'this line belongs nowhere');
      return { text: join(ls), line: d.range.start.line + 1 };
    },
  },
];

/** items.tsv's last rationale sentence of each letter's first item: independent of the rule's own reading. */
function firstConclusions(): Map<string, string> {
  const out = new Map<string, string>();
  const dir = corpusDir();
  if (!dir) return out;
  const [head, ...rows] = fs.readFileSync(path.join(dir, 'items.tsv'), 'utf8').trim().split('\n');
  const columns = head.split('\t');
  for (const row of rows) {
    const cells = Object.fromEntries(row.split('\t').map((c, i) => [columns[i], c]));
    if (cells.item_no === '1') out.set(cells.file, cells.rationale_last_sentence ?? '');
  }
  return out;
}

const MODALITY_WORDS = /\b(MRI|CT|x-?rays?|EMG|NCV|NCS|physical therapy|acupuncture|chiropractic|injection|TENS)\b/i;
const DRUG_WORDS = /\b(norco|hydrocodone|tramadol|ultram|naproxen|omeprazole|pantoprazole|cyclobenzaprine|flexeril|gabapentin|meloxicam|celecoxib|ketoprofen|diclofenac|oxycodone|lidocaine)\b/i;

/** The QA cross-checks' mistakes; `inject` also gets the letter's file name, for what items.tsv says of it. */
export interface CrossInjection { code: string; name: string; inject(text: string, l: Letter, name: string): Injected | undefined }

const addToFirstLine = (text: string, field: { paragraphs: { lines: { range: { start: { line: number } } }[] }[] } | undefined, sentence: string): Injected | undefined => {
  const first = field?.paragraphs[0]?.lines[0];
  if (!first) return undefined;
  const ls = lines(text);
  ls[first.range.start.line] += sentence;
  return { text: join(ls), line: first.range.start.line };
};

/** Puts a sentence before the field's first sentence, so it is the first thing the field says. */
const putFirst = (text: string, field: { paragraphs: { lines: { range: { start: { line: number; character: number } } }[] }[] } | undefined, sentence: string): Injected | undefined => {
  const first = field?.paragraphs[0]?.lines[0];
  if (!first) return undefined;
  const ls = lines(text);
  const { line, character } = first.range.start;
  ls[line] = `${ls[line].slice(0, character)}${sentence} ${ls[line].slice(character)}`;
  return { text: join(ls), line };
};

const conclusions = firstConclusions();

export const CROSS_INJECTIONS: CrossInjection[] = [
  {
    code: 'IMR207', name: 'a case number of another year', inject: (t, l) => {
      const value = (l.letterFields.caseNumber as { value?: { text: string } } | undefined)?.value?.text;
      const m = value && /^CM(\d\d)(-\d{7})$/.exec(value);
      return m ? setValue(t, l.letterFields.caseNumber, `CM${Number(m[1]) - 3}${m[2]}`) : undefined;
    },
  },
  {
    code: 'IMR208', name: 'a record dated after the decision', inject: (t, l) => {
      const decided = (l.letterFields.decisionDate as { value?: { text: string } } | undefined)?.value?.text;
      const m = decided && /^(\d\d)\/(\d\d)\/(\d{4})$/.exec(decided);
      return m ? addToFirstLine(t, l.letterFields.summary as never, ` A progress report of ${m[1]}/${m[2]}/${Number(m[3]) + 1} was reviewed.`) : undefined;
    },
  },
  {
    code: 'IMR409', name: 'ODG relied on, the MAXIMUS guideline lines citing only the MTUS', inject: (t, l) => {
      const r = replaceField(t, l.items[0]?.reviewerGuideline, ['  MAXIMUS guideline: MTUS Low Back Complaints 2004']);
      return r && putFirst(r.text, parseLetter(r.text).items[0]?.rationale, 'The Official Disability Guidelines recommend this approach.');
    },
  },
  {
    code: 'IMR409', name: 'an MTUS guideline relied on by name, not listed', inject: (t, l) => {
      const r = replaceField(t, l.items[0]?.reviewerGuideline, ['  MAXIMUS guideline: MTUS Low Back Complaints 2004']);
      return r && putFirst(r.text, parseLetter(r.text).items[0]?.rationale, 'The Chronic Pain Medical Treatment Guidelines were applied.');
    },
  },
  {
    code: 'IMR410', name: 'a "Decision based on" line naming a year the guideline never had', inject: (t, l) => {
      const r = replaceField(t, l.items[0]?.reviewerGuideline, ['  MAXIMUS guideline:', '    Decision based on MTUS Low Back Complaints 2016, Section(s): Summary.']);
      return r && { text: r.text, line: r.line + 1 };
    },
  },
  {
    code: 'IMR504', name: 'an item naming another treatment than the rationale decides', inject: (t, l, name) => {
      const conclusion = conclusions.get(name) ?? '';
      const named = /(?:request for|requested|decision for|")(.*)/i.exec(conclusion)?.[1] ?? '';
      if (MODALITY_WORDS.test(named)) return setValue(t, l.items[0]?.field, /acupuncture/i.test(named) ? 'MRI of the left ankle' : 'Acupuncture 6 sessions for the left ankle');
      if (DRUG_WORDS.test(named)) return setValue(t, l.items[0]?.field, /gabapentin/i.test(named) ? 'Naproxen 550mg' : 'Gabapentin 600mg');
      return undefined;
    },
  },
  {
    code: 'IMR505', name: 'an upheld opioid without weaning advice', inject: (t, l) => {
      const item = l.items[0];
      const rationale = item?.rationale?.paragraphs.flatMap((p) => p.lines.map((x) => x.text)).join(' ') ?? '';
      if (!item?.decision || /wean|taper|discontinu|detox|titrat|withdraw|step.?down/i.test(rationale)) return undefined;
      const named = setValue(t, item.field, 'Norco 10/325mg #90');
      const upheld = named && setValue(named.text, parseLetter(named.text).items[0].decision, 'Upheld');
      return upheld && { text: upheld.text, line: item.decision.range.start.line };
    },
  },
];
