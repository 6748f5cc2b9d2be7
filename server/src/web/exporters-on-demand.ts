/**
 * What `require('./exporters')` in render/export.ts gives in the web server's bundle (esbuild.mjs): the renderers
 * of dist/web/exporters.js, whose script is loaded on the first call (lazy-scripts.ts).
 */
import type * as Exporters from '../language/render/exporters';
import { lazyPart } from './lazy-scripts';

export const renderPdf: typeof Exporters.renderPdf = (...args) => lazyPart('exporters').renderPdf(...args);
export const renderDocx: typeof Exporters.renderDocx = (...args) => lazyPart('exporters').renderDocx(...args);
