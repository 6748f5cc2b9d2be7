/**
 * The desktop entry point (`main`): the language server runs as a Node process (`dist/server/main.js`) over stdio,
 * started ahead of `activate` (server-process.ts), and writes exports to files itself. Everything else is shared
 * with the web entry (activate.ts).
 */
// first: it notes when the bundle began to run (activation is timed from there)
import './load-start';
// second: it starts the server process before the libraries below are evaluated
import { debugging, endServerProcesses, SERVER_MODULE, serverProcess } from './server-process';
import * as os from 'os';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node';
import { activateWith, bundleEvaluated, deactivateServer, startLetterServer, type ActivatedExtension } from './activate';
import type { ServerPlatform } from './language-client';
import { LANGUAGE_ID } from './ids';
import type { Features } from './on-demand';

const platform = (): ServerPlatform => ({
  createClient: (id, name, options) => new LanguageClient(id, name, serverOptions, options),
  // letters on disk and unsaved ones, and those of a virtual workspace (its folders' schemes); not every
  // scheme, so that a diff's old side (git:) is not checked as a letter
  documentSelector: [...new Set(['file', 'untitled', ...(vscode.workspace.workspaceFolders ?? []).map((f) => f.uri.scheme)])]
    .map((scheme) => ({ language: LANGUAGE_ID, scheme })),
  serverWritesFiles: true,
  homeFolder: vscode.Uri.file(os.homedir()),
});

const serverOptions: ServerOptions = debugging
  ? {
    run: { module: SERVER_MODULE, transport: TransportKind.ipc },
    debug: { module: SERVER_MODULE, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6010'] } },
  }
  : () => Promise.resolve(serverProcess());

/**
 * The language client connects now, while the bundle is evaluated, to the server process started ahead: VS Code
 * prepares the extension's context before it calls `activate` (100-500 ms when a letter opens a window's first),
 * and the letter that triggered activation is checked meanwhile. The API is usable at this point; only the
 * context waits for `activate`. Under a debugger the server starts in `activate`, as usual.
 */
let ahead = debugging ? undefined : startLetterServer(platform());
bundleEvaluated();

export function activate(context: vscode.ExtensionContext): ActivatedExtension {
  const started = ahead;
  ahead = undefined;
  return activateWith(context, started ?? platform(), loadFeatures);
}

/** dist/client/features.js beside this bundle (esbuild.mjs): compiled on the first command or preview, not at activation */
const loadFeatures = (): Features => require('./features') as Features;

export async function deactivate(): Promise<void> {
  try {
    await deactivateServer();
  } finally {
    endServerProcesses();
  }
}
