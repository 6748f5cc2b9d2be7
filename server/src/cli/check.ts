import * as os from 'os';
import * as path from 'path';
import type { ImrConfig, Severity } from '../language';
import { loadConfigFor, type LoadedConfig } from '../node/config-file';
import { choiceFlag, intFlag, parseArgs, UsageError } from './args';
import { checkFile, type CheckedFile, type CheckTask } from './check-core';
import { checkInParallel } from './check-pool';
import type { Command } from './command';
import { expandInputs, type InputFile } from './files';
import { createReporter, REPORT_FORMATS, type Notice, type Totals } from './report';
import { Output, Progress, useColour } from './terminal';

/**
 * Below this many letters, starting threads costs more than it saves: each thread loads the checker (about 0.1 s of
 * CPU) and warms up the checker on its own, while one thread checks about 2,500 letters a second.
 */
const PARALLEL_FROM = 2000;

/**
 * The configuration of each letter: the nearest `.imrrc.json`, looked up once per folder and read once per
 * file; its mistakes are reported the first time it is used, never again.
 */
class Configs {
  private readonly byDir = new Map<string, LoadedConfig>();
  private readonly byFile = new Map<string, LoadedConfig>();
  private readonly reported = new Set<string>();

  constructor(private readonly onProblems: (configFile: string, problems: string[]) => void) {}

  for(file: string): ImrConfig {
    const dir = path.dirname(path.resolve(file));
    let loaded = this.byDir.get(dir);
    if (!loaded) {
      loaded = loadConfigFor(file, this.byFile);
      this.byDir.set(dir, loaded);
      if (loaded.file && loaded.problems.length && !this.reported.has(loaded.file)) {
        this.reported.add(loaded.file);
        this.onProblems(loaded.file, loaded.problems);
      }
    }
    return loaded.config;
  }
}

