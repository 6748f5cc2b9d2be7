/** A small, strict argument reader: options with values, boolean options, positionals; unknown options are errors. */
export interface ParsedArgs { positionals: string[]; flags: Map<string, string | true> }

export class UsageError extends Error {}

/** An option by its long name (`--format`), with an optional one-letter alias (`-f`) and whether it takes a value. */
export interface OptionSpec { alias?: string; value?: boolean }

export function parseArgs(argv: readonly string[], options: Readonly<Record<string, OptionSpec>>): ParsedArgs {
  const flags = new Map<string, string | true>();
  const positionals: string[] = [];
  const byAlias = new Map(Object.entries(options).flatMap(([name, spec]) => (spec.alias ? [[spec.alias, name] as const] : [])));
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') { positionals.push(...argv.slice(i + 1)); break; }
    if (!arg.startsWith('-') || arg === '-') { positionals.push(arg); continue; }
    const [given, inline] = arg.split(/=(.*)/s, 2);
    const name = byAlias.get(given) ?? given;
    const spec = options[name];
    if (!spec) throw new UsageError(`unknown option ${given}`);
    if (spec.value) {
      const value = inline ?? argv[++i];
      if (value === undefined) throw new UsageError(`${given} needs a value`);
      flags.set(name, value);
    } else {
      if (inline !== undefined) throw new UsageError(`${given} takes no value`);
      flags.set(name, true);
    }
  }
  return { positionals, flags };
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
