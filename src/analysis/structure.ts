// Splits text into blocks (lines), sentences and tokens with exact offsets.
// Lines are boundaries: headlines, captions and list items stand on their own.
import { unified } from 'unified';
import retextEnglish from 'retext-english';
import { articleParser } from './english';
import type { Nodes, Root, Sentence as NlcstSentence } from 'nlcst';
import type { BlockKind } from './types';

export type TokenKind = 'word' | 'punct' | 'symbol';

/**
 * A class, not an object literal: V8 may decide early on to allocate a literal's objects straight in
 * the old generation ("pretenuring") when the first article's tokens all outlive a collection, and then
 * every later article's tokens need a full collection to be freed. Constructed objects are not pretenured.
 */
export class Token {
  /** The index, the capital and the space before, in one small integer: index << 2 | capitalized << 1 | spaced. */
  private readonly bits: number;

  constructor(
    readonly start: number,
    spaced: boolean,
    capitalized: boolean,
    index: number,
    /** What is known of the token's text wherever it stands, shared by all its tokens. */
    readonly info: WordInfo,
  ) {
    this.bits = (index << 2) | (capitalized ? 2 : 0) | (spaced ? 1 : 0);
  }

  // A 5 MB article keeps a million tokens, and fewer fields are less to collect: what follows from the text is read from its
  // WordInfo, and three small fields share one.
  /** Index of the token in its sentence. */
  get index(): number {
    return this.bits >> 2;
  }

  get capitalized(): boolean {
    return (this.bits & 2) !== 0;
  }

  /** True when white space comes right before the token. */
  get spaced(): boolean {
    return (this.bits & 1) !== 0;
  }

  get text(): string {
    return this.info.text;
  }

  get kind(): TokenKind {
    return this.info.kind;
  }

  /** Apostrophes folded, possessive "'s" removed: "Putin’s" → "Putin". */
  get norm(): string {
    return this.info.norm;
  }

  get lower(): string {
    return this.info.lower;
  }

  get end(): number {
    return this.start + this.info.text.length;
  }

  /** End offset without the possessive. */
  get normEnd(): number {
    return this.start + this.info.norm.length;
  }
}

/**
 * What readers and rules work out from a word's text alone, cached once per distinct text: each token
 * reaches it with one lookup, made when it is built, instead of each reader and rule looking the word up
 * in a list of its own (cold lists, far apart in memory, cost more than the lookups they serve).
 */
export class WordInfo {
  // Each field below is filled, when first asked, by the one module named: `unknown` here keeps this file free of their types.
  /** The entity reader's and the attribution reader's forms of the word (learn/ner.ts, learn/attribution.ts). */
  nerForms: unknown = undefined;
  attributionForms: unknown = undefined;
  /** -1 until asked: whether a cue may start at the word (quotes.ts). */
  cueFirst = -1;
  /** The hedges and opinion markers that start at the word (claims.ts); undefined until asked, null for none. */
  hedges: unknown = undefined;
  opinions: unknown = undefined;
  /** The gazetteer's trie node for the word, by its normal form and by its text (lexicon.ts); undefined until asked, null for none. */
  gazetteer: unknown = undefined;
  gazetteerByText: unknown = undefined;
  /** The reporting verbs that start with the word (lexicon.ts); undefined until asked, null for none. */
  cueVerbs: unknown = undefined;
  /** The last document that wrote the word in lower case (learn/ner.ts's count of documents), or 0. */
  lowercaseIn = 0;
  /**
   * The answers of the word lists (`WordSet`) and tests (`TextTest`) asked about the word: per pair of slots, the bits of those
   * asked, then of those that hold it.
   */
  readonly lists = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
  constructor(
    /** The text, as the cache's key. Tokens read it, their kind, normal form and lower case from here rather than keeping each a copy. */
    readonly text: string,
    readonly kind: TokenKind,
    readonly norm: string,
    readonly lower: string,
    readonly capitalized: boolean,
    /** The text is not its own lower-case form: a capital, a possessive or a curly apostrophe. Asked of every word, so kept, not compared. */
    readonly lowerDiffers: boolean,
    /** The text starts with a digit. */
    readonly digitFirst: boolean,
  ) {}
}

