/**
 * The commands whose work lives in features.ts, registered at activation; their code is loaded on first use
 * (`loadFeatures`: a second bundle on the desktop, the same bundle on the web).
 */
import * as vscode from 'vscode';
import type * as FeatureModule from './features';
import { COMMANDS } from './ids';
import type { LetterServer } from './language-client';

export type Features = typeof FeatureModule;

export function registerOnDemandCommands(context: vscode.ExtensionContext, server: LetterServer, features: () => Features, previewedLetter: () => vscode.Uri | undefined): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(COMMANDS.exportLetter, (arg?: unknown, options?: unknown) => features().exportCommand(context, server, previewedLetter(), false, arg, options)),
    vscode.commands.registerCommand(COMMANDS.exportPublicCopy, (arg?: unknown, options?: unknown) => features().exportCommand(context, server, previewedLetter(), true, arg, options)),
    vscode.commands.registerCommand(COMMANDS.importLetter, (arg?: unknown) => features().importCommand(server, arg)),
    vscode.commands.registerCommand(COMMANDS.newDetermination, () => features().newDeterminationCommand()),
    vscode.commands.registerCommand(COMMANDS.reviewPublicCopy, (arg?: unknown, options?: unknown) => features().reviewPublicCopyCommand(server, arg, options)),
  );
}
