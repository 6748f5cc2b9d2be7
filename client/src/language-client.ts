/**
 * The language server, seen from the extension: started by the platform's entry point (a Node process over IPC
 * on the desktop, a web worker in VS Code for the Web; see `ServerPlatform`), with the custom messages of
 * `server/src/protocol.ts` wrapped in typed methods so features never touch the LanguageClient.
 */
import * as vscode from 'vscode';
import { RevealOutputChannelOn, type BaseLanguageClient, type DocumentSelector, type LanguageClientOptions } from 'vscode-languageclient';
import {
  base64ToBytes, bytesToBase64, ExportRequest, ImportRequest, PublicCopyReviewRequest, ReadConfigRequest, RenderPreviewRequest, StatusNotification, type PreviewLook,
} from '../../server/src/protocol';
import { findConfigFile } from './config-file';
import { HeldUntilHeard } from './held-until-heard';
import { CLIENT_ID } from './ids';

/** What differs between the desktop (Node) and the web extension: how the server runs and what it can do. */
export interface ServerPlatform {
  /** a new client for the server (its transport: a Node process, or a web worker) */
  createClient(id: string, name: string, options: LanguageClientOptions): BaseLanguageClient;
  /** the letters the server is given */
  documentSelector: DocumentSelector;
  /** the server can write exports to files itself (Node); else it returns their bytes for `workspace.fs` */
  serverWritesFiles: boolean;
  /** where an unsaved letter is exported when no folder is open (the desktop: the home folder) */
  homeFolder?: vscode.Uri;
  /** sent to the server when it starts (the web server: where its lazily loaded scripts are) */
  initializationOptions?: unknown;
}

export class LetterServer implements vscode.Disposable {
  private client: BaseLanguageClient | undefined;
  private readonly statusEmitter = new vscode.EventEmitter<StatusNotification.Params>();
  /** statuses that came before the status bar item listened (see HeldUntilHeard) */
  private readonly statuses = new HeldUntilHeard<StatusNotification.Params>((status) => this.statusEmitter.fire(status));
  /** the letter's outcome and problem counts, after every validation (the first listener also hears earlier ones) */
  readonly onStatus: vscode.Event<StatusNotification.Params> = (listener, thisArgs, disposables) => {
    const subscription = this.statusEmitter.event(listener, thisArgs, disposables);
    this.statuses.release((status) => listener.call(thisArgs, status));
    return subscription;
  };
  private readonly startedEmitter = new vscode.EventEmitter<void>();
  /** fired after each (re)start, when the server can answer requests */
  readonly onStarted = this.startedEmitter.event;
  private traceChannel: vscode.LogOutputChannel | undefined;

  constructor(readonly platform: ServerPlatform, readonly log: vscode.LogOutputChannel) {}

  async start(): Promise<void> {
    if (!this.client) this.client = this.create();
    await this.client.start();
    this.log.info('IMR language server started');
    this.startedEmitter.fire();
  }

  async restart(): Promise<void> {
    if (!this.client) return this.start();
    this.log.info('Restarting the IMR language server');
    const client = this.client as BaseLanguageClient & { restart?: () => Promise<void> };
    // the browser client has no restart(): stopping ends its worker, starting makes a new one
    if (client.restart) await client.restart();
    else { if (client.needsStop()) await client.stop(); await client.start(); }
    this.startedEmitter.fire();
  }

  async stop(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    if (client?.needsStop()) await client.stop();
  }

  renderPreview(uri: vscode.Uri, look: PreviewLook): Promise<RenderPreviewRequest.Result | null> {
    return this.running().sendRequest(RenderPreviewRequest.type, { uri: this.uriOf(uri), look });
  }

  /** the server writes the export to `params.target` on its own disk */
  exportLetter(uri: vscode.Uri, params: Omit<ExportRequest.Params, 'uri'>): Promise<ExportRequest.Result> {
    return this.running().sendRequest(ExportRequest.type, { uri: this.uriOf(uri), ...params });
  }

  /** the export's bytes, for the client to write (no target given to the server) */
  async exportBytes(uri: vscode.Uri, params: Omit<ExportRequest.Params, 'uri' | 'target'>): Promise<Uint8Array> {
    const result = await this.exportLetter(uri, params);
    if (result.data === undefined) throw new Error('the language server sent no export data');
    return base64ToBytes(result.data);
  }

  /** a letter's text, or a PDF's bytes, which the server reads (the client loads no PDF reader) */
  importLetter(letter: { text: string } | { pdf: Uint8Array }): Promise<ImportRequest.Result> {
    const params: ImportRequest.Params = 'pdf' in letter ? { pdf: bytesToBase64(letter.pdf) } : { text: letter.text };
    return this.running().sendRequest(ImportRequest.type, params);
  }

  reviewPublicCopy(uri: vscode.Uri): Promise<PublicCopyReviewRequest.Result | null> {
    return this.running().sendRequest(PublicCopyReviewRequest.type, { uri: this.uriOf(uri) });
  }

  /** the URI as the server knows the document (the client's own conversion, so the two always agree) */
  uriOf(uri: vscode.Uri): string {
    return this.running().code2ProtocolConverter.asUri(uri);
  }

  dispose(): void {
    void this.stop();
    this.statusEmitter.dispose();
    this.startedEmitter.dispose();
    this.traceChannel?.dispose();
  }

  private running(): BaseLanguageClient {
    if (!this.client) throw new Error('The IMR language server is not running. Run "IMR: Restart Language Server".');
    return this.client;
  }

  private create(): BaseLanguageClient {
    // LSP traces go to their own channel, written at the Trace log level: `imr.trace.server` chooses what is
    // traced, and "Developer: Set Log Level…" (or the channel's gear) must be at Trace to show it
    this.traceChannel ??= vscode.window.createOutputChannel('IMR Language Server Trace', { log: true });
    const clientOptions: LanguageClientOptions = {
      documentSelector: this.platform.documentSelector,
      outputChannel: this.log,
      traceOutputChannel: this.traceChannel,
      revealOutputChannelOn: RevealOutputChannelOn.Never,
      synchronize: { configurationSection: 'imr' },
      initializationOptions: this.platform.initializationOptions,
    };
    const client = this.platform.createClient(CLIENT_ID, 'IMR Language Server', clientOptions);
    // handlers registered before start() survive restarts
    client.onNotification(StatusNotification.type, (params) => this.statuses.push(params));
    client.onRequest(ReadConfigRequest.type, (params) => findConfigFile(client.protocol2CodeConverter.asUri(params.uri)));
    return client;
  }
}
