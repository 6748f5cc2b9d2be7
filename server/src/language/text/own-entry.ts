/**
 * A table's entry for a key that came from outside (a letter's words, a command line, a client's message): only
 * the table's own entries count. A plain object also answers `constructor`, `toString` or `__proto__` from its
 * prototype, which would make `Decision: constructor` read as a decision, or `imr toString` as a command.
 */
export function ownEntry<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}
