// Word-level views of a sentence that the rules share: hyphenated place
// pairs ("Moscow-Pyongyang") and "X-based" split into their parts.
import { makeToken, withIndex, type Sentence, type Token } from './structure';
import { isGazetteerPlace, numberAbbreviations } from './lexicon';

export type Word = Token;

// Constants: the bundle turns inline Unicode-property regexes into a `new RegExp` per call.
const UPPER = /^\p{Lu}/u;
const LOWER = /^\p{Ll}/u;

/** Should "A-B" be read as two names? Yes for place pairs and "X-based". */
function hyphenParts(token: Token, titleCase: boolean): string[] | null {
  // `capitalized` (a word whose first letter is a capital, as UPPER tests) first: a flag is cheaper than a search for "-".
  if (!token.capitalized || token.text.indexOf('-') <= 0) return null;
  const parts = token.text.split('-');
  if (parts.some((p) => p.length === 0)) return null;
  if (parts.slice(1).some((p) => LOWER.test(p))) return parts;
  if (parts.every((p) => UPPER.test(p)) && (titleCase || isPlaceWord(parts[0]!))) return parts;
  return null;
}

const isPlaceWord = (word: string) => isGazetteerPlace([word.replace(/['’]s$/, '')]);

/**
 * The sentence's tokens as words, hyphen pairs split; cached per sentence.
 * Entity extraction calls it first and decides `titleCase`; later callers get that cached view.
 */
export function wordsOf(sentence: Sentence, titleCase = false): Word[] {
  if (sentence.words) return sentence.words;
  const tokens = sentence.tokens;
  let first = 0;
  while (first < tokens.length && !hyphenParts(tokens[first]!, titleCase)) first++;
  if (first === tokens.length) {
    sentence.words = tokens;
    return tokens;
  }
  // The tokens before the first split keep their index.
  const words: Word[] = tokens.slice(0, first);
  for (let i = first; i < tokens.length; i++) {
    const token = tokens[i]!;
    const parts = hyphenParts(token, titleCase);
    if (!parts) {
      words.push(withIndex(token, words.length));
      continue;
    }
    let at = token.start;
    parts.forEach((part, k) => {
      if (k > 0) {
        words.push(makeToken('punct', '-', at, false, words.length));
        at++;
      }
      words.push(makeToken('word', part, at, k === 0 ? token.spaced : false, words.length));
      at += part.length;
    });
  }
  sentence.words = words;
  return words;
}

/**
 * The word at index `i`, none before the first. V8 reads `words[-1]` as a property named "-1": a lookup at run time, and the place
 * in the code that reads it goes megamorphic, slow for all its later reads.
 */
export function wordOrNone<T>(words: readonly T[], i: number): T | undefined {
  return i >= 0 ? words[i] : undefined;
}

// A word starting with an ASCII letter has a case, so its upper and lower forms differ.
const isAsciiLetter = (code: number) => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);

/** A headline-like sentence: nearly every longer word capitalized. */
export function sentenceIsTitleCase(tokens: readonly Token[]): boolean {
  let lexical = 0;
  let capitalized = 0;
  for (const t of tokens) {
    if (t.kind !== 'word' || t.text.length <= 3 || (!isAsciiLetter(t.text.charCodeAt(0)) && t.lower === t.text.toUpperCase())) continue;
    lexical++;
    if (t.capitalized) capitalized++;
    else if (lexical - capitalized > lexical / 4 + 1) return false;
  }
  return lexical >= 3 && capitalized / lexical >= 0.85;
}

/**
 * "ranked No. | 1 in the country": the parser ends a sentence at a word written short before a number, and the next one goes on
 * with it. The quote and claim rules read the two as one; the readers read the parser's sentences, as they were trained.
 */
export function continuesSentence(previous: readonly Word[], next: readonly Word[]): boolean {
  const stop = previous[previous.length - 1];
  const short = wordOrNone(previous, previous.length - 2);
  return stop?.text === '.' && !!short && short.end === stop.start && numberAbbreviations.has(short.text) && !!next[0]?.info.digitFirst;
}
