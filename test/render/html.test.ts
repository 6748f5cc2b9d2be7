import assert from 'node:assert/strict';
import * as fs from 'fs';
import { renderText } from '../../server/src/language';
import { renderHtmlBody, renderHtmlDocument, letterStyles } from '../../server/src/language/render/html';
import type { LetterDocument } from '../../server/src/language/render/model';
import {
  corpusLetters, exampleLetters, headerWords, htmlProblems, htmlText, makePng, normalize,
  HTML_TAGS, type Letter,
} from './support';
import { itWithoutCorpus } from '../helpers/corpus';
import { needChromium } from '../helpers/required';

function checkLetter(letter: Letter): void {
  const { doc } = letter;
  const html = renderHtmlDocument(doc);
  assert.deepEqual(htmlProblems(html, HTML_TAGS), [], `${letter.name}: malformed HTML`);
  const shown = htmlText(html);
  const text = renderText(doc);
  // the body says what the text rendering says; the header table holds the same labels and values
  const body = shown.slice(shown.indexOf(doc.blocks[0].text));
  assert.equal(normalize(body), normalize(text.split('\n').slice(doc.header.length).join('\n')), `${letter.name}: text differs`);
  assert.ok(shown.replace(/\s+/g, '').startsWith(headerWords(doc).replace(/\s+/g, '')), `${letter.name}: header differs`);
  // every item is wrapped and can be found by its index
  for (const item of doc.items) {
    const wrapper = new RegExp(`<div class="imr-item" id="imr-item-${item.index + 1}" data-item="${item.index}"`);
    assert.match(html, wrapper, `${letter.name}: item ${item.index + 1} wrapper`);
  }
  assert.equal((html.match(/<section class="imr-section"/g) ?? []).length, doc.blocks.filter((b) => b.kind === 'heading').length);
}

describe('HTML renderer', function () {
  this.timeout(60000);

  describe('every example renders every item, well formed', () => {
    const examples = exampleLetters();
    if (!examples.length) it('finds the examples', () => assert.fail('examples/ has no .imr letter'));
    for (const letter of examples) it(letter.name, () => checkLetter(letter));
  });

  describe('every corpus letter renders every item, well formed', () => {
    itWithoutCorpus();
    for (const letter of corpusLetters()) it(letter.name, () => checkLetter(letter));
  });

  describe('markup', () => {
    let doc: LetterDocument;
    before(() => {
      const letter = [...exampleLetters(), ...corpusLetters()].find((l) => l.doc.items.length >= 2);
      assert.ok(letter, 'an example or corpus letter with two items');
      doc = letter.doc;
    });

    it('gives each block one element with its kind as class and its source line as data-line', () => {
      const body = renderHtmlBody(doc);
      const elements = body.match(/<(h1|h2|p) class="imr-block [^"]*"[^>]*>/g) ?? [];
      assert.equal(elements.length, doc.blocks.length);
      elements.forEach((el, i) => {
        const b = doc.blocks[i];
        assert.ok(el.includes(`imr-${b.kind}`), `block ${i} class: ${el}`);
        if (b.line !== undefined) assert.ok(el.includes(`data-line="${b.line}"`), `block ${i} line: ${el}`);
        else assert.ok(!el.includes('data-line'), `block ${i} has no line: ${el}`);
      });
    });

    it('draws the header as a table with labels as row headers', () => {
      const body = renderHtmlBody(doc);
      assert.match(body, /<table class="imr-header"><tbody>/);
      assert.equal((body.match(/<tr>/g) ?? []).length, doc.header.length);
      assert.match(body, /<th scope="row" class="imr-header-label"[^>]*data-field="caseNumber"/);
    });

    it('is self-contained: no scripts, no external resources, a CSP that forbids them', () => {
      const html = renderHtmlDocument(doc);
      assert.doesNotMatch(html, /<script|<link|<iframe|@import|url\(|https?:\/\//i);
      assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">/);
      assert.match(html, /<title>Independent Medical Review Final Determination [^<]*<\/title>/);
    });

    it('prints on Letter paper and offers a paper and an editor look', () => {
      assert.match(renderHtmlDocument(doc), /@page \{ size: letter; margin: 1in/);
      const paper = renderHtmlDocument(doc, { look: 'paper' });
      const editor = renderHtmlDocument(doc, { look: 'editor' });
      assert.match(paper, /class="imr-letter imr-look-paper"/);
      assert.match(editor, /class="imr-letter imr-look-editor"/);
      assert.match(editor, /var\(--vscode-editor-background, #[0-9a-f]+\)/);
      assert.match(editor, /var\(--vscode-editor-foreground, #[0-9a-f]+\)/);
      assert.doesNotMatch(letterStyles('paper'), /--vscode/);
    });

    it('inlines a letterhead image as a data: URI', () => {
      const png = makePng(3, 2, () => [10, 20, 30]);
      const body = renderHtmlBody(doc, { letterhead: { organisation: 'Review & Co <Ltd>', image: { data: png, type: 'image/png' } } });
      const src = /<img class="imr-letterhead-image" alt="Review &amp; Co &lt;Ltd&gt;" src="data:image\/png;base64,([A-Za-z0-9+/=]+)">/.exec(body);
      assert.ok(src, 'letterhead image');
      assert.deepEqual(Buffer.from(src[1], 'base64'), Buffer.from(png));
      assert.match(body, /<div class="imr-organisation"><span class="imr-text">Review &amp; Co &lt;Ltd&gt;<\/span><\/div>/);
    });

    it('marks missing parts so the preview can show them', () => {
      const withGap: LetterDocument = { ...doc, blocks: [{ kind: 'paragraph', text: 'Before [Decision missing] after' }] };
      assert.match(renderHtmlBody(withGap), /Before <span class="imr-missing">\[Decision missing\]<\/span> after/);
    });
  });

  describe('in Chromium (skipped where it is not installed; required under IMR_E2E_REQUIRED=1)', () => {
    it('loads, lays out every item and runs nothing', async function () {
      const chromium = needChromium(this);
      const letter = exampleLetters().find((l) => l.doc.items.length >= 2);
      assert.ok(letter, 'an example with two items');
      const { chromium: launcher } = await import('playwright-core');
      const browser = await launcher.launch({
        executablePath: chromium,
        args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
      });
      try {
        const page = await browser.newPage();
        const requests: string[] = [];
        page.on('request', (r) => { if (!r.url().startsWith('data:')) requests.push(r.url()); });
        await page.setContent(renderHtmlDocument(letter.doc));
        const items = await page.locator('.imr-item').count();
        assert.equal(items, letter.doc.items.length);
        assert.deepEqual(requests.filter((u) => u !== 'about:blank'), []);
      } finally {
        await browser.close();
      }
    });
  });
});
