/**
 * The language must express every real letter exactly: each corpus letter (and the 2014 seed) imports with
 * no syntax problem, no note and no override of the layout's wording, its header equals index.tsv, and
 * rendering the import gives the letter's body back word for word once whitespace and page breaks are
 * normalized. The layouts' fixed wording is also read against the letters themselves, so a changed word in
 * render/layouts.ts fails here even though the importer would keep the letter's own words as an override.
 */
import assert from 'node:assert/strict';
import * as fs from 'fs';
import { FIELDS, importLetterText, parseLetter, renderLetterText, type Letter, type ValueField } from '../../server/src/language';
import { LAYOUTS } from '../../server/src/language/render/layouts';
import { corpusIndex, corpusLetters, needCorpus, needSeed } from '../helpers/corpus';

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

/** The labels of the fields that replace a layout's standard wording ('How the determination was made', ...). */
const OVERRIDE_LABELS = FIELDS.filter((f) => f.scope === 'boilerplate').map((f) => f.label);

/** What an import kept because it could not map it: fields overriding the layout's wording, and notes. */
function leftovers(parsed: Letter, notes: readonly string[]): string[] {
  const out: string[] = [];
  for (const f of parsed.fields) if (OVERRIDE_LABELS.includes(f.spec.label)) out.push(`override '${f.spec.label}' at line ${f.range.start.line + 1}`);
  for (const n of notes) out.push(`note: ${n}`);
  return out;
}

/** The fixed wording a layout prints, each piece as one normalised string. */
function fixedWording(name: '2014' | '2016'): string[] {
  const l = LAYOUTS[name];
  const how = l.howDetermined.split('{reviewer}').map(normalise).filter(Boolean);
  return [l.headings.how, l.headings.summary, l.headings.issues, ...how, ...(l.credentialsIntro ? [l.credentialsIntro] : []),
    l.summaryIntroduction, l.issuesIntroduction].map(normalise);
}

describe('real letters round-trip through .imr', function () {
  it('imports every letter without a syntax problem, note or override, with the header of index.tsv, and renders its words back', function () {
    needCorpus(this);
    const letters = corpusLetters();
    const index = corpusIndex();
    const differing: string[] = [];
    let same = 0;
    for (const l of letters) {
      const imported = importLetterText(l.text);
      const parsed = parseLetter(imported.imr);
      const reasons: string[] = [];
      if (parsed.problems.length) reasons.push(`syntax problems: ${parsed.problems.map((p) => `${p.range.start.line + 1}: ${p.message}`).join('; ')}`);
      reasons.push(...leftovers(parsed, imported.notes));
      // the importer comments only on what it could not place (every corpus letter has its header table)
      for (const c of parsed.comments) reasons.push(`comment at line ${c.range.start.line + 1}`);
      const row = index.get(l.name);
      if (!row) reasons.push('not in index.tsv');
      for (const [key, column] of HEADER_COLUMNS) {
        const value = (parsed.letterFields[key as keyof typeof parsed.letterFields] as ValueField | undefined)?.value?.text;
        if (row && value !== row[column]) reasons.push(`${key} is '${value}', index.tsv says '${row[column]}'`);
      }
      if (row && String(parsed.items.length) !== row.n_items) reasons.push(`${parsed.items.length} items, index.tsv says ${row.n_items}`);
      if (row && parsed.items.map((i) => i.decision?.word).join(';') !== row.decisions) reasons.push('decisions differ from index.tsv');
      const source = body(l.text);
      const ours = body(renderLetterText(imported.imr));
      if (source !== ours) reasons.push(`text differs:\n    ${firstDifference(source, ours)}`);
      if (reasons.length) differing.push(`  ${l.name}: ${reasons.join('\n    ')}`);
      else same++;
    }
    console.log(`      ${same} of ${letters.length} corpus letters round-trip exactly, with no override`);
    assert.ok(letters.length >= 100, `only ${letters.length} corpus letters`);
    assert.equal(differing.length, 0, `letters that differ:\n${differing.slice(0, 20).join('\n')}${differing.length > 20 ? `\n  ...and ${differing.length - 20} more` : ''}`);
  });

  it('imports the 2014 seed letter with no note or override and renders its words back', function () {
    const text = fs.readFileSync(needSeed(this), 'utf8');
    const imported = importLetterText(text);
    const parsed = parseLetter(imported.imr);
    assert.deepEqual(parsed.problems, []);
    assert.deepEqual(leftovers(parsed, imported.notes), []);
    assert.equal(parsed.layout, '2014');
    assert.equal(body(renderLetterText(imported.imr)), body(text));
  });
});

describe('the layouts\' fixed wording is the real letters\' wording', function () {
  it('2016: every corpus letter prints every heading and standard paragraph word for word', function () {
    needCorpus(this);
    const wording = fixedWording('2016');
    const missing: string[] = [];
    for (const l of corpusLetters()) {
      const text = normalise(l.text);
      for (const piece of wording) if (!text.includes(piece)) missing.push(`${l.name} does not print: ${piece.slice(0, 100)}${piece.length > 100 ? '…' : ''}`);
    }
    assert.deepEqual(missing.slice(0, 10), [], `${missing.length} standard passages are not in the letters`);
  });

  it('2014: the seed letter prints every heading and standard paragraph word for word, its reviewer sentence too', function () {
    const text = normalise(fs.readFileSync(needSeed(this), 'utf8'));
    for (const piece of fixedWording('2014')) assert.ok(text.includes(piece), `the seed letter does not print: ${piece}`);
    const sentence = LAYOUTS['2014'].reviewerSentence!.split(/\{specialty\}|\{licensure\}/).map(normalise).filter(Boolean);
    for (const piece of sentence) assert.ok(text.includes(piece), `the seed letter does not print: ${piece}`);
  });
});
