/**
 * The export formats, on their own: what the language server checks a request against without loading the
 * exporters (pdfkit, docx), which render/export.ts pulls in.
 */
export type ExportFormat = 'text' | 'html' | 'pdf' | 'docx';

export const EXPORT_FORMATS: readonly ExportFormat[] = ['text', 'html', 'pdf', 'docx'];

export function isExportFormat(s: string): s is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(s);
}
