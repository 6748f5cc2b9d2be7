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
    if (await exists(candidate)) {
      // the nearest file applies even when it cannot be read: the server then reports it and uses the defaults,
      // as `imr check` does, rather than a file further up
      try {
        return { file: candidate.toString(), text: new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(candidate)) };
      } catch (e) {
        return { file: candidate.toString(), text: '', error: e instanceof Error ? e.message : String(e) };
      }
    }
    const up = vscode.Uri.joinPath(dir, '..');
    if (up.path === dir.path) return null;
    dir = up;
  }
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    return (await vscode.workspace.fs.stat(uri)).type !== vscode.FileType.Directory;
  } catch {
    return false;
  }
}
