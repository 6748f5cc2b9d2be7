/**
 * The commands' argument reader: node:util `parseArgs` in strict mode (options with values, boolean options,
 * positionals; anything unknown is an error), with its errors reworded as usage errors naming the option.
 */
import { parseArgs as parseNodeArgs, type ParseArgsConfig } from 'node:util';

export interface ParsedArgs { positionals: string[]; flags: Map<string, string | true> }

export class UsageError extends Error {}

/** An option by its long name (`--format`), with an optional one-letter alias (`-f`) and whether it takes a value. */
export interface OptionSpec { alias?: string; value?: boolean }

export function parseArgs(argv: readonly string[], options: Readonly<Record<string, OptionSpec>>): ParsedArgs {
  const config: NonNullable<ParseArgsConfig['options']> = {};
  for (const [name, spec] of Object.entries(options)) {
    config[name.replace(/^--/, '')] = { type: spec.value ? 'string' : 'boolean', ...(spec.alias ? { short: spec.alias.replace(/^-/, '') } : {}) };
  }
  let parsed: { values: Record<string, string | boolean | undefined>; positionals: string[] };
  try {
    parsed = parseNodeArgs({ args: [...argv], options: config, strict: true, allowPositionals: true }) as typeof parsed;
  } catch (e) {
    throw new UsageError(usageMessage(e, argv, options));
  }
  const flags = new Map<string, string | true>();
  for (const [key, value] of Object.entries(parsed.values)) {
    if (value === undefined || value === false) continue;
    flags.set(`--${key}`, value);
  }
  return { positionals: parsed.positionals, flags };
}

/** parseArgs' own messages name both spellings and suggest fixes; ours name the option as the user typed it. */
function usageMessage(e: unknown, argv: readonly string[], options: Readonly<Record<string, OptionSpec>>): string {
  const code = (e as NodeJS.ErrnoException).code;
  const message = e instanceof Error ? e.message : String(e);
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const given = /'([^']+)'/.exec(message)?.[1] ?? '';
    return `unknown option ${given.split('=')[0]}`;
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    // which option: the first given one that the message names
    const typed = argv.map((a) => a.split('=')[0]).find((a) => {
      const name = options[a] ? a : Object.keys(options).find((n) => options[n].alias === a);
      return name !== undefined && message.includes(name);
    }) ?? '';
    if (/does not take an argument/.test(message)) return `${typed} takes no value`;
    if (/argument missing/.test(message)) return `${typed} needs a value`;
    if (/ambiguous/.test(message)) return `${typed} needs a value (one that starts with '-' is written ${typed}=VALUE)`;
  }
  return message;
}

export function stringFlag(args: ParsedArgs, name: string): string | undefined {
  const v = args.flags.get(name);
  return typeof v === 'string' ? v : undefined;
}

/** A whole number option, at least `min`. */
export function intFlag(args: ParsedArgs, name: string, min: number): number | undefined {
  const v = stringFlag(args, name);
  if (v === undefined) return undefined;
  if (!/^\d+$/.test(v) || Number(v) < min) throw new UsageError(`${name} takes a whole number${min > 0 ? ` of at least ${min}` : ''}, not '${v}'`);
  return Number(v);
}

/** A value from a fixed list. */
export function choiceFlag<T extends string>(args: ParsedArgs, name: string, choices: readonly T[], fallback: T): T {
  const v = stringFlag(args, name);
  if (v === undefined) return fallback;
  if (!(choices as readonly string[]).includes(v)) throw new UsageError(`${name} takes one of ${choices.join(', ')}, not '${v}'`);
  return v as T;
}
