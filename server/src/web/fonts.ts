/**
 * The letter fonts for PDF export in the browser worker. The worker has no file system, but the extension's own
 * files are served beside its scripts: the fonts are read from the extension's media/fonts (the same files the
 * Node server reads) on the first PDF export, and kept. Nothing outside the extension is fetched; bundling the
 * fonts into a script instead would ship them twice in the .vsix.
 */
import type { PdfFonts } from '../language/render/pdf';
import { extensionAssetUrl } from './lazy-scripts';

/** The font files, relative to the extension's root (as in server/src/node/fonts.ts). */
const FONT_FILES: Record<keyof PdfFonts, string> = {
  regular: 'media/fonts/IMRLetterSerif-Regular.ttf', bold: 'media/fonts/IMRLetterSerif-Bold.ttf',
  sansRegular: 'media/fonts/IMRLetterSans-Regular.ttf', sansBold: 'media/fonts/IMRLetterSans-Bold.ttf',
};

let loading: Promise<PdfFonts> | undefined;

async function read(file: string): Promise<Uint8Array> {
  const url = extensionAssetUrl(file);
  const response = await fetch(url);
  if (!response.ok) throw new Error(`cannot read the letter font ${file} (${response.status} ${response.statusText})`);
  return new Uint8Array(await response.arrayBuffer());
}

export function letterFonts(): Promise<PdfFonts> {
  loading ??= (async () => {
    const entries = await Promise.all(Object.entries(FONT_FILES).map(async ([key, file]) => [key, await read(file)] as const));
    return Object.fromEntries(entries) as unknown as PdfFonts;
  })();
  // a failed read is tried again on the next export
  loading.catch(() => { loading = undefined; });
  return loading;
}
