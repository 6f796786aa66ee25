// The attribution reader: tags each word of a paragraph as source, cue,
// content or none (BIO), the way PolNeAR annotates attributions, from hashed
// features of the word, its neighbours, the quotation-mark state, the
// reporting verbs around it (the speech lexicon, as features) and where it
// sits in its sentence and paragraph. Then groups the spans into attributions:
// each cue with its source and its content pieces.
import { WordSet, type Token } from '../structure';
import { anonymousNouns, cueVerbsAt, descriptorNouns, firstNames, nounCues, orgDescriptors, titleHeads, type CueKind } from '../lexicon';
import { hashString, mix } from './hash';
import { cachedExp, compileRowSums, expSlots, IndexedSums, labelRuns, NOT_SUMMED, SummedWeights, TaggingScratch, type LinearModel, type Sequence, type SummedForm } from './perceptron';

export const ATTRIBUTION_LABELS = ['O', 'B-SRC', 'I-SRC', 'B-CUE', 'I-CUE', 'B-CON', 'I-CON'] as const;
export type AttributionRole = 'source' | 'cue' | 'content';
const ROLE_OF: Record<string, AttributionRole> = { SRC: 'source', CUE: 'cue', CON: 'content' };
const TAG_OF: Record<AttributionRole, string> = { source: 'SRC', cue: 'CUE', content: 'CON' };

/** Feature templates, in the order of their ids; the weights file records them, and refuses to load with others. */
export const ATTRIBUTION_TEMPLATES = [
  'bias', 'lower', 'suffix3', 'lower-1', 'lower+1', 'lower-1|lower', 'lower|lower+1', 'flag', 'flag-1', 'flag+1',
  'quote', 'quote|flag', 'cue-left', 'cue-right', 'cue-left|cue-right|quote', 'cue-left-word|dist', 'cue-right-word|dist', 'position', 'sentence', 'lower|quote',
] as const;
const T = Object.fromEntries(ATTRIBUTION_TEMPLATES.map((name) => [name, hashString(`attr:${name}`)])) as Record<(typeof ATTRIBUTION_TEMPLATES)[number], number>;

/** A paragraph's words in order, with the first and end word index of each word's sentence. */
export interface AttributionInput {
  words: readonly Token[];
  sentenceStart: readonly number[];
  sentenceEnd: readonly number[];
  /** The paragraph's kind: body, headline, ... */
  block: string;
}

const FLAG_NAMES = [
  'cue-speech', 'cue-belief', 'cue-knowledge', 'cue-other', 'noun-cue', 'pronoun', 'capitalized', 'first-name', 'anonymous-noun',
  'descriptor', 'org-descriptor', 'title', 'that', 'comma', 'mark', 'colon', 'end', 'possessive', 'digit',
] as const;
const FLAG = Object.fromEntries(FLAG_NAMES.map((name, bit) => [name, 1 << bit])) as Record<(typeof FLAG_NAMES)[number], number>;
const FLAG_HASH = FLAG_NAMES.map((name) => hashString(`aflag:${name}`));
const CUE_FLAGS = FLAG['cue-speech'] | FLAG['cue-belief'] | FLAG['cue-knowledge'] | FLAG['cue-other'] | FLAG['noun-cue'];
const CUE_KIND_FLAG: Record<CueKind, number> = {
  speech: FLAG['cue-speech'], allegation: FLAG['cue-other'], warning: FLAG['cue-other'], belief: FLAG['cue-belief'], knowledge: FLAG['cue-knowledge'], stance: FLAG['cue-other'],
};
const PRONOUNS = new WordSet(['he', 'she', 'they', 'we', 'i', 'it', 'you', 'him', 'her', 'them', 'us', 'me', 'who']);
const OPEN = new Set(['“', '„', '«', '‟', '‘']);
const CLOSE = new Set(['”', '»', '’']);
const nounCueFirst = new WordSet(nounCues.map((p) => p[0]!));
const START = hashString('<s>');
const END = hashString('</s>');
const NO_CUE = hashString('no-cue');
const NO_CUE_LEFT = mix(mix(T['cue-left-word|dist'], NO_CUE), 0);
const NO_CUE_RIGHT = mix(mix(T['cue-right-word|dist'], NO_CUE), 0);

