// esbuild plugins that esbuild.mjs and the bundle tests (test/client/bundles.test.ts) share.
import { fileURLToPath } from 'node:url';

export { leanLanguageClient } from './lean-language-client.mjs';
export { privateProperties } from './private-properties.mjs';

/**
 * In the web server, `require('./exporters')` in render/export.ts gives the PDF and Word renderers of
 * dist/web/exporters.js, a script loaded on first use (server/src/web/exporters-on-demand.ts): the server keeps the
 * parser, the model and the public copy, the script only pdfkit, fontkit and docx.
 */
export const webExportersOnDemand = {
  name: 'web-exporters-on-demand',
  setup(build) {
    const onDemand = fileURLToPath(new URL('../../server/src/web/exporters-on-demand.ts', import.meta.url));
    build.onResolve({ filter: /^\.\/exporters$/ }, (args) => (/render[\\/]export\.ts$/.test(args.importer) ? { path: onDemand } : undefined));
  },
};

/**
 * In the web server, `require('compromise')` in redact/names.ts gives compromise from dist/web/nlp.js, a script
 * loaded on the first public copy (server/src/web/nlp-on-demand.ts).
 */
export const webNlpOnDemand = {
  name: 'web-nlp-on-demand',
  setup(build) {
    const onDemand = fileURLToPath(new URL('../../server/src/web/nlp-on-demand.ts', import.meta.url));
    build.onResolve({ filter: /^compromise$/ }, (args) => (/redact[\\/]names\.ts$/.test(args.importer) ? { path: onDemand } : undefined));
  },
};
