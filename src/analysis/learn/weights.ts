// The weights file: a small header that says what the model is, then the
// feature keys, int8 weights, transitions and a checksum. Anything else is refused, loudly.
import { LinearModel, WeightTable } from './perceptron';

const MAGIC = 0x4c52414d; // "MARL" read little-endian
const FORMAT_VERSION = 1;

export interface ModelHeader {
  /** Which reader the weights are for: "ner", "attribution". */
  reader: string;
  labels: string[];
  /** The feature templates the weights were trained with, in order; the reader must compute the same. */
  templates: string[];
  scale: number;
  /** Free-form facts for the model card: data, epochs, seed, dev scores. */
  about: Record<string, unknown>;
}

export class ModelFileError extends Error {
  constructor(message: string) {
    super(`model file: ${message}`);
    this.name = 'ModelFileError';
  }
}

/** FNV-1a over bytes. */
function checksum(bytes: Uint8Array, end: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < end; i++) h = Math.imul(h ^ bytes[i]!, 0x01000193);
  return h >>> 0;
}

const align4 = (n: number) => (n + 3) & ~3;

export function writeModel(model: LinearModel, header: Omit<ModelHeader, 'labels' | 'scale'>): Uint8Array {
  const full: ModelHeader = { reader: header.reader, labels: [...model.labels], templates: header.templates, scale: model.table.scale, about: header.about };
  const json = new TextEncoder().encode(JSON.stringify(full));
  const L = model.labelCount;
  const count = model.table.keys.length;
  const keysAt = align4(12 + json.length);
  const weightsAt = keysAt + count * 4;
  const transitionsAt = align4(weightsAt + count * L);
  const checksumAt = transitionsAt + model.transitions.length * 4;
  const bytes = new Uint8Array(checksumAt + 4);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, FORMAT_VERSION, true);
  view.setUint32(8, json.length, true);
  bytes.set(json, 12);
  for (let i = 0; i < count; i++) view.setUint32(keysAt + i * 4, model.table.keys[i]!, true);
  bytes.set(new Uint8Array(model.table.weights.buffer, model.table.weights.byteOffset, count * L), weightsAt);
  for (let i = 0; i < model.transitions.length; i++) view.setFloat32(transitionsAt + i * 4, model.transitions[i]!, true);
  view.setUint32(checksumAt, checksum(bytes, checksumAt), true);
  return bytes;
}

/** Reads weights written by writeModel, checking that they are for `reader` with these templates. */
export function readModel(bytes: Uint8Array, expected: { reader: string; templates: readonly string[] }): { model: LinearModel; header: ModelHeader } {
  if (bytes.length < 16) throw new ModelFileError(`${bytes.length} bytes is too short to be a model`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(0, true) !== MAGIC) throw new ModelFileError('not a Marginalia model (bad magic number)');
  const version = view.getUint32(4, true);
  if (version !== FORMAT_VERSION) throw new ModelFileError(`format version ${version}, this build reads ${FORMAT_VERSION}`);
  const checksumAt = bytes.length - 4;
  if (view.getUint32(checksumAt, true) !== checksum(bytes, checksumAt)) throw new ModelFileError('checksum mismatch: the file is corrupt or truncated');
  const jsonLength = view.getUint32(8, true);
  let header: ModelHeader;
  try {
    header = JSON.parse(new TextDecoder().decode(bytes.subarray(12, 12 + jsonLength))) as ModelHeader;
  } catch {
    throw new ModelFileError('unreadable header');
  }
  if (header.reader !== expected.reader) throw new ModelFileError(`weights for the ${header.reader} reader, not ${expected.reader}`);
  if (header.templates.join('|') !== expected.templates.join('|')) throw new ModelFileError(`trained with other feature templates than this build computes; run npm run train`);
  const L = header.labels.length;
  const keysAt = align4(12 + jsonLength);
  const transitionsLength = (L + 1) * L;
  const count = Math.floor((checksumAt - keysAt - transitionsLength * 4) / (4 + L));
  const weightsAt = keysAt + count * 4;
  const transitionsAt = align4(weightsAt + count * L);
  if (count < 0 || transitionsAt + transitionsLength * 4 !== checksumAt) throw new ModelFileError('sections do not add up to the file size');
  const keys = new Uint32Array(count);
  for (let i = 0; i < count; i++) keys[i] = view.getUint32(keysAt + i * 4, true);
  const weights = new Int8Array(bytes.buffer.slice(bytes.byteOffset + weightsAt, bytes.byteOffset + weightsAt + count * L));
  const transitions = new Float32Array(transitionsLength);
  for (let i = 0; i < transitionsLength; i++) transitions[i] = view.getFloat32(transitionsAt + i * 4, true);
  return { model: new LinearModel(header.labels, new WeightTable(keys, weights, L, header.scale), transitions), header };
}
