// A structured averaged perceptron over hashed sparse features: label scores
// per token from a weight table, a first-order transition table, and Viterbi
// decoding restricted to well-formed label sequences (no I-X after O).

/**
 * One sentence: the feature ids of token t are features[offsets[t] .. offsets[t + 1]).
 * A token without features is not read: its label is the first, O.
 */
export interface Sequence {
  features: Uint32Array;
  offsets: Uint32Array;
  /** Gold labels, for training. */
  labels?: Uint8Array;
  /**
   * Summed weights (unscaled, n × L) the emissions start from: the features that
   * come from the forms of a word and its neighbours, summed once per form (`SummedWeights`) rather
   * than looked up per token.
   */
  priors?: Float64Array;
}

/** Which label may follow which: allowed[(prev + 1) * L + next], with prev = -1 at the start. */
export function transitionMask(labels: readonly string[]): Uint8Array {
  const L = labels.length;
  const mask = new Uint8Array((L + 1) * L);
  for (let prev = -1; prev < L; prev++) {
    for (let next = 0; next < L; next++) {
      const [tag, type] = labels[next]!.split('-');
      const before = prev < 0 ? 'O' : labels[prev]!;
      // An inside label continues a span of its own type.
      const ok = tag !== 'I' || before === `B-${type}` || before === `I-${type}`;
      mask[(prev + 1) * L + next] = ok ? 1 : 0;
    }
  }
  return mask;
}

/** A run of `B-X I-X …` labels: word indexes [from, to), the tag X, the mean probability of its labels. */
export interface LabelRun {
  tag: string;
  from: number;
  to: number;
  confidence: number;
}

/** The runs of a BIO label sequence; `probability(t)` is how sure the model is of word t's label (1 when absent). */
export function labelRuns(labelNames: readonly string[], labels: ArrayLike<number>, n: number, probability?: (t: number) => number): LabelRun[] {
  const { tags, inside } = runLabelsOf(labelNames);
  const runs: LabelRun[] = [];
  for (let i = 0; i < n; ) {
    const label = labels[i]!;
    const tag = tags[label];
    if (tag === null) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < n && labels[j] === inside[label]) j++;
    let sum = 0;
    if (probability) for (let k = i; k < j; k++) sum += probability(k);
    runs.push({ tag, from: i, to: j, confidence: probability ? sum / (j - i) : 1 });
    i = j;
  }
  return runs;
}

/** Per label, the tag of a B- label ("PER" of "B-PER"), null for others, and the index of its I- label: compared as numbers, not strings. */
interface RunLabels {
  tags: (string | null)[];
  inside: Int16Array;
}
/** One per set of labels (the readers have one each). */
const runLabels = new Map<readonly string[], RunLabels>();
function runLabelsOf(labelNames: readonly string[]): RunLabels {
  let known = runLabels.get(labelNames);
  if (!known) {
    const tags = labelNames.map((label) => (label.startsWith('B') ? label.slice(2) : null));
    const inside = Int16Array.from(labelNames, (label) => labelNames.indexOf(`I-${label.slice(2)}`));
    runLabels.set(labelNames, (known = { tags, inside }));
  }
  return known;
}

/**
 * The feature → label-weights lookup, quantized to int8 with one scale. Open addressing on the
 * 32-bit keys: the keys alone in one dense array (a probe that misses reads only keys), each slot's
 * row of weights in another.
 */
export class WeightTable {
  readonly slotKeys: Uint32Array;
  readonly slotWeights: Int8Array;
  readonly mask: number;

  constructor(
    readonly keys: Uint32Array,
    readonly weights: Int8Array,
    readonly labelCount: number,
    readonly scale: number,
  ) {
    let size = 16;
    while (size < keys.length * 2) size *= 2;
    this.slotKeys = new Uint32Array(size);
    this.slotWeights = new Int8Array(size * labelCount);
    this.mask = size - 1;
    for (let row = 0; row < keys.length; row++) {
      let slot = keys[row]! & this.mask;
      while (this.slotKeys[slot] !== 0) slot = (slot + 1) & this.mask;
      this.slotKeys[slot] = keys[row]!;
      this.slotWeights.set(weights.subarray(row * labelCount, row * labelCount + labelCount), slot * labelCount);
    }
  }

