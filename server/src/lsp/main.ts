/** The language server's entry point: `imr-language-server --stdio` (or --node-ipc, as VS Code starts it). */
import { createGuardedConnection } from './transport';
import { startServer } from './server';

const { connection, afterHandshake } = createGuardedConnection();
// the Node host and the heap limit come with the handlers, once the handshake is answered
startServer(connection, () => {
  const { limitHeapGrowth } = require('../node/heap-growth') as typeof import('../node/heap-growth');
  const { nodeHost } = require('../node/host') as typeof import('../node/host');
  limitHeapGrowth();
  return nodeHost(connection);
}, afterHandshake);
