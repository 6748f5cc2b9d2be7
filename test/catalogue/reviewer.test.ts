/**
 * The reviewer's credentials: "State(s) of Licensure:" and "Certification(s)/Specialty:".
 */

import assert from 'node:assert/strict';
import { boardSpecialties, findSpecialty, findState, usJurisdictions } from '../../server/src/language/catalogue';

describe('States of licensure', function () {
  it('covers the 50 states, the District of Columbia and five territories, each with a unique two-letter code', function () {
    assert.equal(usJurisdictions.filter((j) => j.kind === 'state').length, 50);
    assert.equal(usJurisdictions.filter((j) => j.kind === 'district').length, 1);
    assert.equal(usJurisdictions.filter((j) => j.kind === 'territory').length, 5);
    const codes = usJurisdictions.map((j) => j.code);
    assert.equal(new Set(codes).size, codes.length);
    assert.ok(codes.every((c) => /^[A-Z]{2}$/.test(c)));
  });

  it('finds a state by name or code, whatever the case or surrounding spaces', function () {
    assert.equal(findState('California')?.code, 'CA');
    assert.equal(findState('ca')?.name, 'California');
    assert.equal(findState(' New York')?.code, 'NY', 'letters list "California, New York" with stray spaces');
    assert.equal(findState('north carolina')?.code, 'NC');
    assert.equal(findState('Washington, D.C.')?.code, 'DC');
  });

  it('finds nothing for a place that is not a US jurisdiction', function () {
    assert.equal(findState('Ontario'), undefined);
    assert.equal(findState(''), undefined);
  });
});

describe('Board specialties', function () {
  it('holds the DWC pick-list, and marks the one specialty seen only in letters', function () {
    assert.equal(boardSpecialties.filter((s) => s.inPickList).length, 56);
    const extra = boardSpecialties.filter((s) => !s.inPickList);
    assert.deepEqual(extra.map((s) => [s.name, s.seenInCorpus]), [['Pediatric Rehabilitation Medicine', true]]);
  });

  it('finds what letters print, typos and variants included', function () {
    assert.equal(findSpecialty('Chiropractor')?.name, 'Chiropractic');
    assert.equal(findSpecialty('Sports Medicinea')?.name, 'Sports Medicine');
    assert.equal(findSpecialty('Physical Medicine and Rehabilitation')?.name, 'Physical Medicine & Rehabilitation');
    assert.equal(findSpecialty('preventive medicine')?.name, 'Preventive Medicine');
  });

  it('never uses a typo as a preferred name', function () {
    assert.ok(boardSpecialties.every((s) => !/Medicinea\b/.test(s.name)));
  });

  it('finds nothing for a specialty it does not know', function () {
    assert.equal(findSpecialty('Astrology'), undefined);
  });
});
