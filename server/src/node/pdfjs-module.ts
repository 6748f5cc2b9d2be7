/**
 * pdf.js's modules (ESM), imported with Node's own `import()`. A file of its own so the Node language server can
 * keep it in its first bundle (dist/server/main.js, compiled by Node): the handlers' bundle may be compiled from a
 * code cache (code-cache.ts), where a script has no `import()` of its own. In other bundles it is bundled as usual.
 */
export const importPdfJs = () => import('pdfjs-dist/legacy/build/pdf.mjs');

// @ts-expect-error pdfjs ships no type declarations for its worker module; only its presence matters here
export const importPdfJsWorker = (): Promise<unknown> => import('pdfjs-dist/legacy/build/pdf.worker.mjs');
