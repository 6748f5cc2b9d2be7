/**
 * `imr import` as a process: text and PDF letters, single files and folders, what it refuses, and the two
 * measures that matter: every real PDF letter of the corpus imports to the letter's text, and PDFs made by
 * our own renderer import back to the letter they were made from.
 */
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { parseLetter, renderLetterText } from '../../server/src/language';
import {
  body, cleanUp, firstDifference, imr, normalise, requireBuiltCli, tempDir, writeFiles,
} from './run';
import { corpusFiles, corpusPdfs, needCorpus, repoRoot } from '../helpers/corpus';

const EXAMPLES = path.join(repoRoot(), 'examples');

/** A PDF with one empty page and no text, written by hand (pdfjs rebuilds the missing cross-reference table). */
const EMPTY_PDF = '%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n2 0 obj <</Type /Pages /Kids [3 0 R] /Count 1>> endobj\n'
  + '3 0 obj <</Type /Page /Parent 2 0 R /MediaBox [0 0 612 792]>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n';

describe('imr import', function () {
  this.timeout(600000);
  let dir: string;

  before(() => {
    requireBuiltCli();
    dir = tempDir('import');
  });
  after(cleanUp);

  describe('text letters', () => {
    it('writes NAME.imr beside the letter, and never overwrites it without --force', function () {
      const corpus = needCorpus(this);
      const [name] = corpusFiles();
      fs.copyFileSync(path.join(corpus, name), path.join(dir, 'letter.txt')); // a temporary copy, removed after the test
      let r = imr(['import', 'letter.txt'], { cwd: dir });
      assert.equal(r.code, 0, r.stderr);
      assert.equal(r.stdout, 'letter.txt -> letter.imr\n');
      const imported = fs.readFileSync(path.join(dir, 'letter.imr'), 'utf8');
      assert.deepEqual(parseLetter(imported).problems, []);
      r = imr(['import', 'letter.txt'], { cwd: dir });
      assert.equal(r.code, 2);
      assert.match(r.stderr, /^letter\.txt: letter\.imr exists; not overwritten \(use --force\)$/m);
      fs.writeFileSync(path.join(dir, 'letter.imr'), 'changed');
      r = imr(['import', '--force', 'letter.txt'], { cwd: dir });
      assert.equal(r.code, 0, r.stderr);
      assert.equal(fs.readFileSync(path.join(dir, 'letter.imr'), 'utf8'), imported);
      r = imr(['import', '--stdout', 'letter.txt'], { cwd: dir });
      assert.equal(r.stdout, imported);
    });

    it('names what it could not map, and exits 1', () => {
      writeFiles(dir, { 'odd/notes.txt': 'This is not a determination letter at all.\n' });
      const r = imr(['import', 'odd/notes.txt', '-o', 'odd-out.imr'], { cwd: dir });
      assert.equal(r.code, 1);
      assert.match(r.stderr, /^odd\/notes\.txt: /m);
      assert.ok(fs.existsSync(path.join(dir, 'odd-out.imr')));
    });
  });

  describe('PDF letters', () => {
    it('refuses a .pdf that is not one, and a PDF with no text, naming the file and the reason', () => {
      writeFiles(dir, { 'bad/fake.pdf': 'just text', 'bad/empty.pdf': EMPTY_PDF });
      const r = imr(['import', 'bad', '-o', 'bad-out'], { cwd: dir });
      assert.equal(r.code, 2);
      assert.match(r.stderr, /^bad\/fake\.pdf: not a PDF \(no %PDF- header\), or a damaged one$/m);
      assert.match(r.stderr, /^bad\/empty\.pdf: the PDF has no text to extract \(a scanned image\?\); nothing to import$/m);
      assert.ok(!fs.existsSync(path.join(dir, 'bad-out')), 'nothing written');
    });

    it('--text prints the layout text of a PDF', function () {
      needCorpus(this);
      const [pdf] = corpusPdfs();
      const r = imr(['import', '--text', pdf]);
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stdout, /^Case Number: {3,}CM\d\d-\d{7}$/m);
      assert.match(r.stdout, /^Date Assigned: +\S+ {3,}Date of Injury: +\S+$/m, 'two columns on one line');
      assert.match(r.stdout, /^ +HOW THE IMR FINAL DETERMINATION WAS MADE$/m);
    });

    it('PDFs rendered from the examples import back to the same letter', () => {
      const pdfs = path.join(dir, 'own-pdf');
      const back = path.join(dir, 'own-imr');
      let r = imr(['render', '-f', 'pdf', '-o', pdfs, EXAMPLES]);
      assert.equal(r.code, 0, r.stderr);
      r = imr(['import', pdfs, '-o', back]);
      assert.equal(r.stderr, '', 'nothing left unmapped');
      assert.equal(r.code, 0);
      // a word our PDF breaks after its own hyphen comes back as "anti- inflammatory", as with any PDF's text:
      // whitespace after a hyphen or slash is dropped on both sides before comparing
      const joined = (s: string) => normalise(s).replace(/([-/]) /g, '$1');
      const differing: string[] = [];
      const names = fs.readdirSync(EXAMPLES).filter((f) => f.endsWith('.imr')).sort();
      for (const name of names) {
        const imported = fs.readFileSync(path.join(back, name), 'utf8');
        const problems = parseLetter(imported).problems;
        const expected = joined(renderLetterText(fs.readFileSync(path.join(EXAMPLES, name), 'utf8')));
        const actual = joined(renderLetterText(imported));
        if (problems.length) differing.push(`${name}: ${problems.length} syntax problems, the first: ${problems[0].message}`);
        else if (expected !== actual) differing.push(`${name}: ${firstDifference(expected, actual)}`);
      }
      console.log(`      ${names.length - differing.length} of ${names.length} example PDFs import back to the same text`);
      assert.deepEqual(differing, []);
    });

    it('every PDF of the corpus imports without a syntax error and renders to the letter\'s text', function () {
      const corpus = needCorpus(this);
      const pdfDir = path.join(corpus, 'pdf');
      const pdfs = corpusPdfs().map((f) => path.basename(f));
      const out = path.join(dir, 'corpus');
      const r = imr(['import', pdfDir, '-o', out]);
      const differing: string[] = [];
      if (r.code !== 0) differing.push(`imr import exited ${r.code}:\n${r.stderr}`);
      for (const pdf of pdfs) {
        const stem = pdf.replace(/\.pdf$/, '');
        const target = path.join(out, `${stem}.imr`);
        const textFile = path.join(corpus, `${stem}.txt`);
        if (!fs.existsSync(target)) { differing.push(`${pdf}: not imported`); continue; }
        const imported = fs.readFileSync(target, 'utf8');
        const problems = parseLetter(imported).problems;
        if (problems.length) { differing.push(`${pdf}: ${problems.length} syntax problems, the first at line ${problems[0].range.start.line + 1}: ${problems[0].message}`); continue; }
        if (!fs.existsSync(textFile)) { differing.push(`${pdf}: no ${stem}.txt to compare with`); continue; }
        const expected = body(fs.readFileSync(textFile, 'utf8'));
        const actual = body(renderLetterText(imported));
        if (expected !== actual) differing.push(`${pdf}: ${firstDifference(expected, actual)}`);
      }
      const failing = pdfs.filter((pdf) => differing.some((d) => d.startsWith(`${pdf}:`)));
      console.log(`      ${pdfs.length - failing.length} of ${pdfs.length} corpus PDFs import to the letter's text`);
      if (differing.length) console.log(`      differing:\n        ${differing.join('\n        ')}`);
      assert.deepEqual(differing, []);
    });
  });
});