/** Bits per slot of `WordInfo.lists`: small integers, which the array keeps unboxed. */
const LIST_BITS = 30;
/** Some 190 lists and tests are asked: the rest past this are asked each time. */
const LIST_CAPACITY = LIST_BITS * 7;
let listBitsUsed = 0;

/** The answer kept on the WordInfo for list or test `bit`: 1 or 0, or -1 when not asked yet. */
function keptAnswer(info: WordInfo, bit: number): number {
  const slot = ((bit / LIST_BITS) | 0) * 2;
  const mask = 1 << bit % LIST_BITS;
  const lists = info.lists;
  if (!(lists[slot]! & mask)) return -1;
  return lists[slot + 1]! & mask ? 1 : 0;
}

function keepAnswer(info: WordInfo, bit: number, holds: boolean): boolean {
  const slot = ((bit / LIST_BITS) | 0) * 2;
  const mask = 1 << bit % LIST_BITS;
  const lists = info.lists;
  lists[slot] = lists[slot]! | mask;
  if (holds) lists[slot + 1] = lists[slot + 1]! | mask;
  return holds;
}

/**
 * A fixed list of words that answers for a token from its WordInfo: each list and form of the word (lower case,
 * normal form, text) has a bit there, set the first time a token of that text is asked about. Rules ask the same
 * lists of the same words over and over, and a bit costs less than a hash lookup.
 */
export class WordSet extends Set<string> {
  private lowerBit = -1;
  private normBit = -1;
  private textBit = -1;

  hasLower(w: Token | undefined): boolean {
    if (!w) return false;
    if (this.lowerBit < 0) this.lowerBit = listBitsUsed++;
    return this.holds(w.info, this.lowerBit, w.lower);
  }

  hasNorm(w: Token | undefined): boolean {
    if (!w) return false;
    if (this.normBit < 0) this.normBit = listBitsUsed++;
    return this.holds(w.info, this.normBit, w.norm);
  }

  hasText(w: Token | undefined): boolean {
    if (!w) return false;
    if (this.textBit < 0) this.textBit = listBitsUsed++;
    return this.holds(w.info, this.textBit, w.text);
  }

  /** The answers are kept: a list that has been asked cannot change. */
  override add(word: string): this {
    // Set's constructor adds the first words before the fields above are set.
    if (this.lowerBit >= 0 || this.normBit >= 0 || this.textBit >= 0) throw new Error('a WordSet is fixed once asked');
    return super.add(word);
  }

  private holds(info: WordInfo, bit: number, key: string): boolean {
    if (bit >= LIST_CAPACITY) return this.has(key);
    const kept = keptAnswer(info, bit);
    return kept >= 0 ? kept === 1 : keepAnswer(info, bit, this.has(key));
  }
}

/**
 * A fixed test of a word's text (a pattern, a lookup of a form of it) whose answer is kept on the word's WordInfo, like a
 * WordSet's: for a test a rule asks of every word.
 */
export class TextTest {
  private bit = -1;

  constructor(private readonly test: (text: string) => boolean) {}

  holds(w: Token): boolean {
    if (this.bit < 0) this.bit = listBitsUsed++;
    if (this.bit >= LIST_CAPACITY) return this.test(w.text);
    const kept = keptAnswer(w.info, this.bit);
    return kept >= 0 ? kept === 1 : keepAnswer(w.info, this.bit, this.test(w.text));
  }
}

/** By kind, then text: a text reads by its kind ("punct" has no case). */
const infosByKind: Record<TokenKind, Map<string, WordInfo>> = { word: new Map(), punct: new Map(), symbol: new Map() };
/** A kind's map, picked by comparing: a lookup of `infosByKind[kind]` by three names goes through V8's slowest (megamorphic) path. */
const infosOf = (kind: TokenKind) => (kind === 'word' ? infosByKind.word : kind === 'punct' ? infosByKind.punct : infosByKind.symbol);
let infoCount = 0;
/**
 * Distinct texts past this start the cache anew, between documents: it holds some tens of MB at most, and all the tokens of
 * one document with one text share one WordInfo, which a document may mark (`lowercaseIn`).
 */