/** Distance buckets: 1, 2, 3, 4–5, 6–9, 10–15, 16+; 0 for none. */
function bucket(d: number): number {
  return d <= 3 ? d : d <= 5 ? 4 : d <= 9 ? 5 : d <= 15 ? 6 : 7;
}

/** Per-paragraph arrays of the attribution reader, beside the tagging ones. */
class Scratch extends TaggingScratch {
  forms: WordForms[] = [];
  /** 1 inside quotation marks, 2 on a mark, else 0. */
  quote = new Uint8Array(0);
  /** The nearest cue word after each word in its sentence, or -1. */
  cueRight = new Int32Array(0);
  /** Where a cue word's summed cue groups start in `cueSummed.sums`. */
  cueAt = new Int32Array(0);
  /** Where each word's summed group weights start in `summed.sums`. */
  summedAt = new Int32Array(0);

  protected override grow(size: number): void {
    this.summedAt = new Int32Array(size);
    this.quote = new Uint8Array(size);
    this.cueRight = new Int32Array(size);
    this.cueAt = new Int32Array(size);
  }
}

const scratch = new Scratch(ATTRIBUTION_LABELS.length, 64, 256);

/** A word's hashed forms and flags, kept on its WordInfo: most words recur, and hashing is the cost of tagging. */
interface WordForms extends SummedForm {
  lower: number;
  suffix: number;
  flags: number;
  /** lower-1|lower with the word mixed in as the one before, lower|lower+1 as the first: what is left is to mix in the next word. */
  pairAsPrevious: number;
  pairAsFirst: number;
  /** What the word gives the words around it as their nearest cue; made when first asked. */
  cue: CueForm | null;
}

function wordForms(lower: number, suffix: number, flags: number): WordForms {
  return { lower, suffix, flags, pairAsPrevious: mix(T['lower-1|lower'], lower), pairAsFirst: mix(T['lower|lower+1'], lower), cue: null, summedAt: 0, summedIn: NOT_SUMMED };
}

/** A cue word's cue-left-word|dist features at distances 1 to 3, then its cue-right-word|dist ones: one feature per summed group. */
interface CueForm extends SummedForm {
  features: Int32Array;
}

function cueFormOf(forms: WordForms): CueForm {
  if (forms.cue) return forms.cue;
  const features = new Int32Array(6);
  for (let d = 1; d <= 3; d++) {
    features[d - 1] = mix(mix(T['cue-left-word|dist'], forms.lower), d);
    features[d + 2] = mix(mix(T['cue-right-word|dist'], forms.lower), d);
  }
  return (forms.cue = { features, summedAt: 0, summedIn: NOT_SUMMED });
}

/** No cue on a side: no features (that side's constant is the place's). Cue words are a lexicon's: their sums stay few. */
const NO_CUE_FORM: CueForm = { features: new Int32Array(0), summedAt: 0, summedIn: NOT_SUMMED };
const cueSummed = new SummedWeights<CueForm>(1 << 10, 6, (cue, group) => cue.features.subarray(group, group + 1));

// Past this many forms the summed weights start anew, and forms sum again as they are read.
const SUMMED_FORMS_LIMIT = 100_000;
let summedForms = 0;

const formsOf = (w: Token): WordForms => (w.info.attributionForms as WordForms | undefined) ?? newForms(w);

function newForms(w: Token): WordForms {
  const lower = hashString(w.lower);
  const forms = wordForms(lower, w.kind === 'word' && w.lower.length > 3 ? hashString(w.lower.slice(-3)) : lower, flagsOf(w));
  if (++summedForms >= SUMMED_FORMS_LIMIT) {
    summedForms = 0;
    summed.clear();
  }
  w.info.attributionForms = forms;
  return forms;
}

