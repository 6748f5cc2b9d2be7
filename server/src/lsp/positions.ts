/**
 * One rule for positions past the end, for requests and edits alike: a character past the end of its line
 * is the end of that line (before its line break), a line past the last is the end of the letter. This is how
 * the text document itself reads an offset, so a clamped position always names a real place, answers never
 * echo a position that is not in the letter, and an edit past the end cannot corrupt the document's line
 * bookkeeping (which trusts an edit's line numbers).
 */
import type { TextDocumentsConfiguration } from 'vscode-languageserver';
import { TextDocument, type TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import type { Position, Range } from 'vscode-languageserver-types';

export function clampPosition(doc: TextDocument, p: Position): Position {
  return doc.positionAt(doc.offsetAt(p));
}

export function clampRange(doc: TextDocument, r: Range): Range {
  return { start: clampPosition(doc, r.start), end: clampPosition(doc, r.end) };
}

/** A request's params with their position(s) and range clamped to the letter. */
export function clampParams<P>(doc: TextDocument, params: P): P {
  const p = params as P & { position?: Position; positions?: Position[]; range?: Range };
  const out: typeof p = { ...p };
  if (p.position) out.position = clampPosition(doc, p.position);
  if (p.positions) out.positions = p.positions.map((x) => clampPosition(doc, x));
  if (p.range) out.range = clampRange(doc, p.range);
  return out;
}

/** Text documents whose edits are clamped, one change at a time, against the text each applies to. */
export const clampedTextDocuments: TextDocumentsConfiguration<TextDocument> = {
  create: (uri, languageId, version, content) => TextDocument.create(uri, languageId, version, content),
  update(doc, changes: TextDocumentContentChangeEvent[], version) {
    let current = doc;
    for (const change of changes) {
      const clamped = 'range' in change && change.range ? { text: change.text, range: clampRange(current, change.range) } : { text: change.text };
      current = TextDocument.update(current, [clamped], version);
    }
    if (!changes.length) current = TextDocument.update(current, [], version);
    return current;
  },
};
