/**
 * What the CLI writes to the terminal: buffered output (one write per 64 KB rather than one per line, which
 * matters for ten thousand letters), colours only where they can be seen, and a progress bar on stderr.
 */

/** Colours on a terminal, unless NO_COLOR is set (https://no-color.org: any non-empty value). */
export function useColour(stream: NodeJS.WriteStream): boolean {
  return stream.isTTY === true && !process.env.NO_COLOR;
}

export interface Paint {
  red(s: string): string;
  yellow(s: string): string;
  blue(s: string): string;
  green(s: string): string;
  dim(s: string): string;
  bold(s: string): string;
  underline(s: string): string;
}

export function paint(enabled: boolean): Paint {
  const sgr = (open: number, close: number) => (s: string) => (enabled ? `\x1b[${open}m${s}\x1b[${close}m` : s);
  return {
    red: sgr(31, 39), yellow: sgr(33, 39), blue: sgr(34, 39), green: sgr(32, 39),
    dim: sgr(2, 22), bold: sgr(1, 22), underline: sgr(4, 24),
  };
}

/** A progress bar on stderr, drawn only when stderr is a terminal, at most ten times a second. */
export class Progress {
  private done = 0;
  private drawnAt = 0;
  private shown = false;
  readonly enabled: boolean;

  constructor(private readonly total: number, private readonly label: string, private readonly stream: NodeJS.WriteStream = process.stderr) {
    this.enabled = stream.isTTY === true && total > 1;
  }

  tick(): void {
    this.done++;
    if (!this.enabled) return;
    const now = Date.now();
    if (now - this.drawnAt < 100 && this.done < this.total) return;
    this.drawnAt = now;
    const width = 30;
    const filled = Math.round((this.done / this.total) * width);
    const percent = Math.floor((this.done / this.total) * 100);
    this.stream.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${String(percent).padStart(3)}% ${this.done}/${this.total} ${this.label}`);
    this.shown = true;
  }

  /** Wipes the bar (before other output reaches the same terminal, and at the end). */
  clear(): void {
    if (!this.shown) return;
    this.stream.write('\r\x1b[2K');
    this.shown = false;
    this.drawnAt = 0;
  }
}

/** Collects output and writes it in large pieces; `flush` before exiting. */
export class Output {
  private parts: string[] = [];
  private size = 0;

  constructor(private readonly stream: NodeJS.WriteStream = process.stdout, private readonly beforeWrite?: () => void) {}

  write(s: string): void {
    this.parts.push(s);
    this.size += s.length;
    if (this.size >= 65536) this.flush();
  }

  flush(): void {
    if (!this.parts.length) return;
    this.beforeWrite?.();
    this.stream.write(this.parts.join(''));
    this.parts = [];
    this.size = 0;
  }
}
