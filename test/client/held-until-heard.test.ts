/** Statuses sent before `activate` listens reach the status bar item: held, then handed to the first listener. */
import assert from 'node:assert/strict';
import { HeldUntilHeard } from '../../client/src/held-until-heard';

describe('values held until someone listens', () => {
  it('the first listener hears what came before it, in order; later values pass straight on', () => {
    const passed: string[] = [];
    const held = new HeldUntilHeard<string>((v) => passed.push(v));
    held.push('letter-a checked');
    held.push('letter-b checked');
    assert.deepEqual(passed, [], 'nothing is passed on while no one listens');
    const heard: string[] = [];
    held.release((v) => heard.push(v));
    assert.deepEqual(heard, ['letter-a checked', 'letter-b checked']);
    held.push('letter-a edited');
    assert.deepEqual(passed, ['letter-a edited']);
    held.release((v) => heard.push(v));
    assert.deepEqual(heard, ['letter-a checked', 'letter-b checked'], 'a second listener is not handed the old values again');
  });

  it('holds at most its limit, dropping the oldest (activate may never come)', () => {
    const held = new HeldUntilHeard<number>(() => assert.fail('nothing passes before a listener'), 3);
    for (let i = 1; i <= 5; i++) held.push(i);
    const heard: number[] = [];
    held.release((v) => heard.push(v));
    assert.deepEqual(heard, [3, 4, 5]);
  });
});
