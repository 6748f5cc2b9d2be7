/**
 * A PDF letter's text under Node (the CLI's `imr import` and the Node language server): loads pdf.js's legacy
 * build in-process (pure JavaScript, no network, no eval) and lays the text out with the shared, pure
 * `pdfLayoutTextWith` (server/src/language/import/pdf-layout.ts).
 */
import { createRequire } from 'module';
import { pdfLayoutTextWith, type PdfJs, type PdfText } from '../language/import/pdf-layout';
import { importPdfJs, importPdfJsWorker } from './pdfjs-module';

export { PdfTextError, type PdfText } from '../language/import/pdf-layout';

let loading: Promise<PdfJs> | undefined;

function canvasInstalled(): boolean {
  try {
    createRequire(__filename).resolve('@napi-rs/canvas');
    return true;
  } catch {
    return false;
  }
}

/**
 * Loads pdfjs once. It is ESM; the dynamic import works from the tsc output (Node loads the .mjs) and from the
 * esbuild bundles (the CLI's loads dist/pdfjs/pdf.mjs, built apart by esbuild.mjs; others inline it). pdfjs runs
 * its "worker" in this thread under Node; the handler is imported here rather than found by pdfjs itself.
 */
function loadPdfJs(): Promise<PdfJs> {
  loading ??= (async () => {
    const scope = globalThis as { DOMMatrix?: unknown; pdfjsWorker?: unknown };
    // pdfjs builds a DOMMatrix when it loads (for drawing, which we never do), taking it from the optional
    // @napi-rs/canvas; where that is not installed the load would fail. An identity stand-in is enough for text.
    if (!scope.DOMMatrix && !canvasInstalled()) {
      scope.DOMMatrix = class DOMMatrixStandIn {
        a = 1; b = 0; c = 0; d = 1; e = 0; f = 0;
      };
    }
    // its load-time complaints about drawing support concern rendering only: keep them off the user's terminal
    const warn = console.warn;
    console.warn = (...args: unknown[]) => { if (!/^Warning: Cannot (load|polyfill|access)/.test(String(args[0]))) warn(...args); };
    try {
      const lib = await importPdfJs();
      scope.pdfjsWorker ??= await importPdfJsWorker();
      return lib;
    } finally {
      console.warn = warn;
    }
  })();
  return loading;
}

/** The PDF's text, laid out like `pdftotext -layout`. Rejects with a PdfTextError when there is nothing to read. */
export async function pdfLayoutText(data: Uint8Array): Promise<PdfText> {
  return pdfLayoutTextWith(await loadPdfJs(), data);
}
