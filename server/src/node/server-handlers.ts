/**
 * What the Node language server loads once the handshake is answered (lsp/server.ts): the handlers with the
 * language core under them and the Node host. A bundle of its own, dist/server/handlers.js, so
 * starting the server compiles only the connection (dist/server/main.js); it takes the LSP library from main.js
 * instead of carrying a second copy (esbuild.mjs), since the connection's types must be the very same objects.
 */
export { registerHandlers } from '../lsp/handlers';
export { warmUp } from '../language/service';
export { nodeHost } from './host';
