/**
 * The PDF and Word renderers for the web server, a script of their own (dist/web/exporters.js) that the server's
 * worker loads on the first PDF or Word export (see lazy-scripts.ts), so that pdfkit, fontkit and docx are not
 * parsed before the first letter is checked. Only the renderers: the worker has already parsed the letter and
 * built its model (and its public copy), so the script carries no parser and no NLP library of its own.
 * Publishes `renderPdf` and `renderDocx` on the worker's global scope.
 */
import { renderDocx, renderPdf } from '../language/render/exporters';
import { publish } from './lazy-scripts';

publish('exporters', { renderPdf, renderDocx });
