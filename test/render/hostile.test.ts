import assert from 'node:assert/strict';
import fc from 'fast-check';
import mammoth from 'mammoth';
import { renderText } from '../../server/src/language';
import { renderHtmlBody, renderHtmlDocument } from '../../server/src/language/render/html';
import { renderPdf } from '../../server/src/language/render/pdf';
import { renderDocx } from '../../server/src/language/render/docx';
import type { Block, LetterDocument } from '../../server/src/language/render/model';
import { documentOf, FIXED_DATE, HTML_TAGS, htmlProblems, htmlText, letterFonts, normalize, pdfText, zipEntryBytes } from './support';

/** Text a letter may hold by accident or by malice; none of it may become markup or break a file. */
const HOSTILE: [string, string][] = [
  ['script', '<script>alert(1)</script>'],
  ['style breakout', '</style><script>alert(2)</script><style>'],
  ['attribute breakout', '"><img src=x onerror=alert(3)>'],
  ['single-quote breakout', '\'><svg onload=alert(4)>'],
  ['comment and CDATA', '<!-- x --> <![CDATA[ y ]]> ]]> --!>'],
  ['entities', '&amp; &lt;b&gt; &#x3c;script&#x3e; &nbsp'],
  ['RTL and bidi controls', '\u202Egnp.exe\u202C \u200F\u05E9\u05DC\u05D5\u05DD\u200E \u2067isolated\u2069 \u0627\u0644\u0633\u0644\u0627\u0645'],
  ['emoji', 'Doctor \u{1F469}\u{1F3FD}\u200D\u2695\uFE0F prescribed \u{1F48A} \u{1F3F3}\uFE0F\u200D\u{1F308} \u{1F600}'],
  ['10,000-character word', 'x'.repeat(10000)],
  ['control characters', 'Control: \u0000\u0001\u0007\u0008\u000B\u000C\u001B[31m\u007F\u0085\u009F end'],
  ['unpaired surrogates', 'Lone \uD800 and \uDFFF here'],
  ['noncharacters', 'Noncharacters \uFFFE\uFFFF\uFDD0 end'],
  ['template syntax', '${process.exit(1)} {{constructor}} %s %n \\u0000 javascript:alert(5)'],
  ['line breaks', 'one\r\ntwo\rthree\nfour\u2028five\u2029six\ttab'],
  ['combining marks', 'A\u0301\u0302\u0303 z\u0334\u0321\u031B\u0354\u031D\u0313\u0342'],
];

function base(): LetterDocument {
  return documentOf([
    'Layout: 2016', 'Case Number: CM17-0000001', 'Date Assigned: 01/03/2017', 'Date of Injury: 05/06/2015',
    'Decision Date: 01/27/2017', 'UR Denial Date: 12/12/2016', 'Priority: Standard', 'Application Received: 12/28/2016', '',
    'State(s) of Licensure: California', 'Certification(s)/Specialty: Family Practice', '',
    'Clinical Case Summary:', '  The injured worker is a 52 year old female.', '',
    'Item: Physical therapy', '  Decision: Upheld', '  Claims Administrator guideline: None cited',
    '  MAXIMUS guideline: MTUS Low Back Complaints 2004', '  Decision rationale:', '    Therefore the request is not medically necessary.', '',
  ].join('\n'));
}

/** The base letter with `s` in every slot a string can reach: header, blocks, labels, decision, item titles. */
function everywhere(s: string): LetterDocument {
  const doc = base();
  const put = (b: Block): Block => {
    switch (b.kind) {
      case 'heading': return { ...b, text: `${b.text} ${s}` };
      case 'paragraph': return { ...b, text: `${s} ${b.text} ${s}` };
      case 'labelled': return { ...b, label: `${b.label}${s}`, text: `${s} ${b.text}` };
      case 'decision': return { ...b, text: `${s} ${b.text}`, decision: `${b.decision}${s}`, separator: `${s}: ` };
    }
  };
  return {
    ...doc,
    caseNumber: `${doc.caseNumber}${s}`,
    header: doc.header.map(([l, r]) => [l && { ...l, label: `${s}${l.label}`, value: `${l.value}${s}` }, r && { ...r, value: s }]),
    blocks: doc.blocks.map(put),
    items: doc.items.map((i) => ({ ...i, title: `${i.title}${s}`, decision: `${i.decision}${s}` })),
  };
}

/** Outside XML 1.0's Char production. */
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

