/**
 * Export to a file, for the CLI and the language server alike: render in the format asked, with the fonts
 * and letterhead the PDF needs, and write atomically. Refuses to write over an `.imr` file.
 */
import * as fs from 'fs';
import { buildDocument, parseLetter } from '../language';
import { exportLetter, type ExportFormat } from '../language/render/export';
import type { Letterhead } from '../language/render/html';
import { writeFileAtomic } from './atomic-write';
import { loadLetterFonts } from './fonts';

export interface ExportFileOptions {
  publicCopy?: boolean;
  organisation?: string;
  /** path of a PNG or JPEG image to print at the top of the first page */
  letterheadImage?: string;
  creationDate?: Date;
  /** PDF and DOCX: page numbers and the case number at the foot of every page (default on) */
  pageNumbers?: boolean;
}

function letterhead(options: ExportFileOptions): Letterhead | undefined {
  if (!options.organisation && !options.letterheadImage) return undefined;
  let image: Letterhead['image'];
  if (options.letterheadImage) {
    const data = new Uint8Array(fs.readFileSync(options.letterheadImage));
    const png = data[0] === 0x89 && data[1] === 0x50;
    const jpeg = data[0] === 0xff && data[1] === 0xd8;
    if (!png && !jpeg) throw new Error(`the letterhead ${options.letterheadImage} is neither a PNG nor a JPEG image`);
    image = { data, type: png ? 'image/png' : 'image/jpeg' };
  }
  return { ...(options.organisation ? { organisation: options.organisation } : {}), ...(image ? { image } : {}) };
}

export async function renderToBytes(source: string, format: ExportFormat, options: ExportFileOptions = {}): Promise<Uint8Array | string> {
  const doc = buildDocument(parseLetter(source));
  return exportLetter(doc, format, {
    publicCopy: options.publicCopy,
    fonts: format === 'pdf' ? loadLetterFonts() : undefined,
    letterhead: letterhead(options),
    creationDate: options.creationDate,
    pageNumbers: options.pageNumbers,
    creator: 'imr',
  });
}

export async function exportToFile(source: string, format: ExportFormat, target: string, options: ExportFileOptions = {}): Promise<number> {
  if (/\.imr$/i.test(target)) throw new Error(`will not write the ${format} export over ${target}: that is a letter's source`);
  const data = await renderToBytes(source, format, options);
  await writeFileAtomic(target, data);
  return typeof data === 'string' ? Buffer.byteLength(data) : data.byteLength;
}
