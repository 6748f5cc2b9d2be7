/**
 * The CLI never loses or changes a letter, as a careless user would try it: importing over its own source,
 * output that cannot be written, read-only letters, pipes and devices, oversized files, formatting that
 * would change what a letter says, renders into their own input. Each case runs the built CLI as a process.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { renderLetterText } from '../../server/src/language';
import { MAX_INPUT_BYTES, RefusedWrite, writeTextAtomic } from '../../server/src/cli/files';
import { VALID, validWith } from '../helpers/valid-letter';
import { CLI, cleanUp, imr, requireBuiltCli, tempDir, writeFiles } from './run';

/** The letter's text, as the public letters' .txt files hold it: what `imr import` reads. */
const LETTER_TEXT = renderLetterText(VALID);
const UNFORMATTED = VALID.replace('Priority: Standard', 'Priority:     Standard');

const read = (file: string) => fs.readFileSync(file, 'utf8');

/** Runs `imr ARGS | head -1` in a shell: the reader leaves after one line. Returns imr's own exit code. */
function imrIntoHead(args: string[], cwd: string): { code: number; firstLine: string } {
  const quoted = [process.execPath, CLI, ...args].map((a) => `'${a.replace(/'/g, "'\\''")}'`).join(' ');
  const r = spawnSync('bash', ['-c', `${quoted} | head -1; exit "\${PIPESTATUS[0]}"`], { cwd, encoding: 'utf8', timeout: 120000 });
  return { code: r.status ?? -1, firstLine: r.stdout };
}

