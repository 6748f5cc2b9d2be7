/** Declarations for what the web server bundles in ways TypeScript cannot see (esbuild.mjs). */

/** pdf.js's modern build has the API of its legacy build, whose declarations it shares. */
declare module 'pdfjs-dist/build/pdf.mjs' {
  export * from 'pdfjs-dist/legacy/build/pdf.mjs';
}

/** pdf.js's parser, handed to pdf.js as its in-thread worker (`globalThis.pdfjsWorker`). */
declare module 'pdfjs-dist/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}
