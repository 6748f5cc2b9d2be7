const { spawn } = require('child_process');
const { createMessageConnection, StreamMessageReader, StreamMessageWriter } = require('vscode-jsonrpc/node');
async function once(file) {
  const t0 = process.hrtime.bigint();
  const child = spawn(process.execPath, [file, '--stdio'], { stdio: 'pipe' });
  const c = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  c.listen();
  await c.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  c.dispose(); child.kill();
  await new Promise((r) => child.once('exit', r));
  return ms;
}
function bare() { const t0 = process.hrtime.bigint(); require('child_process').spawnSync(process.execPath, ['-e', '0']); return Number(process.hrtime.bigint() - t0) / 1e6; }
(async () => {
  const files = { before: '/tmp/speed/before/dist/server/main.js', after: '/work/wt-speed/dist/server/main.js' };
  const r = { before: [], after: [], bare: [] };
  for (let i = 0; i < +(process.argv[2] || 15); i++) { r.before.push(await once(files.before)); r.after.push(await once(files.after)); r.bare.push(bare()); }
  const med = (a) => { const s = [...a].sort((x, y) => x - y); return s[Math.floor(s.length / 2)]; };
  const min = (a) => Math.min(...a);
  for (const k of Object.keys(r)) console.log(k.padEnd(7), 'median', med(r[k]).toFixed(0), 'ms, best', min(r[k]).toFixed(0), 'ms');
})();
