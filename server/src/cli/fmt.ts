import { parseLetter } from '../language';
import { formatLetterResult } from '../language/format/format';
import { parseArgs, UsageError } from './args';
import type { Command } from './command';
import { errorReason, expandInputs, readText, RefusedWrite, writeTextAtomic } from './files';

export const fmtCommand: Command = {
  summary: 'format .imr letters in the canonical layout',
  help: `Usage: imr fmt [--check] PATH|GLOB...

Formats each letter in place (folders are searched recursively for *.imr; quoted globs such as
'letters/**/*.imr' are matched). A file is replaced only once its new text is fully written.
  --check   change nothing; name the files that would change, and exit 1 if any would

A letter with a line the parser cannot place is left unchanged (formatting could move that line into
another field), and so is one whose fields, citations or words would read differently once formatted;
it is named with the reason, and the exit code is 1. A read-only file, or one that is not a regular
file or is larger than 64 MB, is refused (exit code 2).
Exit code: 0 all formatted, 1 a letter would change (--check) or cannot be formatted, 2 usage or I/O error.
`,
  async run(argv) {
    const args = parseArgs(argv, { '--check': {} });
    const check = args.flags.has('--check');
    if (!args.positionals.length) throw new UsageError('name at least one file, folder or pattern');
    const { files, problems } = expandInputs(args.positionals, ['.imr']);
    for (const p of problems) process.stderr.write(`${p.path}: ${p.reason}\n`);
    let changed = 0;
    let unformattable = 0;
    let failed = problems.length > 0;
    for (const { file } of files) {
      const read = readText(file);
      if ('error' in read) { process.stderr.write(`${file}: ${read.error}\n`); failed = true; continue; }
      const result = formatLetterResult(read.text, parseLetter(read.text));
      if (result.unchanged) {
        process.stderr.write(`${file}: left unchanged, ${result.unchanged}\n`);
        unformattable++;
        continue;
      }
      if (result.text === read.text) continue;
      changed++;
      if (check) { process.stdout.write(`${file}: not formatted\n`); continue; }
      try {
        writeTextAtomic(file, result.text, read.text);
      } catch (e) {
        process.stderr.write(`${file}: ${e instanceof RefusedWrite ? e.message : `cannot write: ${errorReason(e)}`}\n`);
        failed = true;
        continue;
      }
      process.stdout.write(`${file}: formatted\n`);
    }
    if (failed) return 2;
    return unformattable || (check && changed) ? 1 : 0;
  },
};
