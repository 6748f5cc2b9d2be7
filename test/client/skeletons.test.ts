/** New Determination's skeletons and the server's snippet completions: each one, filled with what it offers, is a letter that parses clean. */
import assert from 'node:assert/strict';
import { CompletionItemKind } from 'vscode-languageserver-types';
import { SKELETONS, usDate } from '../../client/src/new-letter/skeletons';
import { parseLetter } from '../../server/src/language';
import { LetterSnapshot, completions } from '../../server/src/language/service';
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

describe('the server\'s snippet completions', () => {
  // the extension contributes no VS Code snippets file: the item and letter skeletons come from the server,
  // offered only at the start of a line, so they never join a list of guideline titles
  const header = 'Case Number: CM16-0213037\n';
  const offered = completions(new LetterSnapshot(`${header}\n`), { line: 1, character: 0 }).filter((c) => c.kind === CompletionItemKind.Snippet);

  it('offers the plain item and both shapes of a modified request', () => {
    assert.deepEqual(offered.map((c) => c.label), ['Item (new disputed item)', 'Item (modified request: part authorized)', 'Item (modified request: something else authorized)']);
  });

  for (const c of offered) {
    it(`${c.label}: expands to lines that parse clean where they belong`, () => {
      const body = expandSnippet((c.textEdit as { newText: string }).newText);
      const text = `${header}${body}\n`;
      assert.deepEqual(problemsOf(text), [], text);
      assert.equal(parseLetter(text).items.length, 1);
    });
  }
});
