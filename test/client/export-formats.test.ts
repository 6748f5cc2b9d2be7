/** Where an export goes by default, and the format choices. */
import assert from 'node:assert/strict';
import { defaultExportPath, EXPORT_FORMATS, formatBytes, isTheLetter, orderedFormats, withExtension } from '../../client/src/export/export-formats';

describe('export formats', () => {
  it('offers PDF, DOCX, HTML and text, PDF first', () => {
    assert.deepEqual(EXPORT_FORMATS.map((f) => f.format), ['pdf', 'docx', 'html', 'text']);
    assert.deepEqual(EXPORT_FORMATS.map((f) => f.extension), ['pdf', 'docx', 'html', 'txt']);
  });

  it('puts the format used last first', () => {
    assert.deepEqual(orderedFormats('html').map((f) => f.format), ['html', 'pdf', 'docx', 'text']);
    assert.deepEqual(orderedFormats(undefined).map((f) => f.format), ['pdf', 'docx', 'html', 'text']);
    assert.deepEqual(orderedFormats('odt').map((f) => f.format), ['pdf', 'docx', 'html', 'text']);
  });

  it('suggests the file next to the letter, with the format\'s extension and -public for the public copy', () => {
    const letter = '/cases/CM16-0213037.imr';
    assert.equal(defaultExportPath(letter, '/home', 'pdf', false), '/cases/CM16-0213037.pdf');
    assert.equal(defaultExportPath(letter, '/home', 'text', true), '/cases/CM16-0213037-public.txt');
    // URI paths: a Windows letter (/c:/...) and a letter at the root of a virtual workspace
    assert.equal(defaultExportPath('/c:/Cases/letter.v2.imr', '/', 'docx', false), '/c:/Cases/letter.v2.docx');
    assert.equal(defaultExportPath('/mistake.imr', '/', 'pdf', false), '/mistake.pdf');
  });

  it('names an unsaved letter after its case number, in the given folder', () => {
    assert.equal(defaultExportPath(undefined, '/letters', 'docx', false, 'CM17-0158234'), '/letters/CM17-0158234.docx');
    assert.equal(defaultExportPath(undefined, '/letters', 'html', false, '../../etc/passwd'), '/letters/letter.html');
    assert.equal(defaultExportPath(undefined, '/letters', 'html', true), '/letters/letter-public.html');
  });

  it('adds the extension when the name has none, and never turns a target into the letter', () => {
    assert.equal(withExtension('/cases/out', 'pdf'), '/cases/out.pdf');
    assert.equal(withExtension('/cases/out.PDF', 'pdf'), '/cases/out.PDF');
    assert.equal(withExtension('/cases/letter.imr', 'text'), '/cases/letter.imr.txt');
    assert.equal(isTheLetter('/cases/a/../letter.imr', '/cases/letter.imr'), true);
    assert.equal(isTheLetter('/cases/letter.pdf', '/cases/letter.imr'), false);
    assert.equal(isTheLetter('/cases/letter.pdf', undefined), false);
    assert.equal(isTheLetter('/cases/./x/../../cases/letter.imr', '/cases/letter.imr'), true);
    assert.equal(isTheLetter('/c:/Cases/Letter.IMR', '/c:/cases/letter.imr'), false);
    assert.equal(isTheLetter('/c:/Cases/Letter.IMR', '/c:/cases/letter.imr', true), true);
  });

  it('says sizes in words', () => {
    assert.equal(formatBytes(900), '900 bytes');
    assert.equal(formatBytes(2048), '2.0 KB');
    assert.equal(formatBytes(3 * 1024 * 1024), '3.0 MB');
  });
});