  /** Where the label weights of a feature start in `slotWeights`, or -1. */
  row(key: number): number {
    // mix() gives keys as signed integers, the table holds them unsigned.
    const wanted = key >>> 0;
    let slot = key & this.mask;
    for (;;) {
      const k = this.slotKeys[slot]!;
      if (k === wanted) return slot * this.labelCount;
      if (k === 0) return -1;
      slot = (slot + 1) & this.mask;
    }
  }
}

/** A word form whose summed group weights a `SummedWeights` keeps: where they start, and in which generation. */
export interface SummedForm {
  summedAt: number;
  /** The generation, or NOT_SUMMED. Both fields are there from the start: a field added later would give forms a second shape. */
  summedIn: number;
}

/** `summedIn` of a form not summed yet. */
export const NOT_SUMMED = -1;

/**
 * The summed weights of word forms' feature groups (their own features, and those each gives its neighbours), group
 * after group and form after form in one array: summed once per form and model, then a read away per token. Int8 sums
 * of a few dozen features at most, so exact in 16 bits. A new model, or a reader past its limit of forms, starts a new generation,
 * and forms sum anew.
 */
export class SummedWeights<Form extends SummedForm> {
  /** Read it after `offsetOf` calls: they may grow it. */
  sums: Int16Array;
  private used = 0;
  private generation = 0;
  private model: LinearModel | undefined;

  constructor(
    initialSize: number,
    private readonly groups: number,
    /** A form's features in one group; a function of the form, not a closure made per call. */
    private readonly featuresOf: (form: Form, group: number) => ArrayLike<number>,
  ) {
    this.sums = new Int16Array(initialSize);
  }

  clear(): void {
    this.generation++;
    this.used = 0;
  }

  /** Where the form's summed group weights start in `sums`. Small, to be inlined where it is read per token: most forms are summed already. */
  offsetOf(form: Form, model: LinearModel): number {
    return form.summedIn === this.generation && this.model === model ? form.summedAt : this.sum(form, model);
  }

  /** `offsetOf` of each of the first n forms, into `out`: one call per sequence, not per word. */
  offsetsOf(forms: readonly Form[], n: number, out: Int32Array, model: LinearModel): void {
    for (let i = 0; i < n; i++) out[i] = this.offsetOf(forms[i]!, model);
  }

  private sum(form: Form, model: LinearModel): number {
    if (this.model !== model) {
      this.model = model;
      this.clear();
    }
    if (form.summedIn !== this.generation) {
      const L = model.labelCount;
      const size = this.groups * L;
      if (this.used + size > this.sums.length) {
        const grown = new Int16Array(this.sums.length * 2);
        grown.set(this.sums);
        this.sums = grown;
      }
      const group = new Float32Array(size);
      for (let g = 0; g < this.groups; g++) model.sumWeights(this.featuresOf(form, g), group, g * L);
      this.sums.set(group, this.used);
      form.summedAt = this.used;
      form.summedIn = this.generation;
      this.used += size;
    }
    return form.summedAt;
  }
}

/**
 * The summed weights of features that take few values together (a word's place in its paragraph, what stands beside a name),
 * indexed by a number the reader makes of those values: summed once per index and model, not looked up per word.
 */
export class IndexedSums {
  /** Index i's sums start at i × labels: int8 sums, in the same array type as `SummedWeights.sums`, so that a reader adds both in integers. */
  readonly sums: Int16Array;
  private readonly done: Uint8Array;
  private model: LinearModel | undefined;

  constructor(
    size: number,
    private readonly labelCount: number,
    /** The features of an index; a function of the index, not a closure made per call. */
    private readonly featuresOf: (index: number) => ArrayLike<number>,
  ) {
    this.sums = new Int16Array(size * labelCount);
    this.done = new Uint8Array(size);
  }

  /** Where the index's sums start in `sums`. */
  offsetOf(index: number, model: LinearModel): number {
    if (this.model !== model || !this.done[index]) this.sum(index, model);
    return index * this.labelCount;
  }

