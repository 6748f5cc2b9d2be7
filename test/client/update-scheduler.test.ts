/** The live preview's timing rules, on a fake clock. */
import assert from 'node:assert/strict';
import { ScrollGuard } from '../../client/src/preview/scroll-guard';
import { UpdateScheduler, VersionGuard, type Timers } from '../../client/src/preview/update-scheduler';

class FakeTimers implements Timers {
  time = 0;
  private queue: { at: number; fn: () => void; id: number }[] = [];
  private next = 0;
  setTimeout(fn: () => void, ms: number): unknown {
    const id = this.next++;
    this.queue.push({ at: this.time + ms, fn, id });
    return id;
  }
  clearTimeout(handle: unknown): void {
    this.queue = this.queue.filter((t) => t.id !== handle);
  }
  now(): number {
    return this.time;
  }
  /** moves the clock, running what falls due (and the promises they start) */
  async advance(ms: number): Promise<void> {
    const end = this.time + ms;
    for (;;) {
      this.queue.sort((a, b) => a.at - b.at);
      const due = this.queue[0];
      if (!due || due.at > end) break;
      this.queue.shift();
      this.time = due.at;
      due.fn();
      for (let i = 0; i < 5; i++) await Promise.resolve();
    }
    this.time = end;
  }
}

function setup(renderMs = 0) {
  const timers = new FakeTimers();
  const starts: number[] = [];
  let release: (() => void) | undefined;
  const scheduler = new UpdateScheduler(() => {
    starts.push(timers.now());
    if (!renderMs) return Promise.resolve();
    return new Promise<void>((resolve) => { release = resolve; });
  }, () => 300, timers);
  return { timers, starts, scheduler, finish: () => release?.() };
}

describe('preview update scheduler', () => {
  it('renders the first change at once (on the next tick)', async () => {
    const { timers, starts, scheduler } = setup();
    scheduler.request();
    assert.deepEqual(starts, []);
    await timers.advance(0);
    assert.deepEqual(starts, [0]);
  });

  it('renders a burst of typing at most once per delay, and always the last change', async () => {
    const { timers, starts, scheduler } = setup();
    for (let t = 0; t < 1000; t += 50) {
      scheduler.request();
      await timers.advance(50);
    }
    await timers.advance(1000);
    // the change at 950 came after the rendering at 900 began: it is rendered at 1200
    assert.deepEqual(starts, [0, 300, 600, 900, 1200]);
  });

  it('runs one rendering at a time and one more for changes made meanwhile', async () => {
    const { timers, starts, scheduler, finish } = setup(1);
    scheduler.request();
    await timers.advance(0);
    scheduler.request();
    scheduler.request();
    await timers.advance(1000);
    assert.deepEqual(starts, [0], 'nothing starts while one runs');
    finish();
    await timers.advance(0);
    await timers.advance(0);
    assert.deepEqual(starts, [0, 1000]);
  });

  it('does nothing after dispose', async () => {
    const { timers, starts, scheduler } = setup();
    scheduler.request();
    scheduler.dispose();
    await timers.advance(1000);
    scheduler.request();
    await timers.advance(1000);
    assert.deepEqual(starts, []);
  });
});

describe('preview version guard', () => {
  it('drops answers older than the one shown, and repeats unless refreshing', () => {
    const guard = new VersionGuard();
    assert.equal(guard.accept(3), true);
    assert.equal(guard.accept(2), false);
    assert.equal(guard.accept(3), false);
    assert.equal(guard.accept(3, true), true);
    assert.equal(guard.accept(5), true);
    guard.reset();
    assert.equal(guard.accept(1), true, 'another letter starts over');
  });
});

describe('scroll guard', () => {
  it('ignores the echo of our own scrolling for a moment', () => {
    const clock = { time: 0, now() { return this.time; } };
    const guard = new ScrollGuard(clock, 250);
    assert.equal(guard.held, false);
    guard.hold();
    clock.time = 200;
    assert.equal(guard.held, true);
    clock.time = 251;
    assert.equal(guard.held, false);
  });
});
