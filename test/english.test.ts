// Our faster parser must build the very trees retext-english's parse-english builds, on any line, but
// without positions; the offsets parseBlock counts from the nodes' texts must be parse-english's.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ParseEnglish } from 'parse-english';
import type { Root } from 'nlcst';
import { ArticleParser } from '../src/analysis/english';
import { parseBlock, type Block } from '../src/analysis/structure';

const stock = new ParseEnglish();
const parse = (line: string) => new ArticleParser(line).parse(line);
const withoutPositions = (tree: Root): unknown => JSON.parse(JSON.stringify(tree, (key, value: unknown) => (key === 'position' ? undefined : value)));

/** [start, end] of each token (a sentence's child that is not white space), by parse-english's positions. */
function stockTokens(tree: Root): number[][] {
  const tokens: number[][] = [];
  for (const paragraph of tree.children) {
    if (paragraph.type !== 'ParagraphNode') continue;
    for (const sentence of paragraph.children) {
      if (sentence.type !== 'SentenceNode') continue;
      for (const child of sentence.children) if (child.type !== 'WhiteSpaceNode') tokens.push([child.position!.start.offset!, child.position!.end.offset!]);
    }
  }
  return tokens;
}

function ourTokens(line: string): number[][] {
  const block: Block = { index: 0, start: 0, end: line.length, text: line, kind: 'body', rule: 'layout.paragraph', sentences: [] };
  parseBlock(block);
  return block.sentences.flatMap((s) => s.tokens.map((t) => [t.start, t.end]));
}

const sameTree = (line: string): void => {
  const expected = stock.parse(line);
  const tree = parse(line);
  expect(JSON.stringify(tree)).not.toContain('"position"');
  expect(tree).toStrictEqual(withoutPositions(expected));
  expect(ourTokens(line)).toStrictEqual(stockTokens(expected));
};

/** The lines of our sample and test articles. */
function ownLines(): string[] {
  const lines: string[] = [];
  for (const dir of ['samples', 'test/fixtures/articles']) {
    for (const name of readdirSync(dir).sort()) {
      if (!/\.(article|txt)$/.test(name)) continue;
      for (const line of readFileSync(join(dir, name), 'utf8').split(/\r\n|\n|\r/)) if (line.trim()) lines.push(line);
    }
  }
  return lines;
}

describe('ArticleParser', () => {
  it('builds the same trees as parse-english on our articles', () => {
    const lines = ownLines();
    expect(lines.length).toBeGreaterThan(100);
    for (const line of lines) sameTree(line);
  });

  it('builds the same trees on the hard cases', () => {
    for (const line of [
      '',
      ' ',
      'U.S. officials said Mr. Brand’s plan—"a blank check"—was dead...',
      'Wait?!! No… ‽ 50% of $3.5bn (approx.) — e.g. "AT&T"/T-Mobile @ 9:30 a.m.',
      'Émile Zola’s café in Zürich 😀😀 and 北京 and ١٢٣',
      '\u00a0\u2003tabs\tand\u200bzero-width\ufeffspaces ',
      'A lone \ud800 surrogate and \udc00 another',
      "rock 'n' roll w/ friends at AT&T, o' the co- and/or ab/c 'tis",
      'rock ’n’ roll, ’tis',
    ]) {
      sameTree(line);
    }
  });

  it('skips the four rules for marks a line does not have, and the rule that sets positions', () => {
    const stockRules = new ParseEnglish().tokenizeSentencePlugins.length;
    expect(new ArticleParser('Plain words, and a full stop.').tokenizeSentencePlugins.length).toBe(stockRules - 5);
    expect(new ArticleParser("AT&T's co-founder and/or w/ 'n'").tokenizeSentencePlugins.length).toBe(stockRules - 1);
  });

  it('builds the same trees on any line', () => {
    const unit = fc.oneof(
      fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n)),
      fc.constantFrom('a', 'B', ' ', '.', ',', "'", '’', '"', '-', '/', '&', '1', 'Mr', 'U.S.', '?', '!', '…', '😀', 'w/', "'n'", '’n’', 'o', "'tis", '’tis', 'ab/c', '&b', 'a-'),
    );
    const line = fc.string({ unit, maxLength: 200 }).filter((s) => !/[\n\r]/.test(s));
    fc.assert(fc.property(line, sameTree), { numRuns: 2000 });
  });
});
