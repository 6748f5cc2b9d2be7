/**
 * Where `imr/export` may write: a file on this machine, named by a `file:` URI or an absolute path (what
 * VS Code's save dialog gives, as a path). Anything else is refused with InvalidParams before a byte is
 * rendered: another scheme (`untitled:`, `http:`, a remote workspace's), a relative path (relative to what?),
 * a network share (`\\server\share`, `file://host/...`: no network at run time), and the letter itself or
 * any `.imr` (the writer also refuses an `.imr` reached through a link: node/atomic-write.ts).
 */
import * as fs from 'fs';
import * as path from 'path';
import { fileURLToPath } from 'url';
import { ErrorCodes, ResponseError } from 'vscode-languageserver';

function refuse(message: string): never {
  throw new ResponseError(ErrorCodes.InvalidParams, `imr/export: ${message}`);
}

function realPath(file: string): string {
  try { return fs.realpathSync(file); } catch { return path.resolve(file); }
}

/** The local path to write, or a ResponseError saying why `target` is not one. */
export function exportTargetPath(target: string, letterUri: string): string {
  let file: string;
  if (/^file:/i.test(target)) {
    let url: URL;
    try { url = new URL(target); } catch { refuse(`'${target}' is not a valid file: URI`); }
    if (url.host && url.host !== 'localhost') refuse(`'${target}' names a file on another machine; export writes only to this one`);
    file = fileURLToPath(url);
  } else if (/^[a-z][a-z0-9+.-]+:/i.test(target)) {
    refuse(`'${target}' is not a file: only file: targets (or local paths) can be written`);
  } else {
    file = target;
  }
  if (/^[\\/]{2}/.test(file)) refuse(`'${target}' is a network path; export writes only to this machine`);
  if (!path.isAbsolute(file)) refuse(`'${target}' is a relative path; give an absolute path or a file: URI`);
  if (/\.imr$/i.test(file) || /\.imr$/i.test(realPath(file))) refuse(`will not write over ${file}: an .imr file is a letter's source`);
  if (/^file:/i.test(letterUri)) {
    const letter = realPath(fileURLToPath(letterUri));
    if (realPath(file).toLowerCase() === letter.toLowerCase()) refuse(`${file} is the letter itself`);
  }
  return file;
}
