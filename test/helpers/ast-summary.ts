/** The AST without positions or label spellings: what must survive formatting unchanged. */
import type { Letter } from '../../server/src/language';

const DROP = new Set(['range', 'keywordRange', 'label', 'lines', 'spec', 'keyword']);

function strip(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(strip);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) if (!DROP.has(k)) out[k] = strip(v);
    return out;
  }
  return value;
}

export function astSummary(letter: Letter): unknown {
  return strip({
    fields: letter.fields,
    items: letter.items.map((i) => ({ ...i, fields: undefined })),
    comments: letter.comments,
    layout: letter.layout,
    problems: letter.problems.map((p) => p.code),
  });
}