describe('the CLI keeps letters safe', function () {
  this.timeout(120000);
  let dir: string;
  before(() => { requireBuiltCli(); dir = tempDir('safety'); });
  after(cleanUp);

  describe('imr import never writes over its own source', () => {
    it('--force on a letter named .imr: its own target is itself, so it is refused and kept', () => {
      writeFiles(dir, { 'i1/c.imr': LETTER_TEXT });
      const r = imr(['import', '--force', 'c.imr'], { cwd: path.join(dir, 'i1') });
      assert.equal(r.code, 2);
      assert.match(r.stderr, /^c\.imr: will not write c\.imr: it is the file being imported/m);
      assert.equal(read(path.join(dir, 'i1/c.imr')), LETTER_TEXT);
    });

    it('-o naming the input, through a link to it, or by a name that differs only in case', () => {
      writeFiles(dir, { 'i2/letter.txt': LETTER_TEXT });
      const cwd = path.join(dir, 'i2');
      fs.symlinkSync('letter.txt', path.join(cwd, 'link.imr'));
      for (const out of ['letter.txt', './letter.txt', 'link.imr', 'LETTER.TXT', `${cwd}/../i2/letter.txt`]) {
        const r = imr(['import', '--force', 'letter.txt', '-o', out], { cwd });
        assert.equal(r.code, 2, `-o ${out}: ${r.stderr}`);
        assert.match(r.stderr, /will not write .*: it is the file being imported/);
        assert.equal(read(path.join(cwd, 'letter.txt')), LETTER_TEXT, `-o ${out}`);
      }
      assert.ok(fs.lstatSync(path.join(cwd, 'link.imr')).isSymbolicLink());
    });

    it('never over another letter of the same run, but --force still replaces other files', () => {
      writeFiles(dir, { 'i3/a.txt': LETTER_TEXT, 'i3/a.imr': LETTER_TEXT, 'i3/b.txt': LETTER_TEXT, 'i3/b.imr': 'old' });
      const cwd = path.join(dir, 'i3');
      const r = imr(['import', '--force', 'a.txt', 'a.imr', 'b.txt'], { cwd });
      assert.equal(r.code, 2);
      assert.match(r.stderr, /^a\.txt: will not write a\.imr: it is a\.imr, a file being imported/m);
      assert.equal(read(path.join(cwd, 'a.imr')), LETTER_TEXT);
      assert.notEqual(read(path.join(cwd, 'b.imr')), 'old');
      assert.match(read(path.join(cwd, 'b.imr')), /^Case Number: CM16-0213037$/m);
    });
  });

  describe('output that cannot be written makes the exit code 2, after the files are finished', () => {
    it('imr render -f pdf <10 letters> -o out | head -1 writes all ten files and exits 2', () => {
      const letters: Record<string, string> = {};
      for (let i = 0; i < 10; i++) letters[`r1/l${i}.imr`] = VALID;
      writeFiles(dir, letters);
      const r = imrIntoHead(['render', '-f', 'pdf', 'r1', '-o', 'out'], dir);
      assert.match(r.firstLine, /^r1\/l0\.imr -> out\/l0\.pdf\n$/);
      assert.equal(r.code, 2);
      for (let i = 0; i < 10; i++) assert.ok(fs.readFileSync(path.join(dir, `out/l${i}.pdf`)).subarray(0, 5).toString() === '%PDF-', `l${i}.pdf`);
    });

    it('imr check with its report into a full disk (/dev/full) exits 2, not 0 or 1', function () {
      if (!fs.existsSync('/dev/full')) this.skip();
      writeFiles(dir, { 'c1/a.imr': VALID, 'c1/b.imr': validWith('Decision: Upheld', 'Decision: Uphold') });
      const r = spawnSync('bash', ['-c', `'${process.execPath}' '${CLI}' check c1 > /dev/full`], { cwd: dir, encoding: 'utf8', timeout: 60000 });
      assert.equal(r.status, 2);
      assert.match(r.stderr, /imr: standard output: no space left on the device \(ENOSPC\); the output is incomplete/);
    });

    it('imr fmt | head -1 formats every letter and exits 2', () => {
      const letters: Record<string, string> = {};
      for (let i = 0; i < 5; i++) letters[`f1/l${i}.imr`] = UNFORMATTED;
      writeFiles(dir, letters);
      const r = imrIntoHead(['fmt', 'f1'], dir);
      assert.equal(r.code, 2);
      for (let i = 0; i < 5; i++) assert.equal(read(path.join(dir, `f1/l${i}.imr`)), VALID);
    });
  });

  describe('imr fmt', () => {
    it('refuses a read-only letter (exit 2) and leaves it as it was, read-only', () => {
      writeFiles(dir, { 'ro/a.imr': UNFORMATTED });
      const file = path.join(dir, 'ro/a.imr');
      fs.chmodSync(file, 0o444);
      const r = imr(['fmt', 'ro/a.imr'], { cwd: dir });
      assert.equal(r.code, 2);
      assert.match(r.stderr, /^ro\/a\.imr: the file is read-only; not changed/m);
      assert.equal(read(file), UNFORMATTED);
      assert.equal(fs.statSync(file).mode & 0o777, 0o444);
    });

    it('formats through a link: the link stays a link, the letter it leads to is formatted', () => {
      writeFiles(dir, { 'ln/real.imr': UNFORMATTED });
      fs.symlinkSync('real.imr', path.join(dir, 'ln/link.imr'));
      const r = imr(['fmt', 'ln/link.imr'], { cwd: dir });
      assert.equal(r.code, 0, r.stderr);
      assert.ok(fs.lstatSync(path.join(dir, 'ln/link.imr')).isSymbolicLink());
      assert.equal(read(path.join(dir, 'ln/real.imr')), VALID);
    });

    it('leaves a letter whose meaning formatting would change as written, says why, and exits 1', () => {
      const text = validWith(
        '  MAXIMUS guideline: MTUS Shoulder Complaints 2004, Section(s): Special Studies',
        '  MAXIMUS guideline: Claims Administrator guideline: None cited\n      MTUS Shoulder Complaints 2004',
      ).replace('Priority: Standard', 'Priority:   Standard');
      writeFiles(dir, { 'mc/a.imr': text });
      const r = imr(['fmt', 'mc/a.imr'], { cwd: dir });
      assert.equal(r.code, 1);
      assert.match(r.stderr, /^mc\/a\.imr: left unchanged, formatting would change what the letter says \(line 18 /m);
      assert.equal(read(path.join(dir, 'mc/a.imr')), text);
    });

    it('does not replace a letter that changed on disk after it was read (an editor saved it meanwhile)', () => {
      writeFiles(dir, { 'cc/a.imr': 'newer text\n' });
      const file = path.join(dir, 'cc/a.imr');
      assert.throws(() => writeTextAtomic(file, VALID, UNFORMATTED), (e: unknown) => e instanceof RefusedWrite && /changed while it was being formatted/.test(e.message));
      assert.equal(read(file), 'newer text\n');
      assert.deepEqual(fs.readdirSync(path.join(dir, 'cc')), ['a.imr'], 'no temporary file is left behind');
    });
  });

  describe('pipes, devices, folders and oversized files are refused, never waited on', () => {
    it('check, fmt, render and import refuse a FIFO named as a letter (exit 2, at once)', function () {
      const fifo = path.join(dir, 'pipe.imr');
      if (spawnSync('mkfifo', [fifo]).status !== 0) this.skip();
      for (const command of [['check'], ['fmt'], ['render'], ['import', '--stdout']]) {
        const r = spawnSync(process.execPath, [CLI, ...command, fifo], { encoding: 'utf8', timeout: 20000 });
        assert.equal(r.error, undefined, `imr ${command[0]} blocked on a FIFO`);
        assert.equal(r.status, 2, `imr ${command[0]}: ${r.stderr}`);
        assert.match(r.stderr, /pipe\.imr: not read: it is a named pipe \(FIFO\), not a file/);
      }
    });

    it('check refuses a device and a file over the size limit, and still checks the others', () => {
      const big = path.join(dir, 'big.imr');
      fs.writeFileSync(big, '');
      fs.truncateSync(big, MAX_INPUT_BYTES + 1); // sparse: costs no disk
      writeFiles(dir, { 'ok.imr': VALID });
      const r = imr(['check', '-f', 'compact', big, '/dev/zero', 'ok.imr'], { cwd: dir });
      assert.equal(r.code, 2);
      assert.match(r.stderr, /big\.imr: not read: 64 MB, larger than the 64 MB a letter may be/);
      assert.match(r.stderr, /\/dev\/zero: not read: it is a device, not a file/);
      assert.equal(r.stdout, '');
    });
  });

  describe('imr render never writes over a letter it reads', () => {
    it('-o naming the input (a letter saved as .txt), or a link to an .imr', () => {
      writeFiles(dir, { 'ro2/letter.txt': VALID, 'ro2/b.imr': VALID });
      const cwd = path.join(dir, 'ro2');
      fs.symlinkSync('b.imr', path.join(cwd, 'out.txt'));
      const same = imr(['render', 'letter.txt', '-o', 'letter.txt'], { cwd });
      assert.equal(same.code, 2);
      assert.match(same.stderr, /would write the text over the letter itself/);
      const link = imr(['render', 'letter.txt', '-o', 'out.txt'], { cwd });
      assert.equal(link.code, 2);
      assert.match(link.stderr, /refusing to overwrite an \.imr letter/);
      assert.equal(read(path.join(cwd, 'letter.txt')), VALID);
      assert.equal(read(path.join(cwd, 'b.imr')), VALID);
    });

    it('an output that would land on another letter of the same run', () => {
      writeFiles(dir, { 'ro3/a.imr': VALID, 'ro3/a.txt': VALID });
      const r = imr(['render', 'a.imr', 'a.txt'], { cwd: path.join(dir, 'ro3') });
      assert.equal(r.code, 2);
      assert.match(r.stderr, /^a\.imr: would write the text over a\.txt, a letter being rendered/m);
      assert.equal(read(path.join(dir, 'ro3/a.txt')), VALID);
    });
  });
});
