/**
 * `[...text.matchAll(re)]` for a global pattern, without the copy of the pattern `matchAll` makes on every call
 * (the conclusion reader asks once a sentence, and a clause, so the copies were a good part of its time). The
 * pattern's `lastIndex` is 0 before and after, as a pattern only ever searched this way keeps it.
 */
export function allMatches(re: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m; (m = re.exec(text));) {
    out.push(m);
    // past an empty match, as matchAll goes on
    if (m[0] === '') re.lastIndex++;
  }
  return out;
}

/** The last match of a global pattern (as `allMatches(re, text).pop()`), without keeping the others. */
export function lastMatch(re: RegExp, text: string): RegExpExecArray | undefined {
  let last: RegExpExecArray | undefined;
  re.lastIndex = 0;
  for (let m; (m = re.exec(text));) {
    last = m;
    if (m[0] === '') re.lastIndex++;
  }
  return last;
}
