/**
 * The language server's host in a browser worker: no file system, so `.imrrc.json` is asked of the client
 * (ReadConfigRequest; it reads the workspace through `workspace.fs`), the PDF and Word renderers and pdf.js are scripts
 * loaded on first use (lazy-scripts.ts), the letter fonts are read from the extension's media/fonts (fonts.ts), and exports go back to the client as
 * bytes (no `exportToFile`).
 */
import type { Connection } from 'vscode-languageserver/browser';
import { buildDocument, emptyConfig, parseLetter, readConfig } from '../language';
import { exportLetter } from '../language/render/export';
import type { ServerHost } from '../lsp/host';
import { ReadConfigRequest } from '../protocol';
import { letterFonts } from './fonts';
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
      const fonts = format === 'pdf' ? await letterFonts() : undefined;
      // the PDF and Word renderers come from their own script, loaded on first use (exporters-on-demand.ts)
      return exportLetter(buildDocument(parseLetter(source)), format, {
        publicCopy: settings.publicCopy,
        fonts,
        pageNumbers: settings.pageNumbers,
        letterhead: settings.organisation ? { organisation: settings.organisation } : undefined,
        creator: 'imr',
      });
    },
    pdfText: async (data) => lazyPart('pdfReader').pdfLayoutText(data),
  };
}