/** What stands before the first word and after the last one. */
const PARAGRAPH_START = wordForms(START, START, 0);
const PARAGRAPH_END = wordForms(END, END, 0);

/** What a form gives the features of its own word, of the word after it and of the word before it. */
const enum Role { Own, ForNext, ForPrevious }

function roleFeatures(forms: WordForms, role: Role): number[] {
  const [features, flagTemplate] =
    role === Role.Own ? [[T.bias, mix(T.lower, forms.lower), mix(T.suffix3, forms.suffix)], T.flag]
    : role === Role.ForNext ? [[mix(T['lower-1'], forms.lower)], T['flag-1']]
    : [[mix(T['lower+1'], forms.lower)], T['flag+1']];
  for (let bits = forms.flags, b = 0; bits; bits >>>= 1, b++) if (bits & 1) features.push(mix(flagTemplate, FLAG_HASH[b]!));
  return features;
}

/**
 * A form's summed feature groups: its own features with those of each quotation state (lower|quote, and quote|flag for its
 * cue flags), one group per state so that a word reads one row, not two; then what it gives the words beside it.
 */
const enum Group { OwnQuote0, OwnQuote1, OwnQuote2, ForNext, ForPrevious }
const GROUPS = 5;

function groupFeatures(forms: WordForms, group: Group): number[] {
  if (group === Group.ForNext) return roleFeatures(forms, Role.ForNext);
  if (group === Group.ForPrevious) return roleFeatures(forms, Role.ForPrevious);
  const q = group - Group.OwnQuote0;
  const features = roleFeatures(forms, Role.Own);
  features.push(mix(mix(T['lower|quote'], forms.lower), q));
  for (let bits = forms.flags & CUE_FLAGS, b = 0; bits; bits >>>= 1, b++) if (bits & 1) features.push(mix(mix(T['quote|flag'], q), FLAG_HASH[b]!));
  return features;
}

const summed = new SummedWeights<WordForms>(1 << 14, GROUPS, groupFeatures);

/** Where a form's summed group weights start in `summed.sums`. */
const weightsOf = (forms: WordForms, model: LinearModel) => summed.offsetOf(forms, model);

/**
 * The features of a word's place: its quotation state, cue distance buckets, position and sentence buckets, 6,912 places in all.
 * With no cue on a side (bucket 0) the cue-word feature of that side is a constant, summed here too.
 */
function placeFeatures(index: number): number[] {
  const sentence = index % 6;
  const position = ((index / 6) | 0) % 6;
  const rb = ((index / 36) | 0) % 8;
  const lb = ((index / 288) | 0) % 8;
  const q = (index / 2304) | 0;
  const features = [mix(T.quote, q), mix(T['cue-left'], lb), mix(T['cue-right'], rb), mix(mix(mix(T['cue-left|cue-right|quote'], lb), rb), q), mix(T.position, position), mix(T.sentence, sentence)];
  if (lb === 0) features.push(NO_CUE_LEFT);
  if (rb === 0) features.push(NO_CUE_RIGHT);
  return features;
}
/** A word's prior: its own group, its neighbours', its place's and its nearest cues'. */
const sumPriors = compileRowSums(ATTRIBUTION_LABELS.length, 6);
const places = new IndexedSums(3 * 8 * 8 * 6 * 6, ATTRIBUTION_LABELS.length, placeFeatures);

