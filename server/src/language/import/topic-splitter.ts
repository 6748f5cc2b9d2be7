import { findGuideline, readSectionList } from '../catalogue';
import type { TopicSplitter } from './guideline-import';

/**
 * Splits a letter's comma-separated `Section(s):` list into the sections the catalogue knows, so each
 * gets its own `;`-separated place (and its own check); a list with any unknown piece stays whole.
 */
export const catalogueTopicSplitter: TopicSplitter = (title, year, topics) => {
  const g = findGuideline(title, year);
  if (!g) return undefined;
  const pieces = readSectionList(g, topics);
  return pieces.length > 1 && pieces.every((p) => p.section) ? pieces.map((p) => p.text) : undefined;
};
