/**
 * The bundled language server as a real process over stdio, driven by a real JSON-RPC client: the whole
 * life of a document from open to close.
 */
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import type { CodeAction, CompletionItem, DocumentSymbol, Hover, TextEdit } from 'vscode-languageserver-types';
import { repoRoot } from '../helpers/corpus';
import { VALID } from '../helpers/valid-letter';
import { applyEdits, CLIENT_CAPABILITIES, serverPath, startServer, type ServerProcess } from './lsp-client';

const URI = 'untitled:letter.imr';

describe('language server over stdio', function () {
  let server: ServerProcess;
  let text = VALID.replace('Decision: Upheld', 'Decision: Uphold').replace('California,North Carolina', 'Californa');

  before(async function () {
    if (!fs.existsSync(serverPath())) throw new Error(`build the server first: ${serverPath()} is missing`);
    server = await startServer();
    const init = await server.connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: CLIENT_CAPABILITIES }) as { capabilities: Record<string, unknown>; serverInfo?: { version?: string } };
    assert.ok(init.capabilities.completionProvider && init.capabilities.hoverProvider && init.capabilities.documentFormattingProvider);
    // the version is written into the bundle from package.json, not typed twice
    assert.equal(init.serverInfo?.version, (JSON.parse(fs.readFileSync(path.join(repoRoot(), 'package.json'), 'utf8')) as { version: string }).version);
    server.connection.sendNotification('initialized', {});
  });
  after(async () => { await server?.stop(); });

  it('publishes diagnostics when a letter with mistakes is opened', async () => {
    const published = server.nextDiagnostics(URI, 1);
    server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: URI, languageId: 'imr', version: 1, text } });
    const diagnostics = await published;
    assert.deepEqual(diagnostics.map((d) => d.code).sort(), ['IMR006', 'IMR301']);
  });

  it('publishes fresh diagnostics after an incremental edit', async () => {
    const line = text.split('\n').findIndex((l) => l.includes('Decision: Uphold'));
    const published = server.nextDiagnostics(URI, 2);
    server.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: URI, version: 2 },
      contentChanges: [{ range: { start: { line, character: 12 }, end: { line, character: 18 } }, text: 'Upheld' }],
    });
    text = text.replace('Decision: Uphold', 'Decision: Upheld');
    assert.deepEqual((await published).map((d) => d.code), ['IMR301']);
  });

  it('sends the letter\'s status after validating', async () => {
    // the status follows the diagnostics as a second notification: it may still be on its way
    const last = () => server.received('imr/status').at(-1) as { outcome?: string; errors: number };
    for (let waited = 0; last()?.outcome !== 'Upheld' && waited < 2000; waited += 20) await new Promise((r) => setTimeout(r, 20));
    assert.deepEqual([last().outcome, last().errors], ['Upheld', 1]);
  });

  it('completes the decision words', async () => {
    const line = text.split('\n').findIndex((l) => l.includes('Decision: Upheld'));
    const items = await server.connection.sendRequest('textDocument/completion', { textDocument: { uri: URI }, position: { line, character: 12 } }) as CompletionItem[];
    assert.deepEqual(items.map((i) => i.label), ['Upheld', 'Overturned']);
  });

  it('explains a guideline on hover', async () => {
    const line = text.split('\n').findIndex((l) => l.startsWith('  MAXIMUS guideline:'));
    const hover = await server.connection.sendRequest('textDocument/hover', { textDocument: { uri: URI }, position: { line, character: 30 } }) as Hover;
    assert.match((hover.contents as { value: string }).value, /Shoulder Complaints 2004/);
  });

  it('lists the outline', async () => {
    const symbols = await server.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: URI } }) as DocumentSymbol[];
    assert.deepEqual(symbols.map((s) => s.name), ['MRI of the right shoulder without contrast', 'Header', 'Reviewer credentials', 'Clinical Case Summary']);
  });

  it('offers the quick fix, which applied and re-validated leaves no problem', async () => {
    const line = text.split('\n').findIndex((l) => l.startsWith('State(s) of Licensure'));
    const range = { start: { line, character: 23 }, end: { line, character: 32 } };
    const published = server.received('textDocument/publishDiagnostics').at(-1) as { diagnostics: unknown[] };
    const actions = await server.connection.sendRequest('textDocument/codeAction', { textDocument: { uri: URI }, range, context: { diagnostics: published.diagnostics } }) as CodeAction[];
    assert.equal(actions[0].title, "Change to 'California'");
    const edits = actions[0].edit!.changes![URI];
    text = applyEdits(text, edits);
    const next = server.nextDiagnostics(URI, 3);
    server.connection.sendNotification('textDocument/didChange', { textDocument: { uri: URI, version: 3 }, contentChanges: [{ text }] });
    assert.deepEqual(await next, []);
  });

  it('formats the letter', async () => {
    const messy = text.replace('Priority: Standard', 'priority:    Standard');
    const next = server.nextDiagnostics(URI, 4);
    server.connection.sendNotification('textDocument/didChange', { textDocument: { uri: URI, version: 4 }, contentChanges: [{ text: messy }] });
    await next;
    const edits = await server.connection.sendRequest('textDocument/formatting', { textDocument: { uri: URI }, options: { tabSize: 2, insertSpaces: true } }) as TextEdit[];
    assert.equal(applyEdits(messy, edits), text);
  });

  it('renders the preview through the custom request', async () => {
    const result = await server.connection.sendRequest('imr/renderPreview', { uri: URI, look: 'paper' }) as { html: string; version: number };
    assert.equal(result.version, 4);
    assert.match(result.html, /MRI of the right shoulder without contrast/);
  });

  it('clears the diagnostics when the letter is closed', async () => {
    const cleared = server.nextDiagnostics(URI);
    server.connection.sendNotification('textDocument/didClose', { textDocument: { uri: URI } });
    assert.deepEqual(await cleared, []);
  });
});

