/**
 * The cold-start run: a workspace without letters, so opening the letter is what activates the extension. On the
 * Node host the harness says so in the environment (IMR_E2E_MISTAKE_OUTSIDE: the letter, outside the workspace).
 * VS Code for the Web has no environment and mounts only the workspace, so there the harness writes `e2e-cold.json`
 * at the workspace's root, the web runner reads it first (`readWebColdStart`), and the letter is written into the
 * workspace from a template just before the run settles, after the window has started without it.
 */
import * as vscode from 'vscode';
import { WEB_COLD_START_FILE } from '../web/marker';

export interface ColdStart {
  /** Node host: the letter's path, outside the workspace */
  letterOutside?: string;
  /** web: a file of the workspace holding the letter's text, written to the letter's name when the run starts */
  letterTemplate?: string;
  /** the tests to run (a mocha grep) */
  grep?: string;
}

let web: ColdStart | undefined;

/** The web runner: reads the options file, if the harness wrote one. */
export async function readWebColdStart(): Promise<ColdStart | undefined> {
  const root = vscode.workspace.workspaceFolders?.[0]?.uri;
  if (!root) return undefined;
  try {
    web = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(root, WEB_COLD_START_FILE)))) as ColdStart;
  } catch {
    web = undefined;
  }
  return web;
}

/** This run's cold-start options, or undefined in the ordinary run. */
export function coldStart(): ColdStart | undefined {
  const outside = typeof process !== 'undefined' ? process.env.IMR_E2E_MISTAKE_OUTSIDE : undefined;
  return outside ? { letterOutside: outside } : web;
}

/** Web: writes the letter (named `name`) into the workspace from its template; the Node host's is already there. */
export async function writeColdLetter(name: string): Promise<void> {
  const cold = coldStart();
  const root = vscode.workspace.workspaceFolders?.[0]?.uri;
  if (!cold?.letterTemplate || !root) return;
  await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(root, name), await vscode.workspace.fs.readFile(vscode.Uri.joinPath(root, cold.letterTemplate)));
}