export const checkCommand: Command = {
  summary: 'check .imr letters and report their problems',
  help: `Usage: imr check [options] PATH|GLOB...

Checks letters with the rules configured in the nearest .imrrc.json (in the letter's folder or above).
PATH is a letter or a folder (searched recursively for *.imr, skipping hidden folders and node_modules);
GLOB is a quoted pattern: * ? ** {a,b} [abc], e.g. 'letters/**/*.imr'.

Options:
  -f, --format FORMAT     stylish (default: by file, with a summary), compact (FILE:LINE:COL: SEVERITY
                          CODE MESSAGE, one line per problem), json, or sarif (SARIF 2.1.0)
  -q, --quiet             report errors only
  --max-warnings N        exit 1 when there are more than N warnings (counted even with --quiet)
  -j, --jobs N            threads to check on, this one included (default: all cores for ${PARALLEL_FROM}
                          letters or more, else 1: no worker)
  --fix                   apply every safe fix first (label spelling, indentation, date and separator
                          forms, decision spelling; never a decision or the reviewer's words), write the
                          letter, and report what is left
  --fix-dry-run           write nothing: print the diff --fix would make (exit 1 if a letter would change)

Exit code: 0 no errors, 1 errors (or more warnings than --max-warnings), 2 usage or I/O error
(a path that names nothing, a pattern that matches nothing, a file that cannot be read).
`,
  async run(argv) {
    const args = parseArgs(argv, {
      '--format': { alias: '-f', value: true }, '--quiet': { alias: '-q' }, '--max-warnings': { value: true }, '--jobs': { alias: '-j', value: true },
      '--fix': {}, '--fix-dry-run': {},
    });
    const fix = args.flags.has('--fix-dry-run') ? 'dry-run' : args.flags.has('--fix') ? 'write' : undefined;
    if (args.flags.has('--fix') && args.flags.has('--fix-dry-run')) throw new UsageError('--fix and --fix-dry-run exclude each other');
    if (fix === 'dry-run' && args.flags.has('--format')) throw new UsageError('--fix-dry-run prints a diff; it takes no --format');
    const format = choiceFlag(args, '--format', REPORT_FORMATS, 'stylish');
    const maxWarnings = intFlag(args, '--max-warnings', 0);
    const quiet = args.flags.has('--quiet');
    const requested = intFlag(args, '--jobs', 1);
    if (!args.positionals.length) throw new UsageError('name at least one file, folder or pattern');

    const { files, problems: inputProblems } = expandInputs(args.positionals, ['.imr']);
    const progress = new Progress(files.length, 'letters');
    const notices: Notice[] = [];
    const complain = (notice: Notice): void => {
      notices.push(notice);
      progress.clear();
      process.stderr.write(`${notice.file}: ${notice.message}\n`);
    };
    for (const p of inputProblems) complain({ level: 'error', kind: 'execution', file: p.path, message: p.reason });

    const out = new Output(process.stdout, process.stdout.isTTY ? () => progress.clear() : undefined);
    const reporter = createReporter(format, out, useColour(process.stdout), quiet);
    const configs = new Configs((file, problems) => {
      const shown = path.relative(process.cwd(), file);
      const display = shown && !shown.startsWith('..') && !path.isAbsolute(shown) ? shown : file;
      for (const message of problems) complain({ level: 'warning', kind: 'configuration', file: display, message });
    });
    const all: Record<Severity, number> = { error: 0, warning: 0, information: 0, hint: 0 };
    const totals: Totals = { files: files.length, checked: 0, filesWithProblems: 0, counts: { error: 0, warning: 0, information: 0, hint: 0 } };

    let fixes = 0;
    let lettersFixed = 0;
    let changed = 0;
    const onResult = (result: CheckedFile): void => {
      progress.tick();
      if (result.error) { complain({ level: 'error', kind: 'execution', file: result.file, message: result.error }); return; }
      totals.checked++;
      if (result.fixed) { fixes += result.fixed; lettersFixed++; }
      if (fix === 'dry-run') { if (result.diff) { changed++; out.write(result.diff); } return; }
      for (const p of result.problems) all[p.severity]++;
      const shown = quiet ? result.problems.filter((p) => p.severity === 'error') : result.problems;
      for (const p of shown) totals.counts[p.severity]++;
      if (shown.length) totals.filesWithProblems++;
      reporter.file(result, shown);
    };
    function* tasks(list: readonly InputFile[]): Generator<CheckTask> {
      for (let index = 0; index < list.length; index++) {
        yield { index, file: list[index].file, config: configs.for(list[index].file), ...(fix ? { fix } : {}), ...(format === 'json' ? { withFixes: true } : {}) };
      }
    }

    const cores = os.availableParallelism();
    const jobs = Math.min(files.length, requested ?? (files.length >= PARALLEL_FROM ? cores : 1));
    const reporting = fix !== 'dry-run'; // a dry run's output is the diff alone
    if (reporting) reporter.begin(); // even with no letter to check: a JSON or SARIF reader still gets a whole document
    if (jobs > 1) {
      await checkInParallel(tasks(files), files.length, jobs, checkFile, onResult);
    } else {
      // one thread: no worker to start; each letter is read, checked and reported before the next is read
      for (const task of tasks(files)) onResult(checkFile(task));
    }
    if (reporting) reporter.end(totals, notices);
    out.flush();
    progress.clear();

    const unreadable = notices.filter((n) => n.level === 'error').length;
    if (fix) {
      const verb = fix === 'write' ? 'applied' : 'would apply';
      process.stderr.write(`imr check: ${verb} ${fixes} safe fix${fixes === 1 ? '' : 'es'} in ${lettersFixed} letter${lettersFixed === 1 ? '' : 's'}\n`);
      if (fix === 'dry-run') return unreadable ? 2 : changed ? 1 : 0;
    }
    if (format === 'stylish' && unreadable) process.stderr.write(`imr check: ${unreadable} path${unreadable === 1 ? '' : 's'} could not be checked (named above)\n`);
    const tooManyWarnings = maxWarnings !== undefined && all.warning > maxWarnings;
    if (tooManyWarnings) process.stderr.write(`imr check: ${all.warning} warnings, more than --max-warnings ${maxWarnings}\n`);
    if (unreadable) return 2;
    return all.error || tooManyWarnings ? 1 : 0;
  },
};
