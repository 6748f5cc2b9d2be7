/**
 * The language server's host in a browser worker: no file system, so `.imrrc.json` is asked of the client
 * (ReadConfigRequest; it reads the workspace through `workspace.fs`), the exporters (with the letter fonts
 * bundled) and pdf.js are scripts loaded on first use (lazy-scripts.ts), and exports go back to the client as
 * bytes (no `exportToFile`).
 */
import type { Connection } from 'vscode-languageserver/browser';
import { emptyConfig, readConfig } from '../language';
import type { ServerHost } from '../lsp/host';
import { ReadConfigRequest } from '../protocol';
import { lazyPart, setScriptsUri } from './lazy-scripts';

export function webHost(connection: Connection): ServerHost {
  return {
    initialize: (options) => setScriptsUri((options as { webScriptsUri?: unknown } | undefined)?.webScriptsUri),
    async readConfig(uri) {
      const found = await connection.sendRequest(ReadConfigRequest.type, { uri });
      if (!found) return emptyConfig();
      if (found.error !== undefined) {
        connection.console.warn(`${found.file}: cannot read: ${found.error}`);
        return emptyConfig();
      }
      const { config, problems } = readConfig(found.text);
      for (const p of problems) connection.console.warn(`${found.file}: ${p}`);
      return config;
    },
    async renderExport(source, format, settings) {
      // an image path names a file on some machine's disk, which a browser worker cannot read: the letterhead keeps
      // the organisation's name and the export goes on, saying so in the output
      if (settings.letterheadImage) connection.console.warn(`The letterhead image ${settings.letterheadImage} cannot be read in VS Code for the Web; exported without it.`);
      return lazyPart('exporters').renderExport(source, format, settings.publicCopy, settings.organisation);
    },
    pdfText: async (data) => lazyPart('pdfReader').pdfLayoutText(data),
  };
}
