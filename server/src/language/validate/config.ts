/**
 * Workspace configuration of the rules: `.imrrc.json` next to the letters (or in a folder above them),
 * honoured by the CLI and the language server alike. Reading the file is the adapters' job; this reads its text.
 *
 *   { "rules": { "IMR205": "off", "plain-abbreviations": "warning" } }
 */
import type { Severity } from '../syntax/ast';
import { RULES } from './rules';

export type RuleSetting = 'off' | Severity;
export interface ImrConfig { rules: Record<string, RuleSetting> }

export { CONFIG_FILE_NAME } from './config-file-name';
const SETTINGS: readonly RuleSetting[] = ['off', 'error', 'warning', 'information', 'hint'];

export function emptyConfig(): ImrConfig {
  return { rules: {} };
}

/** Parses a configuration file's text; problems are messages naming the offending key. Never throws. */
export function readConfig(text: string): { config: ImrConfig; problems: string[] } {
  const problems: string[] = [];
  const config = emptyConfig();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { config, problems: [`not valid JSON: ${(e as Error).message}`] };
  }
  if (!json || typeof json !== 'object' || Array.isArray(json)) return { config, problems: ['the file must hold a JSON object'] };
  for (const key of Object.keys(json)) if (key !== 'rules' && key !== '$schema') problems.push(`unknown key '${key}' (expected 'rules')`);
  const rules = (json as { rules?: unknown }).rules;
  if (rules === undefined) return { config, problems };
  if (!rules || typeof rules !== 'object' || Array.isArray(rules)) return { config, problems: [...problems, "'rules' must be an object"] };
  for (const [key, value] of Object.entries(rules)) {
    const rule = RULES.find((r) => r.code === key.toUpperCase() || r.name === key);
    if (!rule && !/^IMR0\d\d$/i.test(key)) { problems.push(`rules: unknown rule '${key}'`); continue; }
    if (!SETTINGS.includes(value as RuleSetting)) { problems.push(`rules.${key}: '${String(value)}' is not one of ${SETTINGS.join(', ')}`); continue; }
    config.rules[rule ? rule.code : key.toUpperCase()] = value as RuleSetting;
  }
  return { config, problems };
}

/** The severity a problem gets under a configuration, or 'off'. */
export function severityFor(config: ImrConfig, code: string, fallback: Severity): RuleSetting {
  return config.rules[code] ?? fallback;
}
