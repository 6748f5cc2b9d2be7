/**
 * The language server's handshake. `initialize` is answered from this module alone (capabilities.ts), so a client
 * hears back before the language core (parser, catalogue, rules) is evaluated; the core and every feature's
 * handlers (handlers.ts) are loaded right after the answer, before the next message is read. The bundle is one
 * file: esbuild turns the `require` below into a lazy module initialiser, so nothing is fetched from disk.
 */
import type { Connection } from 'vscode-languageserver';
import { initializeResult } from './capabilities';
import type { ServerHost } from './host';

/** When to load the handlers: after the handshake is answered (Node), or at once (the web worker). */
export type LoadHandlers = (load: () => void) => void;

export function startServer(connection: Connection, host: () => ServerHost, loadHandlers: LoadHandlers): void {
  connection.onInitialize((params) => {
    // scheduled while `initialize` is handled: the connection reads its next message in a later task than this one
    loadHandlers(() => (require('./handlers') as typeof import('./handlers')).registerHandlers(connection, host(), params));
    return initializeResult();
  });
  connection.listen();
}
