/**
 * `imr check` over 10,000 letters, as a user runs it: the built CLI as a process, on one thread and on every
 * core, against the time Node takes simply to read the same files. The letters are the corpus letters imported
 * to .imr once (by the CLI itself) into a temporary folder, repeated to 10,000 files. Figures are printed, with
 * the target beside them (at most 4x the plain read time with all cores), never asserted.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { corpusDir, repoRoot } from '../helpers/corpus';
import { median, row } from './measure';
import type { SteadyRate } from './validate-bench';

const LETTERS = 10_000;
/** Runs of each measurement; the best is reported beside the median, as the machine may be busy with other work. */
const RUNS = 5;

interface Timed { ms: number; code: number; maxRssKb?: number; cpuS?: number; stderr: string }

/** Runs a command, timing it by the wall clock; peak RSS from GNU time -v where it exists. */
function timed(args: string[], useTime: boolean): Timed {
  const command = useTime ? '/usr/bin/time' : process.execPath;
  const argv = useTime ? ['-v', process.execPath, ...args] : args;
  const t0 = process.hrtime.bigint();
  const r = spawnSync(command, argv, { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr ?? '');
  const user = /User time \(seconds\): ([\d.]+)/.exec(r.stderr ?? '');
  const system = /System time \(seconds\): ([\d.]+)/.exec(r.stderr ?? '');
  const cpuS = user && system ? Number(user[1]) + Number(system[1]) : undefined;
  return { ms, code: r.status ?? -1, maxRssKb: rss ? Number(rss[1]) : undefined, cpuS, stderr: r.stderr ?? '' };
}

/**
 * Without GNU time, a wrapper runs the CLI in its own process and reports that process's peak RSS
 * (process.resourceUsage, which counts the worker threads: they share the process).
 */
const WRAPPER = `
const file = process.argv[2];
process.argv = [process.argv[0], file, ...process.argv.slice(3)];
process.on('exit', () => { process.stderr.write('\\nMaximum resident set size (kbytes): ' + process.resourceUsage().maxRSS + '\\n'); });
require(file);
`;

/** Reading every letter and nothing else: the floor any checker stands on. */
const PLAIN_READ = `
const fs = require('fs'); const path = require('path');
const dir = process.argv[1]; let bytes = 0;
for (const name of fs.readdirSync(dir).sort()) if (name.endsWith('.imr')) bytes += fs.readFileSync(path.join(dir, name), 'utf8').length;
if (!bytes) process.exit(3);
`;

/** `steady`: the validation bench's warmed-up rate, when it ran first (bench.ts), for the floor under the ratio. */
export async function benchCli(steady?: SteadyRate): Promise<void> {
  console.log(`\nimr check over ${LETTERS.toLocaleString('en-US')} letters (target: all cores at most 4x the time Node takes to read the files)`);
  const cli = path.join(repoRoot(), 'dist', 'cli', 'imr.js');
  const corpus = corpusDir();
  if (!fs.existsSync(cli)) { console.log(`  skipped: build the CLI first (${cli} is missing)`); return; }
  if (!corpus) {
    console.log('  skipped: ../shared/imr-corpus is not here (the real letters are read from it at bench time)');
    return;
  }
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'imr-cli-bench-'));
  try {
    // the corpus letters imported once, by the CLI itself, then repeated to 10,000 files
    const imported = path.join(work, 'imported');
    const imp = spawnSync(process.execPath, [cli, 'import', path.join(corpus, 'CM*.txt'), '-o', imported], { encoding: 'utf8' });
    if (imp.status === 2 || !fs.existsSync(imported)) { console.log(`  skipped: the corpus did not import: ${imp.stderr}`); return; }
    const sources = fs.readdirSync(imported).filter((f) => f.endsWith('.imr')).sort().map((f) => fs.readFileSync(path.join(imported, f)));
    const letters = path.join(work, 'letters');
    fs.mkdirSync(letters);
    let bytes = 0;
    for (let i = 0; i < LETTERS; i++) {
      const data = sources[i % sources.length];
      fs.writeFileSync(path.join(letters, `letter-${String(i).padStart(5, '0')}.imr`), data);
      bytes += data.byteLength;
    }
    const mb = bytes / 1e6;
    const useTime = fs.existsSync('/usr/bin/time') && spawnSync('/usr/bin/time', ['-v', 'true']).status === 0;
    const wrapper = path.join(work, 'wrapper.js');
    fs.writeFileSync(wrapper, WRAPPER);
    const cliArgs = (jobs: number) => (useTime ? [cli] : [wrapper, cli]).concat(['check', '--jobs', String(jobs), '--format', 'json', letters]);

    const cores = os.availableParallelism();
    interface Measured { best: number; median: number; rssKb?: number; cpuS?: number }
    const measure = (args: string[], time: boolean): Measured => {
      const runs: Timed[] = [];
      for (let i = 0; i < RUNS; i++) {
        const t = timed(args, time);
        if (t.code !== 0 && t.code !== 1) throw new Error(`exit ${t.code}: ${t.stderr.slice(0, 500)}`);
        runs.push(t);
      }
      const rss = runs.map((r) => r.maxRssKb).filter((r): r is number => r !== undefined);
      const cpu = runs.map((r) => r.cpuS).filter((c): c is number => c !== undefined);
      return {
        best: Math.min(...runs.map((r) => r.ms)), median: median(runs.map((r) => r.ms)),
        rssKb: rss.length ? Math.max(...rss) : undefined, cpuS: cpu.length ? median(cpu) : undefined,
      };
    };
    const read = measure(['-e', PLAIN_READ, letters], useTime);
    const one = measure(cliArgs(1), true);
    const all = measure(cliArgs(cores), true);

    const rate = (ms: number) => `${(LETTERS / (ms / 1000)).toFixed(0)} letters/s, ${(mb / (ms / 1000)).toFixed(1)} MB/s`;
    const extras = (m: Measured) => [
      m.cpuS === undefined ? '' : `CPU ${m.cpuS.toFixed(1)} s`, m.rssKb === undefined ? 'peak RSS not measured' : `peak RSS ${(m.rssKb / 1024).toFixed(0)} MB`,
    ].filter(Boolean).join(', ');
    const times = (m: Measured) => `best ${m.best.toFixed(0)} ms (median ${m.median.toFixed(0)})`;
    console.log(`  ${LETTERS} letters, ${mb.toFixed(1)} MB, ${cores} core${cores === 1 ? '' : 's'}; ${RUNS} runs each, wall clock with process start`);
    row('plain read (node: readdir + readFileSync utf8 of every file)', `${times(read)}, ${rate(read.best)}`);
    row('imr check --jobs 1 (in-process, no worker)', `${times(one)}, ${rate(one.best)}, ${extras(one)}`);
    row(`imr check --jobs ${cores} (this thread and ${cores - 1} worker${cores === 2 ? '' : 's'})`, `${times(all)}, ${rate(all.best)}, ${extras(all)}`);
    row(`speed-up of ${cores} threads over one (best times)`, `${(one.best / all.best).toFixed(2)}x`);
    row('ratio to the plain read, one thread (best times)', `${(one.best / read.best).toFixed(1)}x`);
    row('ratio to the plain read, all cores (target at most 4x)', `${(all.best / read.best).toFixed(1)}x ${all.best / read.best <= 4 ? '(met)' : '(not met)'}`);
    if (read.cpuS !== undefined && all.cpuS !== undefined && one.cpuS !== undefined) {
      // on a machine shared with other work the wall clock says little; CPU time is what the run itself costs
      row('CPU time: plain read / --jobs 1 / all cores (medians)', `${read.cpuS.toFixed(2)} s / ${one.cpuS.toFixed(1)} s / ${all.cpuS.toFixed(1)} s`);
      row(`CPU of all cores spread over ${cores}, to the read's CPU`, `${(all.cpuS / cores / Math.max(read.cpuS, 0.01)).toFixed(1)}x (what the ratio would be on idle cores)`);
    }
    if (steady && read.cpuS !== undefined) {
      // the least any run can cost: every letter checked at the warmed-up rate of one thread checking alone, spread
      // evenly over the cores, each of which also reads its share; no warm-up, no reporting, no thread start
      const checkS = (steady.cpuMs / steady.bytes) * bytes / 1000;
      const floorS = (checkS + read.cpuS) / cores;
      const warmUpS = (steady.warmUpCpuMs - steady.cpuMs * steady.warmUpPasses) / 1000;
      row('floor: checking alone at the warmed-up rate (validation bench above)',
        `${checkS.toFixed(2)} s of CPU for these letters; with the reading, ${floorS.toFixed(2)} s on ${cores} cores at best, ${(floorS * 1000 / read.best).toFixed(1)}x the read`);
      row(`  and what each thread's warm-up adds (the first ${steady.warmUpPasses} corpus passes, beyond their warmed-up cost)`, `${warmUpS.toFixed(2)} s of CPU a thread`);
    }
    console.log(`  memory: ${useTime ? 'GNU time -v' : 'process.resourceUsage in a wrapper'}; the letters are read one at a time, so the peak does not grow with their number`);
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

if (require.main === module) benchCli().catch((e: unknown) => { console.error(e); process.exitCode = 1; });
