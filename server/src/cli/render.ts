import * as fs from 'fs';
import * as path from 'path';
import { renderLetterText } from '../language';
import { parseArgs, UsageError } from './args';
import type { Command } from './command';
import { findLetterFiles } from './files';

export const renderCommand: Command = {
  summary: 'render .imr letters (text)',
  help: `Usage: imr render PATH... [--format text] [-o OUT]

Renders each letter. With one file and no -o, prints it. With -o: a file for one input, a folder for several.
`,
  async run(argv) {
    const args = parseArgs(argv, ['-o', '--out', '--format'], []);
    const format = (args.flags.get('--format') as string | undefined) ?? 'text';
    if (format !== 'text') throw new UsageError(`unknown format '${format}' (text)`);
    if (!args.positionals.length) throw new UsageError('name at least one file or folder');
    const { files, missing } = findLetterFiles(args.positionals);
    for (const m of missing) process.stderr.write(`${m}: no such file or folder\n`);
    const out = (args.flags.get('-o') ?? args.flags.get('--out')) as string | undefined;
    const many = files.length > 1 || (out !== undefined && fs.existsSync(out) && fs.statSync(out).isDirectory());
    let failed = missing.length > 0;
    for (const file of files) {
      let text: string;
      try { text = fs.readFileSync(file, 'utf8'); } catch (e) {
        process.stderr.write(`${file}: cannot read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}\n`);
        failed = true;
        continue;
      }
      const rendered = renderLetterText(text);
      if (!out && !many) { process.stdout.write(rendered); continue; }
      const target = out ? (many ? path.join(out, `${path.basename(file, '.imr')}.txt`) : out) : file.replace(/\.imr$/, '.txt');
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, rendered);
      process.stdout.write(`${file} -> ${target}\n`);
    }
    return failed ? 2 : 0;
  },
};
