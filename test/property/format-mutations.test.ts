/**
 * The formatter over 10,000 random mutations of the real letters (../shared/imr-corpus, imported to .imr):
 * a stretch of a letter is damaged cheaply (blanks of every kind, line ends, indentation, labels, comments,
 * lines moved, joined or split), then formatted. Whatever the damage:
 *   - formatting is idempotent;
 *   - every word other than the labels is kept, as often as it was there;
 *   - the parse is unchanged (fields, items, citations, prose, comments, syntax problems), or the text is
 *     left exactly as it was.
 * Seeded, so a failure names the case that reproduces it (IMR_FORMAT_SEED, IMR_FORMAT_RUNS to explore).
 */
import { seeded as random } from '../helpers/random';
import assert from 'node:assert/strict';
import { FIELDS, importLetterText, parseLetter, splitLines, type Letter } from '../../server/src/language';
import { formatLetterResult } from '../../server/src/language/format/format';
import { astSummary } from '../helpers/ast-summary';
import { corpusLetters, needCorpus } from '../helpers/corpus';

const RUNS = Number(process.env.IMR_FORMAT_RUNS ?? 10000);
const SEED = Number(process.env.IMR_FORMAT_SEED ?? 20261204);


const BLANKS = [' ', '  ', '\t', '\u00a0', '\u2028', '\u2029', '\ufeff', '\u3000', '\u2003', '\v', '\f'];
const LINE_ENDS = ['\n', '\r\n', '\r'];
const LABELS = FIELDS.flatMap((f) => [f.label, ...f.aliases]).map((l) => `${l}:`);

/** One cheap change to a list of lines (in place). */
function mutate(lines: string[], rnd: () => number): void {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
  const i = Math.floor(rnd() * lines.length);
  const line = lines[i] ?? '';
  const at = Math.floor(rnd() * (line.length + 1));
  switch (Math.floor(rnd() * 12)) {
    case 0: lines[i] = line.slice(0, at) + pick(BLANKS) + line.slice(at); break; // a blank anywhere
    case 1: lines[i] = line + pick(BLANKS).repeat(1 + Math.floor(rnd() * 3)); break; // trailing blanks
    case 2: lines[i] = pick(BLANKS) + line; break; // indentation of any kind
    case 3: lines[i] = line.replace(/^[ \t]+/, ''); break; // indentation lost
    case 4: lines[i] = `${' '.repeat(Math.floor(rnd() * 6))}${pick(LABELS)}${pick(['', ' ', '\u00a0'])}${line.trim()}`; break; // a label put in front
    case 5: lines.splice(i, 0, pick(['', '# a note', '    ', `# ${line}`, pick(LABELS)])); break; // a line added
    case 6: lines.splice(i, 1); break; // a line lost
    case 7: if (i + 1 < lines.length) [lines[i], lines[i + 1]] = [lines[i + 1], lines[i]]; break; // two lines swapped
    case 8: if (i + 1 < lines.length) lines.splice(i, 2, `${line} ${lines[i + 1].trim()}`); break; // two lines joined
    case 9: { const space = line.indexOf(' ', at); if (space > 0) lines.splice(i, 1, line.slice(0, space), `${' '.repeat(Math.floor(rnd() * 8))}${line.slice(space + 1)}`); break; } // a line split
    case 10: lines[i] = line.replace(/:\s*/, pick([':', ': ', ':\u00a0', ':\t', ' :  '])); break; // the blank after a label
    default: lines[i] = line.toUpperCase(); break; // shouting
  }
}

/** The words of a letter other than its field labels (which the formatter respells), counted. */
function wordsBesideLabels(text: string, letter: Letter): Map<string, number> {
  const lines = splitLines(text);
  const labels = new Map<number, { from: number; to: number }[]>();
  for (const f of letter.fields) {
    const r = f.label.range;
    labels.set(r.start.line, [...(labels.get(r.start.line) ?? []), { from: r.start.character, to: r.end.character }]);
  }
  const counts = new Map<string, number>();
  lines.forEach((line, n) => {
    let kept = line;
    for (const { from, to } of [...(labels.get(n) ?? [])].sort((a, b) => b.from - a.from)) kept = `${kept.slice(0, from)} ${kept.slice(to)}`;
    for (const w of kept.split(/\s+/)) if (w) counts.set(w, (counts.get(w) ?? 0) + 1);
  });
  return counts;
}

describe('formatting 10,000 random mutations of real letters', function () {
  this.timeout(600000);

  it('is idempotent, keeps every word, and keeps the parse (or leaves the text as it was)', function () {
    const letters = corpusLetters().map((l) => splitLines(importLetterText(l.text).imr));
    // stretches start at a line in the first column (a field, an item, a comment), as a letter does
    const starts = letters.map((lines) => lines.flatMap((l, i) => (/^\S/.test(l) ? [i] : [])));
    if (!letters.length) needCorpus(this);
    const rnd = random(SEED);
    let changed = 0;
    let leftAlone = 0;
    let meaningKept = 0;
    for (let run = 0; run < RUNS; run++) {
      // a stretch of 8 to 40 lines of one letter, so each case is small and the whole run takes seconds
      const which = Math.floor(rnd() * letters.length);
      const source = letters[which];
      const from = starts[which][Math.floor(rnd() * starts[which].length)] ?? 0;
      const lines = source.slice(from, from + 8 + Math.floor(rnd() * 32));
      const mutations = 1 + Math.floor(rnd() * 3);
      for (let m = 0; m < mutations; m++) mutate(lines, rnd);
      let text = '';
      for (const l of lines) text += l + LINE_ENDS[rnd() < 0.9 ? 0 : 1 + Math.floor(rnd() * 2)];
      const where = `run ${run} (IMR_FORMAT_SEED=${SEED}): ${JSON.stringify(text)}`;

      const before = parseLetter(text);
      const once = formatLetterResult(text, before);
      if (once.unchanged) { leftAlone++; if (once.unchanged.startsWith('formatting would')) meaningKept++; assert.equal(once.text, text, where); continue; }
      if (once.text === text) continue;
      changed++;
      const after = parseLetter(once.text);
      // prose typed too shallow is indented into its block (that is the one change formatting makes to the
      // parse): its IMR001 problems go, and nothing else may change
      const runLines = new Set((before.misplacedProse ?? []).flatMap((r) => Array.from({ length: r.range.end.line - r.range.start.line + 1 }, (_, i) => r.range.start.line + i)));
      const expected = { ...before, problems: before.problems.filter((p) => !(p.code === 'IMR001' && runLines.has(p.range.start.line))) };
      assert.deepEqual(astSummary(after), astSummary(expected), `the parse changed: ${where}`);
      assert.deepEqual(wordsBesideLabels(once.text, after), wordsBesideLabels(text, before), `words changed: ${where}`);
      const twice = formatLetterResult(once.text, after);
      assert.equal(twice.text, once.text, `formatting twice differs from once: ${where}`);
    }
    console.log(`      ${RUNS} mutations: ${changed} formatted, ${leftAlone} left as written (${meaningKept} of them because the meaning would change), the rest already formatted`);
    assert.ok(changed > RUNS / 10, `only ${changed} of ${RUNS} mutations were formatted: the mutations are too tame to test anything`);
  });
});
