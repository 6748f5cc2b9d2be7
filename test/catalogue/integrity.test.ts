/**
 * Rules the catalogue's data keeps, so that a later edit cannot quietly break a lookup: unique ids and
 * spellings, sourced facts, consistent dates, and a module that stays pure and fast.
 */

import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import {
  boardSpecialties,
  findGuideline,
  findGuidelineById,
  findSection,
  guidelines,
  isInForce,
  longestKnownTitlePrefix,
  mtusDrugFormulary,
  nonMtusSources,
  normalise,
  odgChapters,
  readSectionList,
  usJurisdictions,
  type MtusEra,
} from '../../server/src/language/catalogue';
import { repoRoot } from '../helpers/corpus';

const ISO = /^\d{4}-\d{2}-\d{2}$/;
const TYPOS_IN_LETTERS = ['Inital Care', 'Diagnositc Criteria', 'Sports Medicinea', 'Electro- diagnostic testing (EMG/NCS)'];

const duplicates = (values: readonly string[]): string[] => values.filter((v, i) => values.indexOf(v) !== i);

describe('The catalogue data', function () {
  it('gives every guideline, chapter, source, specialty and state a unique id', function () {
    assert.deepEqual(duplicates(guidelines.map((g) => g.id)), []);
    assert.deepEqual(duplicates(odgChapters.map((c) => c.id)), []);
    assert.deepEqual(duplicates(nonMtusSources.map((s) => s.id)), []);
    assert.deepEqual(duplicates(boardSpecialties.map((s) => s.id)), []);
    assert.deepEqual(duplicates(usJurisdictions.map((s) => s.code)), []);
  });

  it('never gives two guidelines the same title spelling and year', function () {
    const owners = new Map<string, string>();
    for (const g of guidelines) {
      for (const title of [g.title, ...g.titleAliases]) {
        const key = `${normalise(title)} ${g.year}`;
        const owner = owners.get(key);
        assert.ok(owner === undefined || owner === g.id, `"${key}" names both ${owner} and ${g.id}`);
        owners.set(key, g.id);
      }
    }
  });

  it('says where every fact comes from', function () {
    for (const g of guidelines) {
      assert.ok(g.source.trim() !== '', g.id);
      assert.ok(g.inForce.source.trim() !== '', `${g.id} in force`);
      for (const range of [g.pages, ...(g.pagesCited ?? []).map((c) => c.pages), ...g.sections.map((s) => s.pages)]) {
        if (range !== undefined) assert.ok(range.source.trim() !== '', `${g.id} pages`);
      }
    }
    for (const fact of [...odgChapters, ...nonMtusSources, ...boardSpecialties, ...usJurisdictions, mtusDrugFormulary]) {
      assert.ok(fact.source.trim() !== '');
    }
  });

  it('describes every guideline in one plain sentence and cites its regulation', function () {
    for (const g of guidelines) {
      assert.match(g.covers, /^[A-Z].*\.$/, g.id);
      assert.match(g.ccr, /^8 CCR 9792\./, g.id);
      assert.ok(g.eras.length > 0, g.id);
    }
  });

  it('keeps in-force periods as ordered ISO dates', function () {
    for (const g of guidelines) {
      assert.match(g.inForce.from, ISO, g.id);
      if (g.inForce.to !== undefined) {
        assert.match(g.inForce.to, ISO, g.id);
        assert.ok(g.inForce.from <= g.inForce.to, g.id);
      }
    }
  });

  it('tags each guideline with the eras it was in force in', function () {
    const someDayIn: Record<MtusEra, (g: (typeof guidelines)[number]) => boolean> = {
      'mtus-2009': (g) => g.inForce.from <= '2016-07-27' && (g.inForce.to ?? '9999') >= '2009-07-18',
      'mtus-2016': (g) => isInForce(g, '2017-01-01'),
      'mtus-2017': (g) => (g.inForce.to ?? '9999') >= '2017-12-01',
    };
    for (const g of guidelines) for (const era of g.eras) assert.ok(someDayIn[era](g), `${g.id} in ${era}`);
  });

  it('points each superseded guideline at a successor that starts later', function () {
    for (const g of guidelines.filter((x) => x.supersededBy !== undefined)) {
      const next = findGuidelineById(g.supersededBy ?? '');
      assert.ok(next, `${g.id} -> ${g.supersededBy}`);
      assert.ok(next.inForce.from > g.inForce.from, g.id);
    }
  });

  it('confirms only the Low Back chapter\'s page range (286-326); every other range is unverified', function () {
    const verified = guidelines.filter((g) => g.pages?.verified === true).map((g) => g.id);
    assert.deepEqual(verified, ['acoem2004-ch12-low-back']);
    for (const g of guidelines) if (g.pages) assert.ok(g.pages.from <= g.pages.to, g.id);
  });

  it('never lets one spelling name two sections of the same guideline', function () {
    for (const g of guidelines) {
      const owners = new Map<string, string>();
      for (const s of g.sections) {
        for (const spelling of [s.name, ...s.aliases]) {
          const key = normalise(spelling);
          const owner = owners.get(key);
          assert.ok(owner === undefined || owner === s.name, `${g.id}: "${spelling}" names both "${owner}" and "${s.name}"`);
          owners.set(key, s.name);
        }
        assert.equal(findSection(g, s.name), s, `${g.id}: ${s.name}`);
      }
    }
  });

  it('keeps typos from real letters as aliases only', function () {
    const preferred = [...guidelines.flatMap((g) => g.sections.map((s) => s.name)), ...boardSpecialties.map((s) => s.name)];
    for (const typo of TYPOS_IN_LETTERS) assert.ok(!preferred.includes(typo), typo);
  });
});

describe('The catalogue module', function () {
  it('imports nothing but its own files and the core\'s pure text utilities, so it bundles without I/O', () => {
    const dir = path.join(repoRoot(), 'server', 'src', 'language', 'catalogue');
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
      const text = readFileSync(path.join(dir, file), 'utf8');
      for (const m of text.matchAll(/\bfrom\s+'([^']+)'/g)) assert.match(m[1], /^(?:\.\/[a-z0-9-]+|\.\.\/text\/[a-z0-9-]+)$/, `${file} imports ${m[1]}`);
      assert.doesNotMatch(text, /\brequire\(|\bprocess\.|\bimport\(/, file);
      assert.doesNotMatch(text, /:\s*any\b|\bas any\b/, `${file} uses any`);
    }
  });

  it('answers the lookups of a typical letter in well under a millisecond', function () {
    const letter = (): void => {
      const g = findGuideline('Low Back Complaints', 2004);
      assert.ok(g);
      readSectionList(g, 'Special Studies, Physical Methods');
      const cp = longestKnownTitlePrefix('Chronic Pain Medical Treatment 2016, Section(s): NSAIDs, GI symptoms & cardiovascular risk');
      assert.ok(cp);
      readSectionList(cp.guideline, 'NSAIDs, GI symptoms & cardiovascular risk, Proton Pump Inhibitors (PPIs)');
      isInForce(cp.guideline, '2016-12-09');
    };
    letter(); // warm-up
    const runs = 2000;
    const started = process.hrtime.bigint();
    for (let i = 0; i < runs; i++) letter();
    const perLetterMs = Number(process.hrtime.bigint() - started) / 1e6 / runs;
    assert.ok(perLetterMs < 0.2, `${perLetterMs.toFixed(4)} ms per letter`);
  });
});
