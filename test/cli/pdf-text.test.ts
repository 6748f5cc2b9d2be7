/**
 * The PDF text extraction on its own (server/src/node/pdf-text.ts): the corpus text files are what
 * `pdftotext -layout` made of the corpus PDFs, so our layout of each PDF must give the same lines, blank lines
 * and page breaks (the number of spaces inside a line aside).
 */
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { pdfLayoutText, PdfTextError } from '../../server/src/node/pdf-text';
import { corpusPdfs, needCorpus } from '../helpers/corpus';

const lines = (text: string): string[] => text.replace(/\n$/, '').split('\n').map((l) => l.replace(/\s+/g, ' ').trim());

describe('PDF text laid out like pdftotext -layout', function () {
  this.timeout(300000);
  it('gives every corpus PDF the lines, blank lines and page breaks of its text file', async function () {
    const corpus = needCorpus(this);
    const differing: string[] = [];
    let total = 0;
    for (const file of corpusPdfs()) {
      const pdf = path.basename(file);
      const textFile = path.join(corpus, pdf.replace(/\.pdf$/, '.txt'));
      if (!fs.existsSync(textFile)) continue;
      const { text } = await pdfLayoutText(new Uint8Array(fs.readFileSync(file)));
      const expected = fs.readFileSync(textFile, 'utf8');
      const [ours, theirs] = [lines(text), lines(expected)];
      total++;
      const at = theirs.findIndex((l, i) => l !== ours[i]);
      if (at >= 0) differing.push(`${pdf} line ${at + 1}: ${JSON.stringify(ours[at])}, pdftotext: ${JSON.stringify(theirs[at])}`);
      else if (text.split('\f').length < expected.split('\f').length) differing.push(`${pdf}: fewer page breaks than pdftotext`);
    }
    console.log(`      ${total - differing.length} of ${total} corpus PDFs laid out line for line as pdftotext -layout did`);
    assert.deepEqual(differing, []);
  });

  it('puts the header table\'s two columns on one line, apart', async function () {
    needCorpus(this);
    const [pdf] = corpusPdfs();
    assert.ok(pdf, 'the corpus has PDFs');
    const { text, pages, notes } = await pdfLayoutText(new Uint8Array(fs.readFileSync(pdf)));
    assert.ok(pages >= 1);
    assert.deepEqual(notes.filter((n) => !/no text|image/.test(n)), []);
    assert.match(text, /^Date Assigned: +\d\d\/\d\d\/\d{4} {3,}Date of Injury: +\d\d\/\d\d\/\d{4}$/m);
    assert.match(text, /^ {5,}HOW THE IMR FINAL DETERMINATION WAS MADE$/m, 'a centred heading keeps its indentation');
  });

  it('rejects what is not a PDF with a reason', async () => {
    await assert.rejects(pdfLayoutText(new TextEncoder().encode('%PDF-1.4 but nothing else')), (e: unknown) => e instanceof PdfTextError && /PDF/.test(e.reason));
  });
});
