/** Scroll sync in both directions must not ping-pong: after we scroll one side, its echo is ignored briefly. */
import { realTimers, type Timers } from './update-scheduler';

/** A short hold that stops the editor and the preview from scrolling each other back and forth. */
export class ScrollGuard {
  private until = Number.NEGATIVE_INFINITY;

  constructor(private readonly timers: Pick<Timers, 'now'> = realTimers, private readonly holdMs = 250) {}

  /** we are about to scroll the other side: ignore the echo */
  hold(): void {
    this.until = this.timers.now() + this.holdMs;
  }

  get held(): boolean {
    return this.timers.now() < this.until;
  }
}