function flagsOf(w: Token): number {
  let flags = 0;
  if (w.kind !== 'word') {
    const t = w.text;
    if (t === ',') flags |= FLAG.comma;
    else if (t === ':') flags |= FLAG.colon;
    else if (t === '.' || t === '?' || t === '!') flags |= FLAG.end;
    else if (t === '"' || OPEN.has(t) || CLOSE.has(t)) flags |= FLAG.mark;
    return flags;
  }
  const forms = cueVerbsAt(w);
  if (forms && !w.capitalized) for (const f of forms) flags |= CUE_KIND_FLAG[f.kind];
  if (nounCueFirst.hasLower(w)) flags |= FLAG['noun-cue'];
  if (PRONOUNS.hasLower(w)) flags |= FLAG.pronoun;
  if (w.capitalized) flags |= FLAG.capitalized;
  if (firstNames.hasNorm(w)) flags |= FLAG['first-name'];
  if (anonymousNouns.hasLower(w)) flags |= FLAG['anonymous-noun'];
  if (descriptorNouns.hasLower(w)) flags |= FLAG.descriptor;
  if (orgDescriptors.hasLower(w)) flags |= FLAG['org-descriptor'];
  if (titleHeads.hasNorm(w)) flags |= FLAG.title;
  if (w.lower === 'that') flags |= FLAG.that;
  if (w.normEnd !== w.end) flags |= FLAG.possessive;
  const c = w.text.charCodeAt(0);
  if (c >= 48 && c <= 57) flags |= FLAG.digit;
  return flags;
}

/** A quotation mark's text, that opens, closes or (a straight one) toggles a quote. */
const isQuotationMark = (t: string) => t === '"' || t === '“' || t === '”' || t === '„' || t === '«' || t === '»' || t === '‟';

/**
 * Computes the features of every word of the paragraph into `s.features` / `s.offsets`; with a model,
 * the features of a word and of its neighbours' forms go into `s.priors` as summed weights instead.
 */
