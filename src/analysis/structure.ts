// Splits text into blocks (lines), sentences and tokens with exact offsets.
// Lines are boundaries: headlines, captions and list items stand on their own.
// retext-english is a thin unified wrapper around ParseEnglish; calling the
// parser directly skips building a unified processor run and a VFile per line.
import { ParseEnglish } from 'parse-english';
import type { Sentence as NlcstSentence, SentenceContent } from 'nlcst';
import type { BlockKind } from './types';

export type TokenKind = 'word' | 'punct' | 'symbol';

export interface Token {
  start: number;
  end: number;
  text: string;
  kind: TokenKind;
  /** True when white space comes right before the token. */
  spaced: boolean;
  /** Apostrophes folded, possessive "'s" removed: "Putin’s" → "Putin". */
  norm: string;
  /** End offset without the possessive. */
  normEnd: number;
  lower: string;
  capitalized: boolean;
  /** Index of the token in its sentence. */
  index: number;
}

const POSSESSIVE = /['’]s$|s['’]$/;
// Unicode-property regexes live in constants: the bundle turns inline ones into a `new RegExp` per call.
const UPPER_FIRST = /^\p{Lu}/u;

/** `plain`: the text is known to hold no apostrophe, so there is nothing to fold or strip. */
export function makeToken(kind: TokenKind, text: string, start: number, end: number, spaced: boolean, index: number, plain = false): Token {
  let bare = text;
  if (!plain && kind === 'word' && (text.indexOf("'") > 0 || text.indexOf('’') > 0)) {
    const m = POSSESSIVE.exec(text);
    if (m && m.index > 0) bare = m[0][0] === 's' ? text.slice(0, m.index + 1) : text.slice(0, m.index);
  }
  const norm = plain ? bare : foldApostrophes(bare);
  const c = text.charCodeAt(0);
  const capitalized = kind === 'word' && ((c >= 65 && c <= 90) || (c > 127 && UPPER_FIRST.test(text)));
  return { start, end, text, kind, spaced, norm, normEnd: start + bare.length, lower: norm.toLowerCase(), capitalized, index };
}

/** Folds curly apostrophes so "People’s" and "People's" match. */
export function foldApostrophes(s: string): string {
  return s.indexOf('\u2019') >= 0 || s.indexOf('\u2018') >= 0 ? s.replace(/[\u2018\u2019]/g, "'") : s;
}

export interface Sentence {
  start: number;
  end: number;
  tokens: Token[];
  block: Block;
  /** wordsOf()'s cache. */
  words?: Token[];
}

export interface Block {
  index: number;
  start: number;
  end: number;
  text: string;
  kind: BlockKind;
  rule: string;
  sentences: Sentence[];
}

// parse-english slows down on very long strings; parse long lines in pieces.
const MAX_PIECE = 8000;

type NodeType = SentenceContent['type'];
type Plugin = (node: unknown) => void;
const TYPES: NodeType[] = ['WhiteSpaceNode', 'PunctuationNode', 'WordNode', 'SymbolNode'];
const WORD = 3;

