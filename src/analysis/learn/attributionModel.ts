// The attribution reader's shipped weights, read once on first use. Weights that will not load
// leave attribution to the rules alone, and say why: never a silent wrong result.
import attributionBytes from './models/attribution.bin';
import { ATTRIBUTION_TEMPLATES } from './attribution';
import type { LinearModel } from './perceptron';
import { readModel } from './weights';

export interface LoadedAttributionModel {
  model: LinearModel | null;
  /** Why the model is not used, when it is not. */
  problem: string | null;
}

let loaded: LoadedAttributionModel | undefined;

export function loadAttributionModel(bytes: Uint8Array): LoadedAttributionModel {
  try {
    return { model: readModel(bytes, { reader: 'attribution', templates: ATTRIBUTION_TEMPLATES }).model, problem: null };
  } catch (err) {
    return { model: null, problem: `the attribution reader's weights did not load (${err instanceof Error ? err.message : String(err)}); quotes come from the rules alone` };
  }
}

export function attributionModel(): LoadedAttributionModel {
  loaded ??= loadAttributionModel(attributionBytes);
  return loaded;
}

/** Replaces the attribution reader's weights (tests, and callers with weights of their own); null restores the shipped ones. */
export function useAttributionWeights(bytes: Uint8Array | null): void {
  loaded = bytes ? loadAttributionModel(bytes) : undefined;
}
