/**
 * The server's compiled code kept between starts (`--code-cache=DIR`, as the desktop client starts the server):
 * the first start writes it, the next compiles from it and behaves the same, PDF import (pdf.js, loaded with
 * `import()`) included; a damaged cache or one another user could write is never run. What happened is read
 * from Node's debug log (NODE_DEBUG=imr-code-cache, on stderr).
 */
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { renderToBytes } from '../../server/src/node/export-file';
import { bytesToBase64 } from '../../server/src/protocol';
import { VALID } from '../helpers/valid-letter';
import { CLIENT_CAPABILITIES, startServer, type ServerProcess } from './lsp-client';

const URI = 'untitled:letter.imr';
const MISTAKE = VALID.replace('California,North Carolina', 'Californa');

interface Started { server: ServerProcess; stderr(): string; waitFor(pattern: RegExp, ms?: number): Promise<void> }

async function start(folder: string): Promise<Started> {
  const server = await startServer({}, ['--stdio', '--preload', `--code-cache=${folder}`], { NODE_DEBUG: 'imr-code-cache' });
  let seen = '';
  const waiters: { pattern: RegExp; resolve: () => void }[] = [];
  server.process.stderr.on('data', (chunk: Buffer) => {
    seen += chunk.toString();
    for (const w of [...waiters]) if (w.pattern.test(seen)) { waiters.splice(waiters.indexOf(w), 1); w.resolve(); }
  });
  return {
    server,
    stderr: () => seen,
    waitFor: (pattern, ms = 15_000) => new Promise<void>((resolve, reject) => {
      if (pattern.test(seen)) return resolve();
      const timer = setTimeout(() => reject(new Error(`stderr never said ${pattern} within ${ms} ms:\n${seen}`)), ms);
      waiters.push({ pattern, resolve: () => { clearTimeout(timer); resolve(); } });
    }),
  };
}

/** The handshake, a letter with one mistake, and a PDF imported: what the server answers. */
async function exercise({ server }: Started): Promise<{ codes: unknown[]; imported: string }> {
  await server.connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: CLIENT_CAPABILITIES });
  server.connection.sendNotification('initialized', {});
  const published = server.nextDiagnostics(URI, 1);
  server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: URI, languageId: 'imr', version: 1, text: MISTAKE } });
  const codes = (await published).map((d) => d.code);
  const pdf = await renderToBytes(VALID, 'pdf') as Uint8Array;
  const { imr } = await server.connection.sendRequest('imr/import', { pdf: bytesToBase64(pdf) }) as { imr: string };
  return { codes, imported: imr };
}

const cacheFiles = (folder: string) => (fs.existsSync(folder) ? fs.readdirSync(folder).filter((f) => f.endsWith('.v8')) : []);

