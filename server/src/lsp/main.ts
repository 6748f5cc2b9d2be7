/** The language server's entry point: `imr-language-server --stdio` (or --node-ipc, as VS Code starts it). */
import { createGuardedConnection } from './transport';
import { startServer } from './server';

/** The LSP library, for the handlers' bundle (dist/server/handlers.js), which must share this copy of it. */
export * as lsp from 'vscode-languageserver/node';

const { connection, afterHandshake } = createGuardedConnection();
const handlers = () => require('../node/server-handlers') as typeof import('../node/server-handlers');
// the Node host and the heap limit come with the handlers, once the handshake is answered
startServer(connection, () => {
  const { limitHeapGrowth, nodeHost } = handlers();
  limitHeapGrowth();
  return nodeHost(connection);
}, afterHandshake);
// `--preload`: the client started this server ahead of time (before VS Code called its `activate`), so nobody
// waits for `initialize` yet: evaluate the handlers' bundle now rather than after the handshake, and check a
// made-up letter once, so the first real one does not pay for compiling the parser and the rules
if (process.argv.includes('--preload')) setImmediate(() => handlers().warmUp());
