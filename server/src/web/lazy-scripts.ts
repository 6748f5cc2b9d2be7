/**
 * The web server's parts loaded on first use: the worker starts with the language core only, and pulls in the
 * exporters, pdf.js or the NLP library with `importScripts` when an export, a PDF import or a public copy first
 * needs them. The scripts sit next
 * to the server's own (`dist/web/`); VS Code starts the worker from a blob: URL, so the client says where that is
 * (`initializationOptions.webScriptsUri`). Each script publishes its functions on the worker's global scope.
 */
import type { PdfText } from '../language/import/pdf-layout';

/** the renderers render/export.ts loads on the first PDF or Word export (see exporters-on-demand.ts) */
export type WebExporters = typeof import('../language/render/exporters');
export interface WebPdfReader {
  pdfLayoutText(data: Uint8Array): Promise<PdfText>;
}
/** compromise, as redact/names.ts calls it (its own interface says what it reads of the result) */
export type WebNlp = ((text: string) => unknown) & { model(): unknown };
interface LazyParts { exporters: WebExporters; pdfReader: WebPdfReader; nlp: WebNlp }

const SCRIPTS: Record<keyof LazyParts, string> = { exporters: 'exporters.js', pdfReader: 'pdf-reader.js', nlp: 'nlp.js' };
const GLOBAL = '__imrWebServerParts';

type Scope = { [GLOBAL]?: Partial<LazyParts>; importScripts?: (...urls: string[]) => void };
const scope = globalThis as unknown as Scope;

/** Called by a lazily loaded script to hand over its functions. */
export function publish<K extends keyof LazyParts>(name: K, part: LazyParts[K]): void {
  (scope[GLOBAL] ??= {})[name] = part;
}

let scriptsUri: string | undefined;

/** The folder URI of the web server's scripts, from the client's initialization options. */
export function setScriptsUri(uri: unknown): void {
  if (typeof uri === 'string' && /^[a-z][\w+.-]*:/i.test(uri)) scriptsUri = uri.endsWith('/') ? uri : `${uri}/`;
}

/** The URL of one of the extension's own files (`media/fonts/...`): the scripts live in its dist/web/ folder. */
export function extensionAssetUrl(relative: string): string {
  if (!scriptsUri) throw new Error(`the web language server cannot read ${relative}: the client did not say where its scripts are (initializationOptions.webScriptsUri)`);
  return new URL(`../../${relative}`, scriptsUri).href;
}

/** The part, loading its script the first time (synchronously: `importScripts` blocks until it has run). */
export function lazyPart<K extends keyof LazyParts>(name: K): LazyParts[K] {
  const loaded = scope[GLOBAL]?.[name];
  if (loaded) return loaded as LazyParts[K];
  if (!scriptsUri) throw new Error(`the web language server cannot load its ${name}: the client did not say where its scripts are (initializationOptions.webScriptsUri)`);
  if (!scope.importScripts) throw new Error(`the web language server cannot load its ${name}: this is not a worker`);
  scope.importScripts(new URL(SCRIPTS[name], scriptsUri).href);
  const part = scope[GLOBAL]?.[name];
  if (!part) throw new Error(`the web language server loaded ${SCRIPTS[name]}, but it provided no ${name}`);
  return part as LazyParts[K];
}