  private sum(index: number, model: LinearModel): void {
    if (this.model !== model) {
      this.model = model;
      this.done.fill(0);
      this.sums.fill(0);
    }
    this.done[index] = 1;
    const sums = new Float32Array(this.labelCount);
    model.sumWeights(this.featuresOf(index), sums, 0);
    this.sums.set(sums, index * this.labelCount);
  }
}

/**
 * A reader's per-sequence arrays, grown as needed, so tagging allocates nothing per token. A reader
 * extends it with arrays of its own, made in `grow`.
 */
export abstract class TaggingScratch {
  size = 0;
  features = new Uint32Array(0);
  offsets = new Uint32Array(0);
  scores = new Float32Array(0);
  /** n × L. */
  priors = new Float64Array(0);
  labels = new Uint8Array(0);

  constructor(
    private readonly labelCount: number,
    private readonly featuresPerToken: number,
    private readonly minSize: number,
  ) {}

  ensure(n: number): void {
    if (n <= this.size) return;
    const size = Math.max(n, this.size * 2, this.minSize);
    this.size = size;
    this.features = new Uint32Array(size * this.featuresPerToken);
    this.offsets = new Uint32Array(size + 1);
    this.scores = new Float32Array(size * this.labelCount);
    this.priors = new Float64Array(size * this.labelCount);
    this.labels = new Uint8Array(size);
    this.grow(size);
  }

  protected abstract grow(size: number): void;
}

/** Slots for `cachedExp`: per slot, its x (NaN, which equals none, for none yet) and that x's exp. */
export const expSlots = (bits: number) => new Float64Array(2 << bits).fill(NaN);

/**
 * exp(x / divisor), kept in `slots` for the x asked last in each: the readers' softmaxes ask for a few thousand arguments over and
 * over (scores are sums of int8 weights, scaled), and a table costs less than the calls. Constants for bits and divisor, inlined.
 */
export function cachedExp(slots: Float64Array, bits: number, x: number, divisor: number): number {
  // Multiplied to whole numbers, so that arguments that differ by a float rounding fall in different slots; Fibonacci hashing
  // spreads the near-even steps between scores over the slots.
  const slot = (Math.imul((x * 1048576) | 0, 0x9e3779b1) >>> (32 - bits)) << 1;
  if (slots[slot] !== x) {
    slots[slot] = x;
    slots[slot + 1] = Math.exp(x / divisor);
  }
  return slots[slot + 1]!;
}

const EXP_SLOT_BITS = 12;

export class LinearModel {
  readonly labelCount: number;
  private readonly allowed: Uint8Array;
  /** Built once: the transitions are fixed. */
  private readonly predecessors: PredecessorTable;
  private readonly viterbi: CompiledViterbi;
  private readonly compiledEmissions: CompiledEmissions;
  private readonly exps = expSlots(EXP_SLOT_BITS);

  constructor(
    readonly labels: readonly string[],
    readonly table: WeightTable,
    /** (L + 1) × L, the first row for the start of a sentence; in the same units as the scaled weights. */
    readonly transitions: Float32Array,
  ) {
    this.labelCount = labels.length;
    this.allowed = transitionMask(labels);
    this.predecessors = predecessorTable(this.allowed, transitions, labels.length);
    this.viterbi = compileViterbi(this.labelCount, this.allowed, this.predecessors, transitions);
    this.compiledEmissions = compileEmissions(this.labelCount, table.scale, table.mask);
  }

  /** Adds the unscaled label weights of the features to `out[at]` (int8 sums: exact in a Float32Array). */
  sumWeights(features: ArrayLike<number>, out: Float32Array, at: number): void {
    const { slotWeights: w } = this.table;
    for (let f = 0; f < features.length; f++) {
      const b = this.table.row(features[f]!);
      if (b >= 0) for (let l = 0; l < this.labelCount; l++) out[at + l] += w[b + l]!;
    }
  }

