/**
 * The shipped letter fonts (media/fonts, subsets of Liberation Serif and Sans made by scripts/fonts/subset.py)
 * print every character a letter holds: each character of the corpus letters, the examples and the language
 * core's own wording (the fixed text of the layouts, the redaction marks, the fixes) has a glyph in each of the
 * four fonts, since a missing one would print as an empty box in the PDF. Also that they kern as the full fonts, and
 * do not carry the reserved name of the fonts they are cut from (SIL Open Font License 1.1: a modified version is
 * renamed). (Checked once by hand: the examples' PDFs rasterise to the same pixels with the full fonts.)
 */
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { FONT_FILES, fontsDir } from '../../server/src/node/fonts';
import { needCorpus, repoRoot } from '../helpers/corpus';

interface Font {
  familyName: string; fullName: string; postscriptName: string; hasGlyphForCodePoint(cp: number): boolean;
  layout(text: string, features: Record<string, boolean>): { positions: { xAdvance: number }[] };
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const fontkit = require('fontkit') as { create(data: Buffer): Font };

const fonts = Object.values(FONT_FILES).map((file) => ({ file, font: fontkit.create(fs.readFileSync(path.join(fontsDir(), file))) }));

function textFiles(dir: string, ext: RegExp): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return textFiles(full, ext);
    return ext.test(e.name) ? [full] : [];
  });
}

/** each character printed (not a control character) in the files, with one file it occurs in */
function charactersOf(files: string[]): Map<number, string> {
  const seen = new Map<number, string>();
  for (const file of files) {
    for (const ch of fs.readFileSync(file, 'utf8')) {
      const cp = ch.codePointAt(0)!;
      if (cp >= 0x20 && cp !== 0x7f && cp !== 0xfeff && !seen.has(cp)) seen.set(cp, file);
    }
  }
  return seen;
}

function missingGlyphs(chars: Map<number, string>): string[] {
  const root = repoRoot();
  return fonts.flatMap(({ file, font }) => [...chars]
    .filter(([cp]) => !font.hasGlyphForCodePoint(cp))
    .map(([cp, where]) => `${file}: U+${cp.toString(16).toUpperCase().padStart(4, '0')} '${String.fromCodePoint(cp)}' (${path.relative(root, where)})`));
}

describe('letter fonts', () => {
  it('has a glyph in each font for every character of the examples and of the language core\'s wording', () => {
    const root = repoRoot();
    const chars = charactersOf([...textFiles(path.join(root, 'examples'), /\.imr$/), ...textFiles(path.join(root, 'server', 'src', 'language'), /\.ts$/)]);
    assert.ok(chars.size > 90, `read ${chars.size} characters`);
    assert.deepEqual(missingGlyphs(chars), []);
  });

  it('has a glyph in each font for every character of the corpus letters', function () {
    const corpus = needCorpus(this);
    const letters = textFiles(corpus, /\.txt$/);
    assert.ok(letters.length > 100, `read ${letters.length} letters`);
    assert.deepEqual(missingGlyphs(charactersOf(letters)), []);
  });

  it('covers the scripts a California letter may use: accented Latin, Greek, Cyrillic, Vietnamese, and the usual signs', () => {
    const sample = 'àéîõüçñßøåæœłšžğışțđ Nguyễn Μμ Ωω Жж ≤ ≥ ± × ÷ µ ° ½ ¼ ² ³ § ¶ © ® ™ € £ ¥ ¢ – — ‘ ’ “ ” • … → ← ↑ ↓ ≈ ≠ − √ ∞ ‰ №';
    const chars = new Map([...sample].filter((c) => c !== ' ').map((c) => [c.codePointAt(0)!, 'the sample'] as [number, string]));
    assert.deepEqual(missingGlyphs(chars), []);
  });

  it('kerns as the full font does: pdfkit lays text out with the TrueType kern table, which the subsets keep', () => {
    // Liberation kerns digit pairs such as "11" only in that table (GPOS does not): without it a date prints wider
    const width = (font: Font, kern: boolean) => font.layout('11/29/2016', { kern }).positions.reduce((sum, p) => sum + p.xAdvance, 0);
    for (const { file, font } of fonts) assert.ok(width(font, true) < width(font, false), `${file}: "11/29/2016" is not kerned`);
  });

  it('carries a name of its own, not the reserved name of the fonts it is cut from', () => {
    for (const { file, font } of fonts) {
      for (const name of [font.familyName, font.fullName, font.postscriptName]) {
        assert.doesNotMatch(name, /Liberation|Tinos|Arimo/, `${file}: ${name}`);
        assert.match(name, /IMR ?Letter ?S(erif|ans)/, `${file}: ${name}`);
      }
    }
  });
});
