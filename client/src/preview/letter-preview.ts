/**
 * One live preview panel: the letter as the server renders it (RenderPreviewRequest, the HTML export's markup).
 * The page is loaded once per letter or look; after that every edit is patched in with postMessage, so the
 * scroll position survives. Renderings are throttled (UpdateScheduler) and stale answers dropped (VersionGuard).
 * Scroll sync maps source lines to the `data-line` attributes of the markup, in both directions, each one
 * switchable; the echo of a sync is ignored (ScrollGuard, and the page's own guard).
 */
import * as vscode from 'vscode';
import type { RenderPreviewRequest } from '../../../server/src/protocol';
import type { LetterServer } from '../language-client';
import { displayName, openDocument } from '../letter-target';
import { previewSettings, type PreviewSettings } from '../settings';
import { isFromWebview, type FromWebview, type SyntaxProblem, type ToWebview } from './messages';
import { ScrollGuard } from './scroll-guard';
import { UpdateScheduler, VersionGuard } from './update-scheduler';
import { newNonce, previewPage } from './webview-html';

/** What the preview shows, for `imr.preview.getState` (end-to-end tests read it). */
export interface PreviewState {
  open: boolean;
  uri?: string;
  title?: string;
  visible?: boolean;
  active?: boolean;
  viewColumn?: number;
  look?: string;
  /** the letter version of the last rendering received */
  renderedVersion?: number;
  /** the version the page says it shows */
  appliedVersion?: number;
  caseNumber?: string;
  syntaxProblems?: SyntaxProblem[];
  /** pages loaded (webview.html set): stays put while typing */
  fullRenders?: number;
  /** renderings patched in with postMessage */
  updates?: number;
  /** the source line at the top of the preview, as the page last reported it */
  topLine?: number;
  /** the editor's cursor line the page was opened at, if any */
  cursorLine?: number;
  /** the source lines the page showed once it had positioned itself on load */
  shownLines?: { top: number; bottom: number };
  /** the letter markup last sent */
  html?: string;
}

export function webviewOptions(extensionUri: vscode.Uri): vscode.WebviewOptions & vscode.WebviewPanelOptions {
  return {
    enableScripts: true,
    enableForms: false,
    enableCommandUris: false,
    localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'media')],
    enableFindWidget: true,
    retainContextWhenHidden: false,
  };
}

/** Where the editor of a letter stands when its preview opens: the preview opens there. */
export interface EditorView {
  /** the first line the editor shows */
  line?: number;
  /** the line of its cursor */
  cursorLine?: number;
}