  /** Label scores per token, n × L, into `out`. A token with no features is not read: it is the first label. */
  emissions(seq: Sequence, out: Float32Array): void {
    this.compiledEmissions(seq.features, seq.offsets, seq.priors, out, this.table.slotKeys, this.table.slotWeights);
  }

  /**
   * How sure the model is of token t's label, given the label before it: a softmax, at this
   * temperature, over the labels that may follow that one.
   */
  labelProbability(scores: Float32Array, labels: Uint8Array, t: number, temperature: number): number {
    const L = this.labelCount;
    const row = t === 0 ? 0 : labels[t - 1]! + 1;
    const chosen = (scores[t * L + labels[t]!]! + this.transitions[row * L + labels[t]!]!) / temperature;
    let sum = 0;
    for (let l = 0; l < L; l++) if (this.allowed[row * L + l]) sum += cachedExp(this.exps, EXP_SLOT_BITS, (scores[t * L + l]! + this.transitions[row * L + l]!) / temperature - chosen, 1);
    return 1 / sum;
  }

  /** The best well-formed label sequence. `scores` are the emissions (n × L), reused as scratch by the caller. */
  decode(scores: Float32Array, n: number, labelsOut: Uint8Array): void {
    if (back.length < n * this.labelCount) back = new Int8Array(n * this.labelCount * 2);
    this.viterbi(scores, n, back, labelsOut);
  }
}

const UNREACHABLE = -1e9;

function forceFirstLabel(scores: Float32Array | Float64Array, t: number, L: number): void {
  scores[t * L] = 0;
  for (let l = 1; l < L; l++) scores[t * L + l] = UNREACHABLE;
}

// Scratch for Viterbi, grown as needed.
let back = new Int8Array(1024);
let bestScratch = new Float64Array(64);
let nextScratch = new Float64Array(64);

/**
 * Each label's predecessors (the start not counted) and the transitions from them, side by side: label l's
 * are from[k] and into[k] for k in [starts[l], starts[l + 1]).
 */
interface PredecessorTable {
  from: Uint8Array;
  into: Float64Array;
  starts: Uint16Array;
}

/** Fills `table` (by default a new one) from the mask and the transitions. */
function predecessorTable(
  allowed: Uint8Array, transitions: ArrayLike<number>, L: number, table: PredecessorTable = { from: new Uint8Array(L * L), into: new Float64Array(L * L), starts: new Uint16Array(L + 1) },
): PredecessorTable {
  const { from, into, starts } = table;
  for (let l = 0, k = 0; l < L; l++) {
    starts[l] = k;
    for (let p = 0; p < L; p++) {
      if (!allowed[(p + 1) * L + l]) continue;
      from[k] = p;
      into[k++] = transitions[(p + 1) * L + l]!;
    }
    starts[l + 1] = k;
  }
  return table;
}

/** Viterbi over emissions (n × L) and transitions ((L + 1) × L); writes the best path into `out`. */
function viterbi(
  scores: ArrayLike<number>, n: number, L: number, transitions: ArrayLike<number>, allowed: Uint8Array, predecessors: PredecessorTable, out: Uint8Array,
): void {
  if (n === 0) return;
  if (back.length < n * L) back = new Int8Array(n * L * 2);
  if (bestScratch.length < L) {
    bestScratch = new Float64Array(L);
    nextScratch = new Float64Array(L);
  }
  // Locals, not the module's scratch variables: the loop swaps them per token.
  let best = bestScratch;
  let next = nextScratch;
  const path = back;
  const { from, into, starts } = predecessors;
  for (let l = 0; l < L; l++) best[l] = allowed[l] ? scores[l]! + transitions[l]! : -Infinity;
  let previousUnread = false;
  for (let t = 1; t < n; t++) {
    const unread = L > 1 && scores[t * L + 1] === UNREACHABLE;
    // After an unread token only O is reachable (the rest is -Infinity): O's best predecessor is O.
    if (unread && previousUnread) {
      best[0] = best[0]! + transitions[L]! + scores[t * L]!;
      path[t * L] = 0;
      continue;
    }
    if (previousUnread) {
      // A read token after an unread one: O is each label's best predecessor, where it may be one.
      for (let l = 0; l < L; l++) {
        next[l] = allowed[L + l] ? best[0]! + transitions[L + l]! + scores[t * L + l]! : -Infinity;
        path[t * L + l] = 0;
      }
    } else {
      // A token that is not read is O: only that label needs its best predecessor.
      for (let l = 0; l < (unread ? 1 : L); l++) {
        let top = -Infinity;
        let arg = 0;
        for (let k = starts[l]!, end = starts[l + 1]!; k < end; k++) {
          const p = from[k]!;
          const s = best[p]! + into[k]!;
          if (s > top) {
            top = s;
            arg = p;
          }
        }
        next[l] = top + scores[t * L + l]!;
        path[t * L + l] = arg;
      }
    }
    previousUnread = unread;
    if (unread) for (let l = 1; l < L; l++) next[l] = -Infinity;
    const previous = best;
    best = next;
    next = previous;
  }
  let arg = 0;
  for (let l = 1; l < L; l++) if (best[l]! > best[arg]!) arg = l;
  for (let t = n - 1; t >= 0; t--) {
    out[t] = arg;
    arg = path[t * L + arg]!;
  }
}

