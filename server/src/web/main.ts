/**
 * The language server in a browser worker (VS Code for the Web): the same handlers as under Node
 * (lsp/handlers.ts), talking to the client over the worker's messages, with the web host for what needs a platform.
 */
import { BrowserMessageReader, BrowserMessageWriter, createConnection, ProposedFeatures } from 'vscode-languageserver/browser';
import { startServer } from '../lsp/server';
import { webHost } from './host';

// in a worker, the global scope is the worker's end of the channel to the client
const worker = globalThis as unknown as ConstructorParameters<typeof BrowserMessageReader>[0];
const connection = createConnection(ProposedFeatures.all, new BrowserMessageReader(worker), new BrowserMessageWriter(worker));
// the worker has no setImmediate to run after the answer: the handlers are loaded before `initialize` is answered
startServer(connection, () => webHost(connection), (load) => load());
