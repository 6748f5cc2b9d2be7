/** The language server's entry point: `imr-language-server --stdio` (or --node-ipc, as VS Code starts it). */
import { limitHeapGrowth } from '../node/heap-growth';
import { nodeHost } from '../node/host';
import { startServer } from './server';
import { createGuardedConnection } from './transport';

limitHeapGrowth();
const connection = createGuardedConnection();
startServer(connection, nodeHost(connection));
