// The shipped weights, read once on first use. A model that will not load
// leaves its reader to the rules, and says why: never a silent wrong result.
import nerBytes from './models/ner.bin';
import { NER_TEMPLATES } from './ner';
import type { LinearModel } from './perceptron';
import { readModel } from './weights';

export interface LoadedModel {
  model: LinearModel | null;
  /** Why the model is not used, when it is not. */
  problem: string | null;
}

let ner: LoadedModel | undefined;

export function loadNerModel(bytes: Uint8Array): LoadedModel {
  try {
    return { model: readModel(bytes, { reader: 'ner', templates: NER_TEMPLATES }).model, problem: null };
  } catch (err) {
    return { model: null, problem: `the entity reader's weights did not load (${err instanceof Error ? err.message : String(err)}); names come from the rules alone` };
  }
}

export function nerModel(): LoadedModel {
  ner ??= loadNerModel(nerBytes);
  return ner;
}

/** Replaces the entity reader's weights (tests, and callers with weights of their own); null restores the shipped ones. */
export function useNerWeights(bytes: Uint8Array | null): void {
  ner = bytes ? loadNerModel(bytes) : undefined;
}
