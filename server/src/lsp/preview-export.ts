/** The custom requests: the preview's HTML, export (to a file, or as bytes), and import of a letter's text or PDF. */
import type { Connection } from 'vscode-languageserver';
import { buildDocument, importLetterText } from '../language';
import { isExportFormat } from '../language/render/export-formats';
import { letterStyles, renderHtmlBody } from '../language/render/html';
import { base64ToBytes, bytesToBase64, ExportRequest, ImportRequest, RenderPreviewRequest } from '../protocol';
import type { ServerHost } from './host';
import type { OpenLetters } from './open-letters';

export function registerPreviewExport(connection: Connection, letters: OpenLetters, host: ServerHost): void {
  connection.onRequest(RenderPreviewRequest.type, (p) => {
    const doc = letters.get(p.uri);
    if (!doc) return null;
    const snap = letters.snapshotOf(doc);
    const model = buildDocument(snap.letter);
    const syntaxProblems = snap.letter.problems.filter((x) => x.severity === 'error').map((x) => ({ line: x.range.start.line, message: x.message }));
    return { version: doc.version, html: renderHtmlBody(model, { look: p.look }), syntaxProblems, caseNumber: model.caseNumber, css: letterStyles(p.look) };
  });

  connection.onRequest(ExportRequest.type, async (p) => {
    const doc = letters.get(p.uri);
    if (!doc) throw new Error(`${p.uri} is not open`);
    if (!isExportFormat(p.format)) throw new Error(`unknown export format '${p.format}'`);
    const s = await letters.settings.get(p.uri);
    const settings = { publicCopy: p.publicCopy, organisation: s.export.organisation || undefined, letterheadImage: s.export.letterhead || undefined,
      pageNumbers: s.export.pageNumbers !== false };
    if (p.target !== undefined) {
      if (!host.exportToFile) throw new Error('this language server cannot write files: ask for the export without a target and write its data');
      // file: targets only, never an .imr (the host refuses others with InvalidParams)
      return host.exportToFile(doc.getText(), p.format, p.target, settings, p.uri);
    }
    const out = await host.renderExport(doc.getText(), p.format, settings);
    const bytes = typeof out === 'string' ? new TextEncoder().encode(out) : out;
    return { bytes: bytes.byteLength, data: bytesToBase64(bytes) };
  });

  connection.onRequest(ImportRequest.type, async (p) => {
    if ('pdf' in p && typeof p.pdf === 'string') {
      // a PdfTextError says in words why a PDF cannot be read; it reaches the user as the request's error
      const pdf = await host.pdfText(base64ToBytes(p.pdf));
      const imported = importLetterText(pdf.text);
      return { imr: imported.imr, notes: [...pdf.notes, ...imported.notes] };
    }
    if (!('text' in p) || typeof p.text !== 'string') throw new Error('the import request carries neither a letter\'s text nor a PDF');
    return importLetterText(p.text);
  });
}
