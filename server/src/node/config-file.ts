/** Finds and reads the `.imrrc.json` that governs a letter: the nearest one in its folder or a folder above. */
import * as fs from 'fs';
import * as path from 'path';
import { CONFIG_FILE_NAME, emptyConfig, readConfig, type ImrConfig } from '../language';

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
    const { config, problems } = readConfig(fs.readFileSync(file, 'utf8'));
    loaded = { config, file, problems };
  } catch (e) {
    loaded = { config: emptyConfig(), file, problems: [`cannot read: ${(e as Error).message}`] };
  }
  cache.set(file, loaded);
  return loaded;
}
