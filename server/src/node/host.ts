/** The language server's host under Node: `.imrrc.json` from disk, fonts from media/fonts, atomic writes. */
import * as path from 'path';
import { fileURLToPath } from 'url';
import { emptyConfig } from '../language';
import type { ServerHost } from '../lsp/host';
import { loadConfigFor } from './config-file';
import { exportToFile, renderToBytes } from './export-file';
import { pdfLayoutText } from './pdf-text';

export const nodeHost: ServerHost = {
  readConfig(uri) {
    // untitled letters and virtual files have no folder on disk: the defaults apply
    if (!uri.startsWith('file:')) return emptyConfig();
    try {
      return loadConfigFor(path.resolve(fileURLToPath(uri))).config;
    } catch {
      return emptyConfig();
    }
  },
  renderExport: (source, format, s) => renderToBytes(source, format, { publicCopy: s.publicCopy, organisation: s.organisation, letterheadImage: s.letterheadImage }),
  exportToFile: (source, format, target, s) => exportToFile(source, format, target, { publicCopy: s.publicCopy, organisation: s.organisation, letterheadImage: s.letterheadImage }),
  pdfText: (data) => pdfLayoutText(data),
};