function computeFeatures(input: AttributionInput, s: Scratch, model?: LinearModel): number {
  const { words, sentenceStart, sentenceEnd } = input;
  const n = words.length;
  const L = ATTRIBUTION_LABELS.length;
  s.ensure(n);
  const { forms, quote, cueRight, cueAt, summedAt } = s;
  // The forms, and the words between quotation marks: a paragraph may open a quote and not close it.
  let inside = false;
  for (let i = 0; i < n; i++) {
    const form = formsOf(words[i]!);
    forms[i] = form;
    // Only a word flagged a mark (no word is) needs its text compared.
    const t = form.flags & FLAG.mark ? words[i]!.text : '';
    if (!isQuotationMark(t)) {
      quote[i] = inside ? 1 : 0;
      continue;
    }
    quote[i] = 2;
    if (t === '“' || t === '„' || t === '«' || t === '‟') inside = true;
    else if (t === '”' || t === '»') inside = false;
    else inside = !inside;
  }
  // The summed weights, once per word, not once more as each neighbour's: after all forms, as a new one may start the sums anew.
  let startAt = 0;
  let endAt = 0;
  let noCue = 0;
  if (model) {
    summed.offsetsOf(forms, n, summedAt, model);
    startAt = weightsOf(PARAGRAPH_START, model);
    endAt = weightsOf(PARAGRAPH_END, model);
    noCue = cueSummed.offsetOf(NO_CUE_FORM, model);
  }
  // The nearest cue word on the right, within the sentence and outside quotation marks.
  let last = -1;
  for (let i = n - 1; i >= 0; i--) {
    if (i === sentenceEnd[i]! - 1) last = -1;
    cueRight[i] = last;
    if (!(forms[i]!.flags & CUE_FLAGS && quote[i] === 0)) continue;
    last = i;
    if (model) cueAt[i] = cueSummed.offsetOf(cueFormOf(forms[i]!), model);
  }
  let sentenceIndex = 0;
  let f = 0;
  const { features: out, offsets, priors } = s;
  // Read after the sums above, which may have grown the array.
  const sums = summed.sums;
  const cueSums = cueSummed.sums;
  const placeSums = places.sums;
  // The nearest cue word on the left, as for the right.
  let left = -1;
  let form = n > 0 ? forms[0]! : PARAGRAPH_END;
  let previous = PARAGRAPH_START;
  for (let i = 0; i < n; i++) {
    const next = i + 1 < n ? forms[i + 1]! : PARAGRAPH_END;
    offsets[i] = f;
    const start = sentenceStart[i]!;
    if (start === i) {
      left = -1;
      if (i > 0) sentenceIndex++;
    }
    const q = quote[i]!;
    const right = cueRight[i]!;
    const lb = left < 0 ? 0 : bucket(i - left);
    const rb = right < 0 ? 0 : bucket(right - i);
    const at0 = i - start;
    const position = at0 < 4 ? at0 : at0 < 8 ? 4 : 5;
    const sentence = (sentenceIndex < 2 ? sentenceIndex : 2) * 2 + (sentenceEnd[i] === n ? 1 : 0);
    if (model) {
      const at = i * L;
      const own = summedAt[i]! + (Group.OwnQuote0 + q) * L;
      const before = (i > 0 ? summedAt[i - 1]! : startAt) + Group.ForNext * L;
      const after = (i + 1 < n ? summedAt[i + 1]! : endAt) + Group.ForPrevious * L;
      // Integer sums (int8 weights), so exact in any order.
      const place = places.offsetOf((((q * 8 + lb) * 8 + rb) * 6 + position) * 6 + sentence, model);
      // The nearest cues' words, at their distances.
      const cueLeft = left < 0 ? noCue : cueAt[left]! + ((lb < 3 ? lb : 3) - 1) * L;
      const cueRight = right < 0 ? noCue : cueAt[right]! + ((rb < 3 ? rb : 3) + 2) * L;
      sumPriors(priors, at, sums, own, sums, before, sums, after, placeSums, place, cueSums, cueLeft, cueSums, cueRight);
    } else {
      for (const x of [...roleFeatures(form, Role.Own), ...roleFeatures(previous, Role.ForNext), ...roleFeatures(next, Role.ForPrevious)]) out[f++] = x;
    }
    out[f++] = mix(previous.pairAsPrevious, form.lower);
    out[f++] = mix(form.pairAsFirst, next.lower);
    // With a model, the word's place, its quotation state and the nearest cues' words are in the prior (places, the quote groups, cueSummed).
    if (!model) {
      out[f++] = mix(T.quote, q);
      for (let bits = form.flags & CUE_FLAGS, b = 0; bits; bits >>>= 1, b++) if (bits & 1) out[f++] = mix(mix(T['quote|flag'], q), FLAG_HASH[b]!);
      out[f++] = mix(T['cue-left'], lb);
      out[f++] = mix(T['cue-right'], rb);
      out[f++] = mix(mix(mix(T['cue-left|cue-right|quote'], lb), rb), q);
      out[f++] = left < 0 ? NO_CUE_LEFT : cueFormOf(forms[left]!).features[(lb < 3 ? lb : 3) - 1]!;
      out[f++] = right < 0 ? NO_CUE_RIGHT : cueFormOf(forms[right]!).features[(rb < 3 ? rb : 3) + 2]!;
      out[f++] = mix(T.position, position);
      out[f++] = mix(T.sentence, sentence);
      out[f++] = mix(mix(T['lower|quote'], form.lower), q);
    }
    if (form.flags & CUE_FLAGS && q === 0) left = i;
    previous = form;
    form = next;
  }
  offsets[n] = f;
  return n;
}

/** The paragraph's features as a standalone sequence, for training. */
export function attributionSequence(input: AttributionInput, labels?: Uint8Array): Sequence {
  const n = computeFeatures(input, scratch);
  const end = scratch.offsets[n]!;
  return { features: scratch.features.slice(0, end), offsets: scratch.offsets.slice(0, n + 1), labels };
}

/** A labelled run of words: [from, to) word indexes. */
export interface RoleSpan {
  role: AttributionRole;
  from: number;
  to: number;
  /** Which attribution it belongs to, for training labels: a new number starts a new span. */
  group?: number;
  /** The mean probability of the chosen labels over the span's words. */
  confidence?: number;
}

