/** Finds and reads the `.imrrc.json` that governs a letter: the nearest one in its folder or a folder above. */
import * as fs from 'fs';
import * as path from 'path';
import { CONFIG_FILE_NAME, emptyConfig, readConfig, type ImrConfig } from '../language';

/** A configuration is a few lines; anything above this is not one. */
const MAX_CONFIG_BYTES = 1024 * 1024;

export interface LoadedConfig { config: ImrConfig; file?: string; problems: string[] }

export function findConfigFile(startDir: string): string | undefined {
  let dir = path.resolve(startDir);
  for (;;) {
    const candidate = path.join(dir, CONFIG_FILE_NAME);
    if (fs.existsSync(candidate)) return candidate;
    const up = path.dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
}

export function loadConfigFor(letterPath: string, cache = new Map<string, LoadedConfig>()): LoadedConfig {
  const file = findConfigFile(path.dirname(letterPath));
  if (!file) return { config: emptyConfig(), problems: [] };
  const cached = cache.get(file);
  if (cached) return cached;
  let loaded: LoadedConfig;
  try {
    // a FIFO would block the checker (and the language server) for good, a huge file fill its memory
    const stat = fs.statSync(file);
    if (!stat.isFile()) throw new Error('it is not a regular file');
    if (stat.size > MAX_CONFIG_BYTES) throw new Error(`it is larger than ${MAX_CONFIG_BYTES / 1024 / 1024} MB`);
    const { config, problems } = readConfig(fs.readFileSync(file, 'utf8'));
    loaded = { config, file, problems };
  } catch (e) {
    loaded = { config: emptyConfig(), file, problems: [`cannot read: ${(e as Error).message}`] };
  }
  cache.set(file, loaded);
  return loaded;
}
