/** Settings and `.imrrc.json` changes: both re-check every open letter. */
import { DidChangeWatchedFilesNotification, type Connection } from 'vscode-languageserver';
import type { DiagnosticsPublisher } from './diagnostics-publisher';
import type { OpenLetters } from './open-letters';

export function registerConfiguration(connection: Connection, letters: OpenLetters, diagnostics: DiagnosticsPublisher, watchFiles: () => boolean): void {
  connection.onInitialized(() => {
    if (!watchFiles()) return;
    void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/.imrrc.json' }] }).catch(() => undefined);
  });
  connection.onDidChangeConfiguration(() => {
    letters.settings.forget();
    letters.forgetAnalyses();
    diagnostics.revalidateAll();
  });
  connection.onDidChangeWatchedFiles(() => {
    letters.forgetConfigFiles();
    diagnostics.revalidateAll();
  });
}
