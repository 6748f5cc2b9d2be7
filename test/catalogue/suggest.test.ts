/**
 * "Did you mean": close spellings only, closest first.
 */

import assert from 'node:assert/strict';
import { boardSpecialties, editDistance, findGuideline, guidelines, suggest, usJurisdictions } from '../../server/src/language/catalogue';

describe('Suggesting what the writer meant', function () {
  const titles = [...new Set(guidelines.map((g) => g.title))];

  it('counts a swapped pair of letters as one edit', function () {
    assert.equal(editDistance('diagnositc', 'diagnostic'), 1);
    assert.equal(editDistance('', 'knee'), 4);
    assert.equal(editDistance('knee', 'knee'), 0);
  });

  it('offers the one title a misspelt title was meant to be, not its look-alikes', function () {
    assert.deepEqual(suggest('Sholder Complaints', titles), ['Shoulder Complaints']);
  });

  it('corrects the typos found in real letters', function () {
    const sections = findGuideline('Knee Complaints', 2004)?.sections.map((s) => s.name) ?? [];
    assert.equal(suggest('Inital Care', sections)[0], 'Initial Care');
    assert.equal(suggest('Califronia', usJurisdictions.map((s) => s.name))[0], 'California');
    assert.equal(suggest('Sports Medicin', boardSpecialties.map((s) => s.name))[0], 'Sports Medicine');
  });

  it('offers nothing when nothing is close', function () {
    assert.deepEqual(suggest('Low Back', titles), []);
    assert.deepEqual(suggest('xyz', titles), []);
    assert.deepEqual(suggest('', titles), []);
  });

  it('returns at most `max` suggestions, closest first, without repeats', function () {
    const candidates = ['Knee Complaint', 'Knee Complaints', 'Knee Complaints', 'Knees Complaint', 'Knee Complains'];
    const picked = suggest('Knee Complaints', candidates, 2);
    assert.deepEqual(picked, ['Knee Complaints', 'Knee Complaint']);
  });
});