type CompiledEmissions = (
  features: Uint32Array, offsets: Uint32Array, priors: Float64Array | undefined, out: Float32Array, keys: Uint32Array, weights: Int8Array,
) => void;

/**
 * Emissions for one model's label count, scale and table size, as straight-line code: each label's sum in a local, the weight
 * table's probe inline. A token's sums start from its prior and add its features' int8 weights, then scale. The sums are
 * integers (the priors are sums of int8 weights too), kept as int32: the same numbers as in doubles, without a conversion per weight.
 */
function compileEmissions(L: number, scale: number, mask: number): CompiledEmissions {
  const labels = [...Array(L).keys()];
  const body = `
    const n = offsets.length - 1;
    for (let t = 0; t < n; t++) {
      const at = t * ${L};
      if (offsets[t] === offsets[t + 1]) {
        out[at] = 0;
        ${labels.slice(1).map((l) => `out[at + ${l}] = ${UNREACHABLE};`).join(' ')}
        continue;
      }
      let ${labels.map((l) => `s${l} = priors === undefined ? 0 : priors[at + ${l}] | 0`).join(', ')};
      for (let f = offsets[t], end = offsets[t + 1]; f < end; f++) {
        // The key's slot, as WeightTable.row finds it.
        const key = features[f];
        const wanted = key >>> 0;
        let slot = key & ${mask};
        for (;;) {
          const k = keys[slot];
          if (k === wanted) {
            const b = slot * ${L};
            ${labels.map((l) => `s${l} = (s${l} + weights[b + ${l}]) | 0;`).join(' ')}
            break;
          }
          if (k === 0) break;
          slot = (slot + 1) & ${mask};
        }
      }
      ${labels.map((l) => `out[at + ${l}] = s${l} * (${scale});`).join(' ')}
    }`;
  return new Function('features', 'offsets', 'priors', 'out', 'keys', 'weights', body) as CompiledEmissions;
}

/** Sums rows of summed weights into a token's priors: `out[at + l] = a0[o0 + l] + a1[o1 + l] + …` for each label l. */
export type RowSums = (out: Float64Array, at: number, ...rows: (Int16Array | number)[]) => void;

/**
 * `RowSums` for a label count and a number of rows, as straight-line code: V8 checks each array once per token, where a loop over
 * the labels checks each once per label (it does not hoist the checks out of loops). Integer sums, so exact in any order.
 */
export function compileRowSums(L: number, rows: number): RowSums {
  const k = [...Array(rows).keys()];
  const body = [...Array(L).keys()].map((l) => `out[at + ${l}] = ${k.map((r) => `a${r}[o${r} + ${l}]`).join(' + ')};`).join('\n');
  return new Function('out', 'at', ...k.flatMap((r) => [`a${r}`, `o${r}`]), body) as RowSums;
}

type CompiledViterbi = (scores: ArrayLike<number>, n: number, path: Int8Array, out: Uint8Array) => void;

