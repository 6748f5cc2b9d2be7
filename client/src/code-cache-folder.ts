/** The desktop client's code cache folder. Pure: no VS Code, no side effects (server-process.ts asks it first thing). */
import * as os from 'os';
import * as path from 'path';

/**
 * Where the server keeps its compiled code between starts (server/src/node/code-cache.ts): the user's own cache
 * folder, as each system names it. Never a shared temporary folder: the cache is run as code.
 */
export function codeCacheFolder(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform, home = os.homedir()): string | undefined {
  const paths = platform === 'win32' ? path.win32 : path.posix;
  const absolute = (p: string | undefined) => (p && paths.isAbsolute(p) ? p : undefined);
  if (platform === 'win32') {
    const local = absolute(env.LOCALAPPDATA);
    return local ? paths.join(local, 'imr-determination', 'Cache') : undefined;
  }
  if (!home) return undefined;
  if (platform === 'darwin') return paths.join(home, 'Library', 'Caches', 'imr-determination');
  // the XDG base directories: a relative XDG_CACHE_HOME is to be ignored
  return paths.join(absolute(env.XDG_CACHE_HOME) ?? paths.join(home, '.cache'), 'imr-determination');
}

