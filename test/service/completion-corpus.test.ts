/**
 * Guideline completion on the real letters: for every item whose MAXIMUS line cites an MTUS guideline, the
 * line is cut back to `MAXIMUS guideline: MTUS ` and the cited guideline's place in the list is noted. Ranking
 * by the item's body region must bring the reviewer's own choice nearer the top than the titles' order does.
 * Prints the figures: top-1 and top-3 with the ranking, and with the alphabetical order of the titles in force.
 */
import assert from 'node:assert/strict';
import { importLetterText } from '../../server/src/language';
import { letterLayout } from '../../server/src/language/render/model';
import { LetterSnapshot, completions } from '../../server/src/language/service';
import { citationHead, readMtusCitation } from '../../server/src/language/validate/resolve-citation';
import { corpusLetters, needCorpus } from '../helpers/corpus';

describe('guideline completion on the real letters', function () {
  const letters = corpusLetters();

  it('ranks the guideline the reviewer cited nearer the top than the titles\' order does', function () {
    if (!letters.length) needCorpus(this);
    let items = 0;
    const ranked = { top1: 0, top3: 0 };
    const alphabetical = { top1: 0, top3: 0 };
    for (const l of letters) {
      const imr = importLetterText(l.text).imr;
      const snap = new LetterSnapshot(imr);
      const layout = letterLayout(snap.letter).name;
      for (const item of snap.letter.items) {
        const field = item.reviewerGuideline;
        const cited = field?.citations.find((c) => c.kind === 'mtus');
        if (!field || !cited || cited.kind !== 'mtus') continue;
        const reading = readMtusCitation(cited);
        if (reading.kind !== 'resolved') continue;
        const wanted = citationHead(reading.guideline, layout);
        const lines = snap.lines.slice();
        const line = field.label.range.start.line;
        lines[line] = `${lines[line].slice(0, field.label.range.start.character)}MAXIMUS guideline: MTUS `;
        const position = { line, character: lines[line].length };
        const offered = completions(new LetterSnapshot(lines.join('\n')), position);
        const inOrder = [...offered].sort((a, b) => a.sortText!.localeCompare(b.sortText!)).map((i) => i.label);
        const byTitle = offered.filter((i) => i.sortText!.startsWith('a')).map((i) => i.label).sort((a, b) => a.localeCompare(b));
        items++;
        const at = inOrder.indexOf(wanted);
        const baseline = byTitle.indexOf(wanted);
        if (at === 0) ranked.top1++;
        if (at >= 0 && at < 3) ranked.top3++;
        if (baseline === 0) alphabetical.top1++;
        if (baseline >= 0 && baseline < 3) alphabetical.top3++;
      }
    }
    const pct = (n: number) => `${((100 * n) / items).toFixed(1)}%`;
    console.log(`      ${items} items citing an MTUS guideline: the cited one first ${pct(ranked.top1)} (titles' order ${pct(alphabetical.top1)}), in the first 3 ${pct(ranked.top3)} (titles' order ${pct(alphabetical.top3)})`);
    assert.ok(items > 50, `items: ${items}`);
    assert.ok(ranked.top3 > alphabetical.top3, 'the ranking helps');
    assert.ok(ranked.top1 / items >= 0.5, `first for ${pct(ranked.top1)}`);
    assert.ok(ranked.top3 / items >= 0.7, `in the first 3 for ${pct(ranked.top3)}`);
  });
});
