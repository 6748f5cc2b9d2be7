/**
 * compromise for the web server, a script of its own (dist/web/nlp.js) that the server's worker loads when a public
 * copy first looks for names (see lazy-scripts.ts and nlp-on-demand.ts). Publishes it on the worker's global scope.
 */
import nlp from 'compromise';
import { publish, type WebNlp } from './lazy-scripts';

publish('nlp', nlp as unknown as WebNlp);
