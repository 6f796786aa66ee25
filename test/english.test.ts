// Our faster parser must build the very trees retext-english's parse-english builds, on any line.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ParseEnglish } from 'parse-english';
import { ArticleParser } from '../src/analysis/english';

const stock = new ParseEnglish();
const parse = (line: string) => new ArticleParser(line).parse(line);
const sameTree = (line: string): void => {
  expect(parse(line)).toStrictEqual(stock.parse(line));
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

  it('skips the four rules for marks a line does not have', () => {
    expect(new ArticleParser('Plain words, and a full stop.').tokenizeSentencePlugins.length).toBe(new ParseEnglish().tokenizeSentencePlugins.length - 4);
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
