/** Validation throughput, parse included: the whole corpus checked in one process after warm-up. */
import { importLetterText, parseLetter, validateLetter } from '../../server/src/language';
import { corpusLetters, NO_CORPUS } from '../helpers/corpus';
import { generatedLetter } from './generate';
import { row, timeIt } from './measure';

export function benchValidate(): void {
  console.log('\nValidation, parse included (target: the whole corpus in under 100 ms after warm-up)');
  const corpus = corpusLetters().map((l) => importLetterText(l.text).imr);
  const check = (t: string) => validateLetter(parseLetter(t), t);
  if (corpus.length) {
    const bytes = corpus.reduce((n, t) => n + Buffer.byteLength(t), 0);
    const ms = timeIt(() => { for (const t of corpus) check(t); }, 10, 3);
    row(`check the corpus (${corpus.length} letters, ${(bytes / 1024).toFixed(0)} KB)`,
      `${ms.toFixed(1)} ms, ${(corpus.length / (ms / 1000)).toFixed(0)} letters/s, ${(bytes / 1e6 / (ms / 1000)).toFixed(1)} MB/s`);
  } else {
    console.log(`  ${NO_CORPUS}`);
  }
  const big = generatedLetter(1000);
  row('check a generated 1,000-item letter', `${timeIt(() => check(big), 10, 3).toFixed(1)} ms`);
}
