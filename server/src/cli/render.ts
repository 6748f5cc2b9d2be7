import * as fs from 'fs';
import * as path from 'path';
import { buildDocument, parseLetter } from '../language';
import { reviewPublicCopy, type PublicCopyReview } from '../language/redact/review';
import type { ExportFormat } from '../language/render/export';
import { choiceFlag, parseArgs, stringFlag, UsageError } from './args';
import type { Command } from './command';
import { errorReason, expandInputs, InputSet, readInput, readText, relativeToBase, type InputFile } from './files';

const FORMATS: readonly ExportFormat[] = ['text', 'html', 'pdf', 'docx'];
const EXTENSIONS: Readonly<Record<ExportFormat, string>> = { text: '.txt', html: '.html', pdf: '.pdf', docx: '.docx' };

type ExportFile = typeof import('../node/export-file');
let exportFileModule: ExportFile | undefined;
/** The exporters (pdfkit, docx) are loaded when a letter is rendered, not each time the CLI or a worker starts. */
function exporters(): ExportFile {
  exportFileModule ??= require('../node/export-file') as ExportFile;
  return exportFileModule;
}

/** The output's name: the source's, its extension replaced; a public copy is marked so it is never mistaken. */
function outputName(source: string, format: ExportFormat, publicCopy: boolean): string {
  const stem = source.replace(/\.[^./\\]*$/, '');
  return `${stem}${publicCopy ? '.public' : ''}${EXTENSIONS[format]}`;
}

/** Fixed dates for reproducible files, as reproducible-builds.org asks: seconds since 1970 in SOURCE_DATE_EPOCH. */
function creationDate(): Date | undefined {
  const epoch = process.env.SOURCE_DATE_EPOCH;
  if (!epoch) return undefined;
  if (!/^\d+$/.test(epoch)) throw new UsageError(`SOURCE_DATE_EPOCH must be a whole number of seconds, not '${epoch}'`);
  return new Date(Number(epoch) * 1000);
}

