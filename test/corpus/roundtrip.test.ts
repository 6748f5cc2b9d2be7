/**
 * The language must express every real letter exactly: each corpus letter (and the 2014 seed) imports with
 * no syntax problem, its header equals index.tsv, and rendering the import gives the letter's body back
 * word for word once whitespace and page breaks are normalized.
 */
import assert from 'node:assert/strict';
import * as fs from 'fs';
import { importLetterText, parseLetter, renderLetterText, type ValueField } from '../../server/src/language';
import { corpusIndex, corpusLetters, NO_CORPUS, seedFile } from '../helpers/corpus';

const normalise = (s: string) => s.replace(/\f/g, ' ').replace(/\s+/g, ' ').trim();
const body = (s: string) => normalise(s.slice(Math.max(0, s.indexOf('HOW THE IMR FINAL DETERMINATION WAS MADE'))));

function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return `letter: …${a.slice(Math.max(0, i - 40), i + 60)}…\n    ours:   …${b.slice(Math.max(0, i - 40), i + 60)}…`;
}

const HEADER_COLUMNS: [string, string][] = [
  ['caseNumber', 'case_number'], ['dateAssigned', 'date_assigned'], ['dateOfInjury', 'date_of_injury'],
  ['decisionDate', 'decision_date'], ['urDenialDate', 'ur_denial_date'], ['applicationReceived', 'application_received'],
  ['priority', 'priority'],
];

describe('real letters round-trip through .imr', function () {
  const letters = corpusLetters();
  before(function () { if (!letters.length) this.skip(); });

  it('imports every letter without a syntax problem, with the header of index.tsv, and renders its words back', function () {
    if (!letters.length) { this.skip(); }
    const index = corpusIndex();
    const differing: string[] = [];
    let same = 0;
    for (const l of letters) {
      const imported = importLetterText(l.text);
      const parsed = parseLetter(imported.imr);
      const reasons: string[] = [];
      if (parsed.problems.length) reasons.push(`syntax problems: ${parsed.problems.map((p) => `${p.range.start.line + 1}: ${p.message}`).join('; ')}`);
      const row = index.get(l.name);
      for (const [key, column] of HEADER_COLUMNS) {
        const value = (parsed.letterFields[key as keyof typeof parsed.letterFields] as ValueField | undefined)?.value?.text;
        if (row && value !== row[column]) reasons.push(`${key} is '${value}', index.tsv says '${row[column]}'`);
      }
      if (row && String(parsed.items.length) !== row.n_items) reasons.push(`${parsed.items.length} items, index.tsv says ${row.n_items}`);
      if (row && parsed.items.map((i) => i.decision?.word).join(';') !== row.decisions) reasons.push(`decisions differ from index.tsv`);
      const source = body(l.text);
      const ours = body(renderLetterText(imported.imr));
      if (source !== ours) reasons.push(`text differs:\n    ${firstDifference(source, ours)}`);
      if (reasons.length) differing.push(`  ${l.name}: ${reasons.join('\n    ')}`);
      else same++;
    }
    console.log(`      ${same} of ${letters.length} corpus letters round-trip exactly`);
    assert.equal(differing.length, 0, `letters that differ:\n${differing.join('\n')}`);
  });

  it('imports the 2014 seed letter and renders its words back', function () {
    const file = seedFile();
    if (!file) { this.skip(); return; }
    const text = fs.readFileSync(file, 'utf8');
    const imported = importLetterText(text);
    const parsed = parseLetter(imported.imr);
    assert.deepEqual(parsed.problems, []);
    assert.equal(parsed.layout, '2014');
    assert.equal(body(renderLetterText(imported.imr)), body(text));
  });
});

if (!corpusLetters().length) console.log(`      ${NO_CORPUS}`);
