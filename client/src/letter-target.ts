/** Which letter a command acts on: the resource it was invoked on, else the active .imr editor, else a fallback. */
import * as vscode from 'vscode';
import { LANGUAGE_ID } from './ids';

export async function letterDocument(arg: unknown, fallback?: vscode.Uri): Promise<vscode.TextDocument | undefined> {
  if (arg instanceof vscode.Uri) return vscode.workspace.openTextDocument(arg);
  const active = vscode.window.activeTextEditor?.document;
  if (active?.languageId === LANGUAGE_ID) return active;
  if (fallback) return vscode.workspace.openTextDocument(fallback);
  return undefined;
}

/** The open document for a URI, if VS Code has it open. */
export function openDocument(uri: vscode.Uri): vscode.TextDocument | undefined {
  const key = uri.toString();
  return vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
}

export function displayName(uri: vscode.Uri): string {
  const path = uri.path;
  return path.slice(path.lastIndexOf('/') + 1) || uri.toString();
}
