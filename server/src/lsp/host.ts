/**
 * What the language server needs from the platform it runs on. The handlers in lsp/ are the same under Node
 * (server/src/node/host.ts: files, fonts from media/fonts, atomic writes) and in the browser worker of VS Code
 * for the Web (server/src/web/host.ts: `.imrrc.json` asked of the client, the fonts fetched from the extension's
 * own media/fonts, no writes); only this small interface differs, so lsp/ never imports a Node module.
 */
import type { ImrConfig } from '../language';
import type { PdfText } from '../language/import/pdf-layout';
import type { ExportFormat } from '../language/render/export-formats';

export interface ExportSettings {
  publicCopy: boolean;
  /** the review organisation's name for the letterhead (`imr.export.organisation`) */
  organisation?: string;
  /** path of the letterhead image (`imr.export.letterhead`) */
  letterheadImage?: string;
  /** "Page N of M" and the case number at the foot of each page (`imr.export.pageNumbers`) */
  pageNumbers?: boolean;
}

export interface ServerHost {
  /** The client's `initializationOptions`, once, when the server is initialized. */
  initialize?(options: unknown): void;
  /**
   * The rule configuration for a letter: the `.imrrc.json` that governs it, or the defaults. Asked once per
   * folder until the configuration files change; a promise while it is being read.
   */
  readConfig(uri: string): ImrConfig | Promise<ImrConfig>;
  /** The export's bytes (PDF, DOCX) or text (HTML, plain text). */
  renderExport(source: string, format: ExportFormat, settings: ExportSettings): Promise<Uint8Array | string>;
  /**
   * Renders and writes the export to a file on the server's machine (`target`: an absolute path or a `file:` URI),
   * never over an `.imr` nor the letter (`letterUri`); resolves with the path and the bytes written, or rejects
   * with InvalidParams for a target it will not write. Absent where the server cannot write files (the web
   * worker): the client writes the bytes.
   */
  exportToFile?(source: string, format: ExportFormat, target: string, settings: ExportSettings, letterUri: string): Promise<{ target: string; bytes: number }>;
  /** A PDF letter's text laid out like `pdftotext -layout`; rejects with a PdfTextError saying why. */
  pdfText(data: Uint8Array): Promise<PdfText>;
}