export const renderCommand: Command = {
  summary: 'render letters as text, HTML, PDF or Word (.docx)',
  help: `Usage: imr render [options] PATH|GLOB...

Renders each letter (folders are searched recursively for *.imr; quoted globs are matched).
Options:
  -f, --format FORMAT   text (default), html, pdf or docx
  --public              the public copy: personal information redacted; files are named NAME.public.EXT
  -o, --out OUT         for one letter: the output file (- for standard output); for several: a folder,
                        created if need be, mirroring the layout of the folders named
  --report FILE.json    with --public: write what the public copy removed (kind, text, where) and the
                        suspicious remainders it kept (name-like phrases to review), as JSON
  --organisation NAME   a letterhead line at the top of the first page (or --organization)
  --letterhead IMAGE    a PNG or JPEG printed at the top of the first page
  --no-page-numbers     pdf and docx: no footer ("Page N of M" and the case number), as in the public copies
  --page-numbers        the footer on every page (the default)

Without -o, one letter named as a file is printed (text and html) or written beside it (pdf and docx);
several letters are written beside their sources (letter.imr -> letter.pdf).
An .imr file is never overwritten. SOURCE_DATE_EPOCH, if set, fixes the dates inside PDF files.
Exit code: 0 all rendered, 2 usage error or a letter that could not be read or written.
`,
  async run(argv) {
    const args = parseArgs(argv, {
      '--format': { alias: '-f', value: true }, '--out': { alias: '-o', value: true }, '--public': {}, '--report': { value: true },
      '--organisation': { value: true }, '--organization': { value: true }, '--letterhead': { value: true },
      '--page-numbers': {}, '--no-page-numbers': {},
    });
    if (args.flags.has('--page-numbers') && args.flags.has('--no-page-numbers')) throw new UsageError('choose --page-numbers or --no-page-numbers, not both');
    const format = choiceFlag(args, '--format', FORMATS, 'text');
    const publicCopy = args.flags.has('--public');
    const out = stringFlag(args, '--out');
    const options = {
      publicCopy,
      organisation: stringFlag(args, '--organisation') ?? stringFlag(args, '--organization'),
      letterheadImage: stringFlag(args, '--letterhead'),
      creationDate: creationDate(),
      pageNumbers: !args.flags.has('--no-page-numbers'),
    };
    if (options.letterheadImage) {
      // read once here, so a pipe, a device or a huge file is refused instead of blocking or filling memory
      const image = readInput(options.letterheadImage);
      if ('error' in image) throw new UsageError(`--letterhead ${options.letterheadImage}: ${image.error}`);
    }
    if (!args.positionals.length) throw new UsageError('name at least one file, folder or pattern');
    const reportFile = stringFlag(args, '--report');
    if (reportFile !== undefined && !publicCopy) throw new UsageError('--report lists what the public copy redacts: add --public');
    if (reportFile !== undefined && /\.imr$/i.test(reportFile)) throw new UsageError(`--report ${reportFile}: an .imr file is a letter's source, name a .json file`);
    const reports: ReportedLetter[] = [];

    const { files, problems } = expandInputs(args.positionals, ['.imr']);
    for (const p of problems) process.stderr.write(`${p.path}: ${p.reason}\n`);
    let failed = problems.length > 0;
    const namedFile = args.positionals.length === 1 && files.length === 1 && isFile(args.positionals[0]);
    if (out && out !== '-' && !namedFile && isFile(out)) throw new UsageError(`-o ${out}: several letters need a folder, and this is a file`);
    if (out === '-' && !namedFile) throw new UsageError('-o - (standard output) takes exactly one letter, named as a file');
    const outIsFile = namedFile && out !== undefined && out !== '-' && !out.endsWith('/') && !out.endsWith(path.sep) && !isDirectory(out);
    const toStdout = out === '-' || (namedFile && out === undefined && (format === 'text' || format === 'html'));

    const targets = new Map<string, string>();
    const inputs = new InputSet(files);
    const targetOf = (input: InputFile): string => {
      if (outIsFile && out) return out;
      if (out) return path.join(out, outputName(relativeToBase(input), format, publicCopy));
      return outputName(input.file, format, publicCopy);
    };

    for (const input of files) {
      const { file } = input;
      const read = readText(file);
      if ('error' in read) { process.stderr.write(`${file}: ${read.error}\n`); failed = true; continue; }
      const syntaxErrors = parseLetter(read.text).problems.filter((p) => p.severity === 'error').length;
      if (syntaxErrors) {
        process.stderr.write(`${file}: rendered, but it has ${syntaxErrors} syntax error${syntaxErrors === 1 ? '' : 's'} whose lines are left out (imr check ${file} names them)\n`);
      }
      if (reportFile !== undefined) reports.push(reportedLetter(file, reviewPublicCopy(buildDocument(parseLetter(read.text)))));
      try {
        if (toStdout) {
          const data = await exporters().renderToBytes(read.text, format, options);
          process.stdout.write(typeof data === 'string' ? data : Buffer.from(data.buffer, data.byteOffset, data.byteLength));
          continue;
        }
        const target = targetOf(input);
        const resolved = path.resolve(target);
        if (/\.imr$/i.test(target)) throw new Error(`will not write the ${format} over ${target}: an .imr file is a letter's source`);
        const source = inputs.find(target);
        if (source !== undefined) throw new Error(source === file ? `would write the ${format} over the letter itself (${target}); name another file with -o` : `would write the ${format} over ${source}, a letter being rendered`);
        const earlier = targets.get(resolved);
        if (earlier) throw new Error(`would write ${target}, already written from ${earlier}; use -o with a folder per source`);
        targets.set(resolved, file);
        try {
          fs.mkdirSync(path.dirname(resolved), { recursive: true });
        } catch (e) {
          throw new Error(`cannot make the folder ${path.dirname(target)}: ${errorReason(e)}`);
        }
        await exporters().exportToFile(read.text, format, target, options);
        process.stdout.write(`${file} -> ${target}\n`);
      } catch (e) {
        process.stderr.write(`${file}: ${(e as Error).message}\n`);
        failed = true;
      }
    }
    if (reportFile !== undefined) {
      try {
        fs.mkdirSync(path.dirname(path.resolve(reportFile)), { recursive: true });
        fs.writeFileSync(reportFile, `${JSON.stringify({ version: 1, letters: reports }, null, 2)}\n`);
        if (!toStdout) process.stdout.write(`redaction report -> ${reportFile}\n`);
      } catch (e) {
        process.stderr.write(`--report ${reportFile}: ${errorReason(e)}\n`);
        failed = true;
      }
    }
    return failed ? 2 : 0;
  },
};

/** One letter in the `--report` JSON (docs/cli.md): lines are 1-based, as editors and `imr check` number them. */
interface ReportedLetter {
  file: string;
  redactions: { kind: string; text: string; part: string; line?: number; context: string }[];
  remainders: { text: string; part: string; line?: number; context: string; reviewed: boolean }[];
  unreviewed: number;
}

function reportedLetter(file: string, review: PublicCopyReview): ReportedLetter {
  const line = (l: number | undefined) => (l === undefined ? {} : { line: l + 1 });
  return {
    file,
    redactions: review.redactions.map((r) => ({ kind: r.kind, text: r.text, part: r.where.part, ...line(r.where.line), context: r.context })),
    remainders: review.remainders.map((r) => ({ text: r.text, part: r.where.part, ...line(r.where.line), context: r.context, reviewed: r.reviewed })),
    unreviewed: review.unreviewed,
  };
}

function isFile(p: string): boolean {
  try { return fs.statSync(p).isFile(); } catch { return false; }
}

function isDirectory(p: string): boolean {
  try { return fs.statSync(p).isDirectory(); } catch { return false; }
}
