/**
 * The renderers that need big libraries (pdfkit with fontkit, docx), in one module that `export.ts` loads on the
 * first PDF or Word export. The server and CLI bundles keep it in a file of its own (dist/exporters.js, see
 * esbuild.mjs), so starting them does not even compile it.
 */
export { renderPdf } from './pdf';
export { renderDocx } from './docx';
