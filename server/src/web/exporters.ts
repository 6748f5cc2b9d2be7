/**
 * The exporters for the web server, a script of their own (dist/web/exporters.js) that the server's worker loads
 * on the first export (see lazy-scripts.ts), so that pdfkit and docx are not parsed before the
 * first letter is checked. Publishes `renderExport` on the worker's global scope.
 */
import { buildDocument, parseLetter } from '../language';
import { exportLetter, type ExportFormat } from '../language/render/export';
import { publish, type WebExporters } from './lazy-scripts';

const exporters: WebExporters = {
  renderExport: (source: string, format: ExportFormat, { publicCopy, organisation, pageNumbers, fonts }) => exportLetter(buildDocument(parseLetter(source)), format, {
    publicCopy,
    fonts,
    pageNumbers,
    letterhead: organisation ? { organisation } : undefined,
    creator: 'imr',
  }),
};
publish('exporters', exporters);
