/**
 * Finding the MTUS guideline a letter cites, in each of the ways letters cite it.
 */

import assert from 'node:assert/strict';
import {
  acoem2004Chapters,
  findGuideline,
  findGuidelineByChapter,
  findGuidelineById,
  guidelinesWithTitle,
  longestKnownTitlePrefix,
  normalise,
} from '../../server/src/language/catalogue';

describe('Comparing titles the way letters vary them', function () {
  it('ignores case, extra spaces, "&" versus "and", the serial comma and a trailing full stop', function () {
    assert.equal(normalise('  Neck &  Upper Back Complaints. '), 'neck and upper back complaints');
    assert.equal(normalise('Forearm, Wrist, and Hand Complaints'), normalise('Forearm, Wrist & Hand Complaints'));
  });

  it('treats a dash the same with or without spaces around it, and drops trademark signs', function () {
    assert.equal(normalise('Low Back- Lumbar & Thoracic'), normalise('Low Back -Lumbar and Thoracic'));
    assert.equal(normalise('Bupropion (Wellbutrin®)'), 'bupropion (wellbutrin)');
  });
});

describe('Finding a guideline by the title and year a 2016-17 letter prints', function () {
  it('finds "Low Back Complaints 2004", chapter 12 of ACOEM 2nd ed. (8 CCR 9792.23.5)', function () {
    const g = findGuideline('Low Back Complaints', 2004);
    assert.equal(g?.id, 'acoem2004-ch12-low-back');
    assert.equal(g?.chapter, 12);
    assert.equal(g?.ccr, '8 CCR 9792.23.5');
  });

  it('tolerates the spellings real letters use', function () {
    const g = findGuideline('Forearm, Wrist, and Hand Complaints', 2004);
    assert.ok(g);
    assert.equal(findGuideline('forearm, wrist & hand complaints.', 2004), g);
  });

  it('lets the year choose between versions: Chronic Pain Medical Treatment 2009 or 2016', function () {
    assert.equal(findGuideline('Chronic Pain Medical Treatment', 2009)?.id, 'dwc2009-chronic-pain');
    assert.equal(findGuideline('Chronic Pain Medical Treatment', 2016)?.id, 'dwc2016-chronic-pain');
    assert.equal(findGuideline('Chronic Pain Medical Treatment', 2012), undefined, 'no 2012 version exists');
  });

  it('takes the oldest version when no year is printed, as in 2013-2015 "Page(s):" letters', function () {
    assert.equal(findGuideline('Chronic Pain Medical Treatment Guidelines')?.year, 2009);
  });

  it('lists every version of a title, oldest first', function () {
    assert.deepEqual(guidelinesWithTitle('Low Back Disorders').map((g) => g.year), [2016, 2019, 2020]);
    assert.deepEqual(guidelinesWithTitle('Chronic Pain Medical Treatment Guidelines').map((g) => g.year), [2009, 2016]);
    assert.deepEqual(guidelinesWithTitle('No Such Guideline'), []);
  });

  it('knows "Elbow Disorders" both as the 2007 revision in the 2009 MTUS and as ACOEM\'s later versions', function () {
    assert.equal(findGuideline('Elbow Disorders', 2007), findGuideline('Elbow Complaints', 2007));
    assert.equal(findGuideline('Elbow Disorders', 2013)?.eras[0], 'mtus-2017');
  });

  it('knows the titles the Maximus lookup gives the current MTUS, e.g. "Opioids 2017"', function () {
    assert.equal(findGuideline('Opioids', 2017)?.ccr, '8 CCR 9792.24.4');
    assert.equal(findGuideline('Opioid Treatment', 2016)?.supersededBy, 'acoem2017-opioids');
    assert.ok(findGuidelineById('acoem2017-opioids'));
  });
});

describe('Finding a guideline by ACOEM chapter number (2014 style "ACOEM Chapter 12")', function () {
  it('maps clinical chapters 8-16 to their guideline, chapter 10 to the 2007 Elbow revision', function () {
    assert.equal(findGuidelineByChapter(12)?.title, 'Low Back Complaints');
    assert.equal(findGuidelineByChapter(8)?.title, 'Neck and Upper Back Complaints');
    assert.equal(findGuidelineByChapter(10)?.year, 2007);
  });

  it('maps chapters 1, 2, 3 and 5 to General Approaches, and knows 6 and 7 are outside the MTUS', function () {
    for (const chapter of [1, 2, 3, 5]) assert.equal(findGuidelineByChapter(chapter)?.title, 'General Approaches');
    assert.equal(findGuidelineByChapter(6), undefined);
    assert.equal(acoem2004Chapters.find((c) => c.chapter === 7)?.inMtus, false);
    assert.equal(acoem2004Chapters.find((c) => c.chapter === 4)?.inMtus, 'unclear');
  });

  it('lists all sixteen chapters of the 2004 edition', function () {
    assert.deepEqual(acoem2004Chapters.map((c) => c.chapter), Array.from({ length: 16 }, (_, i) => i + 1));
  });
});

describe('Reading a known title at the start of a citation', function () {
  it('splits "Chronic Pain Medical Treatment Guidelines Opioids, criteria for use" into title and topic', function () {
    const text = 'Chronic Pain Medical Treatment Guidelines Opioids, criteria for use';
    const match = longestKnownTitlePrefix(text);
    assert.equal(match?.guideline.id, 'dwc2009-chronic-pain');
    assert.equal(text.slice(match?.start, match?.end), 'Chronic Pain Medical Treatment Guidelines');
    assert.equal(text.slice(match?.end).trim(), 'Opioids, criteria for use');
  });

  it('skips "MTUS ACOEM Chapter 12" and keeps the chapter number', function () {
    const text = 'MTUS ACOEM Chapter 12 Low Back Complaints Page(s): 300';
    const match = longestKnownTitlePrefix(text);
    assert.equal(match?.chapter, 12);
    assert.equal(text.slice(match?.start, match?.end), 'Low Back Complaints');
  });

  it('reads the year printed after the title and picks that version', function () {
    const text = 'Chronic Pain Medical Treatment 2016 Guidelines, Section(s): Compound drugs';
    const match = longestKnownTitlePrefix(text);
    assert.equal(match?.guideline.year, 2016);
    assert.deepEqual(match?.year, { value: 2016, start: 31, end: 35 });
  });

  it('reports a year no version has, so that the caller can say so', function () {
    const match = longestKnownTitlePrefix('Low Back Complaints 2009, Section(s): Special Studies');
    assert.equal(match?.guideline.year, 2004);
    assert.equal(match?.year?.value, 2009);
  });

  it('excludes the comma after the title from the title', function () {
    const text = 'Forearm, Wrist, and Hand Complaints, Section(s): Special Studies';
    const match = longestKnownTitlePrefix(text);
    assert.equal(text.slice(match?.start, match?.end), 'Forearm, Wrist, and Hand Complaints');
  });

  it('finds nothing when the text starts with no known title', function () {
    assert.equal(longestKnownTitlePrefix('Official Disability Guidelines (ODG) Low Back'), undefined);
    assert.equal(longestKnownTitlePrefix(''), undefined);
  });
});
