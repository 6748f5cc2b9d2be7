import assert from 'node:assert/strict';
import mammoth from 'mammoth';
import { renderDocx, imageSize } from '../../server/src/language/render/docx';
import type { LetterDocument } from '../../server/src/language/render/model';
import { corpusLetters, exampleLetters, makePng, normalize, zipEntry, type Letter } from './support';
import { itWithoutCorpus } from '../helpers/corpus';

async function checkLetter(letter: Letter): Promise<void> {
  const { doc } = letter;
  const bytes = await renderDocx(doc);
  const text = normalize((await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value);
  for (const b of doc.blocks) {
    if (b.kind === 'heading') assert.ok(text.includes(normalize(b.text)), `${letter.name}: heading ${b.text}`);
    if (b.kind === 'decision') assert.ok(text.includes(normalize(`${b.text}${b.separator}${b.decision}`)), `${letter.name}: item ${b.itemIndex + 1}`);
  }
  const html = (await mammoth.convertToHtml({ buffer: Buffer.from(bytes) })).value;
  assert.equal((html.match(/<h1>/g) ?? []).length, doc.blocks.filter((b) => b.kind === 'heading').length, `${letter.name}: Heading 1 count`);
  assert.equal((html.match(/<h2>/g) ?? []).length, doc.items.length, `${letter.name}: Heading 2 count`);
}

describe('DOCX renderer', function () {
  this.timeout(120000);

  describe('every example has its headings (Heading 1) and items (Heading 2)', () => {
    const examples = exampleLetters();
    if (!examples.length) it('finds the examples', () => assert.fail('examples/ has no .imr letter'));
    for (const letter of examples) it(letter.name, () => checkLetter(letter));
  });

  describe('every corpus letter has its headings (Heading 1) and items (Heading 2)', () => {
    itWithoutCorpus();
    for (const letter of corpusLetters()) it(letter.name, () => checkLetter(letter));
  });

  describe('the file itself', () => {
    let doc: LetterDocument;
    let bytes: Uint8Array;
    before(async () => {
      const letter = [...exampleLetters(), ...corpusLetters()].find((l) => l.doc.items.length >= 2);
      assert.ok(letter, 'an example or corpus letter with two items');
      doc = letter.doc;
      bytes = await renderDocx(doc);
    });

    it('has the header as a table with bold labels', async () => {
      const html = (await mammoth.convertToHtml({ buffer: Buffer.from(bytes) })).value;
      assert.match(html, /<table><tr><td><p><strong>Case Number:<\/strong><\/p><\/td><td><p>CM\d{2}-\d{7}<\/p><\/td>/);
    });

    it('sets Letter paper, 1 inch margins, and page numbers in the footer', () => {
      const document = zipEntry(bytes, 'word/document.xml') ?? '';
      assert.match(document, /<w:pgSz w:w="12240" w:h="15840"/);
      assert.match(document, /<w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440"/);
      const footer = zipEntry(bytes, 'word/footer1.xml') ?? '';
      assert.match(footer, /PAGE/);
      assert.match(footer, /NUMPAGES/);
      assert.ok(footer.includes(doc.caseNumber!), 'case number in the footer');
    });

    it('fills the core properties without a person', () => {
      const core = zipEntry(bytes, 'docProps/core.xml') ?? '';
      assert.match(core, /<dc:title>Independent Medical Review Final Determination CM\d{2}-\d{7}<\/dc:title>/);
      assert.match(core, /<dc:creator>IMR Final Determination Letters<\/dc:creator>/);
      assert.match(core, /<cp:lastModifiedBy>IMR Final Determination Letters<\/cp:lastModifiedBy>/);
    });

    it('keeps Word heading styles for the navigation pane', () => {
      const styles = zipEntry(bytes, 'word/styles.xml') ?? '';
      assert.match(styles, /w:styleId="Heading1"/);
      assert.match(styles, /w:styleId="Heading2"/);
    });

    it('places a letterhead image at its size', async () => {
      const png = makePng(300, 60, () => [0, 80, 160]);
      assert.deepEqual(imageSize(png), { width: 300, height: 60 });
      const withHead = await renderDocx(doc, { letterhead: { organisation: 'Example Review Organisation', image: { data: png, type: 'image/png' } } });
      const document = zipEntry(withHead, 'word/document.xml') ?? '';
      assert.match(document, /<wp:extent cx="\d+" cy="\d+"\/>/);
      const text = (await mammoth.extractRawText({ buffer: Buffer.from(withHead) })).value;
      assert.match(text, /Example Review Organisation/);
    });
  });
});
