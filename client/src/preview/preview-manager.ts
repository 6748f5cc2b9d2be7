/**
 * The preview commands and panels: Open Preview (in the active column, ctrl+shift+v), Open Preview to the Side
 * (ctrl+k v), Show Letter Source, Toggle Preview Look, the hidden `imr.preview.getState` for tests, following the
 * active .imr editor, and restoring previews after a window reload (the page keeps the letter's URI in its state).
 */
import * as vscode from 'vscode';
import { COMMANDS, LANGUAGE_ID, PREVIEW_VIEW_TYPE } from '../ids';
import type { LetterServer } from '../language-client';
import { displayName, letterDocument } from '../letter-target';
import { previewSettings } from '../settings';
import type { Features } from '../on-demand';
import type { EditorView, LetterPreview, PreviewState } from './letter-preview';

interface SavedState { uri?: unknown; line?: unknown }

export class PreviewManager implements vscode.Disposable {
  private readonly previews = new Set<LetterPreview>();
  /** the preview that follows the active editor and that the commands act on: the last one used */
  private current: LetterPreview | undefined;
  private readonly disposables: vscode.Disposable[] = [];

  /** `features`: where LetterPreview comes from, loaded when the first preview opens or is restored */
  constructor(private readonly context: vscode.ExtensionContext, private readonly server: LetterServer, private readonly features: () => Features) {
    this.disposables.push(
      vscode.window.registerWebviewPanelSerializer(PREVIEW_VIEW_TYPE, {
        deserializeWebviewPanel: (panel, state: unknown) => this.restore(panel, state as SavedState | undefined),
      }),
      vscode.commands.registerCommand(COMMANDS.openPreview, (uri?: unknown) => this.open(uri, false)),
      vscode.commands.registerCommand(COMMANDS.openPreviewToSide, (uri?: unknown) => this.open(uri, true)),
      vscode.commands.registerCommand(COMMANDS.showPreviewSource, () => this.showSource()),
      vscode.commands.registerCommand(COMMANDS.togglePreviewLook, () => this.toggleLook()),
      vscode.commands.registerCommand(COMMANDS.previewState, (): PreviewState => this.current?.state() ?? { open: false }),
      vscode.window.onDidChangeActiveTextEditor((editor) => this.follow(editor)),
    );
  }

  /** the letter shown by the current preview, for commands run while the preview has focus */
  get letter(): vscode.Uri | undefined {
    return this.current?.uri;
  }

  dispose(): void {
    for (const p of [...this.previews]) p.dispose();
    for (const d of this.disposables.splice(0)) d.dispose();
  }

  private async open(arg: unknown, toSide: boolean): Promise<void> {
    const doc = await letterDocument(arg);
    if (!doc) {
      void vscode.window.showInformationMessage('Open an .imr letter to preview it.');
      return;
    }
    const at = editorView(doc.uri);
    const existing = this.current;
    if (existing) {
      existing.switchTo(doc.uri, at);
      existing.panel.reveal(existing.panel.viewColumn, toSide);
      return;
    }
    const column = toSide ? vscode.ViewColumn.Beside : vscode.ViewColumn.Active;
    const panel = vscode.window.createWebviewPanel(PREVIEW_VIEW_TYPE, `Preview ${displayName(doc.uri)}`,
      { viewColumn: column, preserveFocus: toSide }, this.features().webviewOptions(this.context.extensionUri));
    this.adopt(panel, doc.uri, at);
  }

  private async restore(panel: vscode.WebviewPanel, state: SavedState | undefined): Promise<void> {
    panel.webview.options = this.features().webviewOptions(this.context.extensionUri);
    if (typeof state?.uri !== 'string') {
      panel.dispose();
      return;
    }
    const uri = vscode.Uri.parse(state.uri);
    try {
      await vscode.workspace.openTextDocument(uri);
    } catch {
      // the letter is gone (deleted, or an untitled letter that was not saved)
      panel.dispose();
      return;
    }
    this.adopt(panel, uri, { line: typeof state.line === 'number' ? state.line : undefined });
  }

  private adopt(panel: vscode.WebviewPanel, uri: vscode.Uri, at?: EditorView): void {
    const preview = new (this.features().LetterPreview)(panel, uri, this.server, this.context.extensionUri, at);
    this.previews.add(preview);
    this.current = preview;
    panel.onDidChangeViewState(() => { if (panel.active) this.current = preview; });
    preview.onDidDispose(() => {
      this.previews.delete(preview);
      if (this.current === preview) this.current = [...this.previews].at(-1);
    });
  }

  private follow(editor: vscode.TextEditor | undefined): void {
    if (!editor || editor.document.languageId !== LANGUAGE_ID || !this.current) return;
    if (!previewSettings().followActiveEditor) return;
    this.current.switchTo(editor.document.uri, viewOf(editor));
  }

  private async showSource(): Promise<void> {
    const uri = this.current?.uri;
    if (!uri) return;
    const doc = await vscode.workspace.openTextDocument(uri);
    const shown = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri.toString());
    await vscode.window.showTextDocument(doc, shown?.viewColumn ?? vscode.ViewColumn.One);
  }

  private async toggleLook(): Promise<void> {
    const config = vscode.workspace.getConfiguration('imr.preview', this.current?.uri);
    const next = previewSettings().look === 'paper' ? 'editor' : 'paper';
    // change it where it is set, so a workspace value does not hide the change
    const inspected = config.inspect<string>('look');
    const target = inspected?.workspaceFolderValue !== undefined ? vscode.ConfigurationTarget.WorkspaceFolder
      : inspected?.workspaceValue !== undefined ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
    await config.update('look', next, target);
  }
}

/** The editor showing this letter (the active one first): the preview opens where it stands. */
function editorView(uri: vscode.Uri): EditorView {
  const shows = (e: vscode.TextEditor | undefined) => e?.document.uri.toString() === uri.toString();
  const editor = shows(vscode.window.activeTextEditor) ? vscode.window.activeTextEditor : vscode.window.visibleTextEditors.find(shows);
  return editor ? viewOf(editor) : {};
}

function viewOf(editor: vscode.TextEditor): EditorView {
  return { line: editor.visibleRanges[0]?.start.line, cursorLine: editor.selection.active.line };
}
