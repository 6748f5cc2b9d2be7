/** `npm run bench`: prints speed and memory figures. Targets are stated beside each figure, never asserted. */
import { benchCli } from './cli-bench';
import { benchExport } from './export-bench';
import { benchExtension } from './extension-bench';
import { benchFixAll } from './fix-all-bench';
import { benchLargeLetter } from './large-letter-bench';
import { benchParse } from './parse-bench';
import { benchServer } from './server-bench';
import { benchValidate } from './validate-bench';

async function main(): Promise<void> {
  console.log(`imr benchmarks on Node ${process.version}, ${new Date().toISOString()}\n`);
  benchParse();
  const steady = await benchValidate();
  benchFixAll();
  await benchServer();
  await benchExport();
  await benchCli(steady);
  benchExtension();
  await benchLargeLetter();
}

main().catch((e) => { console.error(e); process.exitCode = 1; });