/**
 * `viterbi` for one model's fixed transitions, as straight-line code: each label's best score in a local, each
 * transition a constant, the predecessors unrolled. The same sums in the same order, so the same path, in about
 * three fifths of the time (decoding was a sixteenth of the analysis). Numbers print exactly: a double's shortest form reads back as itself.
 */
function compileViterbi(L: number, allowed: Uint8Array, predecessors: PredecessorTable, transitions: ArrayLike<number>): CompiledViterbi {
  const { from, into, starts } = predecessors;
  const labels = [...Array(L).keys()];
  const number = (x: number) => (x === -Infinity ? '-Infinity' : `(${x})`);
  const lines: string[] = [];
  const emit = (line: string) => lines.push(line);
  emit('if (n === 0) return;');
  for (const l of labels) emit(`let b${l} = ${allowed[l] ? `scores[${l}] + ${number(transitions[l]!)}` : '-Infinity'};`);
  emit('let previousUnread = false;');
  emit('for (let t = 1; t < n; t++) {');
  emit(`  const at = t * ${L};`);
  emit(`  const unread = ${L > 1 ? `scores[at + 1] === ${UNREACHABLE}` : 'false'};`);
  emit('  if (unread && previousUnread) {');
  emit(`    b0 = b0 + ${number(transitions[L]!)} + scores[at];`);
  emit('    path[at] = 0;');
  emit('    continue;');
  emit('  }');
  emit(`  let ${labels.map((l) => `n${l} = -Infinity`).join(', ')};`);
  emit('  if (previousUnread) {');
  for (const l of labels) {
    if (allowed[L + l]) emit(`    n${l} = b0 + ${number(transitions[L + l]!)} + scores[at + ${l}];`);
    emit(`    path[at + ${l}] = 0;`);
  }
  emit('  } else {');
  for (const l of labels) {
    if (l === 1) emit('    if (!unread) {');
    emit('    {');
    emit('      let top = -Infinity, arg = 0, s = 0;');
    for (let k = starts[l]!; k < starts[l + 1]!; k++) emit(`      s = b${from[k]} + ${number(into[k]!)}; if (s > top) { top = s; arg = ${from[k]}; }`);
    emit(`      n${l} = top + scores[at + ${l}];`);
    emit(`      path[at + ${l}] = arg;`);
    emit('    }');
  }
  if (L > 1) emit('    }');
  emit('  }');
  emit('  previousUnread = unread;');
  for (const l of labels) emit(`  b${l} = n${l};`);
  emit('}');
  emit('let arg = 0, top = b0;');
  for (const l of labels.slice(1)) emit(`if (b${l} > top) { top = b${l}; arg = ${l}; }`);
  emit(`for (let t = n - 1; t >= 0; t--) { out[t] = arg; arg = path[t * ${L} + arg]; }`);
  return new Function('scores', 'n', 'path', 'out', lines.join('\n')) as CompiledViterbi;
}

/** xorshift32: a seeded generator, so training runs are repeatable. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    return state / 0x100000000;
  };
}

export interface TrainOptions {
  epochs: number;
  seed: number;
  /**
   * Features whose int8 weights all stay below this are dropped (default 1: only all-zero rows): most
   * hashed features are seen a few times and weigh little, and each costs a probe and file space.
   */
  minWeight?: number;
  /** Called after each epoch with the averaged model, e.g. to print dev scores. */
  onEpoch?: (epoch: number, model: LinearModel) => void;
}

/**
 * Trains a structured perceptron with Viterbi decoding and averaged weights
 * (the averaging trick of Daumé: keep w and Σ c·Δw, average = w − Σ c·Δw / c).
 */
