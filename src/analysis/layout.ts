// Tells the article's parts apart: headline, byline, dateline, captions,
// body, and the page chrome that came along when it was copied from the web.
import type { Block } from './structure';
import { bulletPrefixes, chromeEndMarkers, chromeLinePatterns, months, newspaperHeads, weekdays } from './lexicon';

const TERMINAL = /[.!?…"”’')\]]$/;
// "By Dana Whitfield", and a wire story's closing "(Reporting by …; Editing by …)".
const BYLINE = /^\(?(by|written by|reporting by|additional reporting by)\s+\p{Lu}/iu;
/** A wire story's closing credits in brackets, however many reporters: "(Reporting by A in Oslo and B in London; Editing by C)". */
const isWireCredit = (text: string) => text.startsWith('(') && text.endsWith(')') && /\bediting by\b/i.test(text) && wordsUpTo(text, 40) <= 40;
const CREDIT_HEAD = /^(photo|image|picture|video|credit|source|illustration)s?\s*(:|by\b)/i;
const CREDIT_TAIL = /\b(getty images|ap photo|afp|reuters|shutterstock)\b.{0,20}$/i;
/** A credit line opens with "Photo:" or ends with an agency name. */
function isCredit(text: string): boolean {
  // A tail match spans at most 12 + 20 characters, so the last 40 are enough (room for the \b before it).
  return CREDIT_HEAD.test(text) || CREDIT_TAIL.test(text.length > 40 ? text.slice(-40) : text);
}
const LEXICAL_CHAR = /[\p{L}\p{N}]/u;
/** A paragraph of prose is at least this long. */
const PROSE_MIN_LENGTH = 60;
/** How many menu lines may come before the headline. */
const LEADING_CHROME_MAX = 8;
const POSITION_WORD = /\((?:left|right|center|centre|top|bottom|front|back)\)/i;
const POSITION_LETTER = /\([lrc]\)/gi;
/** "Braverman (left) and Sunak (right)", "Kim (L) and Lee (R)": a photo's positions; one letter alone is a party ("Sen. Ames (R)") or an item ("(c)"). */
const isCaptionCue = (text: string) => text.includes('(') && (POSITION_WORD.test(text) || (text.match(POSITION_LETTER)?.length ?? 0) >= 2);

/**
 * One regex for a list of line patterns (each anchored, none with backreferences): one test instead of many.
 * The union is anchored too, so it is tried at the line's start only, not at every offset. A pattern that
 * opens with "^.*" ("^.*\bread more$") would make the union run to the line's end and back on every line:
 * it is searched for on its own, unanchored, without the "^.*" (lines hold no line breaks for "." to stop at).
 * A union tries each of its patterns in turn, so there is one per first character of a line: the patterns that may start
 * with it ("^(share|save) …" starts with "s" or "S"), and those that may start with any.
 */
function anyOf(patterns: RegExp[]): { test(text: string): boolean } {
  const floating = patterns.filter((p) => p.source.startsWith('^.*')).map((p) => new RegExp(p.source.slice(3), 'i'));
  const anchored = patterns.filter((p) => !p.source.startsWith('^.*'));
  const union = (sources: string[]) => (sources.length ? new RegExp(`^(?:${sources.map((s) => `(?:${s})`).join('|')})`, 'i') : null);
  const starts = anchored.map((p) => firstChars(p.source));
  const anyStart = anchored.filter((_, i) => !starts[i]).map((p) => p.source);
  const otherStart = union(anyStart);
  // By the first UTF-16 unit of a line, in lower case: ASCII only, whose case the flag "i" folds as toLowerCase does.
  const byFirst = Array.from({ length: 128 }, (_, code) => {
    const first = String.fromCharCode(code).toLowerCase();
    return union(anchored.filter((_, i) => starts[i]?.has(first)).map((p) => p.source).concat(anyStart));
  });
  return {
    test: (text) => {
      const code = text.charCodeAt(0);
      const anchoredUnion = code < 128 ? byFirst[code]! : otherStart;
      if (anchoredUnion !== null && anchoredUnion.test(text)) return true;
      for (const p of floating) if (p.test(text)) return true;
      return false;
    },
  };
}

/** Characters with a meaning in a pattern's source: any other stands for itself. */
const SYNTAX = '\\^$.|?*+()[]{}';
const OPTIONAL = '?*{';

/**
 * The characters (ASCII, in lower case) that a match of "^…" may start with, read from its source: a character that stands for
 * itself, or a group of alternatives that each start with one. Null when it may start with another: a class, an escape, an
 * optional part.
 */
function firstChars(source: string): Set<string> | null {
  const chars = new Set<string>();
  const read = (at: number): boolean => {
    const c = source[at];
    if (c === '(') {
      if (source[at + 1] === '?' && !source.startsWith('(?:', at)) return false;
      const alternatives = [source.startsWith('(?:', at) ? at + 3 : at + 1];
      let depth = 0;
      let end = alternatives[0]!;
      for (; end < source.length; end++) {
        const d = source[end];
        if (d === '\\') end++;
        else if (d === '[') while (end < source.length && source[end] !== ']') end += source[end] === '\\' ? 2 : 1;
        else if (d === '(') depth++;
        else if (d === ')' && depth-- === 0) break;
        else if (d === '|' && depth === 0) alternatives.push(end + 1);
      }
      if (end >= source.length || OPTIONAL.includes(source[end + 1] ?? '')) return false;
      return alternatives.every(read);
    }
    if (c === undefined || c.charCodeAt(0) >= 128 || SYNTAX.includes(c) || OPTIONAL.includes(source[at + 1] ?? '')) return false;
    chars.add(c.toLowerCase());
    return true;
  };
  return source[0] === '^' && read(1) ? chars : null;
}
const CHROME_LINE = anyOf(chromeLinePatterns);
const CHROME_END = anyOf(chromeEndMarkers);

/** By UTF-16 unit: 1 for a letter or a digit (LEXICAL_CHAR), 2 for another, 0 until asked. */
const lexicalUnits = new Uint8Array(0x10000);

function isLexical(code: number): boolean {
  let known = lexicalUnits[code]!;
  if (known === 0) known = lexicalUnits[code] = LEXICAL_CHAR.test(String.fromCharCode(code)) ? 1 : 2;
  return known === 1;
}

/**
 * Counts words, runs of letters and digits, stopping once past `limit`: enough to compare with it. A scan of the characters,
 * not a search for each run with /[\p{L}\p{N}]+/gu, which cost more than the rest of classifyBlocks.
 */
function wordsUpTo(text: string, limit: number): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length && n <= limit; i++) {
    const code = text.charCodeAt(i);
    let lexical: boolean;
    // A letter outside the Basic Multilingual Plane is a pair of surrogates, read as one code point.
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      lexical = LEXICAL_CHAR.test(text.slice(i, i + 2));
      i++;
    } else lexical = isLexical(code);
    if (lexical && !inWord) n++;
    inWord = lexical;
  }
  return n;
}