/** Labels for the words, from role spans. Spans of another group start anew (B-) even when adjacent. */
export function roleSpansToLabels(n: number, spans: readonly RoleSpan[]): Uint8Array {
  const labels = new Uint8Array(n);
  const group = new Int32Array(n).fill(-1);
  for (const span of spans) {
    const tag = TAG_OF[span.role];
    for (let i = Math.max(0, span.from); i < Math.min(n, span.to); i++) {
      const begins = i === span.from || group[i - 1] !== (span.group ?? 0) || labels[i - 1] === 0;
      labels[i] = ATTRIBUTION_LABELS.indexOf((begins ? `B-${tag}` : `I-${tag}`) as (typeof ATTRIBUTION_LABELS)[number]);
      group[i] = span.group ?? 0;
    }
  }
  return labels;
}


/** Scores are divided by this before they are read as log-probabilities: the perceptron's margins are large. */
export const TEMPERATURE = 100;

let confidences = new Float64Array(0);

/** exp(gap / TEMPERATURE) for the gap (≤ 0) between a label's score and the top one. */
const GAP_SLOT_BITS = 13;
const gapSlots = expSlots(GAP_SLOT_BITS);
const expOfGap = (gap: number) => cachedExp(gapSlots, GAP_SLOT_BITS, gap, TEMPERATURE);

/** The probability of each word's chosen label by a softmax of its scores; words outside any span need none. */
function labelConfidences(L: number, scores: Float32Array, n: number, labels: Uint8Array): Float64Array {
  if (confidences.length < n) confidences = new Float64Array(n * 2);
  const out = confidences;
  for (let t = 0, at = 0; t < n; t++, at += L) {
    const label = labels[t]!;
    if (label === 0) continue;
    let top = scores[at]!;
    for (let l = 1; l < L; l++) if (scores[at + l]! > top) top = scores[at + l]!;
    let sum = 0;
    let chosen = 0;
    for (let l = 0; l < L; l++) {
      const score = scores[at + l]!;
      // exp(0) is 1: the top label needs no call.
      const p = score === top ? 1 : expOfGap(score - top);
      sum += p;
      if (l === label) chosen = p;
    }
    out[t] = chosen / sum;
  }
  return out;
}

/** Tags one paragraph with the model: its source, cue and content spans. */
export function tagAttributionSpans(model: LinearModel, input: AttributionInput): RoleSpan[] {
  const n = computeFeatures(input, scratch, model);
  if (n === 0) return [];
  const seq: Sequence = { features: scratch.features, offsets: scratch.offsets.subarray(0, n + 1), priors: scratch.priors };
  model.emissions(seq, scratch.scores);
  model.decode(scratch.scores, n, scratch.labels);
  const confidences = labelConfidences(model.labelCount, scratch.scores, n, scratch.labels);
  return labelRuns(ATTRIBUTION_LABELS, scratch.labels, n, (t) => confidences[t]!).map(({ tag, from, to, confidence }) => ({ role: ROLE_OF[tag]!, from, to, confidence }));
}

/**
 * How likely the model holds word `i` of the paragraph it tagged last to be (part of) a cue: a softmax
 * of its scores over the labels. Read it right after tagging, before the next paragraph.
 */
export function lastCueProbability(model: LinearModel, i: number): number {
  const L = model.labelCount;
  const s = scratch.scores;
  let top = -Infinity;
  for (let l = 0; l < L; l++) top = Math.max(top, s[i * L + l]!);
  let sum = 0;
  let cue = 0;
  for (let l = 0; l < L; l++) {
    const p = expOfGap(s[i * L + l]! - top);
    sum += p;
    if (l === CUE_B || l === CUE_I) cue += p;
  }
  return cue / sum;
}
const CUE_B = ATTRIBUTION_LABELS.indexOf('B-CUE');
const CUE_I = ATTRIBUTION_LABELS.indexOf('I-CUE');

/** One attribution the model found: word index ranges in the paragraph. */
export interface ModelAttribution {
  cue: RoleSpan | null;
  source: RoleSpan | null;
  /** The content's pieces, in order. */
  content: RoleSpan[];
  /** The lowest of the cue's and the content's confidences. */
  confidence: number;
}

