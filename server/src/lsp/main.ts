/** The language server's entry point: `imr-language-server --stdio` (or --node-ipc, as VS Code starts it). */
import { createGuardedConnection } from './transport';
import { startServer } from './server';
import * as path from 'path';
import { requireWithCodeCache } from '../node/code-cache';
import { limitHeapGrowth } from '../node/heap-growth';

/** The LSP library, for the handlers' bundle (dist/server/handlers.js), which must share this copy of it. */
export * as lsp from 'vscode-languageserver/node';
/** pdf.js's import, for the handlers' bundle, which may be compiled from a code cache without an `import()` of its own */
export * as pdfJsModule from '../node/pdfjs-module';

/** the handlers' bundle beside this one (esbuild.mjs defines it; unbundled, as the tests compile it, there is none) */
declare const IMR_HANDLERS_BUNDLE: string | undefined;
/** `--code-cache=DIR`: the folder for the handlers' compiled code (see node/code-cache.ts), given by the desktop client */
const codeCacheFolder = process.argv.find((a) => a.startsWith('--code-cache='))?.slice('--code-cache='.length) || undefined;

type Handlers = typeof import('../node/server-handlers');
const handlers = (): Handlers => (typeof IMR_HANDLERS_BUNDLE === 'string' && codeCacheFolder
  ? requireWithCodeCache(path.join(__dirname, IMR_HANDLERS_BUNDLE), codeCacheFolder) as Handlers
  : require('../node/server-handlers') as Handlers);
const { connection, afterHandshake } = createGuardedConnection();
// the heap limit first: it is a V8 flag, and V8 refuses a code cache made under other flags than its own
limitHeapGrowth();
// the Node host comes with the handlers, once the handshake is answered
startServer(connection, () => handlers().nodeHost(connection), afterHandshake);
// `--preload`: the client started this server ahead of time (before VS Code called its `activate`), so nobody
// waits for `initialize` yet: evaluate the handlers' bundle now rather than after the handshake, and check a
// made-up letter once, so the first real one does not pay for compiling the parser and the rules
if (process.argv.includes('--preload')) setImmediate(() => handlers().warmUp());