export function train(labels: readonly string[], data: Sequence[], options: TrainOptions): LinearModel {
  const L = labels.length;
  const weights = new Map<number, Float64Array>();
  const allowed = transitionMask(labels);
  const transitions = new Float64Array((L + 1) * L);
  const transitionsAcc = new Float64Array((L + 1) * L);
  // The transitions change as it learns: the table is filled anew for each sentence.
  const predecessors = predecessorTable(allowed, transitions, L);
  const random = seededRandom(options.seed);
  const order = data.map((_, i) => i);
  let step = 1;
  let scores = new Float64Array(256 * L);
  let predicted = new Uint8Array(256);

  const update = (key: number, label: number, delta: number) => {
    let row = weights.get(key);
    if (!row) weights.set(key, (row = new Float64Array(2 * L)));
    row[label]! += delta;
    row[L + label]! += step * delta;
  };
  const averaged = (): LinearModel => quantize(labels, weights, transitions, transitionsAcc, step, options.minWeight ?? 1);

  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    // Fisher-Yates with the seeded generator: the same order on every run.
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const index of order) {
      const seq = data[index]!;
      const gold = seq.labels!;
      const n = gold.length;
      if (n === 0) continue;
      if (scores.length < n * L) {
        scores = new Float64Array(n * L * 2);
        predicted = new Uint8Array(n * 2);
      }
      for (let t = 0; t < n; t++) {
        if (seq.offsets[t] === seq.offsets[t + 1]) {
          forceFirstLabel(scores, t, L);
          continue;
        }
        for (let l = 0; l < L; l++) scores[t * L + l] = 0;
        for (let f = seq.offsets[t]!; f < seq.offsets[t + 1]!; f++) {
          const row = weights.get(seq.features[f]!);
          if (row) for (let l = 0; l < L; l++) scores[t * L + l]! += row[l]!;
        }
      }
      viterbi(scores, n, L, transitions, allowed, predecessorTable(allowed, transitions, L, predecessors), predicted);
      for (let t = 0; t < n; t++) {
        const g = gold[t]!;
        const p = predicted[t]!;
        if (g !== p) {
          for (let f = seq.offsets[t]!; f < seq.offsets[t + 1]!; f++) {
            update(seq.features[f]!, g, 1);
            update(seq.features[f]!, p, -1);
          }
        }
        const gPrev = t === 0 ? 0 : gold[t - 1]! + 1;
        const pPrev = t === 0 ? 0 : predicted[t - 1]! + 1;
        if (g !== p || gPrev !== pPrev) {
          transitions[gPrev * L + g]! += 1;
          transitionsAcc[gPrev * L + g]! += step;
          transitions[pPrev * L + p]! -= 1;
          transitionsAcc[pPrev * L + p]! -= step;
        }
      }
      step++;
    }
    options.onEpoch?.(epoch, averaged());
  }
  return averaged();
}

/** Averages, drops features whose weights all round below `minWeight`, and stores int8 weights with one scale. */
function quantize(labels: readonly string[], weights: Map<number, Float64Array>, transitions: Float64Array, transitionsAcc: Float64Array, step: number, minWeight: number): LinearModel {
  const L = labels.length;
  let maxAbs = 0;
  const averagedRows = new Map<number, Float64Array>();
  for (const [key, row] of weights) {
    const avg = new Float64Array(L);
    for (let l = 0; l < L; l++) {
      avg[l] = row[l]! - row[L + l]! / step;
      maxAbs = Math.max(maxAbs, Math.abs(avg[l]!));
    }
    averagedRows.set(key, avg);
  }
  const scale = maxAbs / 127 || 1;
  const kept: [number, Int8Array][] = [];
  for (const [key, avg] of averagedRows) {
    const q = new Int8Array(L);
    let top = 0;
    for (let l = 0; l < L; l++) {
      q[l] = Math.round(avg[l]! / scale);
      top = Math.max(top, Math.abs(q[l]!));
    }
    if (top >= minWeight) kept.push([key, q]);
  }
  // Sorted keys: the same weights give the same bytes whatever the map's insertion order.
  kept.sort((a, b) => a[0] - b[0]);
  const keys = new Uint32Array(kept.length);
  const flat = new Int8Array(kept.length * L);
  kept.forEach(([key, q], row) => {
    keys[row] = key;
    flat.set(q, row * L);
  });
  const trans = new Float32Array(transitions.length);
  for (let i = 0; i < trans.length; i++) trans[i] = transitions[i]! - transitionsAcc[i]! / step;
  return new LinearModel(labels, new WeightTable(keys, flat, L, scale), trans);
}
