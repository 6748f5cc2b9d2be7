/**
 * The IMR extension, the same on the desktop and in VS Code for the Web: starts the language server (diagnostics,
 * completion, hover, outline, formatting and quick fixes all come from it over LSP) and adds the letter's status,
 * the live preview, export, import and new letters. The two entry points (extension.ts for Node, web/extension.ts
 * for the web worker host) only say how the server runs. Nothing here makes a network call or collects telemetry.
 */
import * as vscode from 'vscode';
import { LetterServer, type ServerPlatform } from './language-client';
import { LOAD_START } from './load-start';
import { registerOnDemandCommands, type Features } from './on-demand';
import { PreviewManager } from './preview/preview-manager';
import { registerServerCommands } from './server-commands';
import { registerLetterStatus } from './status';

let server: LetterServer | undefined;
/**
 * When the bundle had been evaluated: its libraries (this module comes after them), and on the desktop the server
 * started ahead (`bundleEvaluated`). The rest, up to `activate`, is VS Code's.
 */
let evaluated = performance.now();

/** The entry point's own top-level work is done: it counts as evaluating the bundle, as VS Code counts it. */
export function bundleEvaluated(): void {
  evaluated = performance.now();
}

/** What `activate` returns: how long activation took (read by the end-to-end tests; also in the server's log). */
export interface ActivatedExtension {
  /** from the bundle's first statement to the end of `activate`, in milliseconds */
  readonly activationMs: number;
  /** of which evaluating the bundle (its libraries; on the desktop, starting the server process too) */
  readonly bundleEvaluationMs: number;
  /** and `activate` itself; the rest is VS Code's wait before it calls `activate` (preparing the extension's context) */
  readonly activateCallMs: number;
  /** the language client had started while the bundle was evaluated, not in `activate` */
  readonly serverStartedAhead: boolean;
}

/** A language server being started: its client, its log, and the start (which may still be under way). */
export interface StartingServer {
  readonly server: LetterServer;
  readonly log: vscode.LogOutputChannel;
  readonly started: Promise<void>;
}

/**
 * Starts the language server. The desktop entry calls this while its bundle is evaluated, before VS Code calls
 * `activate`: the client then connects, and the letter that triggered activation is checked, while VS Code
 * prepares the extension's context (100-500 ms). Otherwise `activateWith` calls it.
 */
export function startLetterServer(platform: ServerPlatform): StartingServer {
  const log = vscode.window.createOutputChannel('IMR Language Server', { log: true });
  const letterServer = new LetterServer(platform, log);
  const started = letterServer.start();
  // not awaited by anyone: activation ends as soon as everything is registered, so VS Code goes on while the
  // server starts; requests made meanwhile (a restored preview, the first completion) wait inside the client
  void started.catch((e: unknown) => {
    log.error(`The IMR language server did not start: ${e instanceof Error ? e.message : String(e)}`);
    void vscode.window.showErrorMessage('The IMR language server did not start.', 'Show Output')
      .then((choice) => { if (choice) log.show(); });
  });
  return { server: letterServer, log, started };
}

/**
 * `server`: the platform to start the server on, or a server already started (the desktop's, started ahead).
 * `features`: the commands' work and the preview panel (features.ts), asked for on first use: the desktop entry
 * requires a bundle of its own then, the web entry hands over what it bundled.
 */
export function activateWith(context: vscode.ExtensionContext, platform: ServerPlatform | StartingServer, features: () => Features): ActivatedExtension {
  const called = performance.now();
  // started first, so requests from a preview restored below wait for the server instead of failing
  const { server: started, log } = 'server' in platform ? platform : startLetterServer(platform);
  server = started;
  context.subscriptions.push(log, started);
  registerLetterStatus(context, started);
  // the preview serializer must be registered during activation, before any await
  const previews = new PreviewManager(context, started, features);
  context.subscriptions.push(previews);
  registerOnDemandCommands(context, started, features, () => previews.letter);
  registerServerCommands(context, started);
  const end = performance.now();
  const activationMs = end - LOAD_START;
  log.info(`IMR extension activated in ${activationMs.toFixed(1)} ms: the bundle evaluated in ${(evaluated - LOAD_START).toFixed(1)} ms, `
    + `activate called ${(called - evaluated).toFixed(1)} ms later, activate itself ${(end - called).toFixed(1)} ms`);
  return { activationMs, bundleEvaluationMs: evaluated - LOAD_START, activateCallMs: end - called, serverStartedAhead: 'server' in platform };
}

export async function deactivateServer(): Promise<void> {
  await server?.stop();
  server = undefined;
}
