/**
 * The language server, seen from the extension: starts `dist/server/main.js` over IPC, and wraps the custom
 * messages of `server/src/protocol.ts` in typed methods so features never touch the LanguageClient.
 */
import * as vscode from 'vscode';
import { LanguageClient, RevealOutputChannelOn, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import {
  ExportRequest, ImportRequest, PublicCopyReviewRequest, RenderPreviewRequest, StatusNotification, type PreviewLook,
} from '../../server/src/protocol';
import { CLIENT_ID, LANGUAGE_ID } from './ids';

export class LetterServer implements vscode.Disposable {
  private client: LanguageClient | undefined;
  private readonly statusEmitter = new vscode.EventEmitter<StatusNotification.Params>();
  /** the letter's outcome and problem counts, after every validation */
  readonly onStatus = this.statusEmitter.event;
  private readonly startedEmitter = new vscode.EventEmitter<void>();
  /** fired after each (re)start, when the server can answer requests */
  readonly onStarted = this.startedEmitter.event;
  private traceChannel: vscode.LogOutputChannel | undefined;

  constructor(private readonly context: vscode.ExtensionContext, readonly log: vscode.LogOutputChannel) {}

  async start(): Promise<void> {
    if (!this.client) this.client = this.create();
    await this.client.start();
    this.log.info('IMR language server started');
    this.startedEmitter.fire();
  }

  async restart(): Promise<void> {
    if (!this.client) return this.start();
    this.log.info('Restarting the IMR language server');
    await this.client.restart();
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

  exportLetter(uri: vscode.Uri, params: Omit<ExportRequest.Params, 'uri'>): Promise<ExportRequest.Result> {
    return this.running().sendRequest(ExportRequest.type, { uri: this.uriOf(uri), ...params });
  }

  importLetter(text: string): Promise<ImportRequest.Result> {
    return this.running().sendRequest(ImportRequest.type, { text });
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

  private running(): LanguageClient {
    if (!this.client) throw new Error('The IMR language server is not running. Run "IMR: Restart Language Server".');
    return this.client;
  }

  private create(): LanguageClient {
    const module = this.context.asAbsolutePath('dist/server/main.js');
    const serverOptions: ServerOptions = {
      run: { module, transport: TransportKind.ipc },
      debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6010'] } },
    };
    // LSP traces go to their own channel, written at the Trace log level: `imr.trace.server` chooses what is
    // traced, and "Developer: Set Log Level…" (or the channel's gear) must be at Trace to show it
    this.traceChannel ??= vscode.window.createOutputChannel('IMR Language Server Trace', { log: true });
    const clientOptions: LanguageClientOptions = {
      documentSelector: [{ language: LANGUAGE_ID, scheme: 'file' }, { language: LANGUAGE_ID, scheme: 'untitled' }],
      outputChannel: this.log,
      traceOutputChannel: this.traceChannel,
      revealOutputChannelOn: RevealOutputChannelOn.Never,
      synchronize: { configurationSection: 'imr' },
    };
    const client = new LanguageClient(CLIENT_ID, 'IMR Language Server', serverOptions, clientOptions);
    // handlers registered before start() survive restarts
    client.onNotification(StatusNotification.type, (params) => this.statusEmitter.fire(params));
    return client;
  }
}
