import * as fs from 'fs';
import { formatLetter, parseLetter } from '../language';
import { unformattableReason } from '../language/format/format';
import { parseArgs, UsageError } from './args';
import type { Command } from './command';
import { findLetterFiles } from './files';

export const fmtCommand: Command = {
  summary: 'format .imr files in the canonical layout',
  help: `Usage: imr fmt [--check] PATH...

Formats each .imr file (folders are searched recursively) in place.
  --check   change nothing; list the files that would change and exit 1 if any would
A letter with a line the parser cannot place is left unchanged (formatting could move that line into
another field); it is named with the reason, and the exit code is 1.
`,
  async run(argv) {
    const args = parseArgs(argv, [], ['--check']);
    if (!args.positionals.length) throw new UsageError('name at least one file or folder');
    const { files, missing } = findLetterFiles(args.positionals);
    for (const m of missing) process.stderr.write(`${m}: no such file or folder\n`);
    let changed = 0;
    let unformattable = 0;
    let failed = missing.length > 0;
    for (const file of files) {
      let text: string;
      try { text = fs.readFileSync(file, 'utf8'); } catch (e) {
        process.stderr.write(`${file}: cannot read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}\n`);
        failed = true;
        continue;
      }
      const letter = parseLetter(text);
      const reason = unformattableReason(letter);
      if (reason) {
        process.stderr.write(`${file}: left unchanged, fix this first: ${reason}\n`);
        unformattable++;
        continue;
      }
      const formatted = formatLetter(text, letter);
      if (formatted === text) continue;
      changed++;
      if (args.flags.has('--check')) { process.stdout.write(`${file}: not formatted\n`); continue; }
      fs.writeFileSync(file, formatted);
      process.stdout.write(`${file}: formatted\n`);
    }
    if (failed) return 2;
    return unformattable || (args.flags.has('--check') && changed) ? 1 : 0;
  },
};
