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

  before(async function () {
    if (!fs.existsSync(serverPath())) throw new Error(`build the server first: ${serverPath()} is missing`);
    server = await startServer();
    server.connection.onRequest(ReadConfigRequest.type, (p): ReadConfigRequest.Result | null => {
      asked.push(p.uri);
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

  it('does not ask about unsaved letters', async () => {
    const uri = 'untitled:Untitled-1';
    const ds = await open(server, uri);
    assert.ok(!asked.includes(uri));
    assert.deepEqual(ds.filter((d) => d.code === 'IMR301').map((d) => d.severity), [1]);
  });
});
