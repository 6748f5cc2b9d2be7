/** Base64 without Buffer (the bytes of exports and imported PDFs between the web client and its server). */
import assert from 'node:assert/strict';
import { base64ToBytes, bytesToBase64 } from '../../server/src/language/text/base64';

describe('base64', () => {
  it('agrees with Node\'s Buffer for every byte value and for every padding', () => {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    for (let n = 0; n <= 5; n++) {
      const bytes = all.subarray(250 - n, 256);
      assert.equal(bytesToBase64(bytes), Buffer.from(bytes).toString('base64'));
      assert.deepEqual(base64ToBytes(bytesToBase64(bytes)), bytes);
    }
  });

  it('round-trips a file larger than one chunk (a PDF of a long letter)', () => {
    const big = Uint8Array.from({ length: 300_001 }, (_, i) => (i * 7919) & 0xff);
    const text = bytesToBase64(big);
    assert.equal(text, Buffer.from(big).toString('base64'));
    assert.deepEqual(base64ToBytes(text), big);
  });

  it('names what is wrong with text that is not base64', () => {
    assert.throws(() => base64ToBytes('not base64!'), /not valid base64/);
  });
});
