/**
 * The language server's handshake. `initialize` is answered from this module alone (capabilities.ts), so a client
 * hears back before the language core (parser, catalogue, rules) is evaluated; the core and every feature's
 * handlers (handlers.ts) are loaded once the answer is written, and no message after `initialize` reaches the
 * connection before they are registered (the protocol guard holds them: transport.ts). Under Node the handlers
 * are a second bundle, dist/server/handlers.js (esbuild.mjs); in the web worker, esbuild turns the `require`
 * below into a lazy module initialiser within the one script.
 */
import type { Connection } from 'vscode-languageserver';
import { initializeResult } from './capabilities';
import type { ServerHost } from './host';

/** When to load the handlers: after the handshake is answered (Node), or at once (the web worker). */
export type LoadHandlers = (load: () => void) => void;

export function startServer(connection: Connection, host: () => ServerHost, loadHandlers: LoadHandlers): void {
  connection.onInitialize((params) => {
    // Node: run once this answer is written; the web worker: run now, before answering
    loadHandlers(() => (require('./handlers') as typeof import('./handlers')).registerHandlers(connection, host(), params));
    return initializeResult();
  });
  connection.listen();
}
