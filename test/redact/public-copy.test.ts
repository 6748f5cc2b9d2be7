import assert from 'node:assert/strict';
import mammoth from 'mammoth';
import { fieldSpec, renderText, type FieldKey } from '../../server/src/language';
import { publicCopy, REDACTED } from '../../server/src/language/redact';
import { exportLetter, type ExportFormat } from '../../server/src/language/render/export';
import type { LetterDocument } from '../../server/src/language/render/model';
import { documentOf, exampleLetters, FIXED_DATE, htmlText, letterFonts, pdfText, zipEntry } from '../render/support';

/** Everything personal the seeded letter holds; none of it may survive in a public copy, in any format. */
const SECRETS = [
  'Maria', 'Gonzalez', 'Acme Roofing', 'Golden Fictional Claims', '05-WC-778812', '05WC778812', 'Harold', 'Finch',
  '123-45-6789', '04/12/1961', '555-0142', '555-0199', 'tkettle@example.com', 'Kettle', '1234 Elm Street', '95814',
  'Quincy', '(530) 555-0123', 'ADJ9876543', '987-65-4321',
];

/** The label the language uses today for a field, so the seeded letter follows any renaming. */
const label = (key: FieldKey) => fieldSpec(key).label;

/** A letter with personal data seeded in every field and paragraph (all fictional). */
const SEEDED = [
  'Layout: 2016',
  'Case Number: CM17-0118640',
  'Date Assigned: 04/13/2017',
  'Date of Injury: 07/19/2016',
  'Decision Date: 05/10/2017',
  'UR Denial Date: 03/24/2017',
  'Priority: Standard, call Ms. Gonzalez at (916) 555-0142',
  'Application Received: 04/07/2017',
  '',
  `${label('employee')}: Maria Q. Gonzalez`,
  `${label('employer')}: Acme Roofing, Inc.`,
  `${label('claimsAdministrator')}: Golden Fictional Claims Services`,
  `${label('claimNumber')}: 05-WC-778812`,
  `${label('requestingPhysician')}: Harold Finch, M.D.`,
  '',
  `${label('licensure')}: California (reviewer phone 916-555-0199)`,
  `${label('specialty')}: Family Practice, referred by Dr. Finch`,
  '',
  `${label('howDetermined')}:`,
  '  The case file of Maria Gonzalez, claim 05WC778812, was sent to an expert reviewer.',
  '',
  `${label('summaryIntroduction')}:`,
  '  The reviewer read the records of Ms. Gonzalez (DOB: 04/12/1961), SSN 123-45-6789.',
  '',
  `${label('issuesIntroduction')}:`,
  '  Decisions for Maria Gonzalez of 1234 Elm Street, Sacramento, CA 95814 are set forth below:',
  '',
  `${label('summary')}:`,
  '  Maria Gonzalez, born on 04/12/1961, works for Acme Roofing. Her e-mail is tkettle@example.com.',
  '',
  '  GONZALEZ was seen by Dr. Harold Finch on 3-8-17. Her neighbour Ms. Quincy drove her; call',
  '  (530) 555-0123. WCAB case ADJ9876543. Her husband\'s SSN is 987-65-4321.',
  '',
  'Item: Physical therapy ordered by Dr. Finch for claim 05WC778812',
  '  Decision: Upheld',
  `  ${label('originalRequest')}: Physical therapy 12 sessions for Maria Gonzalez`,
  `  ${label('authorized')}: Physical therapy 6 sessions, per adjuster Tom Kettle`,
  '  Claims Administrator guideline: Verbatim: Reviewed by adjuster Tom Kettle at tkettle@example.com',
  '  MAXIMUS guideline: Verbatim: Mr. Kettle of Golden Fictional Claims Services cited no guideline.',
  '  Decision rationale:',
  '    Ms. Gonzalez (claim number 05-WC-778812) lives at 1234 Elm Street, Suite 200, Sacramento, CA 95814.',
  '',
  '    Dr. Finch may be reached at 916-555-0199. Therefore the request is not medically necessary.',
  '',
].join('\n');

async function exportedText(doc: LetterDocument, format: ExportFormat, publicOnly: boolean): Promise<string> {
  const out = await exportLetter(doc, format, { publicCopy: publicOnly, fonts: letterFonts(), creationDate: FIXED_DATE });
  switch (format) {
    case 'text': return out as string;
    case 'html': return out as string; // the whole file: head and attributes included
    case 'pdf': {
      const got = await pdfText(out as Uint8Array);
      return [got.body, got.table, ...got.artifacts, ...got.outline, JSON.stringify(got.info), Buffer.from(out as Uint8Array).toString('latin1')].join('\n');
    }
    case 'docx': {
      const bytes = out as Uint8Array;
      const text = (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value;
      const parts = ['word/document.xml', 'word/footer1.xml', 'docProps/core.xml', 'docProps/app.xml'].map((p) => zipEntry(bytes, p) ?? '');
      return [text, ...parts].join('\n');
    }
  }
}

function leaks(text: string): string[] {
  const lower = text.replace(/\s+/g, ' ').toLowerCase();
  return SECRETS.filter((s) => lower.includes(s.toLowerCase()));
}

describe('publicCopy', function () {
  this.timeout(60000);
  const doc = documentOf(SEEDED);

  it('the seeded letter really holds the personal data (the test is not vacuous)', () => {
    assert.deepEqual(leaks(renderText(doc)), SECRETS);
    assert.ok(doc.personalData.length >= 4, `declared parties: ${doc.personalData.join(', ')}`);
  });

  for (const format of ['text', 'html', 'pdf', 'docx'] as ExportFormat[]) {
    it(`leaves none of it in the ${format} export, metadata included`, async () => {
      const full = await exportedText(doc, format, false);
      assert.ok(leaks(full).length > 5, `the ${format} export of the working copy shows the data`);
      const text = await exportedText(doc, format, true);
      assert.deepEqual(leaks(text), []);
      // the public letters keep the IMR case number and the header dates
      for (const keep of ['CM17-0118640', '04/13/2017', '07/19/2016', '05/10/2017', '03/24/2017', '04/07/2017']) {
        assert.ok(text.includes(keep), `${format} keeps ${keep}`);
      }
      if (format === 'html') assert.ok(htmlText(text).includes(REDACTED));
    });
  }

  it('keeps the letter\'s words around what it removes', () => {
    const text = renderText(publicCopy(doc));
    assert.match(text, /Priority: +Standard, call Ms\. \[redacted\] at \[redacted\]/);
    assert.match(text, /Physical therapy ordered by Dr\. \[redacted\] for claim\s+\[redacted\] is: Upheld/);
    assert.match(text, /Decisions for \[redacted\] of \[redacted\] are set forth below:/);
    assert.match(text, /Therefore the request is not medically necessary\./);
  });

  it('returns a new model: the working copy is unchanged, and a second pass changes nothing', () => {
    const before = JSON.stringify(doc);
    const once = publicCopy(doc);
    assert.equal(JSON.stringify(doc), before);
    assert.deepEqual(once.personalData, []);
    assert.deepEqual(once.parties, {});
    assert.deepEqual(publicCopy(once), once);
  });

  it('removes the parties each example declares', () => {
    const withParties = exampleLetters().filter((l) => l.doc.personalData.length > 0);
    assert.ok(withParties.length > 0, 'an example that declares its parties');
    for (const { name, doc: d } of withParties) {
      const text = renderText(publicCopy(d));
      for (const value of d.personalData) assert.ok(!text.includes(value), `${name}: ${value}`);
      for (const item of publicCopy(d).items) for (const value of d.personalData) assert.ok(!item.title.includes(value));
    }
  });
});