/** A paragraph of prose: long enough, a dozen words or more, ending as a sentence does. */
const isProse = (b: Block) => b.text.length >= PROSE_MIN_LENGTH && TERMINAL.test(b.text) && wordsUpTo(b.text, 12) >= 12;

/** Where two paragraphs of prose in a row begin within the next few blocks from `from`, before another end marker; -1 for none. */
function proseResumes(blocks: Block[], from: number): number {
  for (let i = from; i < blocks.length - 1 && i < from + BOX_LINES_MAX; i++) {
    if (CHROME_END.test(blocks[i]!.text)) return -1;
    if (isProse(blocks[i]!) && isProse(blocks[i + 1]!)) return i;
  }
  return -1;
}
const BOX_LINES_MAX = 12;

/** "3 hours ago", "Updated 20 minutes ago": when a page was posted, counted back from when it was copied. */
const TIME_AGO = /^(?:(?:updated|published|posted)\s+)?\d{1,2}\s+(?:mins?|minutes?|hrs?|hours?|days?|weeks?)\s+ago$/i;

function isDateLine(text: string): boolean {
  if (text.length > 90) return false;
  if (TIME_AGO.test(text)) return true;
  const words = text.replace(/[,.]/g, ' ').split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 12) return false;
  const dateWords = words.filter((w) => months.has(w) || weekdays.has(w) || /^\d{1,4}(st|nd|rd|th)?$/.test(w) || /^\d{1,2}:\d\d$/.test(w) || /^(a\.?m\.?|p\.?m\.?|[A-Z]{1,4}T|GMT|UTC|updated|published|posted|on|at)$/i.test(w));
  return dateWords.length >= Math.max(2, words.length - 1);
}

/** The first characters of the bullets: most lines start with none, and need not be compared with each bullet. */
const BULLET_FIRSTS = new Set(bulletPrefixes.map((b) => b.charAt(0)));
const startsWithBullet = (text: string) => (BULLET_FIRSTS.has(text.charAt(0)) || BULLET_FIRSTS.has('')) && bulletPrefixes.some((b) => text.startsWith(b));

function isChromeLine(block: Block): boolean {
  const text = block.text;
  // Chrome lines are short; don't run every pattern over long paragraphs.
  return text.length < 300 && (CHROME_LINE.test(text) || (startsWithBullet(text) && wordsUpTo(text, 14) < 15 && !isBulletSentence(text)) || isMenuLine(text));
}

