/**
 * Which guidelines the MTUS held on a given date (guidelines.md §0): the basis of the "not in force for the
 * request date" warning. Dates are ISO and both ends of a period count.
 */

import assert from 'node:assert/strict';
import fc from 'fast-check';
import { isIsoDate } from '../../server/src/language/catalogue/lookup';
import { findGuideline, guidelinesInForce, isInForce, mtusDrugFormulary, type Guideline } from '../../server/src/language/catalogue';

function guideline(title: string, year: number): Guideline {
  const g = findGuideline(title, year);
  assert.ok(g, `${title} ${year} is in the catalogue`);
  return g;
}

const titlesOn = (date: string): string[] => guidelinesInForce(date).map((g) => `${g.title} ${g.year}`);

describe('Guidelines in force on a date', function () {
  it('in 2014 (the seed letter): ACOEM 2004 chapters and Chronic Pain 2009, no Opioids guideline yet', function () {
    const titles = titlesOn('2014-08-18');
    assert.ok(titles.includes('Low Back Complaints 2004'));
    assert.ok(titles.includes('Chronic Pain Medical Treatment 2009'));
    assert.ok(!titles.includes('Chronic Pain Medical Treatment 2016'));
    assert.ok(!titles.includes('Opioid Treatment 2016'));
  });

  it('in late 2016 (the corpus): Chronic Pain 2016 and Opioids 2016 beside the ACOEM 2004 chapters', function () {
    const titles = titlesOn('2016-12-09');
    assert.ok(titles.includes('Chronic Pain Medical Treatment 2016'));
    assert.ok(titles.includes('Opioid Treatment 2016'));
    assert.ok(titles.includes('Elbow Complaints 2007'));
    assert.ok(!titles.includes('Chronic Pain Medical Treatment 2009'), 'the 2009 version ended on 2016-07-27');
  });

  it('switches to ACOEM guidelines by reference for 2017-12-01, keeping Acupuncture and Postsurgical', function () {
    assert.equal(isInForce(guideline('Low Back Complaints', 2004), '2017-11-30'), true);
    assert.equal(isInForce(guideline('Low Back Complaints', 2004), '2017-12-01'), false);
    assert.equal(isInForce(guideline('Low Back Disorders', 2016), '2017-12-01'), true);
    assert.equal(isInForce(guideline('Acupuncture Treatment', 2007), '2024-01-01'), true);
    assert.equal(isInForce(guideline('Postsurgical Treatment', 2009), '2024-01-01'), true);
  });

  it('follows each AD order: Low Back Disorders 2016 until 2019-08-10, 2019 until 2021-11-22, then 2020', function () {
    const inForceOn = (date: string): number[] =>
      guidelinesInForce(date).filter((g) => g.title === 'Low Back Disorders').map((g) => g.year);
    assert.deepEqual(inForceOn('2019-08-10'), [2016]);
    assert.deepEqual(inForceOn('2019-08-11'), [2019]);
    assert.deepEqual(inForceOn('2021-11-23'), [2020]);
  });

  it('says which periods a stored source confirms and which are inference', function () {
    assert.equal(guideline('Chronic Pain Medical Treatment', 2016).inForce.verified, true);
    assert.equal(guideline('Low Back Complaints', 2004).inForce.verified, false, '2007 start known by month only');
    assert.equal(guideline('Traumatic Brain Injury', 2018).inForce.verified, false, 'only the Maximus lookup lists it');
  });

  it('treats anything but a YYYY-MM-DD date as never in force', function () {
    assert.equal(isInForce(guideline('Low Back Complaints', 2004), '12/09/2016'), false);
    assert.deepEqual(guidelinesInForce('soon'), []);
  });

  it('knows the Drug Formulary began on 2018-01-01', function () {
    assert.equal(mtusDrugFormulary.inForce.from, '2018-01-01');
    assert.deepEqual(mtusDrugFormulary.parts.map((p) => p.ccr), ['8 CCR 9792.27.15', '8 CCR 9792.27.12', '8 CCR 9792.27.13']);
  });

  it('reads an ISO date by character exactly as the pattern /^\\d{4}-\\d{2}-\\d{2}$/ does', () => {
    const piece = fc.constantFrom('2016', '20', '1', '07', '-', '/', ' ', '\n', 'x', '\u0661', '2016-07-18');
    fc.assert(fc.property(fc.array(piece, { maxLength: 8 }).map((a) => a.join('')), (text) => {
      assert.equal(isIsoDate(text), /^\d{4}-\d{2}-\d{2}$/.test(text), JSON.stringify(text));
    }), { numRuns: 20000 });
    for (const text of ['2016-07-18', '2016-07-18\n', '2016-7-18', '20160-7-18', '2016-07-1x', '2016/07/18']) assert.equal(isIsoDate(text), /^\d{4}-\d{2}-\d{2}$/.test(text), text);
  });
});
