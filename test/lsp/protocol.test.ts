/**
 * The language server follows the protocol whatever the client sends: framing errors end it with a line on
 * stderr; requests before `initialize` and after `shutdown` get the errors the specification names; missing
 * or wrong params get InvalidParams, never an internal TypeError; positions and edits past the end are
 * clamped alike; `imr/export` writes only local files, never an `.imr`.
 */
import assert from 'node:assert/strict';
import { spawn } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import type { CompletionItem, Diagnostic, Hover, Range, TextEdit } from 'vscode-languageserver-types';
import { VALID } from '../helpers/valid-letter';
import { CLIENT_CAPABILITIES, serverPath, startServer, type ServerProcess } from './lsp-client';

/** Sends raw bytes to a fresh server and waits for it to end: its exit code and stderr. */
function feedRaw(bytes: string, timeoutMs = 10000): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [serverPath(), '--stdio'], { stdio: 'pipe' });
    let stderr = '';
    child.stderr.on('data', (d) => { stderr += d; });
    const timer = setTimeout(() => { child.kill(); reject(new Error(`the server is still running ${timeoutMs} ms after ${JSON.stringify(bytes.slice(0, 60))}; stderr: ${stderr}`)); }, timeoutMs);
    child.on('exit', (code) => { clearTimeout(timer); resolve({ code, stderr }); });
    child.stdin.write(bytes);
  });
}

