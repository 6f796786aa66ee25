// Word-level views of a sentence that the rules share: possessives folded,
// hyphenated place pairs ("Moscow-Pyongyang") split into their parts.
import type { Sentence, Token } from './structure';
import { foldApostrophes, matchGazetteer } from './lexicon';

export interface Word extends Token {
  /** Apostrophes folded, possessive "'s" removed: "Putin’s" → "Putin". */
  norm: string;
  /** End offset without the possessive. */
  normEnd: number;
  lower: string;
  capitalized: boolean;
  /** Index of this word in the sentence's word list. */
  index: number;
}

const UPPER = /^\p{Lu}/u;
const POSSESSIVE = /['’]s$|(?<=s)['’]$/;

function makeWord(token: Token, text: string, start: number, end: number): Omit<Word, 'index'> {
  const possessive = token.kind === 'word' ? POSSESSIVE.exec(text) : null;
  const bare = possessive && possessive.index > 0 ? text.slice(0, possessive.index) : text;
  return {
    ...token,
    start,
    end,
    text,
    norm: foldApostrophes(bare),
    normEnd: start + bare.length,
    lower: foldApostrophes(bare.toLowerCase()),
    capitalized: token.kind === 'word' && UPPER.test(text),
  };
}

/** Should "A-B" be read as two names? Yes for place pairs and "X-based". */
function hyphenParts(text: string): string[] | null {
  if (text.indexOf('-') <= 0 || !UPPER.test(text)) return null;
  const parts = text.split('-');
  if (parts.some((p) => p.length === 0)) return null;
  if (parts.slice(1).some((p) => /^\p{Ll}/u.test(p))) return parts;
  if (parts.every((p) => UPPER.test(p)) && isPlaceWord(parts[0]!)) return parts;
  return null;
}

function isPlaceWord(word: string): boolean {
  const entry = matchGazetteer([foldApostrophes(word.replace(/['’]s$/, ''))], 0);
  return !!entry && entry.length === 1 && (entry.kind === 'country' || entry.kind === 'capital' || entry.kind === 'city' || entry.kind === 'state');
}

const cache = new WeakMap<Sentence, Word[]>();

/** The sentence's tokens as words, hyphen pairs split; cached per sentence. */
export function wordsOf(sentence: Sentence, splitTitleCase = false): Word[] {
  const cached = cache.get(sentence);
  if (cached) return cached;
  const words: Word[] = [];
  const push = (w: Omit<Word, 'index'>) => words.push({ ...w, index: words.length });
  for (const token of sentence.tokens) {
    const parts = token.kind === 'word' ? (splitTitleCase && /^\p{Lu}[^-]*(-\p{Lu}[^-]*)+$/u.test(token.text) ? token.text.split('-') : hyphenParts(token.text)) : null;
    if (!parts) {
      push(makeWord(token, token.text, token.start, token.end));
      continue;
    }
    let at = token.start;
    parts.forEach((part, i) => {
      if (i > 0) {
        push(makeWord({ ...token, kind: 'punct', spaced: false }, '-', at, at + 1));
        at++;
      }
      push(makeWord({ ...token, spaced: i === 0 ? token.spaced : false }, part, at, at + part.length));
      at += part.length;
    });
  }
  cache.set(sentence, words);
  return words;
}
