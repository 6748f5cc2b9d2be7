/** `imr render` as a process: each format, the public copy, where outputs go, and what it refuses to do. */
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { renderLetterText } from '../../server/src/language';
import { validWith } from '../helpers/valid-letter';
import { pdfText, zipEntry } from '../render/support';
import { cleanUp, imr, imrBytes, requireBuiltCli, tempDir, writeFiles } from './run';
import { repoRoot } from '../helpers/corpus';

/** A letter whose case summary holds personal data (fictional) that the public copy must not print. */
const PERSONAL = validWith(
  'after a fall at work.',
  'after a fall at work. Ms. Gonzalez can be reached at (916) 555-0142 about the appeal.',
);

const EXAMPLES = path.join(repoRoot(), 'examples');
const exampleNames = (): string[] => fs.readdirSync(EXAMPLES).filter((f) => f.endsWith('.imr')).sort();

describe('imr render', function () {
  this.timeout(180000);
  let dir: string;

  before(() => {
    requireBuiltCli();
    dir = tempDir('render');
    writeFiles(dir, { 'one/personal.imr': PERSONAL });
  });
  after(cleanUp);

  it('prints one letter as text, exactly as the core renders it', () => {
    const r = imr(['render', 'one/personal.imr'], { cwd: dir });
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, renderLetterText(PERSONAL));
  });

  it('renders every example in each format into a folder', () => {
    const checks: Record<string, (data: Buffer) => boolean> = {
      text: (d) => d.toString('utf8').includes('HOW THE IMR FINAL DETERMINATION WAS MADE'),
      html: (d) => /^<!DOCTYPE html>/i.test(d.toString('utf8')) && d.toString('utf8').includes('</html>'),
      pdf: (d) => d.subarray(0, 5).toString('latin1') === '%PDF-' && d.subarray(-1024).toString('latin1').includes('%%EOF'),
      docx: (d) => d[0] === 0x50 && d[1] === 0x4b && d.includes(Buffer.from('word/document.xml')),
    };
    const ext: Record<string, string> = { text: '.txt', html: '.html', pdf: '.pdf', docx: '.docx' };
    for (const [format, ok] of Object.entries(checks)) {
      const out = path.join(dir, `out-${format}`);
      const r = imr(['render', '--format', format, '-o', out, EXAMPLES], { env: { SOURCE_DATE_EPOCH: '1485518400' } });
      assert.equal(r.code, 0, `${format}: ${r.stderr}`);
      const written = fs.readdirSync(out).sort();
      assert.deepEqual(written, exampleNames().map((n) => n.replace(/\.imr$/, ext[format])), format);
      for (const name of written) assert.ok(ok(fs.readFileSync(path.join(out, name))), `${format}: ${name} is not what a ${format} file looks like`);
      assert.equal(r.stdout.trim().split('\n').length, written.length, 'one line per letter written');
    }
  });

  it('SOURCE_DATE_EPOCH makes PDF output byte for byte the same', () => {
    const env = { SOURCE_DATE_EPOCH: '1485518400' };
    const a = imrBytes(['render', '-f', 'pdf', '-o', '-', 'one/personal.imr'], { cwd: dir, env });
    const b = imrBytes(['render', '-f', 'pdf', '-o', '-', 'one/personal.imr'], { cwd: dir, env });
    assert.equal(a.code, 0, a.stderr);
    assert.ok(a.stdout.equals(b.stdout));
  });

  it('--no-page-numbers leaves the footer out of PDF and Word files; naming both flags is a usage error', async () => {
    const env = { SOURCE_DATE_EPOCH: '1485518400' };
    const footers = async (args: string[]) => {
      const pdf = imrBytes(['render', '-f', 'pdf', '-o', '-', ...args, 'one/personal.imr'], { cwd: dir, env });
      const docx = imrBytes(['render', '-f', 'docx', '-o', '-', ...args, 'one/personal.imr'], { cwd: dir, env });
      assert.equal(pdf.code, 0, pdf.stderr);
      assert.equal(docx.code, 0, docx.stderr);
      const text = await pdfText(new Uint8Array(pdf.stdout));
      return { pdf: text.artifacts.join(' '), docx: zipEntry(new Uint8Array(docx.stdout), 'word/document.xml')!.includes('footerReference') };
    };
    const plain = await footers(['--no-page-numbers']);
    assert.doesNotMatch(plain.pdf, /Page 1 of/);
    assert.equal(plain.docx, false, 'no footer in the Word file');
    for (const args of [[], ['--page-numbers']]) {
      const numbered = await footers(args);
      assert.match(numbered.pdf, /Page 1 of \d/);
      assert.equal(numbered.docx, true);
    }
    const both = imr(['render', '-f', 'pdf', '--page-numbers', '--no-page-numbers', 'one/personal.imr'], { cwd: dir });
    assert.equal(both.code, 2);
    assert.match(both.stderr, /--page-numbers or --no-page-numbers/);
  });

  it('--public redacts personal data and names the files .public', () => {
    const plain = imr(['render', 'one/personal.imr'], { cwd: dir });
    assert.match(plain.stdout, /555-0142/);
    const pub = imr(['render', '--public', '-o', '-', 'one/personal.imr'], { cwd: dir });
    assert.equal(pub.code, 0, pub.stderr);
    assert.doesNotMatch(pub.stdout, /555-0142|Gonzalez/);
    assert.match(pub.stdout, /\[redacted\]/);
    const written = imr(['render', '--public', '-f', 'html', 'one'], { cwd: dir });
    assert.equal(written.code, 0, written.stderr);
    const html = fs.readFileSync(path.join(dir, 'one', 'personal.public.html'), 'utf8');
    assert.doesNotMatch(html, /555-0142|Gonzalez/);
  });

  it('-o names the file for one letter; pdf and docx go beside the letter without -o', () => {
    let r = imr(['render', '-f', 'html', '-o', 'single.html', 'one/personal.imr'], { cwd: dir });
    assert.equal(r.code, 0, r.stderr);
    assert.ok(fs.existsSync(path.join(dir, 'single.html')));
    r = imr(['render', '-f', 'docx', 'one/personal.imr'], { cwd: dir });
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, 'one/personal.imr -> one/personal.docx\n');
  });

  it('mirrors folders below the folder named, and refuses two letters onto one output', () => {
    writeFiles(dir, { 'tree/a/x.imr': PERSONAL, 'tree/b/x.imr': PERSONAL, 'flat1/x.imr': PERSONAL, 'flat2/x.imr': PERSONAL });
    let r = imr(['render', 'tree', '-o', 'mirrored'], { cwd: dir });
    assert.equal(r.code, 0, r.stderr);
    assert.ok(fs.existsSync(path.join(dir, 'mirrored/a/x.txt')) && fs.existsSync(path.join(dir, 'mirrored/b/x.txt')));
    r = imr(['render', 'flat1', 'flat2', '-o', 'clash'], { cwd: dir });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /^flat2\/x\.imr: would write clash\/x\.txt, already written from flat1\/x\.imr/m);
  });

  it('never writes over an .imr file, and says why', () => {
    const before = fs.readFileSync(path.join(dir, 'one/personal.imr'), 'utf8');
    writeFiles(dir, { 'victim.imr': 'Layout: 2016\n' });
    const r = imr(['render', '-f', 'html', '-o', 'victim.imr', 'one/personal.imr'], { cwd: dir });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /^one\/personal\.imr: will not write the html over victim\.imr: an \.imr file is a letter's source/m);
    assert.equal(fs.readFileSync(path.join(dir, 'victim.imr'), 'utf8'), 'Layout: 2016\n');
    fs.symlinkSync(path.join(dir, 'victim.imr'), path.join(dir, 'sneaky.html'));
    const link = imr(['render', '-f', 'html', '-o', 'sneaky.html', 'one/personal.imr'], { cwd: dir });
    assert.equal(link.code, 2);
    assert.match(link.stderr, /refusing to overwrite an \.imr letter/);
    assert.equal(fs.readFileSync(path.join(dir, 'victim.imr'), 'utf8'), 'Layout: 2016\n');
    assert.equal(fs.readFileSync(path.join(dir, 'one/personal.imr'), 'utf8'), before);
  });

  it('names the file and the reason when a letter cannot be read or written', () => {
    fs.symlinkSync(path.join(dir, 'nowhere.imr'), path.join(dir, 'dangling.imr'));
    let r = imr(['render', 'dangling.imr', 'one/personal.imr', '-o', 'outs'], { cwd: dir });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /^dangling\.imr: cannot read: it is a link to a file that does not exist$/m);
    assert.ok(fs.existsSync(path.join(dir, 'outs/personal.txt')), 'the other letter is still rendered');
    writeFiles(dir, { 'blocker': 'a file where a folder is wanted' });
    r = imr(['render', '-o', 'blocker/deeper', 'one'], { cwd: dir });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /^one\/personal\.imr: /m);
  });

  it('warns when a letter has lines the rendering leaves out', () => {
    writeFiles(dir, { 'warn/stray.imr': PERSONAL.replace('Priority: Standard', 'Priority: Standard\nstray words') });
    const r = imr(['render', 'warn/stray.imr'], { cwd: dir });
    assert.equal(r.code, 0);
    assert.match(r.stderr, /^warn\/stray\.imr: rendered, but it has 1 syntax error whose lines are left out/m);
  });
});