const frame = (body: string) => `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
const INITIALIZE = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } });

async function errorOf(promise: Promise<unknown>): Promise<{ code: number; message: string }> {
  try { await promise; } catch (e) { return e as { code: number; message: string }; }
  throw new Error('the request was answered, not refused');
}

async function initialized(): Promise<ServerProcess> {
  const server = await startServer();
  await server.connection.sendRequest('initialize', { processId: null, rootUri: null, capabilities: CLIENT_CAPABILITIES });
  server.connection.sendNotification('initialized', {});
  return server;
}

function inside(r: Range, text: string): boolean {
  const lines = text.split(/\r\n|\r|\n/);
  const ok = (p: { line: number; character: number }) => p.line >= 0 && p.line < lines.length && p.character >= 0 && p.character <= lines[p.line].length;
  return ok(r.start) && ok(r.end);
}

describe('language server protocol discipline', function () {
  this.timeout(30000);
  before(() => { if (!fs.existsSync(serverPath())) throw new Error(`build the server first: ${serverPath()} is missing`); });

  describe('a framing error ends the process with a line on stderr', () => {
    const cases: [string, string][] = [
      ['Content-Length that is not a number', 'Content-Length: abc\r\n\r\n{}'],
      ['a negative Content-Length', 'Content-Length: -5\r\n\r\n{}'],
      ['no Content-Length', 'Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n{}'],
      ['a header line without a colon', 'Content-Length 12\r\n\r\n{}'],
      ['a body that is not JSON', frame('{"jsonrpc": "2.0", "id": 1,')],
      ['headers that never end', `Content-Length: 10\r\nX-Padding: ${'x'.repeat(10000)}`],
      ['garbage after a valid message', `${frame(INITIALIZE)}hello\r\n\r\n`],
    ];
    for (const [name, bytes] of cases) {
      it(name, async () => {
        const { code, stderr } = await feedRaw(bytes);
        assert.equal(code, 1);
        assert.match(stderr, /^imr-language-server: cannot read the client's messages: .+; stopping \(the client starts a new server\)$/m);
      });
    }
  });

  describe('lifecycle', () => {
    it('answers ServerNotInitialized before initialize, and drops notifications', async () => {
      const server = await startServer();
      try {
        server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: 'untitled:a.imr', languageId: 'imr', version: 1, text: VALID } });
        const e = await errorOf(server.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: 'untitled:a.imr' } }));
        assert.equal(e.code, -32002);
        await server.connection.sendRequest('initialize', { processId: null, rootUri: null, capabilities: {} });
        // the letter opened too early was never opened
        assert.deepEqual(await server.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: 'untitled:a.imr' } }), []);
        const again = await errorOf(server.connection.sendRequest('initialize', { processId: null, rootUri: null, capabilities: {} }));
        assert.equal(again.code, -32600);
      } finally { await server.stop(); }
    });

    it('answers InvalidRequest after shutdown, and exits with 0 on exit', async () => {
      const server = await initialized();
      await server.connection.sendRequest('shutdown');
      const e = await errorOf(server.connection.sendRequest('textDocument/hover', { textDocument: { uri: 'untitled:a.imr' }, position: { line: 0, character: 0 } }));
      assert.equal(e.code, -32600);
      const exited = new Promise<number | null>((resolve) => server.process.once('exit', resolve));
      server.connection.sendNotification('exit');
      assert.equal(await exited, 0);
      server.connection.dispose();
    });
  });

    // The handlers are loaded after `initialize` is answered; what a client sends without waiting for the
    // answer is held until they are, never dropped.
    it('handles what is sent right behind initialize, before its answer, in order', async () => {
      const server = await startServer();
      try {
        const uri = 'untitled:pipelined.imr';
        // `initialized` is where the server asks to watch .imrrc.json files
        const watching = new Promise<string>((resolve) => server.connection.onRequest('client/registerCapability', (p: unknown) => { resolve(JSON.stringify(p)); return null; }));
        const answered = server.connection.sendRequest('initialize', { processId: null, rootUri: null, capabilities: CLIENT_CAPABILITIES });
        const published = server.nextDiagnostics(uri, 1);
        server.connection.sendNotification('initialized', {});
        server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'imr', version: 1, text: VALID.replace('Decision: Upheld', 'Decision: Uphold') } });
        const symbols = server.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
        const result = await answered as { capabilities: { completionProvider?: unknown } };
        assert.ok(result.capabilities.completionProvider);
        assert.ok((await symbols as unknown[]).length > 0, 'the letter opened right behind initialize has an outline');
        const diagnostics = await published;
        assert.ok(diagnostics.some((d) => /Uphold/.test(JSON.stringify(d.message))), JSON.stringify(diagnostics));
        assert.match(await watching, /imrrc\.json/);
      } finally { await server.stop(); }
    });

  describe('params', () => {
    let server: ServerProcess;
    before(async () => { server = await initialized(); });
    after(async () => { await server.stop(); });

    for (const [method, params, what] of [
      ['textDocument/hover', null, /params must be an object/],
      ['textDocument/completion', undefined, /params must be an object/],
      ['textDocument/hover', { textDocument: { uri: 'untitled:a.imr' } }, /position must be a position/],
      ['textDocument/completion', { textDocument: {}, position: { line: 0, character: 0 } }, /textDocument\.uri must be a string/],
      ['textDocument/hover', { textDocument: { uri: 'untitled:a.imr' }, position: { line: -1, character: 0 } }, /whole numbers, 0 or more/],
      ['textDocument/selectionRange', { textDocument: { uri: 'untitled:a.imr' }, positions: [{ line: 0 }] }, /positions\[0\]/],
      ['textDocument/codeAction', { textDocument: { uri: 'untitled:a.imr' }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: {} }, /context\.diagnostics/],
      ['imr/export', { uri: 'untitled:a.imr', format: 'pdf', target: 42 }, /target must be a string/],
      ['imr/import', { pdf: 7 }, /neither a letter's text nor a PDF/],
      ['imr/import', {}, /text must be a string/],
      ['initialize', null, /already initialized/],
    ] as [string, unknown, RegExp][]) {
      it(`${method} with ${JSON.stringify(params) ?? 'no params'}: ${method === 'initialize' ? 'InvalidRequest' : 'InvalidParams'}, saying what is wrong`, async () => {
        const e = await errorOf(params === undefined ? server.connection.sendRequest(method) : server.connection.sendRequest(method, params));
        assert.equal(e.code, method === 'initialize' ? -32600 : -32602);
        assert.match(e.message, what);
        assert.doesNotMatch(e.message, /TypeError|Cannot read/);
      });
    }

    it('a method named as a plain object\'s own (constructor, toString) is an unknown method, not one with wrong params', async () => {
      for (const method of ['constructor', 'toString', '__proto__']) {
        const e = await errorOf(server.connection.sendRequest(method, {}));
        assert.equal(e.code, -32601, method);
      }
    });

    it('a notification with wrong params is dropped, and the server goes on', async () => {
      server.connection.sendNotification('textDocument/didOpen', null);
      server.connection.sendNotification('textDocument/didChange', { textDocument: { uri: 'untitled:x.imr', version: 2 }, contentChanges: [{ range: { start: {} }, text: 'x' }] });
      const symbols = await server.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: 'untitled:x.imr' } });
      assert.deepEqual(symbols, []);
    });
  });

  describe('positions and edit ranges past the end', () => {
    let server: ServerProcess;
    const uri = 'untitled:clamp.imr';
    before(async () => { server = await initialized(); });
    after(async () => { await server.stop(); });

    it('answers at a position past a line\'s end or the letter\'s as at the end, never echoing it', async () => {
      const opened = server.nextDiagnostics(uri, 1);
      server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'imr', version: 1, text: VALID } });
      await opened;
      const decisionLine = VALID.split('\n').findIndex((l) => l.includes('Decision: Upheld'));
      const items = await server.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line: decisionLine, character: 500 } }) as CompletionItem[];
      for (const item of items) if (item.textEdit && 'range' in item.textEdit) assert.ok(inside(item.textEdit.range, VALID), JSON.stringify(item.textEdit.range));
      const hover = await server.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 10000, character: 10000 } }) as Hover | null;
      if (hover?.range) assert.ok(inside(hover.range, VALID));
      const ranges = await server.connection.sendRequest('textDocument/selectionRange', { textDocument: { uri }, positions: [{ line: decisionLine, character: 999 }, { line: 99999, character: 0 }] }) as { range: Range }[];
      for (const r of ranges) assert.ok(inside(r.range, VALID), JSON.stringify(r.range));
    });

    it('applies an edit past the end at the end, and the lines after it stay where they are', async () => {
      // an insertion "at line 500" lands at the end; then an edit on a real line must hit that line
      let changed = server.nextDiagnostics(uri, 2);
      server.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version: 2 },
        contentChanges: [
          { range: { start: { line: 500, character: 3 }, end: { line: 900, character: 0 } }, text: '# added\n# second\n' },
          { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 400 } }, text: 'Case Number: CM16-0000001' },
        ],
      });
      await changed;
      const expected = `Case Number: CM16-0000001${VALID.slice(VALID.indexOf('\n'))}# added\n# second\n`;
      const decisionLine = expected.split('\n').findIndex((l) => l.includes('Decision: Upheld'));
      changed = server.nextDiagnostics(uri, 3);
      server.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version: 3 },
        contentChanges: [{ range: { start: { line: decisionLine, character: 12 }, end: { line: decisionLine, character: 18 } }, text: 'Uphold' }],
      });
      const afterEdits = await changed;
      const fresh = 'untitled:fresh.imr';
      const freshOpened = server.nextDiagnostics(fresh, 1);
      server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: fresh, languageId: 'imr', version: 1, text: expected.replace('Decision: Upheld', 'Decision: Uphold') } });
      const strip = (ds: Diagnostic[]) => ds.map((d) => ({ ...d, data: undefined }));
      assert.deepEqual(strip(afterEdits), strip(await freshOpened));
      assert.ok(afterEdits.some((d) => d.code === 'IMR006'));
      const edits = await server.connection.sendRequest('textDocument/formatting', { textDocument: { uri }, options: { tabSize: 2, insertSpaces: true } }) as TextEdit[];
      for (const e of edits) assert.ok(e.range.start.line <= expected.split('\n').length);
    });
  });

  describe('imr/export', () => {
    let server: ServerProcess;
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'imr-export-'));
    const letterFile = path.join(dir, 'letter.imr');
    const uri = pathToFileURL(letterFile).href;
    before(async () => {
      fs.writeFileSync(letterFile, VALID);
      fs.symlinkSync(letterFile, path.join(dir, 'link.pdf'));
      server = await initialized();
      server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'imr', version: 1, text: VALID } });
    });
    after(async () => { await server.stop(); fs.rmSync(dir, { recursive: true, force: true }); });

    for (const [target, why] of [
      ['untitled:out.pdf', /only file: targets/],
      ['https://example.com/out.pdf', /only file: targets/],
      ['out.pdf', /relative path/],
      ['file://server/share/out.pdf', /another machine/],
      ['//server/share/out.pdf', /network path/],
      ['LETTER.IMR', /relative path/],
    ] as [string, RegExp][]) {
      it(`refuses ${target} with InvalidParams`, async () => {
        const e = await errorOf(server.connection.sendRequest('imr/export', { uri, format: 'pdf', publicCopy: false, target }));
        assert.equal(e.code, -32602);
        assert.match(e.message, why);
      });
    }

    it('refuses the letter itself, another .imr, and a link to the letter, leaving it as it was', async () => {
      for (const target of [letterFile, pathToFileURL(path.join(dir, 'other.IMR')).href, path.join(dir, 'link.pdf')]) {
        const e = await errorOf(server.connection.sendRequest('imr/export', { uri, format: 'text', publicCopy: false, target }));
        assert.equal(e.code, -32602, target);
        assert.match(e.message, /\.imr file is a letter's source|the letter itself/);
      }
      assert.equal(fs.readFileSync(letterFile, 'utf8'), VALID);
    });

    it('writes to a file: URI and to an absolute path', async () => {
      const byUri = await server.connection.sendRequest('imr/export', { uri, format: 'text', publicCopy: false, target: pathToFileURL(path.join(dir, 'a b.txt')).href }) as { target: string; bytes: number };
      assert.equal(byUri.target, path.join(dir, 'a b.txt'));
      assert.ok(fs.statSync(byUri.target).size === byUri.bytes && byUri.bytes > 0);
      const byPath = await server.connection.sendRequest('imr/export', { uri, format: 'html', publicCopy: false, target: path.join(dir, 'b.html') }) as { bytes: number };
      assert.ok(byPath.bytes > 0);
    });
  });
});
