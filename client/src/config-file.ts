/**
 * The `.imrrc.json` that governs a letter, read through `workspace.fs` for the server that cannot read files
 * itself (the web worker; ReadConfigRequest): the nearest one in the letter's folder or a folder above, as the
 * Node server and the CLI find it on disk. Works on any file system VS Code has, virtual ones included.
 */
import * as vscode from 'vscode';
import type { ReadConfigRequest } from '../../server/src/protocol';

import { CONFIG_FILE_NAME } from '../../server/src/language/validate/config-file-name';

export async function findConfigFile(letter: vscode.Uri): Promise<ReadConfigRequest.Result | null> {
  // an unsaved letter has no folder
  if (letter.scheme === 'untitled') return null;
  let dir = vscode.Uri.joinPath(letter, '..');
  for (;;) {
    const candidate = vscode.Uri.joinPath(dir, CONFIG_FILE_NAME);
    try {
      const bytes = await vscode.workspace.fs.readFile(candidate);
      return { file: candidate.toString(), text: new TextDecoder('utf-8').decode(bytes) };
    } catch {
      // not there (or not readable): look one folder up
    }
    const up = vscode.Uri.joinPath(dir, '..');
    if (up.path === dir.path) return null;
    dir = up;
  }
}
