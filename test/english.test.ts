// Our faster parser must build the very trees retext-english's parse-english builds, on any line, but
// without positions and with one rule added (a number or an acronym can end a sentence, below); the offsets parseBlock
// counts from the nodes' texts must be parse-english's.
// The bundles also put faster helpers in place of two packages parse-english's rules call (scripts/build.mjs):
// they must keep those packages' contracts.
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ParseEnglish } from 'parse-english';
import type { Root } from 'nlcst';
import { toString as stockToString } from 'nlcst-to-string';
import { modifyChildren as stockModifyChildren } from 'unist-util-modify-children';
import { analyze } from '../src/analysis';
import { ArticleParser, withNumberEndings } from '../src/analysis/english';
import { modifyChildren, toString } from '../src/analysis/nlcst-helpers';
import { parseBlock, type Block } from '../src/analysis/structure';

const stock = new ParseEnglish();
stock.tokenizeParagraphPlugins = withNumberEndings(stock.tokenizeParagraphPlugins);
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

function ourSentences(line: string): string[] {
  const block: Block = { index: 0, start: 0, end: line.length, text: line, kind: 'body', rule: 'layout.paragraph', sentences: [] };
  parseBlock(block);
  return block.sentences.map((s) => line.slice(s.start, s.end));
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
    // The parser picks them as it tokenizes the line.
    const rulesFor = (line: string) => {
      const parser = new ArticleParser(line);
      parser.parse(line);
      return parser.tokenizeSentencePlugins.length;
    };
    expect(rulesFor('Plain words, and a full stop.')).toBe(stockRules - 5);
    expect(rulesFor("AT&T's co-founder and/or w/ 'n'")).toBe(stockRules - 1);
  });

  it('ends a sentence at a number before a capital, where parse-english reads "7." as a list\'s number', () => {
    const sentences = (line: string) => ourSentences(line);
    expect(new ParseEnglish().parse('The toll rose to 120. Rescuers kept digging.').children[0]).toMatchObject({ children: [{ type: 'SentenceNode' }] });
    expect(sentences('The toll rose to 120. Rescuers kept digging.')).toEqual(['The toll rose to 120.', 'Rescuers kept digging.']);
    expect(sentences('Turnout was 48,350. “It was a good day,” she said.')).toEqual(['Turnout was 48,350.', '“It was a good day,” she said.']);
    // A list's number, a number before a word in lower case, and a year were read right already.
    expect(sentences('1. Open the box. 2. Close it.')).toEqual(['1. Open the box.', '2. Close it.']);
    expect(sentences('They won 3. and lost 2.')).toEqual(['They won 3. and lost 2.']);
    expect(sentences('It opened in 1998. Crowds came.')).toEqual(['It opened in 1998.', 'Crowds came.']);
  });

  it('ends a sentence at an acronym parse-english reads as an abbreviation ("SEC." for "Sec."), but not in capitals', () => {
    const sentences = (line: string) => ourSentences(line);
    expect(sentences('They sued the SEC. The agency replied.')).toEqual(['They sued the SEC.', 'The agency replied.']);
    expect(sentences('GROUPS SUE THE SEC. AGENCY REPLIES.')).toEqual(['GROUPS SUE THE SEC. AGENCY REPLIES.']);
    expect(ourTokens('Groups sued the SEC.').length).toBe(ourTokens('Groups sued the FBI.').length);
  });

  it('goes on past a title written short that parse-english does not know, before a capital: "Det. Sgt. Howard Lind", "Smt. Gurpreet Kaur"', () => {
    const sentences = (line: string) => ourSentences(line);
    expect(sentences('The prosecution called Det. Sgt. Howard Lind. He testified.')).toEqual(['The prosecution called Det. Sgt. Howard Lind.', 'He testified.']);
    expect(sentences('Party president Smt. Gurpreet Kaur spoke. Engr. Musa Bello agreed.')).toEqual(['Party president Smt. Gurpreet Kaur spoke.', 'Engr. Musa Bello agreed.']);
  });

  it('ends a sentence at "per cent.", which parse-english reads as an abbreviation', () => {
    const sentences = (line: string) => ourSentences(line);
    expect(sentences('Prices rose 3.4 per cent. Wages fell.')).toEqual(['Prices rose 3.4 per cent.', 'Wages fell.']);
    expect(ourTokens('Prices rose 3.4 per cent.').length).toBe(ourTokens('Prices rose 3.4 per annum.').length);
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

/** A node of the helpers' tests: a word of letters, or a mark. */
interface TestNode {
  type: string;
  value?: string;
  children?: TestNode[];
}

/**
 * A modifier that merges, inserts, removes and jumps, by a script of choices: what a parse-latin rule may do.
 * Logs each call; returns the indexes it asks to go on from, negative ones too.
 */
function scriptedModifier(script: number[], log: string[]) {
  let call = 0;
  return (child: TestNode, index: number, parent: { children: TestNode[] }): number | undefined => {
    const choice = script[call++ % script.length]!;
    log.push(`${index}:${child.value}`);
    if (call > 200) return undefined;
    switch (choice % 6) {
      case 0: return undefined;
      case 1: {
        // Merge with the next child.
        const next = parent.children[index + 1];
        if (next) parent.children.splice(index, 2, { type: 'TextNode', value: `${child.value}${next.value}` });
        return index;
      }
      case 2:
        parent.children.splice(index, 1);
        return index;
      case 3:
        parent.children.splice(index + 1, 0, { type: 'TextNode', value: `+${choice}` });
        return undefined;
      case 4: return index - (choice % 3) - 1;
      default: return index + (choice % 4);
    }
  };
}

describe('the bundles\' tree helpers', () => {
  it('modifyChildren visits and changes children as unist-util-modify-children does', () => {
    const children = fc.array(fc.string({ maxLength: 3 }).map((value) => ({ type: 'TextNode', value })), { maxLength: 12 });
    fc.assert(
      fc.property(children, fc.array(fc.nat(60), { minLength: 1, maxLength: 30 }), (nodes, script) => {
        const run = (modify: typeof modifyChildren) => {
          const parent = { children: nodes.map((n) => ({ ...n })) };
          const log: string[] = [];
          modify(scriptedModifier(script, log) as never)(parent as never);
          return { log, children: parent.children };
        };
        expect(run(modifyChildren)).toStrictEqual(run(stockModifyChildren as never));
      }),
      { numRuns: 3000 },
    );
  });

  it('toString gives the text of every node as nlcst-to-string does', () => {
    const lines = [...ownLines(), 'U.S. AT&T\'s co-founder—"e.g." 3.5% ’tis', ''];
    const texts = (node: TestNode, read: (n: TestNode | TestNode[]) => string, out: string[]) => {
      out.push(read(node));
      if (node.children) {
        out.push(read(node.children));
        for (const child of node.children) texts(child, read, out);
      }
      return out;
    };
    for (const line of lines) {
      const tree = stock.parse(line) as unknown as TestNode;
      expect(texts(tree, toString as never, [])).toStrictEqual(texts(tree, stockToString as never, []));
    }
    expect(() => toString(undefined as never)).toThrow();
  });

  it('read as the source does: dist/analysis.js, with them, gives what src/analysis gives on our articles', () => {
    const bundle = createRequire(__filename)(resolve(__dirname, '..', 'dist', 'analysis.js')) as { analyze: typeof analyze };
    for (const dir of ['samples', 'test/fixtures/articles']) {
      for (const name of readdirSync(dir).sort()) {
        if (!/\.(article|txt)$/.test(name)) continue;
        const text = readFileSync(join(dir, name), 'utf8');
        expect(JSON.stringify(bundle.analyze(text)), name).toBe(JSON.stringify(analyze(text)));
      }
    }
  });
});
