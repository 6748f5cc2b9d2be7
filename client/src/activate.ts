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
/** when the bundle's libraries had been evaluated (this module comes after them): the rest, up to `activate`, is VS Code's */
const EVALUATED = performance.now();

/** What `activate` returns: how long activation took (read by the end-to-end tests; also in the server's log). */
export interface ActivatedExtension {
  /** from the bundle's first statement to the end of `activate`, in milliseconds */
  readonly activationMs: number;
  /** of which evaluating the bundle (its libraries; on the desktop, starting the server process too) */
  readonly bundleEvaluationMs: number;
  /** and `activate` itself; the rest is VS Code's wait before it calls `activate` (preparing the extension's context) */
  readonly activateCallMs: number;
}

/**
 * `features`: the commands' work and the preview panel (features.ts), asked for on first use: the desktop entry
 * requires a bundle of its own then, the web entry hands over what it bundled.
 */
export function activateWith(context: vscode.ExtensionContext, platform: ServerPlatform, features: () => Features): ActivatedExtension {
  const called = performance.now();
  const log = vscode.window.createOutputChannel('IMR Language Server', { log: true });
  server = new LetterServer(platform, log);
  context.subscriptions.push(log, server);
  // start first, so requests from a preview restored below wait for the server instead of failing
  const started = server.start();
  registerLetterStatus(context, server);
  // the preview serializer must be registered during activation, before any await
  const previews = new PreviewManager(context, server, features);
  context.subscriptions.push(previews);
  registerOnDemandCommands(context, server, features, () => previews.letter);
  registerServerCommands(context, server);
  // not awaited: activation ends as soon as everything is registered, so VS Code goes on while the server starts;
  // requests made meanwhile (a restored preview, the first completion) wait for it inside the language client
  void started.catch((e: unknown) => {
    log.error(`The IMR language server did not start: ${e instanceof Error ? e.message : String(e)}`);
    void vscode.window.showErrorMessage('The IMR language server did not start.', 'Show Output')
      .then((choice) => { if (choice) log.show(); });
  });
  const end = performance.now();
  const activationMs = end - LOAD_START;
  log.info(`IMR extension activated in ${activationMs.toFixed(1)} ms: the bundle evaluated in ${(EVALUATED - LOAD_START).toFixed(1)} ms, `
    + `activate called ${(called - EVALUATED).toFixed(1)} ms later, activate itself ${(end - called).toFixed(1)} ms`);
  return { activationMs, bundleEvaluationMs: EVALUATED - LOAD_START, activateCallMs: end - called };
}

export async function deactivateServer(): Promise<void> {
  await server?.stop();
  server = undefined;
}
