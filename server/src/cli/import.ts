import * as fs from 'fs';
import * as path from 'path';
import { importLetterText } from '../language';
import { parseArgs, UsageError } from './args';
import type { Command } from './command';

export const importCommand: Command = {
  summary: 'turn letter text (as pdftotext -layout gives it) into .imr',
  help: `Usage: imr import FILE.txt... [-o OUT]

Reads each letter and writes FILE.imr beside it (or OUT: a file for one input, a folder for several).
Prints what could not be mapped. Never overwrites an existing .imr unless --force is given.
`,
  async run(argv) {
    const args = parseArgs(argv, ['-o', '--out'], ['--force', '--stdout']);
    if (!args.positionals.length) throw new UsageError('name at least one file');
    const out = (args.flags.get('-o') ?? args.flags.get('--out')) as string | undefined;
    let failed = false;
    for (const file of args.positionals) {
      let text: string;
      try { text = fs.readFileSync(file, 'utf8'); } catch (e) {
        process.stderr.write(`${file}: cannot read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}\n`);
        failed = true;
        continue;
      }
      const result = importLetterText(text);
      for (const note of result.notes) process.stderr.write(`${file}: ${note}\n`);
      if (args.flags.has('--stdout')) { process.stdout.write(result.imr); continue; }
      const target = out
        ? (args.positionals.length > 1 || (fs.existsSync(out) && fs.statSync(out).isDirectory())
          ? path.join(out, `${path.basename(file).replace(/\.[^.]*$/, '')}.imr`) : out)
        : file.replace(/\.[^./\\]*$/, '') + '.imr';
      if (fs.existsSync(target) && !args.flags.has('--force')) {
        process.stderr.write(`${target}: exists; not overwritten (use --force)\n`);
        failed = true;
        continue;
      }
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, result.imr);
      process.stdout.write(`${file} -> ${target}\n`);
    }
    return failed ? 2 : 0;
  },
};
