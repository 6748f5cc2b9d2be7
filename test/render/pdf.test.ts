import assert from 'node:assert/strict';
import { renderText } from '../../server/src/language';
import { renderPdf } from '../../server/src/language/render/pdf';
import type { LetterDocument } from '../../server/src/language/render/model';
import {
  corpusLetters, exampleLetters, FIXED_DATE, headerWords, letterFonts, normalize,
  decodePng, makePng, pdfText, textBody, type Letter,
} from './support';
import { itWithoutCorpus } from '../helpers/corpus';
import { needTool } from '../helpers/required';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

/** Page 1 as a grey PNG at `dpi` (at 72 dpi a pixel is a point). */
function pageOnePng(pdf: Uint8Array, dpi: number): Uint8Array {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'imr-pdf-'));
  try {
    fs.writeFileSync(path.join(dir, 'letter.pdf'), pdf);
    execFileSync('pdftoppm', ['-r', String(dpi), '-gray', '-png', '-f', '1', '-l', '1', '-singlefile', path.join(dir, 'letter.pdf'), path.join(dir, 'page')]);
    return new Uint8Array(fs.readFileSync(path.join(dir, 'page.png')));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Regex checks on the raw file without dumping a megabyte of PDF into the failure message. */
function has(raw: string, re: RegExp, message?: string): void { assert.ok(re.test(raw), message ?? `expected ${re}`); }
function hasNot(raw: string, re: RegExp, message?: string): void { assert.ok(!re.test(raw), message ?? `unexpected ${re}`); }

/** Renders a letter and checks its PDF says exactly what the text rendering says. */
async function checkAgainstText(letter: Letter): Promise<void> {
  const { doc } = letter;
  const bytes = await renderPdf(doc, { fonts: letterFonts(), creationDate: FIXED_DATE });
  const got = await pdfText(bytes);
  assert.equal(normalize(got.body), normalize(textBody(renderText(doc), doc)), `${letter.name}: body text differs`);
  assert.equal(got.table.replace(/\s+/g, ''), headerWords(doc).replace(/\s+/g, ''), `${letter.name}: header table differs`);
  got.artifacts.forEach((footer, i) => {
    assert.match(footer, new RegExp(`Page ${i + 1} of ${got.pages}`), `${letter.name}: page ${i + 1} footer`);
    if (doc.caseNumber) assert.ok(footer.includes(doc.caseNumber), `${letter.name}: case number on page ${i + 1}`);
  });
}

describe('PDF renderer', function () {
  this.timeout(120000);

  describe('every example says what the text rendering says', () => {
    const examples = exampleLetters();
    if (!examples.length) it('finds the examples', () => assert.fail('examples/ has no .imr letter'));
    for (const letter of examples) it(letter.name, () => checkAgainstText(letter));
  });

  describe('every corpus letter says what the text rendering says', () => {
    const letters = corpusLetters();
    itWithoutCorpus();
    for (const letter of letters) it(letter.name, () => checkAgainstText(letter));
  });

  describe('the file itself', () => {
    let doc: LetterDocument;
    let bytes: Uint8Array;
    before(async () => {
      const letters = [...exampleLetters(), ...corpusLetters()];
      const many = letters.find((l) => l.doc.items.length >= 2);
      assert.ok(many, 'an example or corpus letter with two items');
      doc = many.doc;
      bytes = await renderPdf(doc, { fonts: letterFonts(), creationDate: FIXED_DATE });
    });

    it('is Letter size, PDF 1.7, with the fonts embedded (FontFile2 subsets)', () => {
      const latin1 = Buffer.from(bytes).toString('latin1');
      assert.ok(latin1.startsWith('%PDF-1.7'));
      has(latin1, /\/MediaBox \[0 0 612 792\]/);
      has(latin1, /\/FontFile2/);
      hasNot(latin1, /\/BaseFont \/(Times|Helvetica)/, 'no unembedded standard font');
      has(latin1, /\/BaseFont \/[A-Z]{6}\+IMRLetterSerif-Bold/);
    });

    it('prints the header table in the sans-serif and the body in the serif (the shipped Liberation subsets), both embedded', async () => {
      const latin1 = Buffer.from(bytes).toString('latin1');
      for (const font of ['IMRLetterSans-Bold', 'IMRLetterSans', 'IMRLetterSerif-Bold', 'IMRLetterSerif']) {
        has(latin1, new RegExp(`/BaseFont /[A-Z]{6}\\+${font}[/\\s]`), `${font} embedded`);
      }
    });

    it('shades the label cells of the header table, not the values', async function () {
      needTool(this, 'pdftoppm', 'poppler-utils');
      const page = decodePng(pageOnePng(bytes, 72));
      const grey = (xPt: number, yPt: number) => page.pixels[Math.round(yPt) * page.width + Math.round(xPt)];
      // the first row (Case Number) from y = 72pt; its label cell spans x 72-172pt, its value cell 172-306pt
      const label = grey(168, 76);
      const value = grey(300, 76);
      assert.ok(label > 190 && label < 235, `the label cell is light grey (${label})`);
      assert.ok(value > 245, `the value cell is white (${value})`);
    });

    it('leaves the footer out when page numbers are off, and keeps every word of the letter', async () => {
      const plain = await pdfText(await renderPdf(doc, { fonts: letterFonts(), creationDate: FIXED_DATE, pageNumbers: false }));
      const numbered = await pdfText(bytes);
      assert.ok(numbered.artifacts.every((a, i) => a.includes(`Page ${i + 1} of ${numbered.pages}`)));
      assert.deepEqual(plain.artifacts.filter((a) => /Page \d|Case Number/.test(a)), []);
      assert.equal(plain.body, numbered.body);
      assert.equal(plain.pages, numbered.pages);
    });

    it('carries metadata without a person in it', async () => {
      const got = await pdfText(bytes);
      assert.equal(got.info.Title, `Independent Medical Review Final Determination ${doc.caseNumber}`);
      assert.match(String(got.info.Subject), /Independent Medical Review/);
      assert.equal(got.info.Creator, 'IMR Final Determination Letters');
      assert.equal(got.info.Author, undefined);
      assert.equal(got.info.Language, 'en-US');
    });

    it('is tagged, with a structure tree of headings, paragraphs and the header table', () => {
      const latin1 = Buffer.from(bytes).toString('latin1');
      has(latin1, /\/MarkInfo/);
      has(latin1, /\/StructTreeRoot/);
      for (const type of ['Document', 'Table', 'TR', 'TH', 'TD', 'Sect', 'H1', 'H2', 'P']) {
        has(latin1, new RegExp(`/S /${type}\\b`), `structure element ${type}`);
      }
    });

    it('has a structure tree pdf.js can read, in reading order, on every page', async () => {
      const got = await pdfText(bytes);
      assert.ok(got.marked, 'MarkInfo /Marked true');
      const first = got.roles[0];
      assert.deepEqual(first.slice(0, 4), ['Root', 'Document', 'Table', 'TR']);
      for (const role of ['TH', 'TD', 'Sect', 'H1', 'P', 'content']) assert.ok(first.includes(role), `page 1 has ${role}`);
      assert.ok(got.roles.flat().includes('H2'), 'an item heading');
      got.roles.forEach((page, i) => assert.ok(page.includes('content'), `page ${i + 1} has tagged content`));
    });

    it('sets the body justified when asked, saying the same words', async () => {
      const pdf = await renderPdf(doc, { fonts: letterFonts(), creationDate: FIXED_DATE, align: 'justify' });
      assert.equal(normalize((await pdfText(pdf)).body), normalize(textBody(renderText(doc), doc)));
    });

    it('has a bookmark for each section and each disputed item', async () => {
      const got = await pdfText(bytes);
      const headings = doc.blocks.filter((b) => b.kind === 'heading').map((b) => b.text);
      for (const h of headings) assert.ok(got.outline.includes(h), `bookmark ${h}`);
      for (const item of doc.items) {
        assert.ok(got.outline.some((t) => t.startsWith(item.title.slice(0, 60))), `bookmark for item ${item.index + 1}`);
      }
    });

    it('is byte-identical for the same input and creation date', async () => {
      const again = await renderPdf(doc, { fonts: letterFonts(), creationDate: FIXED_DATE });
      assert.deepEqual(Buffer.from(again), Buffer.from(bytes));
    });

    it('moves a heading to the next page rather than strand it, wherever the page break falls', async () => {
      const heading = doc.blocks.find((b) => b.kind === 'heading')!;
      const decision = doc.blocks.find((b) => b.kind === 'decision')!;
      const rest = doc.blocks.filter((b) => b.kind !== 'heading' && b.kind !== 'decision').slice(0, 3);
      for (let filler = 36; filler <= 50; filler++) {
        const lines = Array.from({ length: filler }, (_, i) => ({ kind: 'paragraph' as const, text: `Filler line ${i + 1}.`, tight: true }));
        const blocks = [...lines, heading, ...rest, decision, ...rest];
        const pdf = await renderPdf({ ...doc, blocks }, { fonts: letterFonts(), creationDate: FIXED_DATE });
        const { pageBodies } = await pdfText(pdf);
        for (const page of pageBodies) {
          const last = page.trim().split('\n').pop()!.trim();
          assert.notEqual(last, heading.text, `${filler} filler lines: page ends with the heading`);
          assert.ok(!last.endsWith(decision.decision), `${filler} filler lines: page ends with the item line '${last}'`);
        }
      }
    });

    it('never leaves a heading or an item at the foot of a page', async () => {
      // a long letter forces many page breaks; every heading and item line must be followed by text on its page
      const long: LetterDocument = { ...doc, blocks: [...doc.blocks, ...doc.blocks, ...doc.blocks, ...doc.blocks] };
      const pdf = await renderPdf(long, { fonts: letterFonts(), creationDate: FIXED_DATE, tagged: true });
      const { pageBodies } = await pdfText(pdf);
      const pages = pageBodies.map((p) => p.trim()).filter(Boolean);
      assert.ok(pages.length >= 4, 'the test needs several page breaks');
      const stranded = new Set(long.blocks.filter((b) => b.kind === 'heading').map((b) => b.text));
      for (const page of pages) {
        const lastLine = page.split('\n').pop()!.trim();
        assert.ok(!stranded.has(lastLine), `page ends with the heading '${lastLine}'`);
        assert.doesNotMatch(lastLine, /: (Upheld|Overturned)$/, `page ends with an item line '${lastLine}'`);
      }
    });

    it('draws an optional letterhead as page furniture', async () => {
      const png = makePng(40, 10, (x) => (x < 20 ? [200, 30, 30] : [30, 30, 200]));
      const pdf = await renderPdf(doc, {
        fonts: letterFonts(), creationDate: FIXED_DATE, letterhead: { organisation: 'Example Review Organisation', image: { data: png, type: 'image/png' } },
      });
      const got = await pdfText(pdf);
      assert.match(got.artifacts[0], /Example Review Organisation/);
      assert.match(Buffer.from(pdf).toString('latin1'), /\/Subtype \/Image/);
      assert.equal(normalize(got.body), normalize(textBody(renderText(doc), doc)));
    });

    it('refuses to render without fonts, saying where to get them', async () => {
      await assert.rejects(renderPdf(doc, { fonts: { regular: new Uint8Array(), bold: new Uint8Array() } }), /loadLetterFonts/);
    });
  });
});
