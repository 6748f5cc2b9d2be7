/**
 * The packaged extension in a real workbench, as the UI tests need it: the desktop package dist/imr-determination.vsix
 * (code-server runs extensions in a Node extension host; or the package
 * IMR_E2E_VSIX names, to debug a given build) installed into a fresh code-server, and its workbench opened in
 * Chromium on a fresh workspace.
 */
import * as path from 'node:path';
import { openBrowser, type BrowserSession } from './browser';
import { describeFailure, startCodeServer, type CodeServer } from './code-server';
import { ensureVsix } from './vsix';
import { Workbench } from './workbench';
import { createWorkspace } from './workspace';

export interface PackagedWorkbench { server: CodeServer; session: BrowserSession; wb: Workbench; workspace: string }

/** `name` names the run's folder and its screenshots; `timings` receives the build, install, start and load times. */
export async function openPackagedWorkbench(name: string, timings: Record<string, number>): Promise<PackagedWorkbench> {
  const vsix = process.env.IMR_E2E_VSIX ? { file: path.resolve(process.env.IMR_E2E_VSIX), ms: 0 } : await ensureVsix();
  timings.vsixBuildMs = vsix.ms;
  const server = await startCodeServer({ name, installExtensions: [vsix.file] });
  timings.installExtensionMs = server.timings.installMs;
  timings.codeServerStartMs = server.timings.startMs;
  try {
    const workspace = createWorkspace(server.runDir);
    const session = await openBrowser(server.runDir);
    const wb = new Workbench(session.page, name);
    timings.workbenchLoadMs = await wb.open(server.folderUrl(workspace));
    return { server, session, wb, workspace };
  } catch (e) {
    await server.stop();
    throw e;
  }
}

/** For `afterEach`: a failed test leaves a screenshot of the workbench and code-server's log on the console. */
export async function reportFailure(ctx: Mocha.Context, server: CodeServer | undefined, wb: Workbench | undefined): Promise<void> {
  if (ctx.currentTest?.state !== 'failed' || !server) return;
  await wb?.screenshot('failure').catch(() => undefined);
  console.log(describeFailure(server));
}
