/** The pure language core: parse, format, render, import. Never touches an editor or a connection. */
export * from './syntax/ast';
export { parseLetter, splitLines } from './syntax/parse';
export { FIELDS, fieldSpec, type FieldKey, type FieldSpec } from './syntax/fields';
export { formatLetter } from './format/format';
export { buildDocument, type LetterDocument, type Block } from './render/model';
export { renderText } from './render/text';
export { importLetterText, type ImportResult } from './import/text-import';

import { parseLetter } from './syntax/parse';
import { buildDocument } from './render/model';
import { renderText } from './render/text';

/** `.imr` text to the letter as plain text. */
export function renderLetterText(source: string): string {
  return renderText(buildDocument(parseLetter(source)));
}
export { validateLetter } from './validate/validate';
export { readConfig, emptyConfig, CONFIG_FILE_NAME, type ImrConfig, type RuleSetting } from './validate/config';
export { RULES } from './validate/rules';
export type { Rule } from './validate/context';
// The exporters (render/export, render/pdf, render/docx) are imported from their own files, not from here:
// they pull in pdfkit and docx, which a process that only checks letters should not load.
