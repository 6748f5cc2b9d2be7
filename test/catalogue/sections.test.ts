/**
 * Finding the section (topic) a citation names after "Section(s):", including typos real letters contain
 * and topic names that contain commas.
 */

import assert from 'node:assert/strict';
import { findGuideline, findSection, readSectionList, type Guideline } from '../../server/src/language/catalogue';

function guideline(title: string, year: number): Guideline {
  const g = findGuideline(title, year);
  assert.ok(g, `${title} ${year} is in the catalogue`);
  return g;
}

describe('Finding a section of a guideline', function () {
  const lowBack = guideline('Low Back Complaints', 2004);
  const chronicPain2016 = guideline('Chronic Pain Medical Treatment', 2016);
  const opioids2016 = guideline('Opioid Treatment', 2016);

  it('finds ACOEM headings by their preferred name, whatever the case', function () {
    assert.equal(findSection(lowBack, 'special studies')?.name, 'Special Studies');
  });

  it('finds typos real letters print, but never offers them as the preferred name', function () {
    assert.equal(findSection(lowBack, 'Inital Care')?.name, 'Initial Care');
    assert.equal(findSection(lowBack, 'Diagnositc Criteria')?.name, 'Diagnostic Criteria');
  });

  it('finds a 2016 Opioids heading by its full text, its number, or its last part', function () {
    const full = '3.3.9 Opioids for Chronic Pain and Chronic Opioid Treatment: Maintenance of Chronic Opioid Treatment';
    const section = findSection(opioids2016, full);
    assert.equal(section?.number, '3.3.9');
    assert.equal(findSection(opioids2016, '3.3.9'), section);
    assert.equal(findSection(opioids2016, 'Maintenance of Chronic Opioid Treatment'), section);
  });

  it('finds Chronic Pain 2016 topics by their short names ("NSAIDs", "TENS")', function () {
    assert.equal(findSection(chronicPain2016, 'NSAIDs')?.name, 'NSAIDs (non-steroidal anti-inflammatory drugs)');
    assert.equal(findSection(chronicPain2016, 'TENS')?.name, 'TENS, chronic pain (transcutaneous electrical nerve stimulation)');
  });

  it('marks topics it only presumes (from the 2009 version of the same ODG chapter) as not seen', function () {
    const presumed = findSection(chronicPain2016, 'Spinal cord stimulators (SCS)');
    assert.equal(presumed?.seenInCorpus, false);
    assert.equal(presumed?.pages, undefined, '2009 page numbers are not carried over');
  });

  it('carries the 2009 Chronic Pain page map as unverified', function () {
    const criteria = findSection(guideline('Chronic Pain Medical Treatment', 2009), 'Opioids, criteria for use');
    assert.deepEqual(criteria?.pages && [criteria.pages.from, criteria.pages.to, criteria.pages.verified], [76, 80, false]);
  });

  it('returns nothing for a topic the guideline does not have', function () {
    assert.equal(findSection(lowBack, 'Topical analgesics'), undefined);
  });
});

describe('Reading a "Section(s):" list', function () {
  it('keeps commas that belong to a topic name, preferring the longest known name', function () {
    const g = guideline('Chronic Pain Medical Treatment', 2016);
    const text = 'NSAIDs (non-steroidal anti-inflammatory drugs), NSAIDs, GI symptoms & cardiovascular risk, Proton Pump Inhibitors (PPIs).';
    assert.deepEqual(readSectionList(g, text).map((r) => r.section?.name), [
      'NSAIDs (non-steroidal anti-inflammatory drugs)',
      'NSAIDs, GI symptoms & cardiovascular risk',
      'Proton Pump Inhibitors (PPIs)',
    ]);
  });

  it('reads Postsurgical body regions, one of which contains commas', function () {
    const g = guideline('Postsurgical Treatment', 2009);
    assert.deepEqual(readSectionList(g, 'Knee, Forearm, Wrist, & Hand').map((r) => r.text), ['Knee', 'Forearm, Wrist, & Hand']);
  });

  it('reads 2016 Opioids headings whose text contains a comma', function () {
    const g = guideline('Opioid Treatment', 2016);
    const text =
      '3.3.1.1 Opioids for Chronic Pain and Chronic Opioid Treatment: Screening for Risk of Addiction or Adverse Events, ' +
      'Prior to Chronic Opioid Treatment: Screening for Drug Misuse/Abuse, 4.1 Tapering Opioids: Indications for Tapering Opioids';
    assert.deepEqual(readSectionList(g, text).map((r) => r.section?.number), ['3.3.1.1', '4.1']);
  });

  it('returns an unknown topic on its own, without a section, with its place in the text', function () {
    const g = guideline('Elbow Complaints', 2007);
    const text = 'Diagnostic Criteria, 326, Golf Elbow.';
    const readings = readSectionList(g, text);
    assert.deepEqual(readings.map((r) => [r.text, r.section?.name]), [
      ['Diagnostic Criteria', 'Diagnostic Criteria'],
      ['326', undefined],
      ['Golf Elbow', undefined],
    ]);
    for (const r of readings) assert.equal(text.slice(r.start, r.end), r.text);
  });

  it('reads an empty list as no topics', function () {
    assert.deepEqual(readSectionList(guideline('Acupuncture Treatment', 2007), '  '), []);
  });
});