const WORD_INFO_LIMIT = 200_000;

/** The cache's WordInfo for a word's text, if any token of the document has that text. */
export function wordInfo(text: string): WordInfo | undefined {
  return infosByKind.word.get(text);
}

/** V8 makes a substring this long or longer a view of its parent string (a "sliced string"). */
const SLICED_STRING_MIN_LENGTH = 13;
/** A string of its own for a cache that outlives the document: a substring kept as a view would keep the whole document. */
export const ownCopy = (text: string): string => (text.length >= SLICED_STRING_MIN_LENGTH ? (JSON.parse(JSON.stringify(text)) as string) : text);
/**
 * The string table's copy of a text (a property name is one), which is also a copy of its own: the rules compare words' forms
 * with literals, which are in that table too, and two such strings compare by address instead of by V8's string comparison.
 */
const internalized = (text: string): string => Object.keys({ [text]: 0 })[0]!;
const POSSESSIVE = /['’]s$|s['’]$/;
// Unicode-property regexes live in constants: the bundle turns inline ones into a `new RegExp` per call.
const UPPER_FIRST = /^\p{Lu}/u;

/** `plain`: the text is known to hold no apostrophe, so there is nothing to fold or strip. The token ends where its text does. */
export function makeToken(kind: TokenKind, text: string, start: number, spaced: boolean, index: number, plain = false): Token {
  const infos = infosOf(kind);
  let info = infos.get(text);
  if (!info) {
    infoCount++;
    const own = internalized(text);
    info = readWord(kind, own, plain);
    infos.set(own, info);
  }
  return new Token(start, spaced, info.capitalized, index, info);
}

function readWord(kind: TokenKind, text: string, plain: boolean): WordInfo {
  let bare = text;
  if (!plain && kind === 'word' && (text.indexOf("'") > 0 || text.indexOf('’') > 0)) {
    const m = POSSESSIVE.exec(text);
    if (m && m.index > 0) bare = m[0][0] === 's' ? text.slice(0, m.index + 1) : text.slice(0, m.index);
  }
  const norm = plain ? bare : foldApostrophes(bare);
  const c = text.charCodeAt(0);
  const capitalized = kind === 'word' && ((c >= 65 && c <= 90) || (c > 127 && UPPER_FIRST.test(text)));
  // Punctuation has no case.
  const lower = kind === 'punct' ? norm : norm.toLowerCase();
  return new WordInfo(text, kind, internalized(norm), internalized(lower), capitalized, lower !== text, c >= 48 && c <= 57);
}

/** A copy of the token at another index; built like makeToken's, so all tokens share one shape. */
export function withIndex(t: Token, index: number): Token {
  return new Token(t.start, t.spaced, t.capitalized, index, t.info);
}

