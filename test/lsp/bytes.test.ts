/**
 * The custom requests as a client that has no renderer, no PDF reader and no disk uses them (the web extension):
 * the preview's stylesheet comes with its markup, an export without a target comes back as bytes, and a PDF's
 * bytes go in for the server to read. Against the bundled Node server, over stdio.
 */
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { renderToBytes } from '../../server/src/node/export-file';
import { base64ToBytes, bytesToBase64 } from '../../server/src/protocol';
import { VALID } from '../helpers/valid-letter';
import { CLIENT_CAPABILITIES, serverPath, startServer, type ServerProcess } from './lsp-client';

const URI = 'untitled:bytes.imr';
const CASE_NUMBER = /^Case Number: (\S+)$/m.exec(VALID)![1];

describe('language server: bytes in and out (what the web client relies on)', function () {
  let server: ServerProcess;
  const request = <R>(method: string, params: unknown) => server.connection.sendRequest(method, params) as Promise<R>;

  before(async function () {
    if (!fs.existsSync(serverPath())) throw new Error(`build the server first: ${serverPath()} is missing`);
    server = await startServer();
    await server.connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: CLIENT_CAPABILITIES });
    server.connection.sendNotification('initialized', {});
    server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: URI, languageId: 'imr', version: 1, text: VALID } });
  });
  after(async () => { await server?.stop(); });

  it('sends the letter\'s stylesheet with the preview markup, one per look', async () => {
    const paper = await request<{ html: string; css: string }>('imr/renderPreview', { uri: URI, look: 'paper' });
    const editor = await request<{ css: string }>('imr/renderPreview', { uri: URI, look: 'editor' });
    assert.match(paper.html, /MRI of the right shoulder without contrast/);
    assert.match(paper.css, /\.imr-letter/);
    assert.notEqual(paper.css, editor.css);
  });

  it('returns an export as bytes when no target is given, and writes nothing', async () => {
    for (const [format, start] of [['html', '<!DOCTYPE html>'], ['pdf', '%PDF-'], ['text', '']] as const) {
      const result = await request<{ target?: string; bytes: number; data?: string }>('imr/export', { uri: URI, format, publicCopy: false });
      assert.equal(result.target, undefined, format);
      assert.ok(result.data, `${format}: data`);
      const bytes = base64ToBytes(result.data);
      assert.equal(bytes.byteLength, result.bytes, format);
      assert.ok(new TextDecoder().decode(bytes.subarray(0, 20)).startsWith(start), `${format} starts with ${start}`);
    }
    const text = await request<{ data: string }>('imr/export', { uri: URI, format: 'text', publicCopy: false });
    assert.match(new TextDecoder().decode(base64ToBytes(text.data)), new RegExp(CASE_NUMBER));
  });

  it('still writes the file itself when given a target on its disk', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'imr-bytes-'));
    try {
      const target = path.join(dir, 'letter.html');
      const result = await request<{ target?: string; bytes: number; data?: string }>('imr/export', { uri: URI, format: 'html', publicCopy: false, target });
      assert.equal(result.target, target);
      assert.equal(result.data, undefined);
      assert.equal(fs.statSync(target).size, result.bytes);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('imports a letter from a PDF\'s bytes', async () => {
    const pdf = await renderToBytes(VALID, 'pdf');
    assert.ok(pdf instanceof Uint8Array);
    const result = await request<{ imr: string; notes: string[] }>('imr/import', { pdf: bytesToBase64(pdf) });
    assert.match(result.imr, new RegExp(`^Case Number: ${CASE_NUMBER}$`, 'm'));
    assert.match(result.imr, /^Item: MRI of the right shoulder without contrast$/m);
  });

  it('says why bytes that are not a PDF cannot be imported, and what a request lacks', async () => {
    await assert.rejects(request('imr/import', { pdf: bytesToBase64(new TextEncoder().encode('Case Number: CM16-0213037\n')) }), /not a PDF|damaged/);
    await assert.rejects(request('imr/import', { pdf: '%%% not base64 %%%' }), /base64/);
    await assert.rejects(request('imr/import', {}), /neither a letter's text nor a PDF/);
  });
});
