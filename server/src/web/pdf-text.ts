/**
 * A PDF letter's text in the browser worker. pdf.js normally parses in a worker of its own; here the parser
 * (its worker module, bundled into this script) is handed to it as `globalThis.pdfjsWorker`, which pdf.js
 * uses as a "fake worker" in this same thread, so it needs no second script, no Node and no network.
 * The layout is the shared one (server/src/language/import/pdf-layout.ts).
 */
import { pdfLayoutTextWith, type PdfJs, type PdfText } from '../language/import/pdf-layout';

let loading: Promise<PdfJs> | undefined;

function loadPdfJs(): Promise<PdfJs> {
  loading ??= (async () => {
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker ??= await import('pdfjs-dist/build/pdf.worker.mjs');
    return (await import('pdfjs-dist/build/pdf.mjs')) as unknown as PdfJs;
  })();
  return loading;
}

export async function pdfLayoutText(data: Uint8Array): Promise<PdfText> {
  return pdfLayoutTextWith(await loadPdfJs(), data);
}
