// analyze(text) → Article: the whole reading pipeline, pure and editor-free.
import { splitBlocks, parseBlock, type Sentence } from './structure';
import { classifyBlocks } from './layout';
import { createTable, extractEntities, finishEntities } from './entities';
import { QuoteFinder } from './quotes';
import { findClaims } from './claims';
import type { Article } from './types';

export type * from './types';
export { notProseReason } from './prose';

export function analyze(text: string): Article {
  const blocks = splitBlocks(text);
  const chromeStart = classifyBlocks(blocks);
  let wordCount = 0;
  for (const block of blocks) wordCount += parseBlock(block);
  // Entities are read everywhere but in widget chrome; an author bio still names people.
  const sentences: Sentence[] = [];
  for (const b of blocks) for (const s of b.sentences) sentences.push(s);
  const table = createTable();
  const lineCount = new Map<string, number>();
  for (const b of blocks) if (b.kind === 'chrome') lineCount.set(b.text, (lineCount.get(b.text) ?? 0) + 1);
  const prose = (b: (typeof blocks)[number]) => lineCount.get(b.text) === 1 && b.text.split(/\s+/, 10).length >= 10;
  extractEntities(sentences.filter((s) => s.block.kind !== 'chrome' || prose(s.block)), table, text);
  const quotes = new QuoteFinder({ text, table, blocks }).run();
  const claims = findClaims(sentences, { text, quotes, mentionAt: (start) => table.byStart.has(start) });
  return {
    entities: finishEntities(table),
    quotes: quotes.sort((a, b) => a.start - b.start),
    claims,
    sections: blocks.map((b) => ({ start: b.start, end: b.end, text: b.text, kind: b.kind, rule: b.rule })),
    chromeStart,
    wordCount,
  };
}
