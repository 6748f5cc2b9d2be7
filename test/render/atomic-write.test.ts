/** Writing exports: server/src/node/atomic-write.ts (kept with the render tests: it is how exports reach disk). */
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { spawnSync } from 'child_process';
import { AtomicWriteError, writeFileAtomic } from '../../server/src/node/atomic-write';

/** The unprivileged user and group of Debian (and most Linux systems). */
const NOBODY = 65534;

/**
 * writeFileAtomic(file, 'x') in a child Node process running as nobody; what the write threw (its message), or
 * 'written'. The child loads the same compiled module the test imports.
 */
function writeAsNobody(file: string): string {
  const script = `require(${JSON.stringify(require.resolve('../../server/src/node/atomic-write'))}).writeFileAtomic(process.argv[1], 'x')`
    + `.then(() => console.log('written'), (e) => console.log(e.message))`;
  const r = spawnSync(process.execPath, ['-e', script, file], { uid: NOBODY, gid: NOBODY, encoding: 'utf8', cwd: os.tmpdir() });
  assert.equal(r.error, undefined, `could not start Node as nobody: ${r.error?.message}`);
  assert.equal(r.status, 0, `Node as nobody failed: ${r.stderr}`);
  return r.stdout.trim();
}

describe('writeFileAtomic', () => {
  let dir: string;
  beforeEach(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'imr-atomic-')); });
  afterEach(() => {
    try { fs.chmodSync(dir, 0o755); } catch { /* already gone */ }
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const leftovers = () => fs.readdirSync(dir).filter((f) => f.endsWith('.tmp'));

  it('writes text and bytes, replacing an existing file, and leaves no temporary file', async () => {
    const file = path.join(dir, 'letter.pdf');
    await writeFileAtomic(file, 'first');
    assert.equal(fs.readFileSync(file, 'utf8'), 'first');
    await writeFileAtomic(file, new Uint8Array([37, 80, 68, 70]));
    assert.equal(fs.readFileSync(file, 'latin1'), '%PDF');
    assert.deepEqual(leftovers(), []);
  });

  it('keeps the permissions of the file it replaces', async function () {
    if (process.platform === 'win32') { this.skip(); return; }
    const file = path.join(dir, 'letter.html');
    fs.writeFileSync(file, 'old');
    fs.chmodSync(file, 0o640);
    await writeFileAtomic(file, 'new');
    assert.equal(fs.statSync(file).mode & 0o777, 0o640);
  });

  it('refuses to overwrite an .imr letter, or a link to one', async () => {
    const letter = path.join(dir, 'letter.imr');
    fs.writeFileSync(letter, 'Case Number: CM17-0000001\n');
    await assert.rejects(writeFileAtomic(letter, 'x'), (e: unknown) => e instanceof AtomicWriteError && /refusing to overwrite an \.imr letter/.test(e.message) && e.message.includes(letter));
    await assert.rejects(writeFileAtomic(path.join(dir, 'OTHER.IMR'), 'x'), /refusing/);
    const link = path.join(dir, 'export.txt');
    fs.symlinkSync(letter, link);
    await assert.rejects(writeFileAtomic(link, 'x'), /refusing/);
    assert.equal(fs.readFileSync(letter, 'utf8'), 'Case Number: CM17-0000001\n');
  });

  it('names the path and the reason when the folder does not exist', async () => {
    const file = path.join(dir, 'missing', 'letter.pdf');
    await assert.rejects(writeFileAtomic(file, 'x'), (e: unknown) =>
      e instanceof AtomicWriteError && e.message === `cannot write ${file}: the folder does not exist (ENOENT)`);
  });

  it('names the path and the reason when the target is a folder', async () => {
    await assert.rejects(writeFileAtomic(dir, 'x'), (e: unknown) => e instanceof AtomicWriteError && e.message === `cannot write ${dir}: it is a folder (EISDIR)`);
  });

  it('names the path and the reason when a part of the path is a file', async () => {
    const notFolder = path.join(dir, 'plain-file');
    fs.writeFileSync(notFolder, '');
    const file = path.join(notFolder, 'letter.pdf');
    await assert.rejects(writeFileAtomic(file, 'x'), (e: unknown) =>
      e instanceof AtomicWriteError && e.message === `cannot write ${file}: a part of the path is not a folder (ENOTDIR)`);
  });

  it('names the path and the reason when the folder is not writable, and leaves nothing behind', async function () {
    if (process.platform === 'win32') { this.skip(); return; }
    fs.chmodSync(dir, 0o555);
    const file = path.join(dir, 'letter.pdf');
    // root writes anywhere (CI runs as root): there the same write is made by a child process running as nobody
    const message = process.getuid?.() === 0 ? writeAsNobody(file) : await writeFileAtomic(file, 'x').then(() => 'written', (e: unknown) => (e as Error).message);
    assert.equal(message, `cannot write ${file}: permission denied (EACCES)`);
    fs.chmodSync(dir, 0o755);
    assert.deepEqual(leftovers(), []);
    assert.deepEqual(fs.readdirSync(dir), []);
  });

  it('never shows a reader half a file: concurrent writes each land whole', async () => {
    const file = path.join(dir, 'letter.txt');
    const versions = Array.from({ length: 8 }, (_, i) => String(i).repeat(200_000));
    await Promise.all(versions.map((v) => writeFileAtomic(file, v)));
    assert.ok(versions.includes(fs.readFileSync(file, 'utf8')));
    assert.deepEqual(leftovers(), []);
  });
});
