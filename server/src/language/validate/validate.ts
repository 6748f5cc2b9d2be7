/** Validation entry point: syntax problems and every rule's findings for one letter, under a configuration. */
import type { Letter, Problem } from '../syntax/ast';
import { emptyConfig, severityFor, type ImrConfig } from './config';
import { RuleContext } from './context';
import { RULES } from './rules';

export function validateLetter(letter: Letter, text: string, config: ImrConfig = emptyConfig()): Problem[] {
  const ctx = new RuleContext(letter, text, (code, fallback) => severityFor(config, code, fallback));
  const out: Problem[] = [];
  for (const p of letter.problems) {
    const severity = severityFor(config, p.code, p.severity);
    if (severity !== 'off') out.push({ ...p, severity });
  }
  for (const rule of RULES) {
    try {
      rule.check(ctx);
    } catch (e) {
      // a rule must never take the others down with it; say so where the user will see it
      ctx.problems.push({ code: rule.code, severity: 'hint', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, message: `Rule ${rule.name} failed: ${(e as Error).message}` });
    }
  }
  out.push(...ctx.problems);
  return out.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}
