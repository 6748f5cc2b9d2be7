/** The preview's line <-> offset mapping (media/preview/scroll-sync.js), the part of scroll sync that can be wrong quietly. */
import assert from 'node:assert/strict';
import * as path from 'path';
import { repoRoot } from '../helpers/corpus';

interface Block { line: number; top: number; height: number }
interface ScrollSync {
  normalise(blocks: Block[]): Block[];
  lineAtOffset(blocks: Block[], offset: number): number;
  offsetOfLine(blocks: Block[], line: number): number;
}
// a plain script for the webview, loaded here as the CommonJS module it also is
// eslint-disable-next-line @typescript-eslint/no-require-imports
const sync = require(path.join(repoRoot(), 'media', 'preview', 'scroll-sync.js')) as ScrollSync;

// a letter as the preview lays it out: the header table (two fields a row), boilerplate without lines, the summary, an item
const BLOCKS: Block[] = [
  { line: 1, top: 100, height: 20 }, { line: 2, top: 100, height: 20 },
  { line: 3, top: 120, height: 20 }, { line: 4, top: 120, height: 20 },
  { line: 10, top: 400, height: 100 },
  { line: 20, top: 520, height: 60 },
  { line: 30, top: 600, height: 20 },
];

describe('preview scroll sync', () => {
  it('counts the cells of a header row once, with their first line', () => {
    assert.deepEqual(sync.normalise(BLOCKS).map((b) => [b.line, b.top]), [[1, 100], [3, 120], [10, 400], [20, 520], [30, 600]]);
  });

  it('maps a source line to the top of its block, and in between in proportion', () => {
    assert.equal(sync.offsetOfLine(BLOCKS, 10), 400);
    assert.equal(sync.offsetOfLine(BLOCKS, 15), 460);
    assert.equal(sync.offsetOfLine(BLOCKS, 30), 600);
  });

  it('maps a page offset back to the source line, so the round trip lands where it started', () => {
    for (const line of [1, 3, 10, 12.5, 20, 25, 30]) assert.ok(Math.abs(sync.lineAtOffset(BLOCKS, sync.offsetOfLine(BLOCKS, line)) - line) < 1e-9, `line ${line}`);
  });

  it('is 0 at the top of the page and above the first block in proportion', () => {
    assert.equal(sync.lineAtOffset(BLOCKS, 0), 0);
    assert.equal(sync.offsetOfLine(BLOCKS, 0), 0);
    assert.equal(sync.lineAtOffset(BLOCKS, 50), 0.5);
  });

  it('stays on the last block past the end of the letter', () => {
    assert.equal(sync.lineAtOffset(BLOCKS, 5000), 30);
    assert.equal(sync.offsetOfLine(BLOCKS, 99), 600);
  });

  it('does not interpolate backwards when the page order is not the source order', () => {
    // the header fields written after the summary in the source: the page shows them first
    const blocks: Block[] = [{ line: 40, top: 100, height: 20 }, { line: 5, top: 200, height: 100 }, { line: 50, top: 400, height: 50 }];
    assert.equal(sync.lineAtOffset(blocks, 150), 40);
    assert.equal(sync.offsetOfLine(blocks, 5), 200);
    assert.equal(sync.offsetOfLine(blocks, 40), 100);
    assert.equal(sync.offsetOfLine(blocks, 45), 250, 'between the blocks of lines 40 and 50');
  });

  it('has nothing to map in an empty letter', () => {
    assert.equal(sync.lineAtOffset([], 300), 0);
    assert.equal(sync.offsetOfLine([], 12), 0);
  });
});
