import * as fs from 'fs';
import { parseLetter, validateLetter, type Problem } from '../language';
import { loadConfigFor, type LoadedConfig } from '../node/config-file';
import { parseArgs, UsageError } from './args';
import type { Command } from './command';
import { findLetterFiles } from './files';

export function problemLine(file: string, p: Problem): string {
  return `${file}:${p.range.start.line + 1}:${p.range.start.character + 1}: ${p.severity} ${p.code} ${p.message}`;
}

export const checkCommand: Command = {
  summary: 'check .imr letters and print their problems',
  help: `Usage: imr check PATH...

Checks each letter (folders are searched recursively for *.imr) with the rules configured in the nearest
.imrrc.json, and prints one line per problem: FILE:LINE:COL: SEVERITY CODE MESSAGE.
Exit code: 0 no errors, 1 errors found, 2 usage or I/O error.
`,
  async run(argv) {
    const args = parseArgs(argv, [], []);
    if (!args.positionals.length) throw new UsageError('name at least one file or folder');
    const { files, missing } = findLetterFiles(args.positionals);
    for (const m of missing) process.stderr.write(`${m}: no such file or folder\n`);
    const configs = new Map<string, LoadedConfig>();
    const reported = new Set<string>();
    let errors = 0;
    let ioFailed = missing.length > 0;
    for (const file of files) {
      let text: string;
      try { text = fs.readFileSync(file, 'utf8'); } catch (e) {
        process.stderr.write(`${file}: cannot read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}\n`);
        ioFailed = true;
        continue;
      }
      const loaded = loadConfigFor(file, configs);
      if (loaded.file && !reported.has(loaded.file)) {
        reported.add(loaded.file);
        for (const p of loaded.problems) process.stderr.write(`${loaded.file}: ${p}\n`);
      }
      for (const p of validateLetter(parseLetter(text), text, loaded.config)) {
        if (p.severity === 'error') errors++;
        process.stdout.write(`${problemLine(file, p)}\n`);
      }
    }
    if (ioFailed) return 2;
    return errors ? 1 : 0;
  },
};
