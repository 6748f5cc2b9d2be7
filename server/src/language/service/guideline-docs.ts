/** How a guideline is explained in hovers and completion documentation: what it covers, where it is, when it applied. */
import type { Guideline } from '../catalogue';

export function inForceText(g: Guideline): string {
  return `${g.inForce.from}${g.inForce.to ? ` to ${g.inForce.to}` : ' onwards'}${g.inForce.verified ? '' : ' (dates unverified)'}`;
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
  if (g.pages) lines.push(`- Pages: ${g.pages.from}-${g.pages.to}${g.pages.verified ? '' : ' (unverified)'}`);
  if (g.titleAliases.length) lines.push(`- Also written: ${g.titleAliases.join('; ')}`);
  lines.push('', `_Source: ${g.source}_`);
  return lines.join('\n');
}
