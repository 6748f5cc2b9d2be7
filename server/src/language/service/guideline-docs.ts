/** How a guideline is explained in hovers and completion documentation: what it covers, where it is, when it applied. */
import type { Guideline } from '../catalogue';

export function inForceText(g: Guideline): string {
  return `${g.inForce.from}${g.inForce.to ? ` to ${g.inForce.to}` : ' onwards'}${g.inForce.verified ? '' : ' (these dates are not verified against the regulation)'}`;
}

/** A page range as a reviewer reads it: where it is not verified, say so in words. */
export function pagesText(pages: { from: number; to: number; verified: boolean }): string {
  return `${pages.from}-${pages.to}${pages.verified ? '' : ' (not verified against the published guideline)'}`;
}

/**
 * Where a fact comes from, in a reader's words: the project's own note files and counts ("guidelines.json corpus
 * counts", "guidelines.md §4a") mean nothing to a reviewer and are left out.
 */
export function readerSource(source: string): string {
  const internal = /\.(?:json|md|cs|tsv)\b|§|\bcorpus\b|\bunverified\b/i;
  return source.split(/;\s*/)
    .map((part) => part.replace(/\s*\([^()]*\)/g, (m) => (internal.test(m) ? '' : m)).trim())
    .filter((part) => part && !internal.test(part))
    .join('; ');
}

export function guidelineMarkdown(g: Guideline): string {
  const lines = [
    `**${g.title} ${g.year}**${g.chapter !== undefined ? ` (ACOEM Practice Guidelines 2nd ed., Chapter ${g.chapter})` : ''}`,
    '',
    g.covers,
    '',
    `- Regulation: ${g.ccr}`,
    `- In the MTUS: ${inForceText(g)}`,
  ];
  if (g.pages) lines.push(`- Pages: ${pagesText(g.pages)}`);
  if (g.titleAliases.length) lines.push(`- Also written: ${g.titleAliases.join('; ')}`);
  const source = readerSource(g.source);
  if (source) lines.push('', `_Source: ${source}_`);
  return lines.join('\n');
}
