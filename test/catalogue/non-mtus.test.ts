/**
 * Non-MTUS citations: which ODG chapter, and which other source, a free-text citation names.
 */

import assert from 'node:assert/strict';
import fc from 'fast-check';
import { findNonMtusSource, findNonMtusSources, findOdgChapter, namesNonMtusSource, nonMtusSources, odgChapters, odgEditionMarkers } from '../../server/src/language/catalogue';

describe('Finding the ODG chapter a citation names', function () {
  const spellings: Array<[string, string]> = [
    ['Low Back - Lumbar & Thoracic (Acute & Chronic)', 'odg-low-back'],
    ['Official Disability Guidelines (ODG) Low Back Chapter, Preoperative lab testing', 'odg-low-back'],
    ['Official Disability Guidelines (ODG) Low Back -Lumbar & Thoracic (Acute & Chronic) MRIs', 'odg-low-back'],
    ['Official Disability Guidelines, Lumbar & Thoracic (Acute & Chronic), MRI', 'odg-low-back'],
    ['Official Disability Guidelines (ODG) Lower Back section, MRI', 'odg-low-back'],
    ['ODG guidelines, Neck and Upper back, MRI', 'odg-neck-upper-back'],
    ['Official Disability Guidelines (ODG), Neck & Upper Back (Acute & Chronic)', 'odg-neck-upper-back'],
    ['Official Disability Guidelines (ODG) Knee/DME', 'odg-knee-leg'],
    ['Official Disability Guidelines (ODG) Hips & Pelvis Chapter, X-Ray', 'odg-hip-pelvis'],
    ['Official Disability Guidelines (ODG), Forearm, Wrist, and hand (updated 11/23/16), MRI', 'odg-forearm-wrist-hand'],
    ['Official Disability Guidelines (ODG) MRI hand', 'odg-forearm-wrist-hand'],
    ['Official Disability Guidelines (ODG) Pain (Chronic), TCA\'s', 'odg-pain'],
    ['Official Disability Guidelines (ODG), Physical Therapy Guidelines', 'odg-preface'],
    ['Official Disability Guidelines (ODG) Head (trauma, headaches, etc., not including stress & mental disorders) Hearing aids', 'odg-head'],
  ];
  for (const [text, id] of spellings) {
    it(`reads "${text}" as ${id}`, function () {
      assert.equal(findOdgChapter(text)?.id, id);
    });
  }

  it('takes the chapter named first when a citation names several', function () {
    assert.equal(findOdgChapter('Neck and Upper Back, Physical Therapy, ODG Preface - Physical Therapy')?.id, 'odg-neck-upper-back');
  });

  it('finds no chapter in a citation that names none', function () {
    assert.equal(findOdgChapter('Official Disability Guidelines (ODG).'), undefined);
    assert.equal(findOdgChapter('Official Disability Guidelines (ODG) Gym Memberships'), undefined);
  });

  it('marks the chapters the corpus never cites as unverified', function () {
    const unseen = odgChapters.filter((c) => !c.seenInCorpus);
    assert.ok(unseen.length > 0);
    assert.ok(unseen.every((c) => !c.verified));
  });

  it('recognises edition stamps, which are not part of a chapter name', function () {
    assert.ok(odgEditionMarkers.some((m) => m.pattern.test('Shoulder (updated 12/12/16)')));
    assert.ok(odgEditionMarkers.some((m) => m.pattern.test('Work Loss Data Institute (21th Annual Edition), 2016')));
  });
});

describe('Finding the other sources a Non-MTUS citation names', function () {
  it('recognises ACOEM outside the MTUS and Harris\'s edition of the 2004 guidelines', function () {
    assert.equal(findNonMtusSource('ACOEM Occupational Medicine Practice Guidelines, 3rd ed., Low Back Disorders, pg. 607')?.id, 'acoem-non-mtus');
    assert.equal(findNonMtusSource('Harris J. Occupational medicine practice guidelines, 2nd edition (2004) p 301')?.id, 'harris-acoem-2004');
  });

  it('lists every source a joined citation names, in order', function () {
    const text = 'Official Disability Guidelines (ODG) Low Back, ESI and Other Medical Treatment Guidelines www.mdguidelines.com';
    assert.deepEqual(findNonMtusSources(text).map((s) => s.id), ['odg', 'mdguidelines']);
  });

  it('reports a bare web address only when no known source is named', function () {
    assert.deepEqual(findNonMtusSources('http://www.drugs.com/famotidine.html').map((s) => s.id), ['drugs-com']);
    assert.deepEqual(findNonMtusSources('http://www.example.org/rehabilitation').map((s) => s.id), ['web-page']);
  });

  it('does not mistake a word that merely contains a pattern', function () {
    assert.deepEqual(findNonMtusSources('Hodgkin lymphoma review'), []);
  });
});

describe('Asking whether a citation names one kind of source', function () {
  const wants: Array<(id: string) => boolean> = [(id) => id === 'odg', (id) => id.includes('acoem'), (id) => id === 'web-page', (id) => id !== 'odg', () => true, () => false];
  const plain = (text: string, wanted: (id: string) => boolean) => findNonMtusSources(text).some((s) => wanted(s.id));

  it('answers as the whole list of sources does, on random text made of every source pattern', function () {
    const piece = fc.constantFrom(...nonMtusSources.flatMap((s) => s.patterns), ' ', ', ', '-', 'x', 'www.acoem.org', 'Hodgkin', 'ODG', 'Work Loss', 'and');
    fc.assert(fc.property(fc.array(piece, { maxLength: 6 }).map((a) => a.join('')), fc.nat(wants.length - 1), (text, k) => {
      assert.equal(namesNonMtusSource(text, wants[k]), plain(text, wants[k]), `${k}: ${text}`);
    }), { numRuns: 20000 });
  });

  it('answers as the whole list does for a bare web address, with and without a named source beside it', function () {
    for (const text of ['http://example.org', 'www.odg-twc.com', 'https://www.uptodate.com', 'ODG, www.example.org', 'Hodgkin']) {
      for (const wanted of wants) assert.equal(namesNonMtusSource(text, wanted), plain(text, wanted), text);
    }
  });
});
