/**
 * Golden files: the text and HTML of two examples, the text of their PDF page by page (read back with pdf.js, so a
 * changed word fails even where the image tolerance would let it pass), and page 1 of their PDF as an image
 * (compared with a pixel tolerance, since anti-aliasing may differ by a level). Regenerate with `UPDATE_GOLDEN=1` after an intended change
 * and review the diff; the rendered pages are also written to .test-output/ for review.
 */
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { execFileSync } from 'child_process';
import { renderText } from '../../server/src/language';
import { renderHtmlDocument } from '../../server/src/language/render/html';
import { renderPdf } from '../../server/src/language/render/pdf';
import { repoRoot } from '../helpers/corpus';
import { needTool } from '../helpers/required';
import { decodePng, exampleLetters, FIXED_DATE, letterFonts, pdfText, writeOutput, type Letter } from './support';

const UPDATE = process.env.UPDATE_GOLDEN === '1';
const GOLDEN = path.join(repoRoot(), 'test', 'render', 'golden');
/** a 2016 letter with a modified request and the 2014 seed letter: both layouts */
const PREFERRED = ['modified-request-authorized.imr', 'seed-2014-si-joint-injections.imr'];
const DPI = 50;

function goldenExamples(): Letter[] {
  const all = exampleLetters();
  const preferred = PREFERRED.map((n) => all.find((l) => l.name === n)).filter((l): l is Letter => !!l);
  return (preferred.length === 2 ? preferred : all).slice(0, 2);
}

function compareGolden(file: string, actual: string): void {
  const target = path.join(GOLDEN, file);
  if (UPDATE || !fs.existsSync(target)) {
    if (!UPDATE) assert.fail(`${target} is missing: run the tests with UPDATE_GOLDEN=1 to create it`);
    fs.mkdirSync(GOLDEN, { recursive: true });
    fs.writeFileSync(target, actual);
    return;
  }
  const expected = fs.readFileSync(target, 'utf8');
  assert.equal(actual, expected, `${file} differs from its golden copy (UPDATE_GOLDEN=1 regenerates it after an intended change)`);
}

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

function pagePng(pdf: Uint8Array, name: string): Uint8Array {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'imr-golden-'));
  try {
    const input = path.join(dir, 'letter.pdf');
    fs.writeFileSync(input, pdf);
    execFileSync('pdftoppm', ['-r', String(DPI), '-png', '-f', '1', '-l', '1', '-singlefile', input, path.join(dir, 'page')]);
    const png = new Uint8Array(fs.readFileSync(path.join(dir, 'page.png')));
    writeOutput(`${name}-page1.png`, png);
    return png;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe('golden renderings', function () {
  this.timeout(60000);
  const examples = goldenExamples();
  it('has two examples to compare', () => assert.equal(examples.length, 2, 'examples/ should hold the two golden letters'));

  for (const { name, doc } of examples) {
    const base = name.replace(/\.imr$/, '');

    it(`${name}: text`, () => compareGolden(`${base}.txt`, renderText(doc)));

    it(`${name}: HTML`, () => compareGolden(`${base}.html`, renderHtmlDocument(doc)));

    it(`${name}: PDF text, page by page`, async () => {
      const got = await pdfText(await renderPdf(doc, { fonts: letterFonts(), creationDate: FIXED_DATE }));
      // what a reader sees on each page: the header table, the body and the page furniture, whitespace runs as one space
      const pages = got.pageBodies.map((body, i) => [
        `--- page ${i + 1} of ${got.pages} ---`,
        ...(i === 0 ? [`table: ${oneLine(got.table)}`] : []),
        ...body.split('\n').map((l) => oneLine(l)).filter(Boolean),
        `furniture: ${oneLine(got.artifacts[i] ?? '')}`,
      ].join('\n'));
      compareGolden(`${base}-pdf.txt`, `${pages.join('\n')}\n`);
    });

    it(`${name}: PDF page 1 as an image (pdftoppm)`, async function () {
      needTool(this, 'pdftoppm', 'poppler-utils');
      const png = pagePng(await renderPdf(doc, { fonts: letterFonts(), creationDate: FIXED_DATE }), base);
      const target = path.join(GOLDEN, `${base}-page1.png`);
      if (UPDATE || !fs.existsSync(target)) {
        if (!UPDATE) assert.fail(`${target} is missing: run the tests with UPDATE_GOLDEN=1 to create it`);
        fs.writeFileSync(target, png);
        return;
      }
      const got = decodePng(png);
      const want = decodePng(new Uint8Array(fs.readFileSync(target)));
      assert.deepEqual([got.width, got.height], [want.width, want.height], 'page size in pixels');
      let total = 0;
      let far = 0;
      for (let i = 0; i < got.pixels.length; i++) {
        const d = Math.abs(got.pixels[i] - want.pixels[i]);
        total += d;
        if (d > 64) far++;
      }
      const mean = total / got.pixels.length;
      const farShare = far / got.pixels.length;
      assert.ok(mean <= 2 && farShare <= 0.005,
        `page 1 differs from ${target}: mean difference ${mean.toFixed(2)} levels, ${(farShare * 100).toFixed(2)}% of pixels far off ` +
        `(see .test-output/${base}-page1.png; UPDATE_GOLDEN=1 regenerates after an intended change)`);
    });
  }
});
