/** Timings the extension-host tests measure (activation, first diagnostics...), reported with the results. */
const recorded: Record<string, number> = {};

export function recordMetric(name: string, ms: number): void {
  recorded[name] = Math.round(ms);
}

export function metrics(): Record<string, number> {
  return { ...recorded };
}
