/**
 * Reading a letter: `readText` decodes from one buffer kept between reads (a batch check reads thousands), so
 * each text must be exactly its own file, whatever was read before it; `readInput` hands back bytes of its own.
 */
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { readInput, readText } from '../../server/src/cli/files';
import { seeded } from '../helpers/random';
import { cleanUp, tempDir } from './run';

describe('reading letters', () => {
  let dir: string;
  before(() => { dir = tempDir('read-text'); });
  after(cleanUp);

  const write = (name: string, content: string | Buffer) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, content);
    return file;
  };

  it('each text is its own file: longer, shorter, empty, multi-byte, in any order', () => {
    const random = seeded(7);
    const pieces = ['Upheld. ', 'é', '\u2014', '\ud83d\ude00', 'x', 'Medically necessary\n', '\r\n'];
    const texts = [''];
    // sizes around every power of two up to 256 KB, so the kept buffer is outgrown many times and reused shorter
    for (let bits = 0; bits <= 18; bits++) {
      for (const delta of [-1, 0, 1]) {
        let text = '';
        while (Buffer.byteLength(text) < (1 << bits) + delta) text += pieces[Math.floor(random() * pieces.length)];
        texts.push(text);
      }
    }
    const order = texts.map((t, i) => ({ t, key: random(), i })).sort((a, b) => a.key - b.key);
    for (const { t, i } of order) {
      const file = write(`letter-${i}.imr`, t);
      const read = readText(file);
      assert.ok('text' in read, `letter-${i}: ${JSON.stringify(read)}`);
      assert.equal(read.text, t, `letter-${i} (${Buffer.byteLength(t)} bytes) read back differently`);
    }
  });

  it('readInput gives bytes of its own, which a later read does not change', () => {
    const first = readInput(write('a.pdf', Buffer.from('%PDF-1.4 first')));
    const second = readInput(write('b.pdf', Buffer.from('%PDF-1.4 the second one')));
    readText(write('c.imr', 'Decision: Upheld'));
    assert.ok('data' in first && 'data' in second);
    assert.equal(first.data.toString(), '%PDF-1.4 first');
    assert.equal(second.data.toString(), '%PDF-1.4 the second one');
  });

  it('says why a file cannot be read, naming the reason', () => {
    const missing = readText(path.join(dir, 'nowhere.imr'));
    assert.ok('error' in missing && /^cannot read: /.test(missing.error), JSON.stringify(missing));
    const folder = readText(dir);
    assert.deepEqual(folder, { error: 'not read: it is a folder' });
  });
});
