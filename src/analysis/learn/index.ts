// The learning code as one module, for the trainer (scripts/train.mjs) and the tests.
export { train, type Sequence } from './perceptron';
export { readModel, writeModel, ModelFileError } from './weights';
export { NER_LABELS, NER_TEMPLATES, tagNames, type NameSpan, type NameType } from './ner';
export { readDocument, nerTrainingSequences, type NerDocument } from './documents';
export { featureFingerprint } from './fingerprint';
export {
  ATTRIBUTION_LABELS, ATTRIBUTION_TEMPLATES, attributionSequence, roleSpansToLabels, tagAttributionSpans, groupAttributions, readAttributions, paragraphInput, mayAttribute,
  type AttributionInput, type RoleSpan, type ModelAttribution,
} from './attribution';
export { nerModel, useNerWeights, attributionModel, useAttributionWeights, loadAttributionModel } from './models';
