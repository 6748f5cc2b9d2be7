import * as fs from 'fs';
import * as path from 'path';
import { importLetterText, parseLetter } from '../language';
import { pdfLayoutText, PdfTextError } from '../node/pdf-text';
import { parseArgs, stringFlag, UsageError } from './args';
import type { Command } from './command';
import { errorReason, expandInputs, readInput, relativeToBase, RefusedWrite, InputSet, writeTextAtomic, type InputFile } from './files';

/** A letter's text: a PDF's laid out like `pdftotext -layout`, a text file's as it is. */
async function letterText(file: string): Promise<{ text: string; notes: string[] }> {
  const read = readInput(file);
  if ('error' in read) throw new Error(read.error);
  const { data } = read;
  // by content, not by name: a PDF saved as .txt is still a PDF
  if (data.subarray(0, 1024).includes('%PDF-')) {
    try {
      // a copy: pdf.js refuses Node's Buffer and may take over (detach) the memory it is given
      return await pdfLayoutText(new Uint8Array(data));
    } catch (e) {
      throw e instanceof PdfTextError ? new Error(e.reason) : e;
    }
  }
  if (/\.pdf$/i.test(file)) throw new Error('not a PDF (no %PDF- header), or a damaged one');
  return { text: data.toString('utf8'), notes: [] };
}

function isDirectory(p: string): boolean {
  try { return fs.statSync(p).isDirectory(); } catch { return false; }
}

export const importCommand: Command = {
  summary: 'turn letters (.pdf, or text as pdftotext -layout gives it) into .imr',
  help: `Usage: imr import [options] PATH|GLOB...

Reads each letter, a PDF or its text (folders are searched recursively for *.pdf and *.txt), and writes
NAME.imr beside it. The text of a PDF is extracted here, laid out as pdftotext -layout would.
What could not be mapped is named on stderr rather than guessed at.
Options:
  -o, --out OUT   for one letter: the .imr file to write; for several: a folder, created if need be,
                  mirroring the layout of the folders named
  --force         overwrite an existing .imr (never done otherwise; never a file being imported)
  --stdout        print the .imr instead of writing it
  --text          print the text taken from each letter (a PDF's, laid out) instead of importing it

Exit code: 0 imported, 1 imported but something could not be mapped (named on stderr), 2 usage error
or a letter that could not be read or written.
`,
  async run(argv) {
    const args = parseArgs(argv, { '--out': { alias: '-o', value: true }, '--force': {}, '--stdout': {}, '--text': {} });
    if (!args.positionals.length) throw new UsageError('name at least one file, folder or pattern');
    const out = stringFlag(args, '--out');
    const force = args.flags.has('--force');
    const print = args.flags.has('--stdout') || args.flags.has('--text');
    const { files, problems } = expandInputs(args.positionals, ['.pdf', '.txt']);
    for (const p of problems) process.stderr.write(`${p.path}: ${p.reason}\n`);
    const namedFile = args.positionals.length === 1 && files.length === 1 && !isDirectory(args.positionals[0]) && fs.existsSync(args.positionals[0]);
    const outIsFile = namedFile && out !== undefined && !out.endsWith('/') && !out.endsWith(path.sep) && !isDirectory(out);
    if (out && !namedFile && fs.existsSync(out) && !isDirectory(out)) throw new UsageError(`-o ${out}: several letters need a folder, and this is a file`);
    const targetOf = (input: InputFile): string => {
      const stem = (p: string) => p.replace(/\.[^./\\]*$/, '');
      if (outIsFile && out) return out;
      if (out) return path.join(out, `${stem(relativeToBase(input))}.imr`);
      return `${stem(input.file)}.imr`;
    };

    const inputs = new InputSet(files);
    let failed = problems.length > 0;
    let incomplete = false;
    const written = new Map<string, string>();
    for (const input of files) {
      const { file } = input;
      try {
        const { text, notes: extractionNotes } = await letterText(file);
        if (args.flags.has('--text')) { process.stdout.write(text); continue; }
        const { imr, notes } = importLetterText(text);
        const syntax = parseLetter(imr).problems;
        const all = [...extractionNotes, ...notes];
        if (syntax.length) all.push(`the .imr has ${syntax.length} syntax problem${syntax.length === 1 ? '' : 's'}, the first at line ${syntax[0].range.start.line + 1}: ${syntax[0].message}`);
        for (const note of all) process.stderr.write(`${file}: ${note}\n`);
        if (all.length) incomplete = true;
        if (print) { process.stdout.write(imr); continue; }
        const target = targetOf(input);
        const resolved = path.resolve(target);
        const earlier = written.get(resolved);
        if (earlier) throw new Error(`would write ${target}, already written from ${earlier} (two letters with one name)`);
        // never over a letter being read, --force or not: its own source (by any name) or another input
        const source = inputs.find(target);
        if (source !== undefined) throw new Error(`will not write ${target}: it is ${source === file ? 'the file being imported' : `${source}, a file being imported`} (name another file with -o)`);
        if (fs.existsSync(target) && !force) throw new Error(`${target} exists; not overwritten (use --force)`);
        written.set(resolved, file);
        try {
          fs.mkdirSync(path.dirname(resolved), { recursive: true });
          writeTextAtomic(target, imr);
        } catch (e) {
          throw new Error(`cannot write ${target}: ${e instanceof RefusedWrite ? e.message : errorReason(e)}`);
        }
        process.stdout.write(`${file} -> ${target}\n`);
      } catch (e) {
        process.stderr.write(`${file}: ${(e as Error).message}\n`);
        failed = true;
      }
    }
    if (failed) return 2;
    return incomplete ? 1 : 0;
  },
};
