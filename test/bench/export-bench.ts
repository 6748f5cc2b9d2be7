/** Export speed per format, for a typical real letter and a generated 1,000-item letter. Targets are printed, not asserted. */
import * as fs from 'fs';
import * as path from 'path';
import { buildDocument, importLetterText, parseLetter, type LetterDocument } from '../../server/src/language';
import { exportLetter, EXPORT_FORMATS } from '../../server/src/language/render/export';
import { publicCopy } from '../../server/src/language/redact';
import { loadLetterFonts } from '../../server/src/node/fonts';
import { generatedLetter } from './generate';
import { row, timeAsync, timeIt } from './measure';
import { corpusLetters, exampleFiles } from '../helpers/corpus';

const TARGETS: Record<string, string> = { pdf: 'target < 150 ms' };

/** The first corpus letter (or, without the corpus, the first example): a typical two-page letter. */
function typicalLetter(): { name: string; doc: LetterDocument } | undefined {
  const [letter] = corpusLetters();
  if (letter) return { name: letter.name, doc: buildDocument(parseLetter(importLetterText(letter.text).imr)) };
  const [example] = exampleFiles();
  return example ? { name: path.basename(example), doc: buildDocument(parseLetter(fs.readFileSync(example, 'utf8'))) } : undefined;
}

function size(out: Uint8Array | string): string {
  const bytes = typeof out === 'string' ? Buffer.byteLength(out) : out.byteLength;
  return bytes > 1e6 ? `${(bytes / 1e6).toFixed(1)} MB` : `${Math.round(bytes / 1024)} KB`;
}

export async function benchExport(): Promise<void> {
  console.log('Export (median ms after warm-up)');
  const fonts = loadLetterFonts();
  const creationDate = new Date('2017-01-27T12:00:00Z');
  const typical = typicalLetter();
  if (!typical) {
    console.log('  skipped: neither ../shared/imr-corpus nor examples/ has a letter');
  } else {
    for (const format of EXPORT_FORMATS) {
      let out: Uint8Array | string = '';
      const ms = await timeAsync(async () => { out = await exportLetter(typical.doc, format, { fonts, creationDate }); }, 15, 5);
      row(`${format} of ${typical.name} (${typical.doc.items.length} items, ${size(out)})`, `${ms.toFixed(1)} ms${TARGETS[format] ? `   (${TARGETS[format]})` : ''}`);
    }
    // the first public copy loads the NLP library (compromise), once per process
    const first = process.hrtime.bigint();
    publicCopy(typical.doc);
    row('first public copy in a process (loads the NLP library)', `${(Number(process.hrtime.bigint() - first) / 1e6).toFixed(0)} ms`);
    row(`public copy of ${typical.name}`, `${timeIt(() => publicCopy(typical.doc)).toFixed(2)} ms   (target < 10 ms)`);
    // the same letter with names the NLP has to find, and a party declared
    const named = {
      ...typical.doc, parties: { employee: 'Zelda Marrow' }, personalData: ['Zelda Marrow'],
      blocks: typical.doc.blocks.map((b) => (b.kind === 'paragraph' ? { ...b, text: `${b.text} Henrietta Voss noted that Marrow, Zelda was seen by his supervisor Linda Chu; call (415) 555-0143.` } : b)),
    };
    row(`public copy of ${typical.name} with names in every paragraph`, `${timeIt(() => publicCopy(named)).toFixed(2)} ms   (target < 10 ms)`);
  }

  const big = buildDocument(parseLetter(generatedLetter(1000)));
  for (const format of EXPORT_FORMATS) {
    let out: Uint8Array | string = '';
    const ms = await timeAsync(async () => { out = await exportLetter(big, format, { fonts, creationDate }); }, 3, 1);
    row(`${format} of a generated 1,000-item letter (${size(out)})`, `${ms.toFixed(0)} ms   (target < 5000 ms)`);
  }
  row('public copy of the 1,000-item letter', `${timeIt(() => publicCopy(big), 3, 1).toFixed(0)} ms`);
}
