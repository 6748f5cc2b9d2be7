/**
 * The language server: a thin adapter from LSP to the language core. The open letters and their snapshots
 * live in `OpenLetters`; each feature registers its handlers from its own module.
 */
import { CodeActionKind, TextDocumentSyncKind, type Connection, type InitializeResult } from 'vscode-languageserver';
import { FIX_ALL_KIND } from '../language/service';
import { registerConfiguration } from './configuration';
import type { ServerHost } from './host';
import { DiagnosticsPublisher } from './diagnostics-publisher';
import { registerLanguageFeatures } from './language-features';
import { OpenLetters } from './open-letters';
import { registerPreviewExport } from './preview-export';
import { registerPublicCopyReview } from './public-copy-review';
import { VERSION } from '../package-info';

export function startServer(connection: Connection, host: ServerHost): void {
  const letters = new OpenLetters(connection, host);
  const client = { snippets: false, watchFiles: false };

  connection.onInitialize((params): InitializeResult => {
    const caps = params.capabilities;
    client.snippets = caps.textDocument?.completion?.completionItem?.snippetSupport === true;
    client.watchFiles = caps.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    letters.settings.supported = caps.workspace?.configuration === true;
    host.initialize?.(params.initializationOptions);
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        completionProvider: { triggerCharacters: [':', ' ', ',', ';'] },
        hoverProvider: true,
        documentSymbolProvider: { label: 'IMR letter' },
        foldingRangeProvider: true,
        documentFormattingProvider: true,
        selectionRangeProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
      },
      serverInfo: { name: 'imr-language-server', version: VERSION },
    };
  });

  const diagnostics = new DiagnosticsPublisher(connection, letters);
  registerConfiguration(connection, letters, diagnostics, () => client.watchFiles);
  registerLanguageFeatures(connection, letters, client);
  registerPreviewExport(connection, letters, host);

  registerPublicCopyReview(connection, letters.documents);
  letters.documents.listen(connection);
  connection.listen();
}
