/**
 * Validation throughput, parse included: the whole corpus checked in one process once V8 has optimised the checker
 * (the warm-up's own cost is printed too, as a batch of letters pays it once per thread). Every run parses
 * the letters again, and what checking keeps (joined prose, conclusion readings) is kept with the parse, so no run
 * reuses another's work; the only caches keyed on text hold short catalogue keys and label spellings, which recur
 * from letter to letter in real use as well.
 */
import { importLetterText, parseLetter, RULES, validateLetter } from '../../server/src/language';
import { RuleContext } from '../../server/src/language/validate/context';
import { corpusLetters, NO_CORPUS } from '../helpers/corpus';
import { generatedLetter } from './generate';
import { printProfile } from './profile';
import { row, timeIt } from './measure';

/** Parse plus check over the corpus should run at this rate or better. */
const TARGET_MB_S = 40;
/** Passes over the corpus before the timing: V8 has optimised what it will by about the twelfth. */
const WARM_UP_PASSES = 20;

/** The warmed-up rate, for the batch bench to say what checking alone costs its letters. */
export interface SteadyRate { cpuMs: number; bytes: number; warmUpCpuMs: number; warmUpPasses: number }

export async function benchValidate(): Promise<SteadyRate | undefined> {
  console.log(`\nValidation, parse included (target: parse + check at ${TARGET_MB_S} MB/s or better on the corpus)`);
  const corpus = corpusLetters().map((l) => importLetterText(l.text).imr);
  const check = (t: string) => validateLetter(parseLetter(t), t);
  let steady: SteadyRate | undefined;
  if (corpus.length) {
    const bytes = corpus.reduce((n, t) => n + Buffer.byteLength(t), 0);
    // V8 optimises the checker's functions a few at a time on a background thread over the first dozen passes (about
    // 250 of them, a second of compiling in all); measured after only a few passes, the figure was mostly that
    // tier-up, and swung by half from run to run. The rate is the steady one; what the warm-up costs is printed beside.
    const warm0 = process.cpuUsage();
    const warmT0 = process.hrtime.bigint();
    for (let i = 0; i < WARM_UP_PASSES; i++) for (const t of corpus) check(t);
    const warmMs = Number(process.hrtime.bigint() - warmT0) / 1e6;
    const warmCpu = process.cpuUsage(warm0);
    const ms = timeIt(() => { for (const t of corpus) check(t); }, 10, 0);
    const rate = bytes / 1e6 / (ms / 1000);
    // CPU time of the same work: on a machine busy with other work the wall clock above also counts waiting
    const cpu0 = process.cpuUsage();
    for (let i = 0; i < 10; i++) for (const t of corpus) check(t);
    const cpu = process.cpuUsage(cpu0);
    const cpuMs = (cpu.user + cpu.system) / 1000 / 10;
    steady = { cpuMs, bytes, warmUpCpuMs: (warmCpu.user + warmCpu.system) / 1000, warmUpPasses: WARM_UP_PASSES };
    row(`warm-up: the first ${WARM_UP_PASSES} passes over the corpus, a pass`,
      `${(warmMs / WARM_UP_PASSES).toFixed(1)} ms, CPU ${((warmCpu.user + warmCpu.system) / 1000 / WARM_UP_PASSES).toFixed(1)} ms (V8's compiling included)`);
    row(`parse + check the corpus (${corpus.length} letters, ${(bytes / 1024).toFixed(0)} KB), warmed up`,
      `${ms.toFixed(1)} ms, ${(corpus.length / (ms / 1000)).toFixed(0)} letters/s, ${rate.toFixed(1)} MB/s ${rate >= TARGET_MB_S ? '(met)' : '(not met)'}; CPU ${cpuMs.toFixed(1)} ms, ${(bytes / 1e6 / (cpuMs / 1000)).toFixed(1)} MB/s`);
    // the parser's share: the floor under the rules
    const parse0 = process.cpuUsage();
    for (let i = 0; i < 10; i++) for (const t of corpus) parseLetter(t);
    const parseCpu = process.cpuUsage(parse0);
    const parseMs = (parseCpu.user + parseCpu.system) / 1000 / 10;
    row('  of which parsing alone', `CPU ${parseMs.toFixed(1)} ms, ${(bytes / 1e6 / (parseMs / 1000)).toFixed(1)} MB/s`);
    // where checking goes, rule by rule (a rule that reads a field first pays for joining and splitting it)
    const byRule = new Map<string, number>();
    for (let i = 0; i < 10; i++) {
      for (const t of corpus) {
        const ctx = new RuleContext(parseLetter(t), t, (_code, fallback) => fallback);
        for (const rule of RULES) {
          const t0 = process.hrtime.bigint();
          rule.check(ctx);
          byRule.set(rule.code, (byRule.get(rule.code) ?? 0) + Number(process.hrtime.bigint() - t0) / 1e6 / 10);
        }
      }
    }
    const ruleTotal = [...byRule.values()].reduce((a, b) => a + b, 0);
    const top = [...byRule].sort((a, b) => b[1] - a[1]).slice(0, 6).map(([code, ms]) => `${code} ${ms.toFixed(1)}`).join(', ');
    row('  the rules, by the clock (ms)', `${ruleTotal.toFixed(1)} ms in all; ${top}`);
    await printProfile('where parse + check spends its time (the corpus, 10 times)', () => { for (let i = 0; i < 10; i++) for (const t of corpus) check(t); });
  } else {
    console.log(`  ${NO_CORPUS}`);
  }
  const big = generatedLetter(1000);
  row('check a generated 1,000-item letter', `${timeIt(() => check(big), 10, 3).toFixed(1)} ms`);
  return steady;
}