describe('language server: its compiled code kept between starts (--code-cache)', function () {
  this.timeout(60_000);
  let root: string;
  let folder: string;
  before(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'imr-code-cache-'));
    folder = path.join(root, 'cache');
  });
  after(() => fs.rmSync(root, { recursive: true, force: true }));

  let first: { codes: unknown[]; imported: string };

  it('the first start has no cache, works, and writes one, in a folder only this user can open', async () => {
    const s = await start(folder);
    try {
      first = await exercise(s);
      assert.deepEqual(first.codes, ['IMR301']);
      assert.match(first.imported, /^Item: MRI of the right shoulder without contrast$/m);
      await s.waitFor(/connection-[0-9a-f]+\.v8: written[^]*handlers-[0-9a-f]+\.v8: written|handlers-[0-9a-f]+\.v8: written[^]*connection-[0-9a-f]+\.v8: written/);
      assert.match(s.stderr(), /connection\.js: no cache yet/);
      assert.match(s.stderr(), /handlers\.js: no cache yet/);
    } finally {
      await s.server.stop();
    }
    const files = cacheFiles(folder).sort();
    assert.equal(files.length, 2, `a cache file for each of the two bundles: ${files.join(', ')}`);
    assert.match(files[0], /^connection-[0-9a-f]{32}\.v8$/);
    assert.match(files[1], /^handlers-[0-9a-f]{32}\.v8$/);
    if (process.platform !== 'win32') {
      assert.equal(fs.statSync(folder).mode & 0o777, 0o700);
      for (const f of files) assert.equal(fs.statSync(path.join(folder, f)).mode & 0o777, 0o600);
    }
  });

  it('the next start compiles from it, writes nothing, and answers the same (PDF import included)', async () => {
    assert.ok(first, 'needs the first test');
    const s = await start(folder);
    try {
      assert.deepEqual(await exercise(s), first);
      assert.match(s.stderr(), /connection\.js: compiled from the cache/);
      assert.match(s.stderr(), /handlers\.js: compiled from the cache/);
      await new Promise((r) => setTimeout(r, 4_000));
      assert.doesNotMatch(s.stderr(), /written/);
    } finally {
      await s.server.stop();
    }
  });

  it('a damaged cache is refused by V8, never run, and replaced; an old cache and an old unfinished write are removed', async () => {
    const file = cacheFiles(folder).find((f) => f.startsWith('handlers-'))!;
    // what an older build and a process stopped mid-write two hours ago left, and one writing now
    const older = path.join(folder, `handlers-${'0'.repeat(32)}.v8`);
    const stopped = path.join(folder, `${file}.12345.partial`);
    const writing = path.join(folder, `${file}.67890.partial`);
    for (const f of [older, stopped, writing]) fs.writeFileSync(f, 'x', { mode: 0o600 });
    const twoHoursAgo = new Date(Date.now() - 7_200_000);
    fs.utimesSync(stopped, twoHoursAgo, twoHoursAgo);
    const size = fs.statSync(path.join(folder, file)).size;
    fs.writeFileSync(path.join(folder, file), Buffer.alloc(size, 0x5a), { mode: 0o600 });
    const s = await start(folder);
    try {
      assert.deepEqual(await exercise(s), first);
      assert.match(s.stderr(), /the cache was refused by V8/);
      await s.waitFor(/: written/);
    } finally {
      await s.server.stop();
    }
    assert.equal(fs.existsSync(older), false, 'the older build\'s cache is removed');
    assert.equal(fs.existsSync(stopped), false, 'the unfinished write of two hours ago is removed');
    assert.equal(fs.existsSync(writing), true, 'a write that may still be under way is left alone');
    fs.rmSync(writing);
    assert.notDeepEqual(fs.readFileSync(path.join(folder, file)), Buffer.alloc(size, 0x5a));
  });

  it('a cache that another user could have written is not read', async function () {
    if (process.platform === 'win32') this.skip();
    const file = cacheFiles(folder).find((f) => f.startsWith('handlers-'))!;
    fs.chmodSync(path.join(folder, file), 0o666);
    const s = await start(folder);
    try {
      assert.deepEqual(await exercise(s), first);
      assert.match(s.stderr(), /handlers-[0-9a-f]+\.v8: not read: it or its folder can be written by another user/);
      assert.doesNotMatch(s.stderr(), /handlers\.js: compiled from the cache/);
      assert.match(s.stderr(), /connection\.js: compiled from the cache/);
    } finally {
      await s.server.stop();
    }
  });

  it('reads the folder from the command line in either form, as the server\'s other options', () => {
    const { codeCacheOption } = require('../../server/src/node/code-cache') as typeof import('../../server/src/node/code-cache');
    assert.equal(codeCacheOption(['node', 'main.js', '--stdio', '--code-cache=/home/ann/.cache/imr']), '/home/ann/.cache/imr');
    assert.equal(codeCacheOption(['node', 'main.js', '--code-cache', '/home/ann/.cache/imr', '--stdio']), '/home/ann/.cache/imr');
    assert.equal(codeCacheOption(['node', 'main.js', '--stdio']), undefined);
    assert.equal(codeCacheOption(['node', 'main.js', '--code-cache=']), undefined);
  });

  it('a changed bundle never meets the old code: the file is named by a hash of the bundle\'s text', () => {
    const { cacheFileOf } = require('../../server/src/node/code-cache') as typeof import('../../server/src/node/code-cache');
    const a = cacheFileOf(folder, '/x/handlers.js', 'module.exports = 1;');
    const b = cacheFileOf(folder, '/x/handlers.js', 'module.exports = 2;');
    assert.notEqual(a, b, 'same length, other text: another file');
    assert.equal(path.dirname(a), folder);
  });
});
