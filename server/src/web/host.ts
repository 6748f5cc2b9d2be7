/**
 * The language server's host in a browser worker: no file system, so `.imrrc.json` is asked of the client
 * (ReadConfigRequest; it reads the workspace through `workspace.fs`), the letter fonts are bundled into this
 * worker's script, and exports go back to the client as bytes (no `exportToFile`).
 */
import type { Connection } from 'vscode-languageserver/browser';
import { emptyConfig, readConfig } from '../language';
import { exportLetter } from '../language/render/export';
import { buildDocument, parseLetter } from '../language';
import type { ServerHost } from '../lsp/host';
import { ReadConfigRequest } from '../protocol';
import { bundledLetterFonts } from './fonts';
import { pdfLayoutText } from './pdf-text';

export function webHost(connection: Connection): ServerHost {
  return {
    async readConfig(uri) {
      const found = await connection.sendRequest(ReadConfigRequest.type, { uri });
      if (!found) return emptyConfig();
      const { config, problems } = readConfig(found.text);
      for (const p of problems) connection.console.warn(`${found.file}: ${p}`);
      return config;
    },
    async renderExport(source, format, settings) {
      // an image path names a file on some machine's disk, which a browser worker cannot read: the letterhead keeps
      // the organisation's name and the export goes on, saying so in the output
      if (settings.letterheadImage) connection.console.warn(`The letterhead image ${settings.letterheadImage} cannot be read in VS Code for the Web; exported without it.`);
      return exportLetter(buildDocument(parseLetter(source)), format, {
        publicCopy: settings.publicCopy,
        fonts: format === 'pdf' ? bundledLetterFonts() : undefined,
        letterhead: settings.organisation ? { organisation: settings.organisation } : undefined,
        creator: 'imr',
      });
    },
    pdfText: (data) => pdfLayoutText(data),
  };
}
