/**
 * The language server's host under Node: `.imrrc.json` from disk, fonts from media/fonts, atomic writes. A letter
 * on a virtual file system (a virtual workspace in desktop VS Code) has no path here: its `.imrrc.json` is asked
 * of the client, as the web server does; a client that cannot answer gets the defaults.
 */
import * as path from 'path';
import { fileURLToPath } from 'url';
import type { Connection } from 'vscode-languageserver';
import { emptyConfig, readConfig } from '../language';
import type { ServerHost } from '../lsp/host';
import { ReadConfigRequest } from '../protocol';
import { loadConfigFor } from './config-file';
import { exportToFile, renderToBytes } from './export-file';
import { exportTargetPath } from './export-target';
import { pdfLayoutText } from './pdf-text';

export const nodeHost = (connection: Connection): ServerHost => ({
  readConfig(uri) {
    // an unsaved letter has no folder: the defaults apply
    if (uri.startsWith('untitled:')) return emptyConfig();
    if (!uri.startsWith('file:')) {
      return connection.sendRequest(ReadConfigRequest.type, { uri })
        .then((found) => (found && found.error === undefined ? readConfig(found.text).config : emptyConfig()), () => emptyConfig());
    }
    try {
      return loadConfigFor(path.resolve(fileURLToPath(uri))).config;
    } catch {
      return emptyConfig();
    }
  },
  renderExport: (source, format, s) => renderToBytes(source, format, s),
  async exportToFile(source, format, target, s, letterUri) {
    const file = exportTargetPath(target, letterUri); // file: targets only, never an .imr
    return { target: file, bytes: await exportToFile(source, format, file, s) };
  },
  pdfText: (data) => pdfLayoutText(data),
});
