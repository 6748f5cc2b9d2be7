/**
 * The server over node IPC, as VS Code starts it (TransportKind.ipc): the same guard applies, and the process
 * ends when the client goes.
 */
import assert from 'node:assert/strict';
import { fork } from 'child_process';
import { createMessageConnection, IPCMessageReader, IPCMessageWriter } from 'vscode-jsonrpc/node';
import { VALID } from '../helpers/valid-letter';
import { serverPath } from './lsp-client';

describe('language server over node IPC', function () {
  this.timeout(30000);

  it('answers ServerNotInitialized before initialize, then initializes, publishes diagnostics and exits with 0 after shutdown', async () => {
    const child = fork(serverPath(), ['--node-ipc'], { stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
    let stderr = '';
    child.stderr?.on('data', (d) => { stderr += d; });
    const connection = createMessageConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
    const diagnostics = new Promise<unknown[]>((resolve) => connection.onNotification('textDocument/publishDiagnostics', (p: { diagnostics: unknown[] }) => resolve(p.diagnostics)));
    connection.listen();
    try {
      await assert.rejects(connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: 'untitled:a.imr' } }), (e: { code: number }) => e.code === -32002);
      const init = await connection.sendRequest('initialize', { processId: null, rootUri: null, capabilities: {} }) as { capabilities: object };
      assert.ok(init.capabilities);
      connection.sendNotification('initialized', {});
      connection.sendNotification('textDocument/didOpen', { textDocument: { uri: 'untitled:a.imr', languageId: 'imr', version: 1, text: VALID.replace('Decision: Upheld', 'Decision: Uphold') } });
      assert.ok((await diagnostics).length > 0);
      await connection.sendRequest('shutdown');
      const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
      connection.sendNotification('exit');
      assert.equal(await exited, 0);
      assert.equal(stderr, '');
    } finally {
      connection.dispose();
      if (child.exitCode === null) child.kill();
    }
  });
});
