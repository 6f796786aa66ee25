// The learning code as one module, for the trainer (scripts/train.mjs) and the tests.
export { train, LinearModel, seededRandom, type Sequence } from './perceptron';
export { readModel, writeModel, ModelFileError } from './weights';
export { NER_LABELS, NER_TEMPLATES, nerSequence, spansToLabels, labelsToSpans, tagNames, type NameSpan, type NameType } from './ner';
export { readDocument } from './documents';
