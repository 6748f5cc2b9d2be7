/** For every corpus letter and every example: format is idempotent and leaves the AST as it was. */
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { formatLetter, importLetterText, parseLetter } from '../../server/src/language';
import { astSummary } from '../helpers/ast-summary';
import { corpusLetters, exampleFiles } from '../helpers/corpus';

function sources(): { name: string; imr: string }[] {
  const fromExamples = exampleFiles().map((f) => ({ name: path.basename(f), imr: fs.readFileSync(f, 'utf8') }));
  const fromCorpus = corpusLetters().map((l) => ({ name: l.name, imr: importLetterText(l.text).imr }));
  return [...fromExamples, ...fromCorpus];
}

describe('format on real letters and examples', () => {
  it('is idempotent, and parse(format(x)) equals parse(x)', () => {
    const all = sources();
    const unstable: string[] = [];
    for (const { name, imr } of all) {
      // start from a messy variant so the formatter has work to do
      const messy = imr.replace(/^( +)/gm, (m) => m + ' ').replace(/\n\n/g, '\n\n\n');
      const once = formatLetter(messy);
      if (formatLetter(once) !== once) unstable.push(`${name}: not idempotent`);
      else if (JSON.stringify(astSummary(parseLetter(once))) !== JSON.stringify(astSummary(parseLetter(imr)))) unstable.push(`${name}: AST changed`);
    }
    console.log(`      ${all.length - unstable.length} of ${all.length} letters format stably`);
    assert.deepEqual(unstable, []);
  });
});