/** Markup only the renderer wrote: allowed tags, attributes from our own set, no event handlers or URLs. */
function assertSafeHtml(html: string, what: string): void {
  assert.deepEqual(htmlProblems(html, HTML_TAGS), [], `${what}: malformed`);
  for (const tag of html.match(/<[a-zA-Z][^>]*>/g) ?? []) {
    const attributes = [...tag.matchAll(/\s([a-zA-Z-:]+)="[^"]*"/g)].map((m) => m[1]);
    for (const a of attributes) {
      assert.ok(/^(class|id|lang|scope|charset|content|name|http-equiv|alt|src|data-[a-z-]+)$/.test(a), `${what}: attribute ${a} in ${tag.slice(0, 80)}`);
    }
  }
  // a raw "<" can only be markup (text has it escaped); event handlers are caught by the attribute list above
  assert.doesNotMatch(html, /<script|<svg|<iframe|<img(?! class="imr-letterhead-image")/i, `${what}: active content`);
}

/** What is left of `s` once each renderer drops what it cannot carry: the printable ASCII runs. */
function visibleParts(s: string): string[] {
  return (s.match(/[\x21-\x7E]{4,}/g) ?? []).map((p) => p.slice(0, 200));
}

describe('hostile letter text', function () {
  this.timeout(120000);

  for (const [name, s] of HOSTILE) {
    describe(name, () => {
      const doc = everywhere(s);

      it('text: renders', () => {
        assert.ok(renderText(doc).length > 0);
      });

      it('HTML: stays text, in the body and in the document', () => {
        assertSafeHtml(renderHtmlBody(doc), 'body');
        const html = renderHtmlDocument(doc);
        assertSafeHtml(html, 'document');
        const shown = normalize(htmlText(html));
        for (const part of visibleParts(s)) assert.ok(shown.includes(normalize(part)), `shows '${part.slice(0, 40)}'`);
      });

      it('PDF: renders, opens and shows the printable parts', async () => {
        const bytes = await renderPdf(doc, { fonts: letterFonts(), creationDate: FIXED_DATE });
        const got = await pdfText(bytes);
        const shown = normalize(got.body).replace(/\s/g, '');
        for (const part of visibleParts(s)) assert.ok(shown.includes(part.replace(/\s/g, '')), `shows '${part.slice(0, 40)}'`);
      });

      it('DOCX: renders a file Word can open (well-formed XML) with the text', async () => {
        const bytes = await renderDocx(doc);
        // Word rejects a file with a character XML 1.0 cannot hold; mammoth is more forgiving, so look directly
        for (const part of ['word/document.xml', 'word/footer1.xml', 'docProps/core.xml']) {
          const raw = zipEntryBytes(bytes, part) ?? Buffer.alloc(0);
          const xml = raw.toString('utf8');
          assert.ok(Buffer.from(xml, 'utf8').equals(raw), `${part} is not valid UTF-8 (an unpaired surrogate?)`);
          assert.doesNotMatch(xml, XML_INVALID, `${part} holds a character XML cannot`);
        }
        const text = normalize((await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value);
        for (const part of visibleParts(s)) assert.ok(text.includes(normalize(part)), `shows '${part.slice(0, 40)}'`);
      });
    });
  }

  describe('any string at all', () => {
    const anyText = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 60 }),
      fc.string({ unit: fc.constantFrom('<', '>', '&', '"', '\'', '/', '=', ' ', 'script', 'on', '\u202E', '\uD800', '\u0000', '\n', ']]>'), maxLength: 40 }),
    );

    it('never becomes markup in HTML', () => {
      fc.assert(fc.property(anyText, (s) => {
        assertSafeHtml(renderHtmlDocument(everywhere(s)), JSON.stringify(s));
      }), { numRuns: 300 });
    });

    it('always gives a DOCX that mammoth can read', async () => {
      await fc.assert(fc.asyncProperty(anyText, async (s) => {
        const bytes = await renderDocx(everywhere(s));
        await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
      }), { numRuns: 40 });
    });

    it('always gives a PDF that pdf.js can read', async () => {
      await fc.assert(fc.asyncProperty(anyText, async (s) => {
        const got = await pdfText(await renderPdf(everywhere(s), { fonts: letterFonts(), creationDate: FIXED_DATE }));
        assert.ok(got.pages >= 1);
      }), { numRuns: 25 });
    });
  });
});
