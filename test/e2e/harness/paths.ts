/**
 * Where the end-to-end tests find their tools and put their scratch files. Everything the tests write lands
 * under the git-ignored `.e2e/` (code-server, per-run profiles) and `.test-output/e2e/` (screenshots, logs).
 */
import * as path from 'node:path';
import { repoRoot } from '../../helpers/corpus';

export const REPO_ROOT = repoRoot();
/** code-server's install and the per-run folders (scripts/e2e/setup.sh uses the same default). */
export const E2E_DIR = process.env.IMR_E2E_DIR ? path.resolve(process.env.IMR_E2E_DIR) : path.join(REPO_ROOT, '.e2e');
export const CODE_SERVER_ENTRY = path.join(E2E_DIR, 'code-server', 'node_modules', 'code-server', 'out', 'node', 'entry.js');
export { CHROMIUM } from '../../helpers/required';
/** screenshots, logs and timings for review */
export const OUTPUT_DIR = path.join(REPO_ROOT, '.test-output', 'e2e');
export const EXAMPLES_DIR = path.join(REPO_ROOT, 'examples');
export const VSIX = path.join(REPO_ROOT, 'dist', 'imr-determination.vsix');
/** the compiled extension-host suite (test/e2e/suite/index.ts) */
export const SUITE_DIR = path.join(REPO_ROOT, 'out', 'test', 'e2e', 'suite');