/** "Home | World | Business | Sport": a site's menu, three items or more of a few words each, set apart by bars. */
function isMenuLine(text: string): boolean {
  if (!text.includes(' | ')) return false;
  const items = text.split(' | ');
  return items.length >= 3 && items.every((item) => item.trim().length > 0 && wordsUpTo(item, MENU_ITEM_WORDS) <= MENU_ITEM_WORDS && !SENTENCE_END.test(item.trim()));
}
const MENU_ITEM_WORDS = 4;

/**
 * "- Polls have closed in Georgia and Virginia.": a key point of a live page, a sentence of six words or more, some in lower case; a
 * menu's items end in no full stop, and a desk's sign-off ("-- New York Newsdesk 212-859-1610 .") has no word in lower case.
 */
const isBulletSentence = (text: string) => SENTENCE_END.test(text) && wordsUpTo(text, 6) >= 6 && (text.match(LOWER_WORD) ?? []).length >= 2;
const SENTENCE_END = /[.!?]["”’)]?$/;
const LOWER_WORD = /(?:^|\s)\p{Ll}/gu;

const LONG_WORD = /[\p{L}][\p{L}'’-]{3,}/gu;
/** "Business", "Exclusive": a section's name or a label of one or two words over a longer headline (not over a line that introduces: "X reports:"). */
function isKicker(block: Block, next: Block | undefined): boolean {
  return !TERMINAL.test(block.text) && wordsUpTo(block.text, 2) <= 2 && isHeadlineBelow(next);
}

/** Is the line under a label or a masthead a headline: a few words, neither ending a sentence nor introducing? */
function isHeadlineBelow(next: Block | undefined): boolean {
  if (!next || TERMINAL.test(next.text) || next.text.endsWith(':')) return false;
  const words = wordsUpTo(next.text, 30);
  return words >= 4 && words <= 30;
}

/** "The Lakeshore Tribune", "THE DUNMORE ECHO": a newspaper's name alone on a line, its words capitalized, its last a newspaper's. */
function isMasthead(text: string): boolean {
  const words = text.split(' ');
  if (words.length < 2 || words.length > 5 || !words.every((w) => UPPER_FIRST.test(w))) return false;
  const last = words.at(-1)!;
  return newspaperHeads.has(last[0] + last.slice(1).toLowerCase());
}
const UPPER_FIRST = /^\p{Lu}/u;

/** "Poll: Voters Trust Neither Party." A headline copied with a full stop: short, its long words capitalized. */
function isTitleCase(text: string): boolean {
  const words = text.length <= 160 ? text.match(LONG_WORD) ?? [] : [];
  const capitalized = words.filter((w) => w[0] !== w[0]!.toLowerCase()).length;
  return words.length >= 3 && capitalized / words.length >= 0.9;
}

/** "Flight attendants' union endorses Clinton.": a short first line, one sentence, above a longer paragraph, is a headline with a full stop. */
function isShortFirstLine(block: Block, next: Block | undefined): boolean {
  return !INNER_SENTENCE_END.test(block.text) && wordsUpTo(block.text, HEADLINE_WORDS) <= HEADLINE_WORDS && !!next && next.text.length > block.text.length;
}
const HEADLINE_WORDS = 16;
const INNER_SENTENCE_END = /[.!?]\s+\p{Lu}/u;

const NUMBER = /(?:^|\s)[-+]?\d[\d.,:/-]*(?=\s|$)/g;
/** A row of a table of results, prices or standings ("Boston 69 65 .515 5"): content, not page chrome. */
function isTableRow(text: string): boolean {
  NUMBER.lastIndex = 0;
  let numbers = 0;
  while (numbers < 2 && NUMBER.exec(text)) numbers++;
  return numbers >= 2;
}

/** A short line that reads as a label, not a sentence: "fairness meter", "Click On Meter". */
function isLabelLine(block: Block): boolean {
  return block.text.length <= 120 && wordsUpTo(block.text, 8) <= 8 && !TERMINAL.test(block.text) && !isTableRow(block.text);
}

/** The blocks whose text another block repeats. Only texts whose length another text shares are hashed: most are not. */
function repeatedBlocks(blocks: Block[]): Set<Block> {
  const firstOfLength = new Map<number, Block>();
  const byText = new Map<string, Block>();
  const repeated = new Set<Block>();
  const add = (b: Block) => {
    const same = byText.get(b.text);
    if (!same) byText.set(b.text, b);
    else repeated.add(same).add(b);
  };
  for (const b of blocks) {
    const first = firstOfLength.get(b.text.length);
    if (!first) {
      firstOfLength.set(b.text.length, b);
      continue;
    }
    if (!byText.has(first.text)) add(first);
    add(b);
  }
  return repeated;
}

/**
 * Marks each block's kind in place and returns the offset where the trailing
 * page chrome starts (null when the article runs to the end).
 */
export function classifyBlocks(blocks: Block[]): number | null {
  if (blocks.length === 0) return null;
  const repeated = repeatedBlocks(blocks);
  // isChromeLine by block position, computed at most once.
  const chromeLines: (boolean | undefined)[] = [];
  const chromeAt = (i: number) => (chromeLines[i] ??= isChromeLine(blocks[i]!));

  // The chrome is the longest run at the end made only of chrome-like lines,
  // starting after the last real paragraph of prose.
  let chromeFrom = blocks.length;
  // An end marker ends the article only after its prose has begun: "Share this article" may stand over it too. One that paragraphs
  // of prose follow is a box pasted inside the article ("Most read", then its headlines): the box is chrome, the article goes on.
  const firstProse = blocks.findIndex(isProse);
  let endMarker = -1;
  const boxes: [number, number][] = [];
  for (let i = Math.max(3, firstProse + 1); i < blocks.length; i++) {
    if (!CHROME_END.test(blocks[i]!.text)) continue;
    const resumes = proseResumes(blocks, i + 1);
    if (resumes < 0) {
      endMarker = i;
      break;
    }
    boxes.push([i, resumes]);
    i = resumes;
  }
  for (let i = blocks.length - 1; i > 0; i--) {
    const b = blocks[i]!;
    const chromeLike = chromeAt(i) || repeated.has(b) || isLabelLine(b) || (endMarker >= 0 && i > endMarker);
    if (!chromeLike) break;
    chromeFrom = i;
  }
  // Don't let a short closing line of the body alone count as chrome.
  while (chromeFrom < blocks.length && isLabelLine(blocks[chromeFrom]!) && !chromeAt(chromeFrom) && chromeFrom === blocks.length - 1) chromeFrom++;
  if (endMarker >= 0 && endMarker < chromeFrom) chromeFrom = endMarker;

  // The headline is the first line, past the site's menus ("Skip to main content", "World | Europe").
  let headlineAt = 0;
  // Below a site's menus, a section's label may stand over the headline.
  // So may one word at the top, over a headline that a byline or a date line follows ("Security", "Harbor confirms …", "By …").
  const overByline = () => wordsUpTo(blocks[0]!.text, 2) === 1 && blocks.length > 2 && (BYLINE.test(blocks[2]!.text) || isDateLine(blocks[2]!.text));
  const kickerAt = (i: number) => (i > 0 || overByline()) && isKicker(blocks[i]!, blocks[i + 1]);
  // So may the paper's own name, at the top over a headline or the site's menus ("The Lakeshore Tribune").
  const mastheadAt = (i: number) => i === 0 && isMasthead(blocks[0]!.text) && (isHeadlineBelow(blocks[1]) || (blocks.length > 2 && chromeAt(1)));
  while (headlineAt < Math.min(chromeFrom - 1, LEADING_CHROME_MAX) && (chromeAt(headlineAt) || kickerAt(headlineAt) || mastheadAt(headlineAt))) headlineAt++;
  let firstBody = true;
  const inBox = (i: number) => boxes.some(([from, to]) => i >= from && i < to);
  blocks.forEach((b, i) => {
    if (i >= chromeFrom) {
      b.kind = 'chrome';
      b.rule = 'layout.chrome.trailing';
    } else if (boxes.length && inBox(i)) {
      b.kind = 'chrome';
      b.rule = 'layout.chrome.box';
    } else if (i === headlineAt && (!/[.!?]$/.test(b.text) ? wordsUpTo(b.text, 30) <= 30 : isTitleCase(b.text) || isShortFirstLine(b, blocks[i + 1]))) {
      b.kind = 'headline';
      b.rule = 'layout.headline.first-line';
    } else if (BYLINE.test(b.text) && (wordsUpTo(b.text, 12) <= 12 || isWireCredit(b.text))) {
      b.kind = 'byline';
      b.rule = 'layout.byline';
    } else if (isDateLine(b.text)) {
      b.kind = 'dateline';
      b.rule = 'layout.dateline';
    } else if (chromeAt(i)) {
      b.kind = 'chrome';
      b.rule = 'layout.chrome.line';
    } else if (i < headlineAt) {
      b.kind = 'chrome';
      b.rule = mastheadAt(i) ? 'layout.chrome.masthead' : 'layout.chrome.kicker';
    } else if (isCredit(b.text) && wordsUpTo(b.text, 12) <= 12) {
      b.kind = 'caption';
      b.rule = 'layout.caption.credit';
    } else if (isCaptionCue(b.text) || (!firstBody && isLabelLine(b) && i + 1 < chromeFrom && blocks[i + 1] && isCaptionCue(blocks[i + 1]!.text))) {
      b.kind = 'caption';
      b.rule = 'layout.caption.position';
    } else {
      firstBody = false;
    }
  });
  return blocks[chromeFrom]?.start ?? null;
}
