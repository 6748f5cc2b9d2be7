/**
 * The catalogue against real letters: every MTUS guideline and every Section(s) topic that the stored
 * corpus cites must resolve, and the seed letter's 2014-style citation must read back to its chapter.
 * The letters are read from ../shared/ at test time and never copied into the repository.
 */

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  findGuideline,
  findGuidelineByChapter,
  findNonMtusSources,
  findOdgChapter,
  findSpecialty,
  findState,
  longestKnownTitlePrefix,
  normalise,
  readSectionList,
} from '../../server/src/language/catalogue';
import { corpusTable, needCorpus, needSeed } from '../helpers/corpus';

interface CitedGuideline {
  title: string;
  year: number;
  topics?: string;
}

/**
 * Splits 'Decision based on MTUS <Title> <Year>[, Section(s): <topics>][, and <Title> <Year>...]' without the
 * catalogue, so the test does not grade its own homework. A title ends at its four-digit year; a topic list
 * ends at the first ', and ' (topics never contain one; titles may: 'Forearm, Wrist, and Hand Complaints').
 */
function splitMtusSegment(segment: string): CitedGuideline[] {
  const cited: CitedGuideline[] = [];
  let rest = segment.trim().replace(/\.$/, '');
  while (rest !== '') {
    const head = /^(.*?)\s((?:19|20)\d\d)(?: Guidelines?)?(?=,|$)/.exec(rest);
    if (head === null) throw new Error(`no "<Title> <Year>" in: ${rest}`);
    const guideline: CitedGuideline = { title: head[1].trim(), year: Number(head[2]) };
    rest = rest.slice(head[0].length);
    if (rest.startsWith(', Section(s):')) {
      rest = rest.slice(', Section(s):'.length);
      const end = rest.indexOf(', and ');
      guideline.topics = (end === -1 ? rest : rest.slice(0, end)).trim();
      rest = end === -1 ? '' : rest.slice(end);
    }
    cited.push(guideline);
    if (rest.startsWith(', and ')) rest = rest.slice(', and '.length);
    else if (rest !== '') throw new Error(`unexpected text after a guideline: ${rest}`);
  }
  return cited;
}

/** Rows of a tab-separated file with a header line. */
const segmentsOf = (line: string, kind: 'MTUS' | 'Non-MTUS'): string[] => {
  const pattern = kind === 'MTUS'
    ? /Decision based on MTUS (.*?)(?=\s*Decision based on|$)/g
    : /Decision based on Non-?\s?MTUS (?:Citation )?(.*?)(?=\s*Decision based on|$)/g;
  return [...line.matchAll(pattern)].map((m) => m[1]);
};

describe('The catalogue read against the stored corpus of real letters', function () {
  let rows: Array<Record<string, string>> = [];
  before(function () {
    needCorpus(this);
    rows = corpusTable('items.tsv');
  });

  const guidelineLines = (): string[] =>
    rows.flatMap((r) => [r.claims_administrator_guideline ?? '', r.maximus_guideline ?? '']);

  it('resolves every MTUS "Title Year" and every Section(s) topic cited on both guideline lines', function () {
    const failures: string[] = [];
    let citations = 0;
    let topics = 0;
    let viaAlias = 0;
    let pageLike = 0;
    for (const line of guidelineLines()) {
      for (const segment of segmentsOf(line, 'MTUS')) {
        for (const cited of splitMtusSegment(segment)) {
          citations += 1;
          const g = findGuideline(cited.title, cited.year);
          if (g === undefined) {
            failures.push(`guideline "${cited.title} ${cited.year}"`);
            continue;
          }
          // The prefix reader must agree with the title lookup.
          assert.equal(longestKnownTitlePrefix(`${cited.title} ${cited.year}`)?.guideline, g);
          if (cited.topics === undefined) continue;
          for (const reading of readSectionList(g, cited.topics)) {
            topics += 1;
            if (reading.section !== undefined) {
              if (normalise(reading.text) !== normalise(reading.section.name)) viaAlias += 1;
            } else if (/^\d+(-\d+)?$/.test(reading.text)) {
              pageLike += 1; // 'Elbow Complaints 2007, Section(s): 326': a page stored as a section
            } else {
              failures.push(`section "${reading.text}" of ${g.title} ${g.year}`);
            }
          }
        }
      }
    }
    console.log(
      `      corpus: ${rows.length} items, ${citations} MTUS guideline citations, ${topics} Section(s) topics ` +
        `(${viaAlias} through an alias, ${pageLike} page numbers), ${failures.length} unresolved`,
    );
    assert.ok(citations > 300, `expected hundreds of MTUS citations, found ${citations}`);
    assert.deepEqual(failures, []);
  });

  it('recognises the source of Non-MTUS citations, and the ODG chapter of most ODG citations', function () {
    let segments = 0;
    let identified = 0;
    let odg = 0;
    let odgWithChapter = 0;
    const unidentified: string[] = [];
    for (const line of guidelineLines()) {
      for (const segment of segmentsOf(line, 'Non-MTUS')) {
        segments += 1;
        const sources = findNonMtusSources(segment);
        if (sources.length > 0) identified += 1;
        else unidentified.push(segment);
        if (sources.some((s) => s.id === 'odg')) {
          odg += 1;
          if (findOdgChapter(segment) !== undefined) odgWithChapter += 1;
        }
      }
    }
    console.log(
      `      non-MTUS: ${identified}/${segments} segments with a known source; ` +
        `${odgWithChapter}/${odg} ODG citations name a known chapter`,
    );
    assert.ok(identified / segments >= 0.95, `unidentified: ${unidentified.join(' | ')}`);
    assert.ok(odgWithChapter / odg >= 0.85);
  });
});

describe('Reviewer credentials in the stored corpus', function () {
  it('resolves every state of licensure and every board specialty the letters print', function () {
    needCorpus(this);
    const letters = corpusTable('index.tsv');
    const entries = (column: string): string[] =>
      letters.flatMap((l) => (l[column] ?? '').split(',')).map((e) => e.trim()).filter((e) => e !== '');
    const states = entries('reviewer_licensure');
    const specialties = entries('reviewer_specialty');
    console.log(`      reviewers: ${letters.length} letters, ${states.length} licences, ${specialties.length} specialties`);
    assert.deepEqual(states.filter((s) => findState(s) === undefined), []);
    assert.deepEqual(specialties.filter((s) => findSpecialty(s) === undefined), []);
  });
});

describe('The seed letter (2014 "Page(s):" style)', function () {
  it('reads "MTUS ACOEM Chapter 12 Low Back Complaints Page(s): 300" as chapter 12, page 300 inside its range', function () {
    const texts = [readFileSync(needSeed(this), 'utf8').replace(/\s+/g, ' ')];
    const citations = texts.flatMap((t) => [...t.matchAll(/Decision based on MTUS (.*?) Page\(s\): (\d+)/g)]);
    assert.ok(citations.length > 0, 'the seed letter cites MTUS by page');
    for (const [, title, page] of citations) {
      const match = longestKnownTitlePrefix(title);
      assert.ok(match, `known title in "${title}"`);
      assert.equal(match.chapter, match.guideline.chapter);
      assert.equal(findGuidelineByChapter(match.chapter ?? 0), match.guideline);
      const range = match.guideline.pages;
      assert.ok(range && range.from <= Number(page) && Number(page) <= range.to);
    }
  });
});
