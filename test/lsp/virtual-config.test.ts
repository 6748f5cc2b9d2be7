/**
 * A letter on a virtual file system (a virtual workspace in desktop VS Code) has no path on the server's disk:
 * the server asks the client for its `.imrrc.json` (imr/readConfig) and applies what comes back; a client that
 * cannot answer leaves the defaults in force. Files on disk are still read by the server itself.
 */
import assert from 'node:assert/strict';
import * as fs from 'fs';
import type { Diagnostic } from 'vscode-languageserver-types';
import { ReadConfigRequest } from '../../server/src/protocol';
import { VALID } from '../helpers/valid-letter';
import { CLIENT_CAPABILITIES, serverPath, startServer, type ServerProcess } from './lsp-client';

const MISTAKE = VALID.replace('California,North Carolina', 'Californa');

async function open(server: ServerProcess, uri: string): Promise<Diagnostic[]> {
  const published = server.nextDiagnostics(uri, 1);
  server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'imr', version: 1, text: MISTAKE } });
  return published;
}

describe('language server: .imrrc.json of a letter on a virtual file system', function () {
  let server: ServerProcess;
  const asked: string[] = [];
  // whether the client had yet to answer the letter's settings when the server asked for its configuration
  const settingsPendingWhenAsked = new Map<string, boolean>();
  let settingsPending = false;

  before(async function () {
    if (!fs.existsSync(serverPath())) throw new Error(`build the server first: ${serverPath()} is missing`);
    server = await startServer();
    server.connection.onRequest(ReadConfigRequest.type, async (p): Promise<ReadConfigRequest.Result | null> => {
      asked.push(p.uri);
      settingsPendingWhenAsked.set(p.uri, settingsPending);
      if (p.uri.includes('/slow-configured/')) {
        await new Promise((r) => setTimeout(r, 300));
        return { file: 'vscode-vfs://github/org/repo/slow-configured/.imrrc.json', text: JSON.stringify({ rules: { IMR301: 'warning' } }) };
      }
      if (p.uri.includes('/configured/')) return { file: 'vscode-vfs://github/org/repo/configured/.imrrc.json', text: JSON.stringify({ rules: { IMR301: 'warning' } }) };
      if (p.uri.includes('/unreadable/')) return { file: 'vscode-vfs://github/org/repo/unreadable/.imrrc.json', text: '', error: 'permission denied' };
      return null;
    });
    await server.connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: CLIENT_CAPABILITIES });
    server.connection.sendNotification('initialized', {});
  });
  after(async () => { await server?.stop(); });

  it('applies the configuration the client read for it', async () => {
    const uri = 'vscode-vfs://github/org/repo/configured/letter.imr';
    const ds = await open(server, uri);
    assert.ok(asked.includes(uri), 'the server asked the client');
    assert.deepEqual(ds.filter((d) => d.code === 'IMR301').map((d) => d.severity), [2], 'IMR301 as a warning');
  });

  it('keeps the defaults where there is no file, or it cannot be read', async () => {
    for (const uri of ['vscode-vfs://github/org/repo/plain/letter.imr', 'vscode-vfs://github/org/repo/unreadable/letter.imr']) {
      const ds = await open(server, uri);
      assert.deepEqual(ds.filter((d) => d.code === 'IMR301').map((d) => d.severity), [1], `${uri}: IMR301 as an error`);
    }
  });

  it('asks for the settings and the configuration together, and publishes only what the configuration says', async () => {
    // a client slow to answer both: the server checks the letter meanwhile, under the defaults, and must still
    // publish nothing until the configuration is known (IMR301 as a warning here, an error by default)
    server.connection.onRequest('workspace/configuration', async (params: { items: unknown[] }) => {
      settingsPending = true;
      await new Promise((r) => setTimeout(r, 200));
      settingsPending = false;
      return params.items.map(() => ({}));
    });
    const uri = 'vscode-vfs://github/org/repo/slow-configured/letter.imr';
    const ds = await open(server, uri);
    assert.equal(settingsPendingWhenAsked.get(uri), true, 'the configuration was asked for before the settings came back');
    assert.deepEqual(ds.filter((d) => d.code === 'IMR301').map((d) => d.severity), [2], 'the first diagnostics apply the configuration');
    // and a letter of a folder without one keeps what was found under the defaults
    const plain = 'vscode-vfs://github/org/repo/plain-slow/letter.imr';
    assert.deepEqual((await open(server, plain)).filter((d) => d.code === 'IMR301').map((d) => d.severity), [1]);
    assert.equal(settingsPendingWhenAsked.get(plain), true);
  });

  it('does not ask about unsaved letters', async () => {
    const uri = 'untitled:Untitled-1';
    const ds = await open(server, uri);
    assert.ok(!asked.includes(uri));
    assert.deepEqual(ds.filter((d) => d.code === 'IMR301').map((d) => d.severity), [1]);
  });
});
