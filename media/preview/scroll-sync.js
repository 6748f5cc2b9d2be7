// @ts-check
/**
 * Source line <-> page offset, for the live preview's scroll sync. Pure: it works on a list of the blocks that
 * carry `data-line` (their line, top and height in page pixels), so the unit tests run it without a browser
 * (test/client/scroll-sync.test.ts). Loaded by the preview page as a plain script (window.imrScrollSync) and by
 * Node as a CommonJS module.
 *
 * The renderer's blocks do not always follow source order (the header table puts two fields on one row, fields may
 * be written in any order, and the layout's boilerplate has no source line), so neither direction assumes it.
 */
(function (root, factory) {
  const api = factory();
  if (typeof module === 'object' && module.exports) module.exports = api;
  else root.imrScrollSync = api;
})(typeof self !== 'undefined' ? self : this, function () {
  /**
   * @typedef {{ line: number, top: number, height: number }} Block
   */

  /**
   * Blocks in page order; blocks side by side (a header row) count once, with their first source line.
   * @param {Block[]} blocks
   * @returns {Block[]}
   */
  function normalise(blocks) {
    const sorted = blocks
      .filter((b) => Number.isFinite(b.line) && b.line >= 0 && Number.isFinite(b.top))
      .slice()
      .sort((a, b) => a.top - b.top || a.line - b.line);
    /** @type {Block[]} */
    const out = [];
    for (const b of sorted) {
      const prev = out[out.length - 1];
      if (prev && Math.abs(prev.top - b.top) < 1) {
        if (b.line < prev.line) prev.line = b.line;
        prev.height = Math.max(prev.height, b.height);
      } else {
        out.push({ line: b.line, top: b.top, height: Math.max(0, b.height) });
      }
    }
    return out;
  }

  /**
   * The source line shown at a page offset (the top of the viewport): the block there, plus how far into it, as a
   * fraction of the way to the next block's line when that one comes later in the source.
   * @param {Block[]} blocks
   * @param {number} offset
   * @returns {number}
   */
  function lineAtOffset(blocks, offset) {
    const list = normalise(blocks);
    if (!list.length || offset <= 0) return 0;
    // above the first block (the page's margin, a letterhead): from line 0 to that block's line
    if (offset <= list[0].top) return (offset / list[0].top) * list[0].line;
    let lo = 0;
    let hi = list.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (list[mid].top <= offset) lo = mid;
      else hi = mid - 1;
    }
    const block = list[lo];
    const next = list[lo + 1];
    if (!next || next.line <= block.line) return block.line;
    const span = next.top - block.top;
    const progress = span > 0 ? Math.min(1, (offset - block.top) / span) : 0;
    return block.line + progress * (next.line - block.line);
  }

  /**
   * The page offset at which a source line begins: the block of that line, or between the nearest blocks before
   * and after it in the source, in proportion; above every block it is the top of the page.
   * @param {Block[]} blocks
   * @param {number} line
   * @returns {number}
   */
  function offsetOfLine(blocks, line) {
    const list = normalise(blocks);
    if (!list.length || line <= 0) return 0;
    /** @type {Block | undefined} */
    let before;
    /** @type {Block | undefined} */
    let after;
    for (const b of list) {
      if (b.line <= line && (!before || b.line > before.line)) before = b;
      if (b.line > line && (!after || b.line < after.line)) after = b;
    }
    if (!before) return after && after.line > 0 ? (line / after.line) * after.top : 0;
    if (!after || after.top <= before.top) {
      // past the last block with a line: move through the block in proportion to its own lines, if any
      return before.top;
    }
    const progress = (line - before.line) / (after.line - before.line);
    return before.top + progress * (after.top - before.top);
  }

  return { normalise, lineAtOffset, offsetOfLine };
});
