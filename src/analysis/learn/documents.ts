// A document read the way analyze() reads it, for the trainer: the same blocks,
// sentences, words and rule verdicts, so features in training match those at run time.
import { readNames } from '../entities';
import { classifyBlocks } from '../layout';
import { parseBlock, splitBlocks, type Sentence } from '../structure';
import type { DocumentContext, NerInput } from './ner';

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
