/** `imr/publicCopyReview`: the redaction review of an open letter, for the editor's Review Public Copy view. */
import type { Connection, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { buildDocument, parseLetter } from '../language';
import { reviewPublicCopy } from '../language/redact/review';
import { PublicCopyReviewRequest } from '../protocol';

export function registerPublicCopyReview(connection: Connection, documents: TextDocuments<TextDocument>): void {
  connection.onRequest(PublicCopyReviewRequest.type, (p) => {
    const doc = documents.get(p.uri);
    if (!doc) return null;
    return { version: doc.version, ...reviewPublicCopy(buildDocument(parseLetter(doc.getText()))) };
  });
}
