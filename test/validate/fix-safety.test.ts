/**
 * Fixes never change a decision silently. Every problem of every rule, on every corpus letter with each known
 * mistake injected (and on the untouched letters), is walked: a fix whose edits change a `Decision:` value to
 * another decision, add a decision, or touch the reviewer's prose (summary, rationale, any prose block) is never
 * preferred, never `safe` (applied in bulk by fix all, fix on save, `imr check --fix`), and its title says what
 * it changes. A fix marked safe touches neither.
 */
import assert from 'node:assert/strict';
import { importLetterText, parseLetter, validateLetter, type Edit, type Fix, type Letter, type Range } from '../../server/src/language';
import { corpusLetters, needCorpus } from '../helpers/corpus';
import { validWith } from '../helpers/valid-letter';
import { CROSS_INJECTIONS, INJECTIONS } from './injections';

const before = (a: Range['start'], b: Range['start']) => a.line < b.line || (a.line === b.line && a.character < b.character);
const overlaps = (a: Range, b: Range) => !before(a.end, b.start) && !before(b.end, a.start);

/** What a fix's edits change that only the reviewer may change: undefined when nothing. */
function changesDecisionOrWords(letter: Letter, fix: Fix): string | undefined {
  for (const edit of fix.edits as Edit[]) {
    if (/\bDecision:\s*(?:Upheld|Overturned)/i.test(edit.newText)) return 'adds a decision';
    for (const item of letter.items) {
      const value = item.decision?.value;
      if (value && overlaps(edit.range, value.range)) {
        const now = value.text.toLowerCase().startsWith('o') ? 'Overturned' : value.text.toLowerCase().startsWith('u') ? 'Upheld' : undefined;
        const next = /^\s*o/i.test(edit.newText) ? 'Overturned' : /^\s*u/i.test(edit.newText) ? 'Upheld' : undefined;
        if (!now || now !== next) return `changes the decision '${value.text}' to '${edit.newText}'`;
      }
    }
    for (const field of letter.fields) {
      if (field.shape !== 'prose' || !field.paragraphs.length) continue;
      const words = { start: field.paragraphs[0].range.start, end: field.paragraphs[field.paragraphs.length - 1].range.end };
      if (overlaps(edit.range, words)) return `edits the words of '${field.label.text}'`;
    }
  }
  return undefined;
}

function violations(name: string, text: string): { checked: number; changing: number; bad: string[] } {
  const letter = parseLetter(text);
  const bad: string[] = [];
  let checked = 0;
  let changing = 0;
  for (const p of validateLetter(letter, text)) {
    for (const fix of p.fixes ?? []) {
      checked++;
      const what = changesDecisionOrWords(letter, fix);
      if (!what) continue;
      changing++;
      if (fix.isPreferred || fix.safe || !/changes the (?:determination|reviewer's wording)/.test(fix.title)) {
        bad.push(`${name} ${p.code} '${fix.title}' ${what}${fix.isPreferred ? ', preferred' : ''}${fix.safe ? ', safe' : ''}`);
      }
    }
  }
  return { checked, changing, bad };
}

describe('fixes that change a decision or the reviewer\'s words', function () {
  it('are neither preferred nor safe, and say what they change (small letters)', () => {
    const cases = [
      validWith('is not medically necessary.', 'is medically necessary.'),
      validWith('Decision: Upheld', 'Decision: Overturned'),
      validWith('Therefore the request for an MRI of the shoulder is not medically necessary.', 'Imaging can wait.'),
      validWith('  Decision: Upheld\n', ''),
    ];
    const results = cases.map((t, i) => violations(`case ${i + 1}`, t));
    assert.ok(results.every((r) => r.changing > 0), 'each case offers a fix that changes the decision or the words');
    assert.deepEqual(results.flatMap((r) => r.bad), []);
  });

  it('are neither preferred nor safe, for every rule on every corpus letter with every injected mistake', function () {
    const letters = corpusLetters().map((l) => ({ name: l.name, imr: importLetterText(l.text).imr }));
    if (!letters.length) needCorpus(this);
    let checked = 0;
    let changing = 0;
    const bad: string[] = [];
    for (const { name, imr } of letters) {
      const texts = [{ label: name, text: imr }];
      for (const injection of [...INJECTIONS, ...CROSS_INJECTIONS]) {
        const injected = injection.inject(imr, parseLetter(imr), name);
        if (injected) texts.push({ label: `${name} (${injection.name})`, text: injected.text });
      }
      for (const { label, text } of texts) {
        const r = violations(label, text);
        checked += r.checked;
        changing += r.changing;
        bad.push(...r.bad);
      }
    }
    console.log(`      ${checked} fixes checked, ${changing} change a decision or the reviewer's words`);
    assert.ok(changing > 0);
    assert.deepEqual(bad.slice(0, 20), []);
  });
});
