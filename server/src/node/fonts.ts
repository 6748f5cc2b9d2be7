/**
 * Loads the letter fonts the PDF renderer embeds (IMR Letter Serif for the body, IMR Letter Sans for the header
 * table: Liberation Serif and Sans cut down to the characters a letter may hold and renamed, as their licence asks
 * of a modified version (SIL Open Font License 1.1); shipped in media/fonts with the licence, made by
 * scripts/fonts/subset.py). The renderer itself is pure and takes the bytes; this is the I/O half, for the
 * CLI and the language server. It finds media/fonts by walking up from this file, so it works from the compiled
 * tests (out/server/src/node) and from the esbuild bundles (dist/cli, dist/server) alike.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { PdfFonts } from '../language/render/pdf';

export const FONT_FILES = {
  regular: 'IMRLetterSerif-Regular.ttf', bold: 'IMRLetterSerif-Bold.ttf',
  sansRegular: 'IMRLetterSans-Regular.ttf', sansBold: 'IMRLetterSans-Bold.ttf',
} as const;

let cached: PdfFonts | undefined;

/** The folder holding the fonts: `dir` if given, else the first `media/fonts` above this file. */
export function fontsDir(dir?: string): string {
  if (dir) return dir;
  let at = __dirname;
  for (;;) {
    const candidate = path.join(at, 'media', 'fonts');
    if (fs.existsSync(path.join(candidate, FONT_FILES.regular))) return candidate;
    const up = path.dirname(at);
    if (up === at) break;
    at = up;
  }
  throw new Error(`the letter fonts (${Object.values(FONT_FILES).join(', ')}) were not found in a media/fonts folder above ${__dirname}`);
}

/** Reads the fonts once and keeps them (about 0.9 MB). */
export function loadLetterFonts(dir?: string): PdfFonts {
  if (cached && !dir) return cached;
  const from = fontsDir(dir);
  const read = (file: string): Uint8Array => {
    try {
      return new Uint8Array(fs.readFileSync(path.join(from, file)));
    } catch (e) {
      throw new Error(`cannot read the letter font ${path.join(from, file)}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    }
  };
  const fonts = {
    regular: read(FONT_FILES.regular), bold: read(FONT_FILES.bold),
    sansRegular: read(FONT_FILES.sansRegular), sansBold: read(FONT_FILES.sansBold),
  };
  if (!dir) cached = fonts;
  return fonts;
}
