/**
 * The server's cache of `imr.*` settings: one question to the client per letter, and, while it is unanswered, a
 * guess at the answer for work done ahead (the first check of a letter runs while the client answers).
 */
import assert from 'node:assert/strict';
import type { Connection } from 'vscode-languageserver';
import { SettingsCache } from '../../server/src/lsp/settings';

/** A connection whose client answers each workspace/configuration question when the test says so. */
function slowClient(): { connection: Connection; asked: string[]; answer(value: unknown): void } {
  const asked: string[] = [];
  const pending: ((value: unknown) => void)[] = [];
  const connection = {
    workspace: {
      getConfiguration: (item: { scopeUri: string }) => {
        asked.push(item.scopeUri);
        return new Promise((resolve) => pending.push(resolve));
      },
    },
  } as unknown as Connection;
  return { connection, asked, answer: (value) => pending.shift()!(value) };
}

describe('settings cache', () => {
  it('asks once per letter, and guesses the defaults until the client first answers', async () => {
    const client = slowClient();
    const cache = new SettingsCache(client.connection);
    cache.supported = true;
    const first = cache.get('file:///a.imr');
    assert.equal(cache.get('file:///a.imr'), first, 'one question for the letter');
    assert.deepEqual(client.asked, ['file:///a.imr']);
    assert.equal(cache.likely('file:///a.imr').validate.enable, true, 'the defaults while nobody has answered');
    client.answer({ validate: { enable: false } });
    assert.equal((await first).validate.enable, false);
    assert.equal((await first).validate.delay, 150, 'what the client leaves out keeps its default');
  });

  it('guesses another letter\'s settings from the last answer, and a letter\'s own answer wins', async () => {
    const client = slowClient();
    const cache = new SettingsCache(client.connection);
    cache.supported = true;
    const a = cache.get('file:///a.imr');
    client.answer({ validate: { enable: false } });
    await a;
    assert.equal(cache.likely('file:///b.imr').validate.enable, false, 'validation is most likely off for b too');
    const b = cache.get('file:///b.imr');
    client.answer({ validate: { enable: true } });
    await b;
    assert.equal(cache.likely('file:///b.imr').validate.enable, true, 'b\'s own answer');
    assert.equal(cache.likely('file:///a.imr').validate.enable, false, 'a\'s own answer');
    cache.forget('file:///a.imr');
    assert.equal(cache.likely('file:///a.imr').validate.enable, true, 'forgotten: the last answer (b\'s) is the guess');
    // the settings changed: every answer is out of date, the guess too
    const c = cache.get('file:///c.imr');
    client.answer({ validate: { enable: false } });
    await c;
    cache.forget();
    assert.equal(cache.likely('file:///c.imr').validate.enable, true, 'the defaults again');
  });

  it('gives the defaults, without asking, to a client that has no workspace/configuration', async () => {
    const client = slowClient();
    const cache = new SettingsCache(client.connection);
    assert.equal((await cache.get('file:///a.imr')).validate.enable, true);
    assert.equal(cache.likely('file:///a.imr').validate.enable, true);
    assert.deepEqual(client.asked, []);
  });
});
