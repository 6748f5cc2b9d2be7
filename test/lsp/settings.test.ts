/** Settings and .imrrc.json changes re-validate the open letters, over a real connection. */
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { VALID } from '../helpers/valid-letter';
import { CLIENT_CAPABILITIES, startServer, type ServerProcess } from './lsp-client';

describe('language server settings', function () {
  let server: ServerProcess;
  let dir: string;
  let uri: string;
  const late = VALID.replace('Decision Date: 12/09/2016', 'Decision Date: 12/12/2016');

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'imr-lsp-'));
    const file = path.join(dir, 'letter.imr');
    fs.writeFileSync(file, late);
    uri = pathToFileURL(file).href;
    server = await startServer({ validate: { enable: true, delay: 0 } });
    await server.connection.sendRequest('initialize', { processId: process.pid, rootUri: pathToFileURL(dir).href, capabilities: CLIENT_CAPABILITIES });
    server.connection.sendNotification('initialized', {});
    const opened = server.nextDiagnostics(uri, 1);
    server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'imr', version: 1, text: late } });
    assert.deepEqual((await opened).map((d) => d.code), ['IMR205']);
  });
  after(async () => {
    await server?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('re-validates when .imrrc.json changes', async () => {
    fs.writeFileSync(path.join(dir, '.imrrc.json'), '{ "rules": { "decision-deadline": "off" } }');
    const next = server.nextDiagnostics(uri);
    server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(path.join(dir, '.imrrc.json')).href, type: 1 }] });
    assert.deepEqual(await next, []);
    fs.rmSync(path.join(dir, '.imrrc.json'));
    const back = server.nextDiagnostics(uri);
    server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(path.join(dir, '.imrrc.json')).href, type: 3 }] });
    assert.deepEqual((await back).map((d) => d.code), ['IMR205']);
  });

  it('re-validates when the settings change, and keeps syntax problems when validation is off', async () => {
    server.setConfiguration({ validate: { enable: false, delay: 0 } });
    const next = server.nextDiagnostics(uri);
    server.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    assert.deepEqual(await next, []);
    const withSyntax = server.nextDiagnostics(uri, 2);
    server.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: `${late}stray line\n` }] });
    assert.deepEqual((await withSyntax).map((d) => d.code), ['IMR001']);
  });
});
