/**
 * The custom messages between the VS Code client and the language server, declared once; both sides import
 * this file. Standard LSP covers everything else.
 */
import { NotificationType, RequestType } from 'vscode-jsonrpc';
import type { ExportFormat } from './language/render/export';
import type { CaseOutcome } from './language/validate/rules/case-outcome';

export type PreviewLook = 'paper' | 'editor';
export type LetterExportFormat = ExportFormat;

export namespace RenderPreviewRequest {
  export const method = 'imr/renderPreview';
  export interface Params { uri: string; look: PreviewLook }
  export interface Result {
    /** the document version rendered, so the client can drop stale answers */
    version: number;
    /** the letter's markup (the same as the HTML export's body), with data-line attributes for scroll sync */
    html: string;
    /** syntax problems stop the preview from being trusted: the client says so instead of going blank */
    syntaxProblems: { line: number; message: string }[];
    caseNumber?: string;
    /** the letter's stylesheet for the look, so the client needs none of the renderers */
    css: string;
  }
  export const type = new RequestType<Params, Result | null, void>(method);
}

export namespace ExportRequest {
  export const method = 'imr/export';
  export interface Params {
    uri: string;
    format: LetterExportFormat;
    /** the redacted copy, as DWC publishes letters */
    publicCopy: boolean;
    /**
     * where to write: an absolute path or a `file:` URI on the server's machine, never an .imr (else InvalidParams). Absent: nothing is written and
     * the export comes back in `data`, for the client to write (VS Code for the Web, through `workspace.fs`).
     */
    target?: string;
  }
  export interface Result {
    /** the file written; absent when the export came back in `data` */
    target?: string;
    bytes: number;
    /** the export's bytes in base64 (see `bytesToBase64`), when no target was given */
    data?: string;
  }
  export const type = new RequestType<Params, Result, void>(method);
}

export namespace ImportRequest {
  export const method = 'imr/import';
  /** a letter's text, or a PDF's bytes (base64) for the server to read, laid out like `pdftotext -layout` */
  export type Params = { text: string } | { pdf: string };
  export interface Result { imr: string; notes: string[] }
  export const type = new RequestType<Params, Result, void>(method);
}

export namespace StatusNotification {
  export const method = 'imr/status';
  export interface Params {
    uri: string;
    outcome?: CaseOutcome;
    items: number;
    errors: number;
    warnings: number;
  }
  export const type = new NotificationType<Params>(method);
}

/**
 * Server to client: the text of the `.imrrc.json` that governs a letter (the nearest one in its folder or a folder
 * above), or null when there is none. The web server has no file system and asks the client, which reads it
 * through `workspace.fs`; the Node server reads files on its disk itself and asks only for letters on a virtual
 * file system (a client that does not answer leaves the defaults in force).
 */
export namespace ReadConfigRequest {
  export const method = 'imr/readConfig';
  export interface Params { uri: string }
  /** `error`: the file is there but could not be read (it still applies: the defaults, with the reason reported) */
  export interface Result { file: string; text: string; error?: string }
  export const type = new RequestType<Params, Result | null, void>(method);
}

/** Bytes travel as base64 in the messages above (the import's PDF, the export's data). */
export { base64ToBytes, bytesToBase64 } from './language/text/base64';

/** The `imr.*` settings the server reads through workspace/configuration. */
export interface ServerSettings {
  validate: { enable: boolean; delay: number; maxProblems: number };
  completion: { enable: boolean };
  hover: { enable: boolean };
  format: { enable: boolean };
  export: { organisation: string; letterhead: string; pageNumbers: boolean };
}

export const DEFAULT_SETTINGS: ServerSettings = {
  validate: { enable: true, delay: 150, maxProblems: 1000 },
  completion: { enable: true },
  hover: { enable: true },
  format: { enable: true },
  export: { organisation: '', letterhead: '', pageNumbers: true },
};

export namespace PublicCopyReviewRequest {
  export const method = 'imr/publicCopyReview';
  export interface Params { uri: string }
  /** what the public copy of the open letter removes and keeps (server/src/language/redact/review.ts); lines 0-based */
  export type Result = import('./language/redact/review').PublicCopyReview & { version: number };
  export const type = new RequestType<Params, Result | null, void>(method);
}
