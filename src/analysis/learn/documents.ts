// A document read the way analyze() reads it, for the trainer: the same blocks,
// sentences, words and rule verdicts, so features in training match those at run time.
import { readNames } from '../entities';
import { classifyBlocks } from '../layout';
import { parseBlock, splitBlocks, WordSet, type Sentence } from '../structure';
import { nameBounds, nerSequence, spansToLabels, type DocumentContext, type NameType, type NerInput } from './ner';
import type { Sequence } from './perceptron';

export interface ReaderSentence extends NerInput {
  sentence: Sentence;
}

export function readDocument(text: string): { sentences: ReaderSentence[]; context: DocumentContext } {
  const blocks = splitBlocks(text);
  classifyBlocks(blocks);
  const sentences: Sentence[] = [];
  for (const b of blocks) {
    parseBlock(b);
    sentences.push(...b.sentences);
  }
  const { readings, context } = readNames(sentences, text);
  return { sentences: readings.map((r) => ({ ...r.input, sentence: r.sentence })), context };
}

/** A training document for the entity reader: text and gold name mentions (CoNLL's "misc" is our "other"). */
export interface NerDocument {
  text: string;
  mentions: { start: number; end: number; type: string }[];
}

const GOLD_TYPE: Record<string, NameType> = { person: 'person', organization: 'organization', place: 'place', misc: 'other', other: 'other' };
const DETERMINERS = new WordSet(['the', 'a', 'an']);
const NAME_LINKS = new WordSet(['of', 'for', 'and', 'the', 'de', 'du', 'del', 'der', 'van', 'von', 'la', 'le', 'al', 'bin', 'on', 'at']);
const NAME_PUNCTUATION = new WordSet(['.', '&', '-', "'", '’']);

/**
 * A gold mention cut to its name, as news style and our mentions write it: GUM puts "the" in names
 * ("the Smithsonian") and marks whole noun phrases ("Duke University, located in Durham").
 */
function nameWordsOf(words: ReaderSentence['words'], from: number, to: number): [number, number] {
  while (from < to - 1 && DETERMINERS.hasLower(words[from]!)) from++;
  for (let k = from + 1; k < to; k++) {
    const w = words[k]!;
    if (w.kind === 'word' ? !w.capitalized && !NAME_LINKS.hasLower(w) && !/^\d/.test(w.text) : !NAME_PUNCTUATION.hasText(w)) to = k;
  }
  while (to > from + 1 && (words[to - 1]!.kind !== 'word' || NAME_LINKS.hasLower(words[to - 1]!))) to--;
  return [from, to];
}

/** The document's sentences with their features and gold labels: a word is in a mention when it starts inside it. */
export function nerTrainingSequences(doc: NerDocument): Sequence[] {
  const { sentences, context } = readDocument(doc.text);
  return sentences.map((s) => {
    const spans: { from: number; to: number; type: NameType }[] = [];
    for (const m of doc.mentions) {
      const type = GOLD_TYPE[m.type];
      if (m.end <= s.sentence.start || m.start >= s.sentence.end || !type) continue;
      const first = s.words.findIndex((w) => w.start >= m.start && w.start < m.end);
      if (first < 0) continue;
      let last = first;
      while (last < s.words.length && s.words[last]!.start < m.end) last++;
      const [from, to] = nameBounds(s.words, ...nameWordsOf(s.words, first, last), type);
      if (from < to) spans.push({ from, to, type });
    }
    // Nested mentions: the longer name wins ("University of Texas" over "Texas").
    spans.sort((a, b) => b.to - b.from - (a.to - a.from) || a.from - b.from);
    const kept: typeof spans = [];
    for (const span of spans) if (!kept.some((k) => k.from < span.to && span.from < k.to)) kept.push(span);
    return nerSequence(s, context, spansToLabels(s.words.length, kept));
  });
}
