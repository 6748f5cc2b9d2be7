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
    /** where to write: a file path on the server's machine, never the .imr itself */
    target: string;
  }
  export interface Result { target: string; bytes: number }
  export const type = new RequestType<Params, Result, void>(method);
}

export namespace ImportRequest {
  export const method = 'imr/import';
  export interface Params { text: string }
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

/** The `imr.*` settings the server reads through workspace/configuration. */
export interface ServerSettings {
  validate: { enable: boolean; delay: number; maxProblems: number };
  completion: { enable: boolean };
  hover: { enable: boolean };
  format: { enable: boolean };
  export: { organisation: string; letterhead: string };
}

export const DEFAULT_SETTINGS: ServerSettings = {
  validate: { enable: true, delay: 150, maxProblems: 1000 },
  completion: { enable: true },
  hover: { enable: true },
  format: { enable: true },
  export: { organisation: '', letterhead: '' },
};

export namespace PublicCopyReviewRequest {
  export const method = 'imr/publicCopyReview';
  export interface Params { uri: string }
  /** what the public copy of the open letter removes and keeps (server/src/language/redact/review.ts); lines 0-based */
  export type Result = import('./language/redact/review').PublicCopyReview & { version: number };
  export const type = new RequestType<Params, Result | null, void>(method);
}
