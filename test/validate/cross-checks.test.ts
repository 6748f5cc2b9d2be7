/**
 * The QA cross-checks a nurse makes by hand (IMR207, IMR208, IMR409, IMR410, IMR504, IMR505): each on small
 * letters, failing and passing, then injected into every corpus letter where it applies and found on the right
 * line.
 */
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { importLetterText, parseLetter, validateLetter, type Letter } from '../../server/src/language';
import { applyFix, check, problemsOf } from '../helpers/check';
import { corpusDir, corpusLetters, NO_CORPUS } from '../helpers/corpus';
import { textAt } from '../helpers/snippets';
import { validWith } from '../helpers/valid-letter';
import { join, lines, replaceField, setValue, type Injected } from './injections';

const RATIONALE = 'The guidelines support imaging when red flags are present. None are documented here.';

describe('QA cross-checks on small letters', () => {
  it('IMR207: the case number\'s year is the year the application was received, allowing the turn of the year', () => {
    const text = validWith('Case Number: CM16-0213037', 'Case Number: CM15-0213037');
    assert.deepEqual(problemsOf(text).filter((p) => p.code === 'IMR207').map((p) => [p.severity, textAt(text, p.range)]), [['warning', '15']]);
    assert.deepEqual(check(validWith('Case Number: CM16-0213037', 'Case Number: CM17-0213037').replace(/11\/03\/2016/g, '12/29/2016').replace('11/09/2016', '12/30/2016').replace('12/09/2016', '01/20/2017'), 'IMR207'), []);
    assert.deepEqual(check(validWith('Case Number: CM16-0213037', 'Case Number: CM17-0213037'), 'IMR207').length, 1);
  });

  it('IMR208: a date in the summary or a rationale after the Decision Date, but not a planned one', () => {
    const text = validWith(RATIONALE, `${RATIONALE} A progress report of 12/20/2016 and one of January 5, 2017 were reviewed.`);
    assert.deepEqual(problemsOf(text).filter((p) => p.code === 'IMR208').map((p) => textAt(text, p.range)), ['12/20/2016', 'January 5, 2017']);
    assert.deepEqual(check(validWith(RATIONALE, `${RATIONALE} A follow-up is scheduled for 12/20/2016; therapy was authorized through 01-15-17. Seen 12/01/16.`), 'IMR208'), []);
  });

  it('IMR409: a guideline the rationale relies on that the MAXIMUS guideline lines do not list', () => {
    const text = validWith(RATIONALE, 'Per ODG, imaging is indicated for red flags. ACOEM Chapter 12 agrees, as do the Chronic Pain Medical Treatment Guidelines.');
    assert.deepEqual(problemsOf(text).filter((p) => p.code === 'IMR409').map((p) => textAt(text, p.range)), ['ODG', 'ACOEM Chapter 12', 'Chronic Pain Medical Treatment Guidelines']);
    const cited = validWith('MAXIMUS guideline: MTUS Shoulder Complaints 2004, Section(s): Special Studies',
      'MAXIMUS guideline:\n    MTUS Shoulder Complaints 2004, Section(s): Special Studies\n    Non-MTUS Official Disability Guidelines (ODG) Shoulder')
      .replace(RATIONALE, 'Per ODG, imaging is indicated for red flags, as the MTUS Shoulder Complaints chapter also says.');
    assert.deepEqual(check(cited, 'IMR409'), []);
    // what utilization review relied on, and a guideline that "does not address" the request, are not the reviewer's reliance
    assert.deepEqual(check(validWith(RATIONALE, 'Utilization review cited ODG. The MTUS and ODG do not address this device.'), 'IMR409'), []);
  });

  it('IMR410: an MTUS guideline named in a hand-worded guideline line is checked against the catalogue', () => {
    const text = validWith('MAXIMUS guideline: MTUS Shoulder Complaints 2004, Section(s): Special Studies',
      'MAXIMUS guideline:\n    Decision based on MTUS Shoulder Complaints 2016, Section(s): Special Studies.\n    Verbatim: Decision based on MTUS Shoulder Pain Guidelines 2009.');
    assert.deepEqual(problemsOf(text).filter((p) => p.code === 'IMR410').map((p) => [textAt(text, p.range), p.message]), [
      ['Shoulder Complaints 2016', 'Check the year: Shoulder Complaints has no 2016 version in the MTUS (its versions are 2004).'],
      ['Shoulder Pain Guidelines 2009', 'Check the guideline: \'Shoulder Pain Guidelines 2009\' is not an MTUS guideline we know; if it lies outside the MTUS, write \'Non-MTUS\' before it.'],
    ]);
    assert.deepEqual(check(validWith('MAXIMUS guideline: MTUS Shoulder Complaints 2004, Section(s): Special Studies',
      'MAXIMUS guideline: Decision based on MTUS Shoulder Complaints 2004, Section(s): Special Studies, and Non-MTUS ODG Shoulder.'), 'IMR410'), []);
  });

  it('IMR504: the item and the request the rationale decides name different treatments', () => {
    const text = validWith('Item: MRI of the right shoulder without contrast', 'Item: CT of the right shoulder');
    const [p] = problemsOf(text).filter((x) => x.code === 'IMR504');
    assert.equal(textAt(text, p.range), 'CT of the right shoulder');
    assert.match(p.message, /treatment CT in the item, MRI in the rationale/);
    assert.equal(textAt(text, p.related![0].range), 'Therefore the request for an MRI of the shoulder is not medically necessary.');
    assert.match(check(validWith('Item: MRI of the right shoulder without contrast', 'Item: MRI of the left knee'), 'IMR504')[0], /body part knee in the item, shoulder in the rationale/);
    assert.match(check(validWith('Item: MRI of the right shoulder without contrast', 'Item: Norco 10/325mg #90')
      .replace('the request for an MRI of the shoulder', 'the request for Norco 10/325mg #60'), 'IMR504')[0], /quantity #90 in the item, #60 in the rationale/);
    assert.deepEqual(check(validWith('Item: MRI of the right shoulder without contrast', 'Item: Magnetic resonance imaging of the right shoulder'), 'IMR504'), []);
    assert.deepEqual(check(validWith('the request for an MRI of the shoulder', 'the request'), 'IMR504'), []);
  });

  it('IMR505: an upheld opioid whose rationale says nothing about weaning, as information with the advice as a fix', () => {
    const text = validWith('Item: MRI of the right shoulder without contrast', 'Item: Tramadol 50mg #60')
      .replace(RATIONALE, 'There is no documented functional improvement.').replace('an MRI of the shoulder', 'tramadol');
    const [p] = problemsOf(text).filter((x) => x.code === 'IMR505');
    assert.deepEqual([p.severity, textAt(text, p.range)], ['information', 'Upheld']);
    assert.ok(p.fixes!.every((f) => !f.isPreferred && !f.safe));
    assert.deepEqual(check(applyFix(text, p), 'IMR505'), []);
    assert.deepEqual(check(text.replace('There is no documented', 'Weaning is advised. There is no documented'), 'IMR505'), []);
    assert.deepEqual(check(text.replace('Decision: Upheld', 'Decision: Overturned'), 'IMR505'), []);
  });
});

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

interface CrossInjection { code: string; name: string; inject(text: string, l: Letter, name: string): Injected | undefined }

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

const CROSS_INJECTIONS: CrossInjection[] = [
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

describe('QA cross-checks injected into real letters', function () {
  const letters = corpusLetters().map((l) => ({ name: l.name, imr: importLetterText(l.text).imr }));
  if (!letters.length) console.log(`      ${NO_CORPUS}`);

  for (const injection of CROSS_INJECTIONS) {
    it(`finds ${injection.code} (${injection.name}) in every letter where it applies, on the right line`, function () {
      if (!letters.length) { this.skip(); return; }
      const missed: string[] = [];
      let tried = 0;
      for (const { name, imr } of letters) {
        const injected = injection.inject(imr, parseLetter(imr), name);
        if (!injected) continue;
        tried++;
        const found = validateLetter(parseLetter(injected.text), injected.text).filter((p) => p.code === injection.code);
        if (!found.some((p) => p.range.start.line <= injected.line && injected.line <= p.range.end.line)) {
          missed.push(`${name}: expected on line ${injected.line + 1}, got ${found.map((p) => p.range.start.line + 1).join(', ') || 'nothing'}`);
        }
      }
      console.log(`      ${injection.code}: injected into ${tried} of ${letters.length} letters, found in ${tried - missed.length}`);
      assert.ok(tried >= 20, `only ${tried} letters could take this injection`);
      assert.deepEqual(missed, []);
    });
  }
});
