/**
 * The language server's connection (dist/server/connection.js), run by the entry point (node/main.ts): it answers
 * `initialize` and loads the handlers once the answer is written, or at once with `--preload`.
 */
import { createGuardedConnection } from './transport';
import { startServer } from './server';
import * as path from 'path';
import { codeCacheOption, requireWithCodeCache } from '../node/code-cache';

/** The LSP library, for the handlers' bundle (dist/server/handlers.js), which must share this copy of it. */
export * as lsp from 'vscode-languageserver/node';

/** the handlers' bundle beside this one (esbuild.mjs defines it; unbundled, as the tests compile it, there is none) */
declare const IMR_HANDLERS_BUNDLE: string | undefined;

type Handlers = typeof import('../node/server-handlers');
const handlers = (): Handlers => (typeof IMR_HANDLERS_BUNDLE === 'string'
  ? requireWithCodeCache(path.join(__dirname, IMR_HANDLERS_BUNDLE), codeCacheOption()) as Handlers
  : require('../node/server-handlers') as Handlers);
const { connection, afterHandshake } = createGuardedConnection();
// the Node host comes with the handlers, once the handshake is answered
startServer(connection, () => handlers().nodeHost(connection), afterHandshake);
// `--preload`: the client started this server ahead of time (before VS Code called its `activate`), so nobody
// waits for `initialize` yet: evaluate the handlers' bundle now rather than after the handshake, and check a
// made-up letter once, so the first real one does not pay for compiling the parser and the rules
if (process.argv.includes('--preload')) setImmediate(() => handlers().warmUp());
