/** Parse throughput on the corpus and on a generated 1,000-item letter, against JSON.parse of the same content. */
import { importLetterText, parseLetter } from '../../server/src/language';
import { corpusLetters, NO_CORPUS } from '../helpers/corpus';
import { generatedLetter } from './generate';
import { row, timeIt } from './measure';

/** The same content as JSON: what a JSON-based letter format would have to parse. */
function asJson(source: string): string {
  const letter = parseLetter(source);
  const strip = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(strip);
    if (v && typeof v === 'object') {
      const out: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(v)) if (k !== 'spec') out[k] = strip(x);
      return out;
    }
    return v;
  };
  return JSON.stringify(strip({ fields: letter.fields }));
}

function throughput(name: string, texts: string[]): void {
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
  const ms = timeIt(() => { for (const t of texts) parseLetter(t); }, 15, 5);
  const json = texts.map(asJson);
  const jsonMs = timeIt(() => { for (const j of json) JSON.parse(j); }, 15, 5);
  row(`parse ${name} (${(bytes / 1024).toFixed(0)} KB)`, `${ms.toFixed(2)} ms, ${(bytes / 1e6 / (ms / 1000)).toFixed(1)} MB/s, ${(ms / jsonMs).toFixed(1)}x JSON.parse of the same content (${jsonMs.toFixed(2)} ms)`);
}

export function benchParse(): void {
  console.log('Parsing (target: 20 MB/s or better; a 1,000-item letter under 50 ms)');
  const corpus = corpusLetters().map((l) => importLetterText(l.text).imr);
  if (corpus.length) throughput(`the corpus, ${corpus.length} letters`, corpus);
  else console.log(`  ${NO_CORPUS}`);
  throughput('a generated 1,000-item letter', [generatedLetter(1000)]);
}
