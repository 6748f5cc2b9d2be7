/**
 * A unified diff of two texts, line by line (Myers' algorithm), for `imr check --fix-dry-run`: the changes a
 * fix would make, in the form `patch` and `git apply` read.
 */

type Op = { kind: ' ' | '-' | '+'; line: string };

/** The shortest edit script between two line lists (Myers 1986, O((N+M)D)). */
function lineOps(a: string[], b: string[]): Op[] {
  const n = a.length;
  const m = b.length;
  const max = n + m;
  const v = new Map<number, number>([[1, 0]]);
  const trace: Map<number, number>[] = [];
  let done = false;
  for (let d = 0; d <= max && !done; d++) {
    trace.push(new Map(v));
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && (v.get(k - 1) ?? -1) < (v.get(k + 1) ?? -1)) ? (v.get(k + 1) ?? 0) : (v.get(k - 1) ?? 0) + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) { x++; y++; }
      v.set(k, x);
      if (x >= n && y >= m) { done = true; break; }
    }
  }
  // walk back through the saved frontiers
  const ops: Op[] = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d >= 0; d--) {
    const vd = trace[d];
    const k = x - y;
    const prevK = k === -d || (k !== d && (vd.get(k - 1) ?? -1) < (vd.get(k + 1) ?? -1)) ? k + 1 : k - 1;
    const prevX = vd.get(prevK) ?? 0;
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) { ops.push({ kind: ' ', line: a[x - 1] }); x--; y--; }
    if (d > 0) {
      if (x === prevX) ops.push({ kind: '+', line: b[y - 1] });
      else ops.push({ kind: '-', line: a[x - 1] });
    }
    x = prevX;
    y = prevY;
  }
  return ops.reverse();
}

const CONTEXT = 3;

/** `--- a/FILE` / `+++ b/FILE` and hunks with three lines of context; empty when the texts are equal. */
export function unifiedDiff(file: string, before: string, after: string): string {
  if (before === after) return '';
  const split = (t: string) => { const ls = t.split(/\r\n|\r|\n/); if (ls[ls.length - 1] === '') ls.pop(); return ls; };
  const ops = lineOps(split(before), split(after));
  // a relative path as git writes it (a/, b/: `git apply` and `patch -p1` read it); an absolute one as it is
  const absolute = file.startsWith('/');
  const out = [`--- ${absolute ? '' : 'a/'}${file}`, `+++ ${absolute ? '' : 'b/'}${file}`];
  let i = 0;
  let oldLine = 1;
  let newLine = 1;
  while (i < ops.length) {
    if (ops[i].kind === ' ') { i++; oldLine++; newLine++; continue; }
    // a hunk: from CONTEXT lines before this change to CONTEXT lines after the last change within 2*CONTEXT
    const start = Math.max(0, i - CONTEXT);
    let end = i;
    let last = i;
    while (end < ops.length && (ops[end].kind !== ' ' || end - last <= 2 * CONTEXT)) { if (ops[end].kind !== ' ') last = end; end++; }
    end = Math.min(ops.length, last + CONTEXT + 1);
    const lead = i - start;
    const hunk = ops.slice(start, end);
    const oldCount = hunk.filter((o) => o.kind !== '+').length;
    const newCount = hunk.filter((o) => o.kind !== '-').length;
    const oldStart = oldLine - lead;
    const newStart = newLine - lead;
    out.push(`@@ -${oldCount ? oldStart : oldStart - 1},${oldCount} +${newCount ? newStart : newStart - 1},${newCount} @@`);
    for (const o of hunk) out.push(`${o.kind}${o.line}`);
    for (let j = i; j < end; j++) { if (ops[j].kind !== '+') oldLine++; if (ops[j].kind !== '-') newLine++; }
    i = end;
  }
  return `${out.join('\n')}\n`;
}
