// analyze(text) → Article: the whole reading pipeline, pure and editor-free.
import { makeToken, splitBlocks, parseBlock, type Sentence } from './structure';
import { ArticleParser } from './english';
import { classifyBlocks } from './layout';
import { linkLine, neverProse } from './lexicon';
import { createTable, extractEntities, finishEntities, readNames } from './entities';
import { QuoteFinder, rawQuoteShape } from './quotes';
export { jointSpeaker, spokenText } from './quotes';
import { findClaims } from './claims';
import type { Block } from './structure';
import type { Article } from './types';

export type * from './types';
export { notProseReason } from './prose';
export { decodeText } from './decode';
export { useNerWeights } from './learn/models';

/**
 * The last article's entities and quotes. Objects that gain a field after they are made (an entity its id, a mention its confidence,
 * a quote its confidence) take shapes that no class or literal keeps: kept here, one of each lives through a full collection between
 * articles. A long article's are not kept, for the memory they hold.
 */
const lastArticle: { entities?: unknown; quotes?: unknown } = {};
const LONGEST_ARTICLE_KEPT = 50_000;

/**
 * One instance, kept for good, of each class whose instances live only while an article is read. V8 keeps an
 * instance's shape only while something holds it, so a full collection that fell between two articles dropped
 * these shapes, and with them every optimized function that knew them: the next few hundred articles ran four
 * times slower while V8 optimized them again.
 */
export const keptShapes = [
  makeToken('word', 'shape', 0, true, 0, true), new ArticleParser('shape'), new QuoteFinder({ text: '', table: createTable(), blocks: [] }), rawQuoteShape(splitBlocks('shape')[0]!),
  parsedShape(), readNames(parsedShape().sentences, 'Shape.').readings[0], lastArticle,
];

/**
 * A block and the sentence parsed in it: each is an instance of a class (`ParsedBlock`, `ParsedSentence` in structure.ts), as is the
 * sentence's reading of names (`ParsedNameReading` in entities.ts).
 */
function parsedShape(): Block {
  const block = splitBlocks('Shape.')[0]!;
  parseBlock(block);
  return block;
}

export interface AnalyzeOptions {
  /** Milliseconds the analysis may take. Past it the rest of the text is left unread, and the result says so. */
  budgetMs?: number;
}

/** Parsing takes under half of the analysis, and the later steps are linear in what was parsed. */
const PARSE_SHARE_OF_BUDGET = 0.4;
const BLOCKS_BETWEEN_CLOCK_CHECKS = 16;

export function analyze(text: string, options: AnalyzeOptions = {}): Article {
  const allBlocks = splitBlocks(text);
  const chromeStart = classifyBlocks(allBlocks);
  const { blocks, wordCount } = parseWithin(allBlocks, options.budgetMs);
  // Entities are read everywhere but in widget chrome; an author bio still names people.
  const sentences: Sentence[] = [];
  for (const b of blocks) for (const s of b.sentences) sentences.push(s);
  const table = createTable();
  const lineCount = new Map<string, number>();
  for (const b of blocks) if (b.kind === 'chrome') lineCount.set(b.text, (lineCount.get(b.text) ?? 0) + 1);
  // Not a link, a copyright or a sign-up, however long.
  const prose = (b: (typeof blocks)[number]) => lineCount.get(b.text) === 1 && b.text.split(/\s+/, 10).length >= 10 && !linkLine.test(b.text) && !neverProse.some((p) => p.test(b.text));
  const entityProblem = extractEntities(sentences.filter((s) => s.block.kind !== 'chrome' || prose(s.block)), table, text);
  // In text order: the claims walk the quotes beside the sentences.
  const quotes = new QuoteFinder({ text, table, blocks }).run().sort((a, b) => a.start - b.start);
  const claims = findClaims(sentences, { text, quotes, mentionAt: (start) => table.byStart.has(start) });
  if (text.length <= LONGEST_ARTICLE_KEPT) {
    lastArticle.entities = table.entities;
    lastArticle.quotes = quotes;
  }
  return {
    entities: finishEntities(table),
    quotes,
    claims,
    sections: allBlocks.map((b) => ({ start: b.start, end: b.end, text: b.text, kind: b.kind, rule: b.rule })),
    chromeStart,
    wordCount,
    warnings: entityProblem ? [entityProblem] : [],
    partial: blocks.length < allBlocks.length ? { until: allBlocks[blocks.length]!.start, reason: `the analysis stopped at its time budget of ${options.budgetMs} ms` } : null,
  };
}

/** Parses blocks in order until the parse share of the budget is spent; returns the parsed ones and their words. */
function parseWithin(blocks: Block[], budgetMs: number | undefined): { blocks: Block[]; wordCount: number } {
  const deadline = budgetMs === undefined ? Infinity : performance.now() + budgetMs * PARSE_SHARE_OF_BUDGET;
  let wordCount = 0;
  for (let i = 0; i < blocks.length; i++) {
    if (i % BLOCKS_BETWEEN_CLOCK_CHECKS === 0 && i > 0 && performance.now() > deadline) return { blocks: blocks.slice(0, i), wordCount };
    wordCount += parseBlock(blocks[i]!);
  }
  return { blocks, wordCount };
}
