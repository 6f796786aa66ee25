// What the readers read, as one number each: the features of a few sentences of our own, made the way
// training makes them. The trainer writes it in the weights' header, and a test compares it with the code's:
// a rule or a word list the readers read as features, changed without retraining, shows there.
import { attributionSequence, paragraphInput } from './attribution';
import { readDocument } from './documents';
import { nerSequence } from './ner';

const PROBE = [
  'HARBOUR TOWN SETS BUDGET AS DOCKS REOPEN',
  'By Ines Navarro',
  'PORTLEVEN (Reuters) - Council leader Dana Whitcombe said on Tuesday that the Harbour Trust would lend the town £2 million, ' +
    "though Mr. Whitcombe's critics at Greyfield Capital called the loan “a gift”.",
  '[Mayor Tom] Hale told reporters the docks would reopen in May, according to two officials familiar with the plan. ' +
    'Residents of Portleven, Falmouth and St Ives were told to expect delays; one fisherman said he was not worried.',
  'Kim Jong Un met Wang Yi in Beijing, and the Korean Peninsula dominated the talks, the foreign ministry said.',
  // A role after an age, and a short line of date words: rules whose verdicts are features too.
  'Pellow, 55, the son of a fisherman, is a harbour insider.',
  '9 days',
].join('\n\n');

/** FNV-1a over the probe's feature ids and word offsets for one reader, as 8 hex digits. */
export function featureFingerprint(reader: 'ner' | 'attribution'): string {
  let h = 0x811c9dc5;
  const add = (values: ArrayLike<number>) => {
    for (let i = 0; i < values.length; i++) h = Math.imul(h ^ values[i]!, 0x01000193);
  };
  const { sentences, context } = readDocument(PROBE);
  if (reader === 'ner') {
    for (const s of sentences) {
      const { features, offsets } = nerSequence(s, context);
      add(features);
      add(offsets);
    }
  } else {
    const input = paragraphInput(sentences.map((s) => s.words), 'body');
    if (input) {
      const { features, offsets } = attributionSequence(input);
      add(features);
      add(offsets);
    }
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}
