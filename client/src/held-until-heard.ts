/**
 * Values an event must not lose before anyone listens: the desktop client connects while its bundle is evaluated,
 * before `activate` subscribes to the letters' statuses, and the letter that triggered activation may be checked
 * by then. Held values go to the first listener; after it, values pass straight on.
 */
export class HeldUntilHeard<T> {
  private held: T[] | undefined = [];

  /** `limit`: the most values held (the oldest go first): a handful come before `activate`, unless it never comes */
  constructor(private readonly pass: (value: T) => void, private readonly limit = 100) {}

  push(value: T): void {
    if (!this.held) return this.pass(value);
    this.held.push(value);
    if (this.held.length > this.limit) this.held.shift();
  }

  /** The first listener is here: it hears what was held, and later values are passed on at once. */
  release(listener: (value: T) => void): void {
    const held = this.held;
    this.held = undefined;
    for (const value of held ?? []) listener(value);
  }
}
