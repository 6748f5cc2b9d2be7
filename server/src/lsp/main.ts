/** The language server's entry point: `imr-language-server --stdio` (or --node-ipc, as VS Code starts it). */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { nodeHost } from '../node/host';
import { startServer } from './server';

const connection = createConnection(ProposedFeatures.all);
startServer(connection, nodeHost(connection));