/** A copy read as if it were not capitalized: "Says" in a headline is the verb. */
export function uncapitalized(t: Token): Token {
  return new Token(t.start, t.spaced, false, t.index, t.info);
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
  /** isSportsSentence()'s cache. */
  sports?: boolean;
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

// Blocks and sentences are made by constructors, not object literals: V8 counts how many objects of a literal survive a collection
// and, past a threshold, makes all later ones in the old generation, where they died slowly (the heap doubled, and collections
// cost six times as much). The fields keep the literals' order.
class ParsedBlock implements Block {
  declare index: number;
  declare start: number;
  declare end: number;
  declare text: string;
  declare kind: BlockKind;
  declare rule: string;
  declare sentences: Sentence[];
  constructor(index: number, start: number, end: number, text: string) {
    this.index = index;
    this.start = start;
    this.end = end;
    this.text = text;
    this.kind = 'body';
    this.rule = 'layout.paragraph';
    // Not `[]`: a literal's site again.
    this.sentences = Array.of();
  }
}

class ParsedSentence implements Sentence {
  declare start: number;
  declare end: number;
  declare tokens: Token[];
  declare block: Block;
  declare words: Token[] | undefined;
  declare sports: boolean | undefined;
  constructor(start: number, end: number, tokens: Token[], block: Block) {
    this.start = start;
    this.end = end;
    this.tokens = tokens;
    this.block = block;
    this.words = undefined;
    this.sports = undefined;
  }
}

// parse-english slows down on very long strings; parse long lines in pieces.
const MAX_PIECE = 8000;

const processor = unified().use(retextEnglish).use(articleParser).freeze();
// The processor's own parser, called directly: `processor.parse` would wrap each line in a VFile, which articleParser never reads.
const parseLine = processor.parser!;
const NO_FILE = undefined as unknown as Parameters<typeof parseLine>[1];

export function splitBlocks(text: string): Block[] {
  if (infoCount > WORD_INFO_LIMIT) {
    infoCount = 0;
    for (const infos of Object.values(infosByKind)) infos.clear();
  }
  const blocks: Block[] = [];
  const lineBreak = /\r\n|\n|\r|\u2028|\u2029/g;
  let lineStart = 0;
  const addLine = (from: number, to: number) => {
    while (from < to && isSpace(text.charCodeAt(from))) from++;
    while (to > from && isSpace(text.charCodeAt(to - 1))) to--;
    if (to > from) {
      blocks.push(new ParsedBlock(blocks.length, from, to, text.slice(from, to)));
    }
  };
  for (let m = lineBreak.exec(text); m; m = lineBreak.exec(text)) {
    addLine(lineStart, m.index);
    lineStart = m.index + m[0].length;
  }
  addLine(lineStart, text.length);
  return blocks;
}

/** Parses the block into sentences and tokens; returns how many words it has. */
export function parseBlock(block: Block): number {
  let words = 0;
  for (const [from, to] of pieces(block.text)) {
    const tree = parseLine(block.text.slice(from, to), NO_FILE) as Root;
    // The parser's nodes have no positions (english.ts): offsets follow from the lengths of their texts.
    let at = block.start + from;
    for (const paragraph of tree.children) {
      if (paragraph.type !== 'ParagraphNode') {
        at += lengthOf(paragraph);
        continue;
      }
      for (const node of paragraph.children) {
        if (node.type !== 'SentenceNode') {
          at += lengthOf(node);
          continue;
        }
        const added = addSentence(node, at, block);
        words += added.words;
        at = added.end;
      }
    }
  }
  return words;
}

/** Adds the sentence, which starts at offset `at`, to the block; returns how many words it has and the offset after it. */
function addSentence(node: NlcstSentence, at: number, block: Block): { words: number; end: number } {
  const tokens: Token[] = [];
  let words = 0;
  let spaced = true;
  for (const child of node.children) {
    if (child.type === 'WhiteSpaceNode') {
      spaced = true;
      at += child.value.length;
      continue;
    }
    const start = at;
    const word = child.type === 'WordNode';
    if (word) words++;
    const kind: TokenKind = word ? 'word' : child.type === 'PunctuationNode' ? 'punct' : 'symbol';
    // A word of one text node has only word characters; apostrophes are punctuation to the parser.
    const plain = word && child.children.length === 1;
    // Reuse the parser's string where the node has one; a merged word is sliced from the line.
    const text = !word ? child.value : plain && 'value' in child.children[0]! ? child.children[0].value : block.text.slice(start - block.start, start - block.start + lengthOf(child));
    const token = makeToken(kind, text, start, spaced, tokens.length, plain);
    tokens.push(token);
    // The token's end, not `text.length`: a length read here, of strings of many kinds, took V8's slowest path.
    at = token.end;
    spaced = false;
  }
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  block.sentences.push(new ParsedSentence(first ? first.start : at, last ? last.end : at, tokens, block));
  return { words, end: at };
}

/** The length of a node's text. */
function lengthOf(node: Nodes): number {
  if ('value' in node) return node.value.length;
  let n = 0;
  for (const child of node.children) n += lengthOf(child);
  return n;
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
