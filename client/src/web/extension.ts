/**
 * The web entry point (`browser`), for VS Code for the Web: the extension runs in the web worker extension host
 * and the language server in a web worker of its own (`dist/web/server.js`, the same core built for the browser).
 * Letters may live on any file system (virtual workspaces), so the server gets them by language, whatever their
 * scheme, and exports come back as bytes that the client writes through `workspace.fs`.
 */
import * as vscode from 'vscode';
import { LanguageClient, type ServerOptions } from 'vscode-languageclient/browser';
import { activateWith, deactivateServer } from '../activate';
import { LANGUAGE_ID } from '../ids';

/** the web worker host's `Worker` (this project compiles without the DOM library) */
const WebWorker = (globalThis as unknown as { Worker: new (url: string) => unknown }).Worker;

export function activate(context: vscode.ExtensionContext): Promise<void> {
  const serverScript = vscode.Uri.joinPath(context.extensionUri, 'dist', 'web', 'server.js').toString(true);
  // a new worker for every start, so Restart Language Server gives a fresh one
  const serverOptions = (() => Promise.resolve(new WebWorker(serverScript))) as ServerOptions;
  return activateWith(context, {
    createClient: (id, name, options) => new LanguageClient(id, name, serverOptions, options),
    documentSelector: [{ language: LANGUAGE_ID }],
    serverWritesFiles: false,
  });
}

export const deactivate = deactivateServer;
