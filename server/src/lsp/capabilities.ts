/** What the server can do, as answered to `initialize`: fixed, so the answer needs none of the language core. */
import { CodeActionKind, TextDocumentSyncKind, type InitializeResult } from 'vscode-languageserver';
import { FIX_ALL_KIND } from '../language/service/code-action-kinds';
import { VERSION } from '../package-info';

export function initializeResult(): InitializeResult {
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
}
