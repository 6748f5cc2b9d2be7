/**
 * What `require('compromise')` in redact/names.ts gives in the web server's bundle (esbuild.mjs): compromise from
 * dist/web/nlp.js, whose script is loaded on the first call (lazy-scripts.ts). Only a public copy looks for names
 * nobody declared, so the worker starts, and checks its first letter, without compromise's 350 KB.
 */
import { lazyPart } from './lazy-scripts';

const nlp = Object.assign((text: string) => lazyPart('nlp')(text), { model: () => lazyPart('nlp').model() });
export default nlp;
