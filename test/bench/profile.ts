/**
 * Where checking spends its time: a CPU profile (node:inspector, in this process) of parse + check over the corpus,
 * its samples summed by function (self time), the top entries printed with their share. Nothing is written to disk.
 */
import { Session } from 'inspector';
import * as path from 'path';
import { repoRoot } from '../helpers/corpus';

interface ProfileNode { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }
interface Profile { nodes: ProfileNode[]; samples?: number[]; startTime: number; endTime: number }

function post<T>(session: Session, method: string, params?: object): Promise<T> {
  return new Promise((resolve, reject) => session.post(method, params ?? {}, (err, result) => (err ? reject(err) : resolve(result as T))));
}

/** A frame as a reader finds it: the function, then its file relative to the repository (or its npm package). */
function where(frame: ProfileNode['callFrame']): string {
  const name = frame.functionName || '(anonymous)';
  if (!frame.url) return name;
  const file = frame.url.replace(/^file:\/\//, '');
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file);
  const shown = pkg ? pkg[1] : path.relative(repoRoot(), file).replace(/^out\//, '');
  return `${name} (${shown}:${frame.lineNumber + 1})`;
}

/** Runs `work` under the profiler and prints the `top` functions by self time. */
export async function printProfile(title: string, work: () => void, top = 12): Promise<void> {
  const session = new Session();
  session.connect();
  try {
    await post(session, 'Profiler.enable');
    await post(session, 'Profiler.setSamplingInterval', { interval: 200 });
    await post(session, 'Profiler.start');
    work();
    const { profile } = await post<{ profile: Profile }>(session, 'Profiler.stop');
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const selfSamples = new Map<string, number>();
    const samples = profile.samples ?? [];
    for (const id of samples) {
      const node = byId.get(id);
      if (!node || node.callFrame.functionName === '(idle)' || node.callFrame.functionName === '(program)') continue;
      const key = where(node.callFrame);
      selfSamples.set(key, (selfSamples.get(key) ?? 0) + 1);
    }
    const counted = [...selfSamples.values()].reduce((a, b) => a + b, 0);
    const msPerSample = (profile.endTime - profile.startTime) / 1000 / Math.max(1, samples.length);
    console.log(`  ${title}: top ${top} functions by self time (${counted} samples)`);
    for (const [key, n] of [...selfSamples].sort((a, b) => b[1] - a[1]).slice(0, top)) {
      console.log(`    ${(100 * n / counted).toFixed(1).padStart(5)}%  ${(n * msPerSample).toFixed(0).padStart(5)} ms  ${key}`);
    }
  } finally {
    session.disconnect();
  }
}
