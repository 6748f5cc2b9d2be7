/**
 * Fault injection: each kind of mistake the rules exist for is injected into every real letter, and the
 * validator must report the expected code on the expected line. The untouched letters must give no error;
 * their warnings, listed by rule, are the places where the real letter really deviates.
 */
import assert from 'node:assert/strict';
import { importLetterText, parseLetter, validateLetter, type Field, type Letter } from '../../server/src/language';
import { corpusLetters, NO_CORPUS } from '../helpers/corpus';

interface Injected { text: string; line: number }
type Injection = { name: string; code: string; inject(text: string, letter: Letter): Injected | undefined };

const lines = (t: string) => t.split('\n');
const join = (ls: string[]) => ls.join('\n');

/** Replaces the lines of a field with new ones; the expected line is the first new line. */
function replaceField(text: string, field: Field | undefined, replacement: string[]): Injected | undefined {
  if (!field) return undefined;
  const ls = lines(text);
  ls.splice(field.range.start.line, field.range.end.line - field.range.start.line + 1, ...replacement);
  return { text: join(ls), line: field.range.start.line };
}

function setValue(text: string, field: Field | undefined, value: string): Injected | undefined {
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

const INJECTIONS: Injection[] = [
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

describe('fault injection into real letters', function () {
  const letters = corpusLetters().map((l) => ({ name: l.name, imr: importLetterText(l.text).imr }));
  if (!letters.length) console.log(`      ${NO_CORPUS}`);

  it('gives no error on any untouched letter, and lists its warnings by rule', function () {
    if (!letters.length) { this.skip(); return; }
    const byRule = new Map<string, string[]>();
    const errors: string[] = [];
    for (const { name, imr } of letters) {
      for (const p of validateLetter(parseLetter(imr), imr)) {
        if (p.severity === 'error') errors.push(`${name}:${p.range.start.line + 1} ${p.code} ${p.message}`);
        if (p.severity === 'warning') byRule.set(p.code, [...(byRule.get(p.code) ?? []), name]);
      }
    }
    for (const [code, names] of [...byRule].sort()) console.log(`      ${code}: ${names.length} warning(s), in ${[...new Set(names)].join(', ')}`);
    assert.deepEqual(errors, []);
  });

  for (const injection of INJECTIONS) {
    it(`finds ${injection.code} (${injection.name}) in every letter, on the right line`, function () {
      if (!letters.length) { this.skip(); return; }
      const missed: string[] = [];
      let tried = 0;
      for (const { name, imr } of letters) {
        const injected = injection.inject(imr, parseLetter(imr));
        if (!injected) continue;
        tried++;
        const found = validateLetter(parseLetter(injected.text), injected.text).filter((p) => p.code === injection.code);
        if (!found.some((p) => p.range.start.line <= injected.line && injected.line <= p.range.end.line)) {
          missed.push(`${name}: expected on line ${injected.line + 1}, got ${found.map((p) => p.range.start.line + 1).join(', ') || 'nothing'}`);
        }
      }
      assert.ok(tried >= letters.length * 0.9, `only ${tried} of ${letters.length} letters could take this injection`);
      assert.deepEqual(missed, [], `detected in ${tried - missed.length} of ${tried}`);
    });
  }
});
