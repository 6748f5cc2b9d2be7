/** The language server's entry point: `imr-language-server --stdio` (or --node-ipc, as VS Code starts it). */
import { createGuardedConnection } from './transport';
import { startServer } from './server';

startServer(createGuardedConnection());
