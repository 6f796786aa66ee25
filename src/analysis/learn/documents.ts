// A document read the way analyze() reads it, for the readers and their trainer:
// the same blocks, sentences and words, so features in training match those at run time.
import { classifyBlocks } from '../layout';
import { parseBlock, splitBlocks, type Sentence } from '../structure';
import { sentenceIsTitleCase, wordsOf } from '../tokens';
import { sentenceMode, type DocumentContext, type NerInput } from './ner';

export interface ReaderSentence extends NerInput {
  sentence: Sentence;
}

/** The words the document writes in lower case. */
export function documentContext(sentences: readonly Sentence[]): DocumentContext {
  const lowercase = new Set<string>();
  for (const s of sentences) for (const t of s.tokens) if (t.kind === 'word' && !t.capitalized) lowercase.add(t.lower);
  return { lowercase };
}

/** The reader's view of a sentence: its words, how it is written, and its line's kind. */
export function readerSentence(sentence: Sentence): ReaderSentence {
  const titleCase = sentence.block.kind === 'headline' || sentenceIsTitleCase(sentence.tokens);
  const words = wordsOf(sentence, titleCase);
  return { sentence, words, mode: sentenceMode(words, titleCase), block: sentence.block.kind };
}

export function readDocument(text: string): { sentences: ReaderSentence[]; context: DocumentContext } {
  const blocks = splitBlocks(text);
  classifyBlocks(blocks);
  const sentences: Sentence[] = [];
  for (const b of blocks) {
    parseBlock(b);
    sentences.push(...b.sentences);
  }
  return { sentences: sentences.map(readerSentence), context: documentContext(sentences) };
}
