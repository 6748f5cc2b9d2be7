/**
 * The language server's handlers: a thin adapter from LSP to the language core. The open letters and their
 * snapshots live in `OpenLetters`; each feature registers its handlers from its own module. Registered once the
 * handshake is answered (server.ts), with what the client said it supports.
 */
import type { Connection, InitializeParams } from 'vscode-languageserver';
import { registerConfiguration } from './configuration';
import type { ServerHost } from './host';
import { DiagnosticsPublisher } from './diagnostics-publisher';
import { registerLanguageFeatures } from './language-features';
import { OpenLetters } from './open-letters';
import { registerPreviewExport } from './preview-export';
import { registerPublicCopyReview } from './public-copy-review';

export function registerHandlers(connection: Connection, host: ServerHost, params: InitializeParams): void {
  const caps = params.capabilities;
  const client = {
    snippets: caps.textDocument?.completion?.completionItem?.snippetSupport === true,
    watchFiles: caps.workspace?.didChangeWatchedFiles?.dynamicRegistration === true,
  };
  const letters = new OpenLetters(connection, host);
  letters.settings.supported = caps.workspace?.configuration === true;
  host.initialize?.(params.initializationOptions);

  const diagnostics = new DiagnosticsPublisher(connection, letters);
  registerConfiguration(connection, letters, diagnostics, () => client.watchFiles);
  registerLanguageFeatures(connection, letters, client);
  registerPreviewExport(connection, letters, host);
  registerPublicCopyReview(connection, letters.documents);
  letters.documents.listen(connection);
}
