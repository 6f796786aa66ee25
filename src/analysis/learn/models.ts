// The shipped weights of the learned readers, each read once on first use. Weights that will
// not load leave the reader's work to the rules, and say why: never a silent wrong result.
import attributionBytes from './models/attribution.bin';
import nerBytes from './models/ner.bin';
import { ATTRIBUTION_TEMPLATES } from './attribution';
import { NER_TEMPLATES } from './ner';
import type { LinearModel } from './perceptron';
import { readModel } from './weights';

export interface LoadedModel {
  model: LinearModel | null;
  /** Why the model is not used, when it is not. */
  problem: string | null;
}

class ShippedModel {
  private loaded: LoadedModel | undefined;

  constructor(
    private readonly reader: string,
    private readonly templates: readonly string[],
    private readonly shipped: Uint8Array,
    /** What the rules do instead, for the message. */
    private readonly fallback: string,
  ) {}

  load(bytes: Uint8Array): LoadedModel {
    try {
      return { model: readModel(bytes, { reader: this.reader, templates: this.templates }).model, problem: null };
    } catch (err) {
      const name = this.reader === 'ner' ? 'entity' : this.reader;
      return { model: null, problem: `the ${name} reader's weights did not load (${err instanceof Error ? err.message : String(err)}); ${this.fallback}` };
    }
  }

  get(): LoadedModel {
    this.loaded ??= this.load(this.shipped);
    return this.loaded;
  }

  /** Replaces the weights (tests, and callers with weights of their own); null restores the shipped ones. */
  use(bytes: Uint8Array | null): void {
    this.loaded = bytes ? this.load(bytes) : undefined;
  }
}

const ner = new ShippedModel('ner', NER_TEMPLATES, nerBytes, 'names come from the rules alone');
const attribution = new ShippedModel('attribution', ATTRIBUTION_TEMPLATES, attributionBytes, 'quotes come from the rules alone');

export const nerModel = () => ner.get();
export const useNerWeights = (bytes: Uint8Array | null) => ner.use(bytes);
export const attributionModel = () => attribution.get();
export const useAttributionWeights = (bytes: Uint8Array | null) => attribution.use(bytes);
export const loadAttributionModel = (bytes: Uint8Array) => attribution.load(bytes);
