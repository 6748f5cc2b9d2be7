/** Restart Language Server and Show Output: the operational pair for when something looks wrong. */
import * as vscode from 'vscode';
import { COMMANDS } from './ids';
import type { LetterServer } from './language-client';

export function registerServerCommands(context: vscode.ExtensionContext, server: LetterServer): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(COMMANDS.restartServer, async () => {
      try {
        await server.restart();
        void vscode.window.setStatusBarMessage('IMR language server restarted', 3000);
      } catch (e) {
        const message = e instanceof Error ? e.message : String(e);
        server.log.error(`Restart failed: ${message}`);
        void vscode.window.showErrorMessage(`The IMR language server did not restart: ${message}`, 'Show Output')
          .then((choice) => { if (choice) server.log.show(); });
      }
    }),
    vscode.commands.registerCommand(COMMANDS.showOutput, () => server.log.show()),
  );
}
