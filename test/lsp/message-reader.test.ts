/**
 * The stdio reader takes messages as they arrive, in chunks of any size: a large message (a long letter in
 * didOpen) is read into one buffer of its own length, and what follows it in the same chunk is the next message.
 */
import assert from 'node:assert/strict';
import { PassThrough } from 'stream';
import type { Message } from 'vscode-jsonrpc';
import { FramedMessageReader } from '../../server/src/lsp/message-reader';

const frame = (message: object): Buffer => {
  const body = Buffer.from(JSON.stringify(message), 'utf8');
  return Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'latin1'), body]);
};

/** The messages read from `bytes` when they arrive `chunk` bytes at a time. */
function read(bytes: Buffer, chunk: number): Message[] {
  const reader = new FramedMessageReader(new PassThrough());
  const messages: Message[] = [];
  // the chunks handed over exactly as the stream's 'data' events would
  for (let i = 0; i < bytes.length; i += chunk) reader['onData'](bytes.subarray(i, i + chunk), (m: Message) => messages.push(m));
  return messages;
}

describe('message reader', () => {
  // a letter of 2 MB with characters of two and three bytes, so chunks end inside a character
  const letter = 'Decision rationale: the request for physiothérapie — naproxène is medically necessary.\n'.repeat(24000);
  const open = { jsonrpc: '2.0', method: 'textDocument/didOpen', params: { textDocument: { uri: 'file:///a.imr', languageId: 'imr', version: 1, text: letter } } };
  const next = { jsonrpc: '2.0', id: 2, method: 'textDocument/hover', params: { textDocument: { uri: 'file:///a.imr' }, position: { line: 0, character: 0 } } };
  const bytes = Buffer.concat([frame({ jsonrpc: '2.0', id: 1, method: 'shutdown' }), frame(open), frame(next), frame(next)]);

  for (const chunk of [1000, 65536, 65537, bytes.length]) {
    it(`reads a large message and those around it, ${chunk} bytes at a time`, () => {
      const messages = read(bytes, chunk);
      assert.equal(messages.length, 4);
      assert.deepEqual(messages[0], { jsonrpc: '2.0', id: 1, method: 'shutdown' });
      assert.equal((messages[1] as unknown as typeof open).params.textDocument.text, letter);
      assert.deepEqual(messages[2], next);
      assert.deepEqual(messages[3], next);
    });
  }
});