export class LetterPreview implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  private readonly scheduler: UpdateScheduler;
  private readonly versions = new VersionGuard();
  private readonly scrollGuard = new ScrollGuard();
  private readonly disposeEmitter = new vscode.EventEmitter<void>();
  readonly onDidDispose = this.disposeEmitter.event;
  private letter: vscode.Uri;
  private topLine: number | undefined;
  /** the editor's cursor, for the next page load only (a reload keeps the page's own position) */
  private cursorLine: number | undefined;
  private openedAtCursor: number | undefined;
  private shownLines: { top: number; bottom: number } | undefined;
  private last: RenderPreviewRequest.Result | undefined;
  private needsPage = true;
  private pageVersion = -1;
  private fullRenders = 0;
  private updates = 0;
  private reopened = false;
  private disposed = false;

  constructor(readonly panel: vscode.WebviewPanel, letter: vscode.Uri, private readonly server: LetterServer, private readonly extensionUri: vscode.Uri, at: EditorView = {}) {
    this.letter = letter;
    this.topLine = at.line;
    this.cursorLine = at.cursorLine;
    this.scheduler = new UpdateScheduler(() => this.render(), () => previewSettings().updateDelay);
    panel.iconPath = vscode.Uri.joinPath(extensionUri, 'media', 'imr-file.svg');
    panel.title = this.title();
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      panel.webview.onDidReceiveMessage((m: unknown) => { if (isFromWebview(m)) void this.onMessage(m); }),
      panel.onDidChangeViewState(() => { if (panel.visible && this.pageVersion !== this.last?.version) this.scheduler.request(); }),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length && this.isLetter(e.document.uri) && panel.visible) this.scheduler.request();
      }),
      vscode.window.onDidChangeTextEditorVisibleRanges((e) => this.onEditorScrolled(e)),
      vscode.workspace.onDidChangeConfiguration((e) => { if (e.affectsConfiguration('imr.preview', this.letter)) this.reload(); }),
      server.onStarted(() => this.reload()),
    );
    this.reload();
  }

  get uri(): vscode.Uri {
    return this.letter;
  }

  /** show another letter in this panel (following the active editor) */
  switchTo(letter: vscode.Uri, at: EditorView = {}): void {
    if (this.isLetter(letter)) return;
    this.letter = letter;
    this.topLine = at.line;
    this.cursorLine = at.cursorLine;
    this.shownLines = undefined;
    this.last = undefined;
    this.versions.reset();
    this.panel.title = this.title();
    this.reload();
  }

  /** load the page again (another letter, another look, a restarted server) */
  reload(): void {
    this.needsPage = true;
    this.scheduler.request();
  }

  state(): PreviewState {
    return {
      open: true,
      uri: this.letter.toString(),
      title: this.panel.title,
      visible: this.panel.visible,
      active: this.panel.active,
      viewColumn: this.panel.viewColumn,
      look: previewSettings().look,
      renderedVersion: this.last?.version,
      appliedVersion: this.pageVersion,
      caseNumber: this.last?.caseNumber,
      syntaxProblems: this.last?.syntaxProblems ?? [],
      fullRenders: this.fullRenders,
      updates: this.updates,
      topLine: this.topLine,
      cursorLine: this.openedAtCursor,
      shownLines: this.shownLines,
      html: this.last?.html,
    };
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.scheduler.dispose();
    for (const d of this.disposables.splice(0)) d.dispose();
    this.panel.dispose();
    this.disposeEmitter.fire();
    this.disposeEmitter.dispose();
  }

  private isLetter(uri: vscode.Uri): boolean {
    return uri.toString() === this.letter.toString();
  }

  private title(): string {
    return `Preview ${displayName(this.letter)}`;
  }

  private async render(): Promise<void> {
    if (this.disposed) return;
    const letter = this.letter;
    const settings = previewSettings();
    const page = this.needsPage;
    this.needsPage = false;
    let result: RenderPreviewRequest.Result | null;
    try {
      result = await this.server.renderPreview(letter, settings.look);
    } catch (e) {
      this.needsPage = page;
      this.server.log.error(`Preview of ${letter.toString()} failed: ${e instanceof Error ? e.message : String(e)}`);
      this.post({ type: 'update', version: this.last?.version ?? -1, html: this.last?.html ?? '', problems: [{ line: -1, message: 'Run "IMR: Restart Language Server" (or see "IMR: Show Output"): the IMR language server did not answer.' }] });
      return;
    }
    if (this.disposed || !this.isLetter(letter)) return;
    if (!result) {
      // the server only renders open documents: open it (no editor needed) and try once more
      this.needsPage = page;
      if (!this.reopened) {
        this.reopened = true;
        await vscode.workspace.openTextDocument(letter).then(() => this.scheduler.request(), () => undefined);
      }
      return;
    }
    this.reopened = false;
    const doc = openDocument(letter);
    // the editor's latest change had not reached the server yet: another rendering follows
    if (doc && result.version < doc.version) this.scheduler.request();
    if (page) {
      this.versions.accept(result.version, true);
      this.last = result;
      this.loadPage(result, settings);
      return;
    }
    if (!this.versions.accept(result.version)) return;
    this.last = result;
    this.post({ type: 'update', version: result.version, html: result.html, problems: result.syntaxProblems });
    this.updates++;
  }

  private loadPage(result: RenderPreviewRequest.Result, settings: PreviewSettings): void {
    const webview = this.panel.webview;
    const media = (name: string) => webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, 'media', 'preview', name)).toString();
    this.pageVersion = -1;
    webview.html = previewPage({
      cspSource: webview.cspSource,
      nonce: newNonce(),
      scripts: [media('scroll-sync.js'), media('preview.js')],
      stylesheet: media('preview.css'),
      letterCss: result.css,
      look: settings.look,
      letterHtml: result.html,
      title: this.title(),
      settings: {
        uri: this.letter.toString(),
        line: this.topLine,
        cursorLine: this.cursorLine,
        version: result.version,
        problems: result.syntaxProblems,
        scrollEditorWithPreview: settings.scrollEditorWithPreview,
        doubleClickToSwitchToEditor: settings.doubleClickToSwitchToEditor,
      },
    });
    this.fullRenders++;
    this.openedAtCursor = this.cursorLine;
    this.cursorLine = undefined;
  }

  private post(message: ToWebview): void {
    void this.panel.webview.postMessage(message);
  }

  private async onMessage(m: FromWebview): Promise<void> {
    switch (m.type) {
      case 'ready':
        this.pageVersion = m.version;
        // edits made while the page was hidden or loading: bring it up to date
        if (this.last && this.last.version !== m.version) this.post({ type: 'update', version: this.last.version, html: this.last.html, problems: this.last.syntaxProblems });
        if (this.last && (openDocument(this.letter)?.version ?? this.last.version) !== this.last.version) this.scheduler.request();
        return;
      case 'applied':
        this.pageVersion = m.version;
        return;
      case 'shown':
        this.shownLines = { top: m.top, bottom: m.bottom };
        this.topLine = m.top;
        return;
      case 'revealLine':
        this.topLine = m.line;
        if (previewSettings().scrollEditorWithPreview) this.scrollEditors(m.line);
        return;
      case 'openLine':
        await this.openEditorAt(m.line);
        return;
    }
  }

  private onEditorScrolled(e: vscode.TextEditorVisibleRangesChangeEvent): void {
    if (!this.isLetter(e.textEditor.document.uri) || !e.visibleRanges.length || !this.panel.visible) return;
    if (this.scrollGuard.held || !previewSettings().scrollPreviewWithEditor) return;
    const line = e.visibleRanges[0].start.line;
    this.topLine = line;
    this.post({ type: 'scrollToLine', line });
  }

  private scrollEditors(line: number): void {
    for (const editor of vscode.window.visibleTextEditors) {
      if (!this.isLetter(editor.document.uri)) continue;
      const at = Math.max(0, Math.min(editor.document.lineCount - 1, Math.floor(line)));
      this.scrollGuard.hold();
      editor.revealRange(new vscode.Range(at, 0, at, 0), vscode.TextEditorRevealType.AtTop);
    }
  }

  private async openEditorAt(line: number): Promise<void> {
    const doc = await vscode.workspace.openTextDocument(this.letter);
    const at = Math.max(0, Math.min(doc.lineCount - 1, Math.floor(line)));
    const shown = vscode.window.visibleTextEditors.find((e) => this.isLetter(e.document.uri));
    const column = shown?.viewColumn ?? (this.panel.viewColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Two : vscode.ViewColumn.One);
    await vscode.window.showTextDocument(doc, { viewColumn: column, selection: new vscode.Range(at, 0, at, 0) });
  }
}
