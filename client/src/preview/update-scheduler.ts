/**
 * When the live preview asks the server for a new rendering, and which answers it shows. Pure (timers are
 * injected), so the timing rules are tested without VS Code:
 *   - the first change after a quiet spell renders at once (on the next tick, after the editor has sent the
 *     change to the server), later ones at most once per delay, the last one always (trailing);
 *   - one rendering at a time: a change during a rendering schedules one more afterwards;
 *   - an answer older than what the preview shows is dropped (`VersionGuard`).
 */

export interface Timers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  now(): number;
}

export const realTimers: Timers = {
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
  now: () => Date.now(),
};

export class UpdateScheduler {
  private timer: unknown;
  private running = false;
  private pending = false;
  private lastStart = Number.NEGATIVE_INFINITY;
  private disposed = false;

  constructor(
    private readonly render: () => Promise<void>,
    private readonly delay: () => number,
    private readonly timers: Timers = realTimers,
  ) {}

  /** a change happened: render it soon */
  request(): void {
    if (this.disposed) return;
    if (this.running) { this.pending = true; return; }
    if (this.timer !== undefined) return;
    const wait = Math.max(0, this.lastStart + this.delay() - this.timers.now());
    this.timer = this.timers.setTimeout(() => { this.timer = undefined; void this.run(); }, wait);
  }

  /** is a rendering running or due? */
  get busy(): boolean {
    return this.running || this.timer !== undefined;
  }

  dispose(): void {
    this.disposed = true;
    if (this.timer !== undefined) this.timers.clearTimeout(this.timer);
    this.timer = undefined;
  }

  private async run(): Promise<void> {
    if (this.disposed) return;
    this.running = true;
    this.pending = false;
    this.lastStart = this.timers.now();
    try {
      await this.render();
    } finally {
      this.running = false;
      if (this.pending) this.request();
    }
  }
}

/** Drops renderings of versions older than the one shown; a full refresh may show the same version again. */
export class VersionGuard {
  private shown = -1;

  accept(version: number, refresh = false): boolean {
    if (version < this.shown || (version === this.shown && !refresh)) return false;
    this.shown = version;
    return true;
  }

  get version(): number {
    return this.shown;
  }

  /** another document: everything starts over */
  reset(): void {
    this.shown = -1;
  }
}