/**
 * Groups the spans of a paragraph into attributions: each content piece goes to the nearest cue
 * (in its sentence first), each source to the nearest cue; pieces of content on both sides of one
 * cue are one attribution ("We planted early," she said, "and the rain never came.").
 */
export function groupAttributions(spans: readonly RoleSpan[], input: AttributionInput): ModelAttribution[] {
  const cues = spans.filter((s) => s.role === 'cue');
  const groups: ModelAttribution[] = cues.map((cue) => ({ cue, source: null, content: [], confidence: cue.confidence ?? 1 }));
  const orphan: ModelAttribution = { cue: null, source: null, content: [], confidence: 1 };
  // The nearest cue on either side; a cue in the span's own sentence, if any, is one of the two.
  const nearest = (s: RoleSpan): ModelAttribution | null => {
    let lo = 0;
    let hi = groups.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (groups[mid]!.cue!.from < s.from) lo = mid + 1;
      else hi = mid;
    }
    let best: ModelAttribution | null = null;
    let bestDistance = Infinity;
    const sentence = input.sentenceStart[s.from]!;
    for (let k = Math.max(0, lo - 1); k <= lo && k < groups.length; k++) {
      const g = groups[k]!;
      const c = g.cue!;
      const distance = c.from >= s.to ? c.from - s.to : s.from >= c.to ? s.from - c.to : 0;
      const penalty = input.sentenceStart[c.from] === sentence ? 0 : 1_000_000;
      if (distance + penalty < bestDistance) [best, bestDistance] = [g, distance + penalty];
    }
    return best;
  };
  for (const s of spans) {
    if (s.role === 'cue') continue;
    const g = nearest(s);
    if (s.role === 'source') {
      if (g && (!g.source || (g.source.confidence ?? 0) < (s.confidence ?? 0))) g.source = s;
      continue;
    }
    (g ?? orphan).content.push(s);
  }
  const out: ModelAttribution[] = [];
  for (const g of groups) {
    if (!g.content.length) continue;
    let content = 1;
    for (const c of g.content) content = Math.min(content, c.confidence ?? 1);
    g.confidence = Math.min(g.confidence, content);
    out.push(g);
  }
  if (orphan.content.length) for (const c of orphan.content) out.push({ cue: null, source: null, content: [c], confidence: c.confidence ?? 1 });
  return out.sort((a, b) => a.content[0]!.from - b.content[0]!.from);
}

/** Tags a paragraph and groups its spans: the model's attributions. */
export function readAttributions(model: LinearModel, input: AttributionInput): ModelAttribution[] {
  return groupAttributions(tagAttributionSpans(model, input), input);
}

/**
 * Could the sentence hold an attribution that the quotes keep: one with a reporting word of the lexicon?
 * (Quotation marks and headline colons are the rules' to read.)
 */
export function mayAttribute(words: readonly Token[]): boolean {
  return words.some(isReportingWord);
}

/** A reporting word of the lexicon, lower case or opening its sentence: "said", "according" (to). */
export function isReportingWord(w: Token): boolean {
  return w.kind === 'word' && (!w.capitalized || w.index === 0) && (!!cueVerbsAt(w) || w.lower === 'according');
}

/**
 * A paragraph's input from its sentences' words: only the sentences that may attribute, the rest is
 * never read (in training as at run time), so the reader costs little where nothing is reported.
 * Null when no sentence may. `attributing`: the caller kept only sentences that may.
 */
export function paragraphInput(sentences: readonly (readonly Token[])[], block: string, attributing = false): AttributionInput | null {
  const words: Token[] = [];
  const sentenceStart: number[] = [];
  const sentenceEnd: number[] = [];
  for (const s of sentences) {
    if (!attributing && !mayAttribute(s)) continue;
    const from = words.length;
    for (const w of s) words.push(w);
    const to = words.length;
    for (let i = from; i < to; i++) {
      sentenceStart.push(from);
      sentenceEnd.push(to);
    }
  }
  return words.length ? { words, sentenceStart, sentenceEnd, block } : null;
}
