/**
 * One entry point for every output format, so the CLI, the server and the extension export the same way.
 * Text and HTML come back as strings, PDF and DOCX as bytes.
 */
import type { LetterDocument } from './model';
import { renderText } from './text';
import { renderHtmlDocument, type HtmlLook, type Letterhead } from './html';
import type { PdfFonts } from './pdf';
import { publicCopy } from '../redact/public-copy';

import type { ExportFormat } from './export-formats';
// The PDF and Word renderers bring pdfkit (with fontkit) and docx, most of a bundle's size: they are loaded on
// the first export, so a process that starts only to check or preview letters never loads them.
type Exporters = typeof import('./exporters');
let exporters: Exporters | undefined;
const loadExporters = (): Exporters => (exporters ??= require('./exporters') as Exporters);

export { EXPORT_FORMATS, isExportFormat, type ExportFormat } from './export-formats';

export const EXPORT_EXTENSIONS: Readonly<Record<ExportFormat, string>> = { text: '.txt', html: '.html', pdf: '.pdf', docx: '.docx' };

export const EXPORT_MIME_TYPES: Readonly<Record<ExportFormat, string>> = {
  text: 'text/plain; charset=utf-8',
  html: 'text/html; charset=utf-8',
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

export interface ExportOptions {
  /** remove personal information first (see `publicCopy`) */
  publicCopy?: boolean;
  /** required for PDF: the font bytes (server/src/node/fonts.ts loads the shipped Liberation Serif and Sans) */
  fonts?: PdfFonts;
  /** PDF: fixes the dates and file ID, for byte-identical output */
  creationDate?: Date;
  letterhead?: Letterhead;
  /** HTML: `paper` (default) or `editor` */
  look?: HtmlLook;
  /** PDF: body alignment, `left` (default) or `justify` */
  align?: 'left' | 'justify';
  /** PDF and DOCX metadata: the creating application */
  creator?: string;
  lang?: string;
  /** PDF and DOCX: page numbers and the case number at the foot of every page; on by default */
  pageNumbers?: boolean;
}

export async function exportLetter(doc: LetterDocument, format: ExportFormat, opts: ExportOptions = {}): Promise<Uint8Array | string> {
  const letter = opts.publicCopy ? publicCopy(doc) : doc;
  switch (format) {
    case 'text':
      return renderText(letter);
    case 'html':
      return renderHtmlDocument(letter, { look: opts.look, letterhead: opts.letterhead, lang: opts.lang });
    case 'pdf':
      if (!opts.fonts) throw new Error('PDF export needs the letter fonts (ExportOptions.fonts): load them with loadLetterFonts() from server/src/node/fonts.ts');
      return loadExporters().renderPdf(letter, {
        fonts: opts.fonts, creationDate: opts.creationDate, letterhead: opts.letterhead, align: opts.align,
        creator: opts.creator, lang: opts.lang, pageNumbers: opts.pageNumbers,
      });
    case 'docx':
      return loadExporters().renderDocx(letter, { letterhead: opts.letterhead, creator: opts.creator, lang: opts.lang, pageNumbers: opts.pageNumbers });
    default: {
      const never: never = format;
      throw new Error(`unknown export format '${String(never)}' (text, html, pdf, docx)`);
    }
  }
}
