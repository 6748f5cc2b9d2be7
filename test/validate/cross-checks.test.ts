/**
 * The QA cross-checks a nurse makes by hand (IMR207, IMR208, IMR409, IMR410, IMR504, IMR505): each on small
 * letters, failing and passing, then injected into every corpus letter where it applies and found on the right
 * line.
 */
import assert from 'node:assert/strict';
import { importLetterText, parseLetter, validateLetter } from '../../server/src/language';
import { applyFix, check, problemsOf } from '../helpers/check';
import { corpusLetters, itWithoutCorpus, needCorpus } from '../helpers/corpus';
import { textAt } from '../helpers/snippets';
import { validWith } from '../helpers/valid-letter';
import { CROSS_INJECTIONS } from './injections';

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

describe('QA cross-checks injected into real letters', function () {
  const letters = corpusLetters().map((l) => ({ name: l.name, imr: importLetterText(l.text).imr }));
  itWithoutCorpus();

  for (const injection of CROSS_INJECTIONS) {
    it(`finds ${injection.code} (${injection.name}) in every letter where it applies, on the right line`, function () {
      if (!letters.length) needCorpus(this);
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
