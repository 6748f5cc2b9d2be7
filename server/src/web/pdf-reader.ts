/**
 * pdf.js for the web server, a script of its own (dist/web/pdf-reader.js) that the server's worker loads on the
 * first PDF import (see lazy-scripts.ts): 1.4 MB that no check of a letter needs.
 */
import { publish } from './lazy-scripts';
import { pdfLayoutText } from './pdf-text';

publish('pdfReader', { pdfLayoutText });
