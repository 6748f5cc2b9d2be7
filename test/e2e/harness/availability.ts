/**
 * Whether the end-to-end tests can run on this machine. They need code-server (scripts/e2e/setup.sh installs
 * it) and Chromium; without them the suites skip with the reason, so `npm test` still runs everywhere.
 */
import * as fs from 'node:fs';
import { CHROMIUM, CODE_SERVER_ENTRY } from './paths';

export interface Availability { ok: boolean; reason: string }

export function codeServerAvailability(): Availability {
  if (process.env.IMR_E2E === '0') return { ok: false, reason: 'IMR_E2E=0' };
  if (!fs.existsSync(CODE_SERVER_ENTRY)) return { ok: false, reason: `code-server is not installed (${CODE_SERVER_ENTRY} is missing; run scripts/e2e/setup.sh)` };
  if (!fs.existsSync(CHROMIUM)) return { ok: false, reason: `Chromium is not installed (${CHROMIUM} is missing; apt-get install chromium, or run scripts/e2e/setup.sh)` };
  const major = Number(process.versions.node.split('.')[0]);
  if (major !== 20) return { ok: false, reason: `code-server 4.100.3 runs on Node 20, this is Node ${process.versions.node}` };
  return { ok: true, reason: '' };
}

/**
 * Skips the current mocha suite, saying why, when the tests cannot run here; with IMR_E2E_REQUIRED=1 (CI, after
 * scripts/e2e/setup.sh) that is a failure instead, so a broken setup cannot pass as skipped tests.
 */
export function skipUnlessAvailable(ctx: Mocha.Context, availability: Availability, what: string): void {
  if (availability.ok) return;
  if (process.env.IMR_E2E_REQUIRED === '1' && process.env.IMR_E2E !== '0') throw new Error(`cannot run ${what}: ${availability.reason} (IMR_E2E_REQUIRED=1)`);
  console.log(`      skipped ${what}: ${availability.reason}`);
  ctx.skip();
}
