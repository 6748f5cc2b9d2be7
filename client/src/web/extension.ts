/**
 * The web entry point (`browser`), for VS Code for the Web: the extension runs in the web worker extension host
 * and the language server in a web worker of its own (`dist/web/server.js`, the same core built for the browser).
 * Letters may live on any file system (virtual workspaces), so the server gets them by language, whatever their
 * scheme, and exports come back as bytes that the client writes through `workspace.fs`.
 */
// first: it notes when the bundle began to run (activation is timed from there)
import '../load-start';
import * as vscode from 'vscode';
import { BrowserMessageReader, BrowserMessageWriter, LanguageClient, type ServerOptions } from 'vscode-languageclient/browser';
import { activateWith, bundleEvaluated, deactivateServer, startLetterServer, type ActivatedExtension } from '../activate';
// one script in the web worker host, which cannot load a second: the commands' work comes with it
import * as features from '../features';
import { EXTENSION_ID, LANGUAGE_ID } from '../ids';
import type { ServerPlatform } from '../language-client';

/** the web worker host's `Worker` (this project compiles without the DOM library) */
type WorkerPort = ConstructorParameters<typeof BrowserMessageReader>[0];
const WebWorker = (globalThis as unknown as { Worker: new (url: string) => WorkerPort }).Worker;

/** How the web server runs: a worker from the extension's `dist/web/server.js` (`extensionUri`: the extension's root). */
function webPlatform(extensionUri: vscode.Uri): ServerPlatform {
  const scripts = vscode.Uri.joinPath(extensionUri, 'dist', 'web');
  const serverScript = vscode.Uri.joinPath(scripts, 'server.js').toString(true);
  // a new worker for every start, so Restart Language Server gives a fresh one. The transports are made here:
  // the host's Worker is VS Code's wrapper, which the client's `instanceof Worker` test does not recognise
  const serverOptions: ServerOptions = () => {
    const worker = new WebWorker(serverScript);
    return Promise.resolve({ reader: new BrowserMessageReader(worker), writer: new BrowserMessageWriter(worker) });
  };
  return {
    createClient: (id, name, options) => new LanguageClient(id, name, serverOptions, options),
    documentSelector: [{ language: LANGUAGE_ID }],
    serverWritesFiles: false,
    // the server loads its exporters and pdf.js from here on first use
    initializationOptions: { webScriptsUri: scripts.toString(true) },
  };
}

/**
 * As on the desktop, the server starts while the bundle is evaluated, before VS Code has prepared the context:
 * the extension's own entry in `vscode.extensions` says where its scripts are.
 */
const extensionUri = vscode.extensions.getExtension(EXTENSION_ID)?.extensionUri;
let ahead = extensionUri ? startLetterServer(webPlatform(extensionUri)) : undefined;
bundleEvaluated();

export function activate(context: vscode.ExtensionContext): ActivatedExtension {
  const started = ahead;
  ahead = undefined;
  return activateWith(context, started ?? webPlatform(context.extensionUri), () => features);
}

export const deactivate = deactivateServer;