describe('language server started ahead of the client (--preload, as the desktop client starts it)', function () {
  this.timeout(30_000);
  // Node's own module log (NODE_DEBUG=module, on stderr) says when dist/server/handlers.js is loaded
  const handlersLoaded = (server: ServerProcess) => new Promise<boolean>((resolve) => {
    let seen = '';
    const timer = setTimeout(() => resolve(false), 5_000);
    server.process.stderr?.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      if (/load "[^"]*handlers\.js"/.test(seen)) { clearTimeout(timer); resolve(true); }
    });
  });

  it('loads its handlers before initialize, then answers and checks as any other', async () => {
    const server = await startServer({}, ['--stdio', '--preload'], { NODE_DEBUG: 'module' });
    try {
      assert.equal(await handlersLoaded(server), true, 'the handlers were not loaded ahead of initialize');
      const init = await server.connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: CLIENT_CAPABILITIES }) as { capabilities: Record<string, unknown> };
      assert.ok(init.capabilities.completionProvider);
      server.connection.sendNotification('initialized', {});
      const published = server.nextDiagnostics(URI, 1);
      server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: URI, languageId: 'imr', version: 1, text: VALID.replace('California,North Carolina', 'Californa') } });
      assert.deepEqual((await published).map((d) => d.code), ['IMR301']);
    } finally {
      await server.stop();
    }
  });

  it('without --preload, loads them only once initialize is answered', async () => {
    const server = await startServer({}, ['--stdio'], { NODE_DEBUG: 'module' });
    try {
      let early = true;
      const loaded = handlersLoaded(server).then((yes) => yes && !early);
      await new Promise((r) => setTimeout(r, 500));
      early = false;
      await server.connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: CLIENT_CAPABILITIES });
      assert.equal(await loaded, true, 'the handlers were loaded before initialize, or not at all');
    } finally {
      await server.stop();
    }
  });
});
