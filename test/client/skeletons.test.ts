/** New Determination's skeletons and the snippets: each one, filled with what it offers, is a letter that parses clean. */
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { SKELETONS, usDate } from '../../client/src/new-letter/skeletons';
import { parseLetter } from '../../server/src/language';
import { repoRoot } from '../helpers/corpus';
import { expandSnippet } from './snippet-text';

const problemsOf = (text: string) => parseLetter(text).problems.map((p) => `${p.code} line ${p.range.start.line + 1}: ${p.message}`);

describe('New Determination skeletons', () => {
  const today = new Date(2024, 2, 8);

  it('offers the three layouts: current MTUS, 2016-17 and 2014', () => {
    assert.deepEqual(SKELETONS.map((s) => s.label), ['Current MTUS letter', '2016-17 letter', '2014 letter']);
  });

  for (const skeleton of SKELETONS) {
    it(`${skeleton.label}: parses with no problem, one item with every field`, () => {
      const text = expandSnippet(skeleton.snippet(today));
      assert.deepEqual(problemsOf(text), []);
      const letter = parseLetter(text);
      assert.equal(letter.items.length, 1);
      const item = letter.items[0];
      assert.ok(item.decision && item.rationale && item.claimsAdministratorGuideline && item.reviewerGuideline, 'the item has all its fields');
      assert.deepEqual(item.reviewerGuideline?.citations.map((c) => c.kind), ['mtus']);
    });

    it(`${skeleton.label}: is a well-formed snippet (numbered tab stops, a final $0, nothing to escape)`, () => {
      const body = skeleton.snippet(today);
      assert.ok(body.includes('$0'));
      const stops = [...body.matchAll(/\$\{(\d+)[:|]/g)].map((m) => Number(m[1]));
      assert.deepEqual(stops, stops.map((_, i) => i + 1), 'tab stops run 1, 2, 3, ...');
      assert.doesNotMatch(expandSnippet(body), /[$\\]/, 'no stray $ or backslash after expansion');
    });
  }

  it('the current MTUS letter is dated today and has no Layout line (the date selects it)', () => {
    const text = expandSnippet(SKELETONS[0].snippet(today));
    assert.match(text, /^Decision Date: 03\/08\/2024$/m);
    assert.doesNotMatch(text, /^Layout:/m);
    assert.match(text, /^Case Number: CM24-/m);
    assert.equal(usDate(new Date(2017, 0, 31)), '01/31/2017');
  });

  it('the 2014 letter cites by ACOEM chapter and page', () => {
    const letter = parseLetter(expandSnippet(SKELETONS[2].snippet(today)));
    const citation = letter.items[0].reviewerGuideline?.citations[0];
    assert.ok(citation?.kind === 'mtus' && citation.chapter?.value === 12 && citation.pages?.refs[0].from === 300);
  });
});

describe('snippets', () => {
  interface Snippet { scope: string; prefix: string | string[]; description: string; body: string | string[] }
  const file = path.join(repoRoot(), 'snippets', 'imr.code-snippets');
  const snippets = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, Snippet>;
  const header = 'Case Number: CM16-0213037\n';

  for (const [name, s] of Object.entries(snippets)) {
    it(`${name}: expands to lines that parse clean where they belong`, () => {
      assert.equal(s.scope, 'imr');
      assert.ok(s.description.length > 10);
      const body = expandSnippet(Array.isArray(s.body) ? s.body.join('\n') : s.body);
      // letters and items stand on their own; citations go in an item's guideline block
      const text = /^Case Number:/m.test(body) ? `${body}\n` : /^Item:/m.test(body) ? `${header}${body}\n` : `${header}Item: x\n  MAXIMUS guideline:\n${body.split('\n').map((l) => `    ${l}`).join('\n')}\n`;
      assert.deepEqual(problemsOf(text), [], text);
    });
  }
});
