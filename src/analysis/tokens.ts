// Word-level views of a sentence that the rules share: hyphenated place
// pairs ("Moscow-Pyongyang") and "X-based" split into their parts.
import { makeToken, type Sentence, type Token } from './structure';
import { matchGazetteer } from './lexicon';

export type Word = Token;

// Constants: the bundle turns inline Unicode-property regexes into a `new RegExp` per call.
const UPPER = /^\p{Lu}/u;
const LOWER = /^\p{Ll}/u;

/** Should "A-B" be read as two names? Yes for place pairs and "X-based". */
function hyphenParts(text: string, titleCase: boolean): string[] | null {
  if (text.indexOf('-') <= 0 || !UPPER.test(text)) return null;
  const parts = text.split('-');
  if (parts.some((p) => p.length === 0)) return null;
  if (parts.slice(1).some((p) => LOWER.test(p))) return parts;
  if (parts.every((p) => UPPER.test(p)) && (titleCase || isPlaceWord(parts[0]!))) return parts;
  return null;
}

function isPlaceWord(word: string): boolean {
  const entry = matchGazetteer([word.replace(/['’]s$/, '')], 0);
  return !!entry && entry.length === 1 && (entry.kind === 'country' || entry.kind === 'capital' || entry.kind === 'city' || entry.kind === 'state');
}

/**
 * The sentence's tokens as words, hyphen pairs split; cached per sentence.
 * Entity extraction calls it first and decides `titleCase`; later callers get that cached view.
 */
export function wordsOf(sentence: Sentence, titleCase = false): Word[] {
  if (sentence.words) return sentence.words;
  const split = sentence.tokens.map((t) => (t.kind === 'word' ? hyphenParts(t.text, titleCase) : null));
  if (split.every((parts) => parts === null)) {
    sentence.words = sentence.tokens;
    return sentence.tokens;
  }
  const words: Word[] = [];
  sentence.tokens.forEach((token, i) => {
    const parts = split[i];
    if (!parts) {
      words.push({ ...token, index: words.length });
      return;
    }
    let at = token.start;
    parts.forEach((part, k) => {
      if (k > 0) {
        words.push(makeToken('punct', '-', at, at + 1, false, words.length));
        at++;
      }
      words.push(makeToken('word', part, at, at + part.length, k === 0 ? token.spaced : false, words.length));
      at += part.length;
    });
  });
  sentence.words = words;
  return words;
}
