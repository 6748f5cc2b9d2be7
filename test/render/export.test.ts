import assert from 'node:assert/strict';
import { renderText } from '../../server/src/language';
import {
  EXPORT_EXTENSIONS, EXPORT_FORMATS, EXPORT_MIME_TYPES, exportLetter, isExportFormat,
} from '../../server/src/language/render/export';
import { renderHtmlDocument } from '../../server/src/language/render/html';
import { documentOf, FIXED_DATE, letterFonts } from './support';

const LETTER = documentOf([
  'Layout: 2016', 'Case Number: CM17-0000001', 'Date Assigned: 01/03/2017', 'Date of Injury: 05/06/2015',
  'Decision Date: 01/27/2017', 'UR Denial Date: 12/12/2016', 'Priority: Standard', 'Application Received: 12/28/2016', '',
  'State(s) of Licensure: California', 'Certification(s)/Specialty: Family Practice', '',
  'Clinical Case Summary:', '  Seen by Dr. Example Person on 1-2-17.', '',
  'Item: Physical therapy', '  Decision: Upheld', '  Claims Administrator guideline: None cited',
  '  MAXIMUS guideline: MTUS Low Back Complaints 2004', '  Decision rationale:', '    Therefore the request is not medically necessary.', '',
].join('\n'));

describe('exportLetter', () => {
  it('gives text and HTML as strings, the same as their renderers', async () => {
    assert.equal(await exportLetter(LETTER, 'text'), renderText(LETTER));
    assert.equal(await exportLetter(LETTER, 'html', { look: 'editor' }), renderHtmlDocument(LETTER, { look: 'editor' }));
  });

  it('gives PDF and DOCX as bytes', async () => {
    const pdf = await exportLetter(LETTER, 'pdf', { fonts: letterFonts(), creationDate: FIXED_DATE });
    assert.ok(pdf instanceof Uint8Array);
    assert.equal(Buffer.from(pdf.slice(0, 5)).toString('latin1'), '%PDF-');
    const docx = await exportLetter(LETTER, 'docx');
    assert.ok(docx instanceof Uint8Array);
    assert.equal(Buffer.from(docx.slice(0, 2)).toString('latin1'), 'PK');
  });

  it('says where to get fonts when a PDF is asked for without them', async () => {
    await assert.rejects(exportLetter(LETTER, 'pdf'), /loadLetterFonts/);
  });

  it('makes the public copy first when asked', async () => {
    assert.match(await exportLetter(LETTER, 'text') as string, /Dr\. Example Person/);
    assert.match(await exportLetter(LETTER, 'text', { publicCopy: true }) as string, /Dr\. \[redacted\] on 1-2-17/);
  });

  it('knows its formats, their file extensions and media types', () => {
    assert.deepEqual([...EXPORT_FORMATS], ['text', 'html', 'pdf', 'docx']);
    for (const f of EXPORT_FORMATS) {
      assert.ok(isExportFormat(f));
      assert.match(EXPORT_EXTENSIONS[f], /^\.[a-z]+$/);
      assert.ok(EXPORT_MIME_TYPES[f].length > 0);
    }
    assert.ok(!isExportFormat('rtf'));
  });
});