// Characters a plugin needs to see before it can change anything, by position in
// parse-english 7's lists (null: always run). Sentence: mergeEnglishElisionExceptions,
// mergeInitialWordSymbol, mergeFinalWordSymbol, ..., mergeInnerWordSlash; paragraph: breakImplicitSentences.
const SENTENCE_TRIGGERS = [/['’/]/, /&/, /-/, null, /\//, null, null];
const PARAGRAPH_TRIGGERS = [null, null, null, null, null, null, null, null, null, null, /[\r\n]/, null, null];

/**
 * ParseEnglish with the same output, made cheaper where it is slow:
 * character classes are cached instead of tested with three large regexes per
 * character, and plugins that cannot fire on a line (their trigger character
 * is absent) are skipped.
 */
class LineParser extends ParseEnglish {
  /** parse-latin's character class per UTF-16 code unit (index into TYPES + 1), filled lazily. */
  private readonly classes = new Uint8Array(65536);
  private readonly allSentencePlugins = [...this.tokenizeSentencePlugins] as Plugin[];
  private readonly allParagraphPlugins = [...this.tokenizeParagraphPlugins] as Plugin[];
  // Positions in parse-english 7's plugin lists; checked so an upgrade only loses the shortcut.
  private readonly known = this.allSentencePlugins.length === SENTENCE_TRIGGERS.length && this.allParagraphPlugins.length === PARAGRAPH_TRIGGERS.length;

  parseLine(value: string) {
    if (this.known) {
      const fires = (trigger: RegExp | null) => !trigger || trigger.test(value);
      this.tokenizeSentencePlugins = this.allSentencePlugins.filter((_, i) => fires(SENTENCE_TRIGGERS[i]!)) as never;
      this.tokenizeParagraphPlugins = this.allParagraphPlugins.filter((_, i) => fires(PARAGRAPH_TRIGGERS[i]!)) as never;
    }
    return this.parse(value);
  }

  private classOf(code: number): number {
    let c = this.classes[code]!;
    if (c === 0) {
      const node = super.tokenize(String.fromCharCode(code))[0]!;
      c = TYPES.indexOf(node.type) + 1;
      this.classes[code] = c;
    }
    return c;
  }

  /** parse-latin's tokenize, with cached character classes. */
  override tokenize(value: string | null | undefined): SentenceContent[] {
    const children: SentenceContent[] = [];
    if (!value) return children;
    let line = 1;
    let column = 1;
    // Plugins replace points but never change them, so neighbours can share one.
    let start = { line, column, offset: 0 };
    let from = 0;
    let previousType = 0;
    let previous = -1;
    const flush = (type: number, to: number) => {
      const text = value.slice(from, to);
      const end = { line, column, offset: to };
      children.push(type === WORD
        ? { type: 'WordNode', children: [{ type: 'TextNode', value: text, position: { start, end } }], position: { start, end } }
        : { type: TYPES[type - 1] as 'WhiteSpaceNode', value: text, position: { start, end } });
      start = end;
    };
    for (let index = 0; index < value.length; index++) {
      const code = value.charCodeAt(index);
      const type = this.classOf(code);
      // Words and white space continue; so does a repeated mark or a surrogate half.
      if (index > 0 && !(previousType === type && (type === WORD || type === 1 || code === previous || (code >= 0xd800 && code <= 0xdfff)))) {
        flush(previousType, index);
        from = index;
      }
      if (code === 13 || (code === 10 && previous !== 13)) {
        line++;
        column = 1;
      } else if (code !== 10) column++;
      previousType = type;
      previous = code;
    }
    flush(previousType, value.length);
    return children;
  }
}

const parser = new LineParser();

export function splitBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  const lineBreak = /\r\n|\n|\r|\u2028|\u2029/g;
  let lineStart = 0;
  const addLine = (from: number, to: number) => {
    while (from < to && isSpace(text.charCodeAt(from))) from++;
    while (to > from && isSpace(text.charCodeAt(to - 1))) to--;
    if (to > from) {
      blocks.push({ index: blocks.length, start: from, end: to, text: text.slice(from, to), kind: 'body', rule: 'layout.paragraph', sentences: [] });
    }
  };
  for (let m = lineBreak.exec(text); m; m = lineBreak.exec(text)) {
    addLine(lineStart, m.index);
    lineStart = m.index + m[0].length;
  }
  addLine(lineStart, text.length);
  return blocks;
}

export function parseBlock(block: Block): void {
  for (const [from, to] of pieces(block.text)) {
    const tree = parser.parseLine(block.text.slice(from, to));
    const base = block.start + from;
    for (const paragraph of tree.children) {
      if (paragraph.type !== 'ParagraphNode') continue;
      for (const sentence of paragraph.children) {
        if (sentence.type === 'SentenceNode') block.sentences.push(toSentence(sentence, base, block));
      }
    }
  }
}

function toSentence(node: NlcstSentence, base: number, block: Block): Sentence {
  const tokens: Token[] = [];
  let spaced = true;
  for (const child of node.children) {
    if (child.type === 'WhiteSpaceNode') {
      spaced = true;
      continue;
    }
    const start = base + (child.position?.start.offset ?? 0);
    const end = base + (child.position?.end.offset ?? 0);
    const kind: TokenKind = child.type === 'WordNode' ? 'word' : child.type === 'PunctuationNode' ? 'punct' : 'symbol';
    // A word of one text node has only word characters; apostrophes are punctuation to the parser.
    const plain = child.type === 'WordNode' && child.children.length === 1;
    // Reuse the parser's string where the node has one; a merged word is sliced from the line.
    const text = 'value' in child ? child.value : plain && 'value' in child.children[0]! ? child.children[0].value : block.text.slice(start - block.start, end - block.start);
    tokens.push(makeToken(kind, text, start, end, spaced, tokens.length, plain));
    spaced = false;
  }
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  return { start: first ? first.start : base, end: last ? last.end : base, tokens, block, words: undefined };
}

/** Cuts a long line at sentence ends (or spaces) into pieces parse-english handles quickly. */
function pieces(text: string): [number, number][] {
  if (text.length <= MAX_PIECE) return [[0, text.length]];
  const out: [number, number][] = [];
  let from = 0;
  while (text.length - from > MAX_PIECE) {
    const window = text.slice(from, from + MAX_PIECE);
    let cut = Math.max(window.lastIndexOf('. '), window.lastIndexOf('? '), window.lastIndexOf('! '));
    if (cut < MAX_PIECE / 2) cut = window.lastIndexOf(' ');
    const to = cut < MAX_PIECE / 4 ? from + MAX_PIECE : from + cut + 1;
    out.push([from, to]);
    from = to;
  }
  out.push([from, text.length]);
  return out;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 0xa0 || code === 0xfeff || (code >= 0x2000 && code <= 0x200b) || code === 0x3000 || code === 12 || code === 11;
}
