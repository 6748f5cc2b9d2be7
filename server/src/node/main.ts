/**
 * The language server's entry point (dist/server/main.js): `imr-language-server --stdio`, or --node-ipc as VS
 * Code starts it. Small on purpose: it sets the heap limit, then runs the connection (lsp/main.ts,
 * dist/server/connection.js), compiled from the code cache when the client gives one (`--code-cache=DIR`, see
 * code-cache.ts); the connection loads the handlers the same way.
 */
import * as path from 'path';
import { codeCacheOption, requireWithCodeCache } from './code-cache';
import { limitHeapGrowth } from './heap-growth';

/** the connection's bundle beside this one (esbuild.mjs defines it; unbundled, as the tests compile it, there is none) */
declare const IMR_CONNECTION_BUNDLE: string | undefined;

/**
 * pdf.js's import(), for the handlers: the connection and the handlers may be compiled from the code cache, where
 * a script has no import() of its own; this file never is.
 */
export * as pdfJsModule from './pdfjs-module';

// first: the heap limit is a V8 flag, and V8 refuses a code cache made under other flags than its own
limitHeapGrowth();
if (typeof IMR_CONNECTION_BUNDLE === 'string') requireWithCodeCache(path.join(__dirname, IMR_CONNECTION_BUNDLE), codeCacheOption());
else require('../lsp/main');
