/** Finding `.imr` files from the paths and folders given on the command line. */
import * as fs from 'fs';
import * as path from 'path';

export function findLetterFiles(inputs: string[], extension = '.imr'): { files: string[]; missing: string[] } {
  const files: string[] = [];
  const missing: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile() && entry.name.endsWith(extension)) files.push(full);
    }
  };
  for (const input of inputs) {
    let stat: fs.Stats;
    try { stat = fs.statSync(input); } catch { missing.push(input); continue; }
    if (stat.isDirectory()) walk(input);
    else files.push(input);
  }
  return { files, missing };
}
