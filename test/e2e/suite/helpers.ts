/**
 * Helpers for the extension-host tests. They run with the `vscode` API in a real extension host (code-server's
 * remote one, or a desktop VS Code), so files are found with `workspace.findFiles` and handled as `Uri`s, and
 * every wait is on an event or a condition with a timeout.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { coldStart } from './cold-start';

export const EXTENSION_ID = 'imr-tools.imr-determination';
/** the letter with one misspelt state of licensure (harness/workspace.ts writes it) */
export const MISTAKE_FILE = 'mistake.imr';
export const SHORT_LETTER = 'single-item-overturned.imr';
/** a JSON file with a missing comma (harness/workspace.ts writes it), for VS Code's own JSON support */
export const JSON_MISTAKE_FILE = 'mistake.json';

export function extension(): vscode.Extension<unknown> {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(ext, `the extension ${EXTENSION_ID} is not loaded in this window`);
  return ext;
}

export async function letterUri(name: string): Promise<vscode.Uri> {
  // the Node host's cold-start run: mistake.imr lies outside the workspace, which holds no letter
  const outside = coldStart()?.letterOutside;
  if (name === MISTAKE_FILE && outside) return vscode.Uri.file(outside);
  let found = await vscode.workspace.findFiles(`**/${name}`, undefined, 2);
  // a virtual workspace may have no file search provider (VS Code for the Web's test file system): walk it
  if (found.length === 0) found = await walkFor(name);
  assert.equal(found.length, 1, `expected one ${name} in the workspace, found ${found.length}`);
  return found[0];
}

async function walkFor(name: string): Promise<vscode.Uri[]> {
  const found: vscode.Uri[] = [];
  const visit = async (dir: vscode.Uri, depth: number): Promise<void> => {
    for (const [entry, type] of await vscode.workspace.fs.readDirectory(dir)) {
      const uri = vscode.Uri.joinPath(dir, entry);
      if (type === vscode.FileType.File && entry === name) found.push(uri);
      else if (type === vscode.FileType.Directory && depth < 3) await visit(uri, depth + 1);
    }
  };
  for (const folder of vscode.workspace.workspaceFolders ?? []) await visit(folder.uri, 0);
  return found;
}

export async function openLetter(name: string, column = vscode.ViewColumn.One): Promise<{ doc: vscode.TextDocument; editor: vscode.TextEditor }> {
  const doc = await vscode.workspace.openTextDocument(await letterUri(name));
  const editor = await vscode.window.showTextDocument(doc, { viewColumn: column, preview: false });
  return { doc, editor };
}

/** The 0-based line that starts with `prefix` (after indentation when `trimmed`). */
export function lineStarting(doc: vscode.TextDocument, prefix: string): number {
  for (let i = 0; i < doc.lineCount; i++) if (doc.lineAt(i).text.trimStart().startsWith(prefix)) return i;
  throw new Error(`no line starting with '${prefix}' in ${doc.uri.path}`);
}

export function describeDiagnostics(ds: readonly vscode.Diagnostic[]): string {
  return ds.length ? ds.map((d) => `[${d.range.start.line}:${d.range.start.character}..${d.range.end.line}:${d.range.end.character}] ${codeOf(d)} ${d.message}`).join('; ') : 'none';
}

export function codeOf(d: vscode.Diagnostic): string {
  return typeof d.code === 'object' && d.code ? String(d.code.value) : String(d.code ?? '');
}

/** Resolves with the document's diagnostics once `accept` holds for them, waiting on onDidChangeDiagnostics. */
export function waitForDiagnostics(uri: vscode.Uri, accept: (ds: readonly vscode.Diagnostic[]) => boolean, what: string, timeoutMs = 20_000): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const current = () => vscode.languages.getDiagnostics(uri);
    const finish = (ds?: vscode.Diagnostic[], err?: Error) => { clearTimeout(timer); sub.dispose(); if (err) reject(err); else resolve(ds!); };
    const check = () => { const ds = current(); if (accept(ds)) finish(ds); };
    const sub = vscode.languages.onDidChangeDiagnostics((e) => { if (e.uris.some((u) => u.toString() === uri.toString())) check(); });
    const timer = setTimeout(() => finish(undefined, new Error(`timed out after ${timeoutMs} ms waiting for ${what}; diagnostics now: ${describeDiagnostics(current())}`)), timeoutMs);
    check();
  });
}

/**
 * Waits until the extensions VS Code starts with the window (activation events `*` and `onStartupFinished`: git,
 * GitHub, ...) are active, then `settleMs` more: what is opened afterwards is timed on a quiet extension host, as
 * a reviewer opening a letter a moment after the window would.
 */
export async function startupSettled(settleMs: number): Promise<void> {
  const atStartup = vscode.extensions.all.filter((e) => {
    const events = (e.packageJSON as { activationEvents?: string[] }).activationEvents ?? [];
    return events.includes('*') || events.includes('onStartupFinished');
  });
  await waitForValue('the startup extensions to be active', () => atStartup.filter((e) => !e.isActive).map((e) => e.id), (left) => left.length === 0, 30_000);
  await new Promise((r) => setTimeout(r, settleMs));
}

/** Polls `probe` until it returns a value `accept` takes (for state with no event, such as the preview's). */
export async function waitForValue<T>(what: string, probe: () => Thenable<T> | T, accept: (v: T) => boolean, timeoutMs = 20_000, describe: (v: T) => string = (v) => JSON.stringify(v)): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe();
    if (accept(v)) return v;
    if (Date.now() > end) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}; last value: ${describe(v)?.slice(0, 600)}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** Replaces the first occurrence of `from` in the document with `to` through a WorkspaceEdit. */
export async function replaceText(doc: vscode.TextDocument, from: string, to: string): Promise<void> {
  const at = doc.getText().indexOf(from);
  assert.ok(at >= 0, `'${from}' is not in ${doc.uri.path}`);
  const edit = new vscode.WorkspaceEdit();
  edit.replace(doc.uri, new vscode.Range(doc.positionAt(at), doc.positionAt(at + from.length)), to);
  assert.ok(await vscode.workspace.applyEdit(edit), 'the edit was not applied');
}

/** Reverts every changed letter and closes all editors, so the next suite starts clean and the window closes without prompts. */
export async function revertAndCloseAll(): Promise<void> {
  for (const doc of vscode.workspace.textDocuments.filter((d) => d.isDirty && !d.isUntitled)) {
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}
