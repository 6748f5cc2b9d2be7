/** The custom requests: the preview's HTML, export to a file, and import of a letter's text. */
import type { Connection } from 'vscode-languageserver';
import { buildDocument, importLetterText } from '../language';
import { isExportFormat } from '../language/render/export';
import { renderHtmlBody } from '../language/render/html';
import { exportToFile } from '../node/export-file';
import { ExportRequest, ImportRequest, RenderPreviewRequest } from '../protocol';
import { exportTargetPath } from './export-target';
import type { OpenLetters } from './open-letters';

export function registerPreviewExport(connection: Connection, letters: OpenLetters): void {
  connection.onRequest(RenderPreviewRequest.type, (p) => {
    const doc = letters.get(p.uri);
    if (!doc) return null;
    const snap = letters.snapshotOf(doc);
    const model = buildDocument(snap.letter);
    const syntaxProblems = snap.letter.problems.filter((x) => x.severity === 'error').map((x) => ({ line: x.range.start.line, message: x.message }));
    return { version: doc.version, html: renderHtmlBody(model, { look: p.look }), syntaxProblems, caseNumber: model.caseNumber };
  });

  connection.onRequest(ExportRequest.type, async (p) => {
    const doc = letters.get(p.uri);
    if (!doc) throw new Error(`${p.uri} is not open`);
    if (!isExportFormat(p.format)) throw new Error(`unknown export format '${p.format}'`);
    const s = await letters.settings.get(p.uri);
    const target = exportTargetPath(p.target, p.uri); // file: targets only, never an .imr
    const bytes = await exportToFile(doc.getText(), p.format, target, {
      publicCopy: p.publicCopy, organisation: s.export.organisation || undefined, letterheadImage: s.export.letterhead || undefined,
    });
    return { target, bytes };
  });

  connection.onRequest(ImportRequest.type, (p) => importLetterText(p.text));
}
