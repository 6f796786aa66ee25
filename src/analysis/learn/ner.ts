// The entity reader: tags each word of a sentence with BIO labels for
// person, organization, place and other names, from hashed features of the
// word, its neighbours, its shape and the lexicons we keep.
import { wordInfo, type Token } from '../structure';
import {
  cueVerbs, commonWordSet, descriptorNouns, firstNames, honorifics, locativePrepositions, matchGazetteer, matchGazetteerTokens, months,
  orgDescriptors, orgHeads, placeHeads, titleHeads, weekdays, type GazetteerKind,
} from '../lexicon';
import { hashString, mix } from './hash';
import { compileRowSums, IndexedSums, labelRuns, NOT_SUMMED, SummedWeights, TaggingScratch, type LinearModel, type Sequence, type SummedForm } from './perceptron';

export const NER_LABELS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'B-MISC', 'I-MISC'] as const;
export type NameType = 'person' | 'organization' | 'place' | 'other';
const LABEL_TYPE: Record<string, NameType> = { PER: 'person', ORG: 'organization', LOC: 'place', MISC: 'other' };
const TYPE_LABEL: Record<NameType, string> = { person: 'PER', organization: 'ORG', place: 'LOC', other: 'MISC' };

/** Feature templates, in the order of their ids; the weights file records them, and refuses to load with others. */
export const NER_TEMPLATES = [
  'bias', 'lower', 'text', 'shape', 'prefix3', 'suffix3', 'lower-1', 'lower+1', 'lower-2', 'lower+2',
  'shape-1', 'shape+1', 'lower-1|lower', 'lower|lower+1', 'shape-1|shape|shape+1', 'gazetteer', 'gazetteer-1', 'gazetteer+1',
  'flag', 'flag-1', 'flag+1', 'mode|shape', 'mode|lower', 'first|shape', 'block|shape', 'length|shape',
  'rule', 'rule-1', 'rule+1', 'rule|shape', 'document-type', 'suffix2', 'suffix4', 'prefix2',
] as const;
const T = Object.fromEntries(NER_TEMPLATES.map((name) => [name, hashString(`ner:${name}`)])) as Record<(typeof NER_TEMPLATES)[number], number>;

/** How a sentence is written: normal, title case (headlines), or all capitals (wire headlines). */
export const enum SentenceMode { Normal = 1, TitleCase = 2, AllCaps = 3 }

export interface NerInput {
  words: readonly Token[];
  mode: SentenceMode;
  /** The kind of the sentence's line: headline, byline, body... */
  block: string;
  /** Per word, the hashed verdict of the name rules ("B:person:3:person.title"), or 0. */
  ruleTags: readonly number[];
}

/** What the reader knows of the whole document. */
export interface DocumentContext {
  /** Capitalized words (lower-cased) the document also writes in lower case: a capitalized "Court" is less of a name where "court" occurs. */
  lowercase: ReadonlySet<string>;
  /**
   * Word (lower case) → the document-type feature of the type the rules give most names containing it in the document: "Okoro"
   * after "Dr. Ada Okoro".
   */
  ruleTypes: ReadonlyMap<string, number>;
}

/** Documents read so far: each marks the WordInfo of the words it writes in lower case with its count. */
let documents = 0;

/** A sentence as the reader reads it: its words (hyphen pairs split) and the indexes of the capitalized ones. */
interface ReadSentence {
  sentence: { tokens: readonly Token[] };
  words: readonly Token[];
  capitalizedAt: readonly number[];
}

export function documentContext(sentences: readonly ReadSentence[], names: readonly { nameWords: string[]; type: string; strength: number }[]): DocumentContext {
  // Only capitalized words ask. A word written in lower case marks its WordInfo, which all the document's tokens of its text share,
  // and a capitalized word looks up the WordInfo of its lower-case form: no lookup per lower-case word. Those whose lower-case form
  // is not their text ("court's") are kept by that form.
  const capitalized = new Set<string>();
  for (const { words, capitalizedAt } of sentences) for (const i of capitalizedAt) capitalized.add(words[i]!.lower);
  const document = ++documents;
  const others = new Set<string>();
  for (const { sentence } of sentences) {
    for (const t of sentence.tokens) {
      if (t.capitalized || t.kind !== 'word') continue;
      if (t.info.lowerDiffers) others.add(t.lower);
      else t.info.lowercaseIn = document;
    }
  }
  const lowercase = new Set<string>();
  for (const word of capitalized) if (wordInfo(word)?.lowercaseIn === document || others.has(word)) lowercase.add(word);
  // Per word, its types in the order first given, and their summed strengths: a type wins only with more than those before it.
  const votes = new Map<string, { types: string[]; sums: number[] }>();
  for (const name of names) {
    if (name.strength < 2 || name.type === 'unknown') continue;
    for (const nameWord of name.nameWords) {
      const word = nameWord.toLowerCase();
      let byType = votes.get(word);
      if (!byType) votes.set(word, (byType = { types: [], sums: [] }));
      const k = byType.types.indexOf(name.type);
      if (k >= 0) byType.sums[k] += name.strength;
      else {
        byType.types.push(name.type);
        byType.sums.push(name.strength);
      }
    }
  }
  const ruleTypes = new Map<string, number>();
  for (const [word, { types, sums }] of votes) {
    let best = 0;
    for (let k = 1; k < types.length; k++) if (sums[k]! > sums[best]!) best = k;
    ruleTypes.set(word, documentTypeFeature(types[best]!));
  }
  return { lowercase, ruleTypes };
}

/** The document-type feature of "doc:person" and the like, one per type of name. */
const DOCUMENT_TYPE_FEATURES = new Map<string, number>();
function documentTypeFeature(type: string): number {
  let feature = DOCUMENT_TYPE_FEATURES.get(type);
  if (feature === undefined) DOCUMENT_TYPE_FEATURES.set(type, (feature = mix(T['document-type'], hashString(`doc:${type}`))));
  return feature;
}

// Lexicon flags, one bit each; each set bit is a feature.
const FLAG_NAMES = ['first-name', 'common', 'org-head', 'place-head', 'title', 'honorific', 'month', 'cue', 'descriptor', 'org-descriptor', 'locative', 'seen-lowercase', 'all-caps', 'initial', 'digit', 'possessive'] as const;
const FLAG = Object.fromEntries(FLAG_NAMES.map((name, bit) => [name, 1 << bit])) as Record<(typeof FLAG_NAMES)[number], number>;
const FLAG_HASH = FLAG_NAMES.map((name) => hashString(`flag:${name}`));
const SEEN_LOWERCASE = mix(T.flag, FLAG_HASH[FLAG_NAMES.indexOf('seen-lowercase')]!);
const FIRST_SHAPE = mix(T['first|shape'], 1);
const NOT_FIRST_SHAPE = mix(T['first|shape'], 0);
const SEEN_LOWERCASE_BEFORE = mix(T['flag-1'], FLAG_HASH[FLAG_NAMES.indexOf('seen-lowercase')]!);
const SEEN_LOWERCASE_AFTER = mix(T['flag+1'], FLAG_HASH[FLAG_NAMES.indexOf('seen-lowercase')]!);

const GAZETTEER_KINDS: GazetteerKind[] = ['country', 'capital', 'city', 'state', 'region', 'org', 'title', 'honorific', 'demonym'];
const GAZETTEER_HASH = GAZETTEER_KINDS.flatMap((kind) => [hashString(`gaz:B-${kind}`), hashString(`gaz:I-${kind}`)]);
const NONE = hashString('none');
const START = hashString('<s>');
const START2 = hashString('<s2>');
const END = hashString('</s>');
const END2 = hashString('</s2>');
// Features of the common cases, mixed once: no rule's verdict, no gazetteer entry, the sentence's ends.
const RULE_NONE = mix(T.rule, NONE);
const NO_RULE_SHAPE = mix(T['rule|shape'], NONE);
const RULE_BEFORE_NONE = mix(T['rule-1'], NONE);
const RULE_BEFORE_START = mix(T['rule-1'], START);
const RULE_AFTER_NONE = mix(T['rule+1'], NONE);
const RULE_AFTER_END = mix(T['rule+1'], END);
const DOCUMENT_TYPE_NONE = mix(T['document-type'], NONE);
/** A word's gazetteer code: 0 for none, then the B- and I- hash of each kind; per code, its features as the word's and its neighbours'. */
const GAZETTEER_CODES = [NONE, ...GAZETTEER_HASH];
const GAZETTEER_OWN = GAZETTEER_CODES.map((hash) => mix(T.gazetteer, hash));
/** The code past the last, for a neighbour past the sentence's ends. */
const SENTENCE_EDGE = GAZETTEER_CODES.length;
const GAZETTEER_BEFORE = [...GAZETTEER_CODES.map((hash) => mix(T['gazetteer-1'], hash)), mix(T['gazetteer-1'], START)];
const GAZETTEER_AFTER = [...GAZETTEER_CODES.map((hash) => mix(T['gazetteer+1'], hash)), mix(T['gazetteer+1'], END)];
/** A name-like word's gazetteer codes, its own and its neighbours' (or SENTENCE_EDGE), as one index: (own × sides + before) × sides + after. */
const GAZETTEER_SIDES = SENTENCE_EDGE + 1;
const gazetteerCodes = new IndexedSums(SENTENCE_EDGE * GAZETTEER_SIDES * GAZETTEER_SIDES, NER_LABELS.length, (index) => [
  GAZETTEER_OWN[(index / GAZETTEER_SIDES / GAZETTEER_SIDES) | 0]!, GAZETTEER_BEFORE[((index / GAZETTEER_SIDES) | 0) % GAZETTEER_SIDES]!, GAZETTEER_AFTER[index % GAZETTEER_SIDES]!,
]);
/**
 * The features of no verdict of the rules (the word's, its neighbours' or the sentence's ends there) and of no type in the
 * document, one bit each in the index of a frame: most words have none of those, and a frame's features are summed once.
 */
const FRAME_FEATURES = [RULE_NONE, RULE_BEFORE_NONE, RULE_BEFORE_START, RULE_AFTER_NONE, RULE_AFTER_END, DOCUMENT_TYPE_NONE];
const enum Frame { NoRule = 1, NoRuleBefore = 2, Start = 4, NoRuleAfter = 8, End = 16, NoType = 32 }
const frames = new IndexedSums(1 << FRAME_FEATURES.length, NER_LABELS.length, (bits) => FRAME_FEATURES.filter((_, b) => bits & (1 << b)));

const CAPS_OR_MARKS = /^[\p{Lu}\d.&'-]+$/u;
const HAS_CAPITAL = /\p{Lu}/u;
/** "NATO", "U.S.", "AT&T": capitals, with digits and marks but no lower case. A lower-case second letter ("Smith") tells at once. */
const isAllCaps = (text: string) => !isAsciiLower(text.charCodeAt(1)) && CAPS_OR_MARKS.test(text) && HAS_CAPITAL.test(text);
const isAsciiLower = (code: number) => code >= 97 && code <= 122;

/** The word's shape with runs collapsed: "Putin" → "Xx", "U.S." → "X.X.", "1996" → "d", "McCain" → "XxXx". */
function shapeHash(text: string): number {
  let h = 0x811c9dc5;
  let previous = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const kind = c >= 65 && c <= 90 ? 88 : c >= 97 && c <= 122 ? 120 : c >= 48 && c <= 57 ? 100 : c > 127 ? (text[i]!.toLowerCase() !== text[i] ? 88 : 120) : c;
    if (kind === previous) continue;
    previous = kind;
    h = Math.imul(h ^ kind, 0x01000193);
  }
  return h | 0;
}

/** Per-sentence arrays of the entity reader, beside the tagging ones. */
class Scratch extends TaggingScratch {
  forms: WordForms[] = [];
  /** GAZETTEER_CODES' index of the word's entry, or 0. */
  gazetteer = new Uint8Array(0);
  flags = new Uint32Array(0);
  /** 1: a name-like word; 2: next to one; 0: not read. */
  active = new Uint8Array(0);
  /** Where the summed group weights of each word near a read one start in `summed.sums`. */
  summedAt = new Int32Array(0);

  protected override grow(size: number): void {
    this.gazetteer = new Uint8Array(size);
    this.flags = new Uint32Array(size);
    this.active = new Uint8Array(size);
    this.summedAt = new Int32Array(size);
  }
}

const scratch = new Scratch(NER_LABELS.length, 80, 64);

/** The word's lexicon flags: all but 'seen-lowercase', which depends on the document. */
function staticFlags(w: Token): number {
  let flags = 0;
  if (w.kind !== 'word') return flags;
  if (firstNames.hasNorm(w)) flags |= FLAG['first-name'];
  if (commonWordSet.hasLower(w)) flags |= FLAG.common;
  if (orgHeads.hasNorm(w)) flags |= FLAG['org-head'];
  if (placeHeads.hasNorm(w)) flags |= FLAG['place-head'];
  if (titleHeads.hasNorm(w)) flags |= FLAG.title;
  if (honorifics.hasText(w)) flags |= FLAG.honorific;
  if (months.hasNorm(w) || weekdays.hasNorm(w)) flags |= FLAG.month;
  if (cueVerbs.has(w.lower)) flags |= FLAG.cue;
  if (descriptorNouns.hasLower(w)) flags |= FLAG.descriptor;
  if (orgDescriptors.hasLower(w)) flags |= FLAG['org-descriptor'];
  if (locativePrepositions.hasLower(w)) flags |= FLAG.locative;
  if (w.text.length > 1 && isAllCaps(w.text)) flags |= FLAG['all-caps'];
  if (w.text.length === 2 && w.text[1] === '.' && w.capitalized) flags |= FLAG.initial;
  const c = w.text.charCodeAt(0);
  if (c >= 48 && c <= 57) flags |= FLAG.digit;
  if (w.normEnd !== w.end) flags |= FLAG.possessive;
  return flags;
}

/** What the reader computes of a word's text alone, once per distinct text: hashes, and its own features. */
interface WordForms extends SummedForm {
  lower: number;
  shape: number;
  flags: number;
  /** The features of the word by itself: bias, lower, text, shape, affixes, flags, length with shape. */
  own: Uint32Array;
  /** The pair and triple templates with the word's hash mixed in as the first: what is left is to mix in those after it. */
  pairAsPrevious: number;
  pairAsFirst: number;
  shapesFrom: number;
  /** Features of the word's shape: first in the sentence or not, with no rule's verdict. */
  firstShape: number;
  laterShape: number;
  noRuleShape: number;
}

/** A form of these hashes, with the features of its word and shape that do not depend on its neighbours. */
function wordForms(lower: number, shape: number, flags: number, own: Uint32Array): WordForms {
  return {
    lower, shape, flags, own,
    pairAsPrevious: mix(T['lower-1|lower'], lower), pairAsFirst: mix(T['lower|lower+1'], lower), shapesFrom: mix(T['shape-1|shape|shape+1'], shape),
    firstShape: mix(FIRST_SHAPE, shape), laterShape: mix(NOT_FIRST_SHAPE, shape), noRuleShape: mix(NO_RULE_SHAPE, shape),
    summedAt: 0, summedIn: NOT_SUMMED,
  };
}

/**
 * A form's feature groups: its own features, and those it gives a read word one or two places after
 * or before it. A word next to a name reads its neighbours' words (Before, After); a name-like word
 * (active 1) also their shapes and lexicon flags (BeforeName, AfterName) and the words two places
 * away. The seen-lowercase flag depends on the document: it stays a feature.
 */
const enum Group { Own, Before, After, BeforeName, AfterName, Before2, After2, Normal, TitleCase, AllCaps }
const GROUPS = 10;

function groupFeatures(forms: WordForms, group: Group): ArrayLike<number> {
  const withFlags = (template: number, features: number[]) => {
    for (let bits = forms.flags, b = 0; bits; bits >>>= 1, b++) if (bits & 1) features.push(mix(template, FLAG_HASH[b]!));
    return features;
  };
  switch (group) {
    case Group.Own: return forms.own;
    case Group.Before: return [mix(T['lower-1'], forms.lower)];
    case Group.After: return [mix(T['lower+1'], forms.lower)];
    case Group.BeforeName: return withFlags(T['flag-1'], [mix(T['lower-1'], forms.lower), mix(T['shape-1'], forms.shape)]);
    case Group.AfterName: return withFlags(T['flag+1'], [mix(T['lower+1'], forms.lower), mix(T['shape+1'], forms.shape)]);
    case Group.Before2: return [mix(T['lower-2'], forms.lower)];
    case Group.After2: return [mix(T['lower+2'], forms.lower)];
    // The word in a sentence written this way (mode|shape, mode|lower).
    default: {
      const mode = group - Group.Normal + SentenceMode.Normal;
      return [mix(mix(T['mode|shape'], mode), forms.shape), mix(mix(T['mode|lower'], mode), forms.lower)];
    }
  }
}

/** What stands before the first word and after the last (two places away: START2, END2). */
const boundary = (lower: number): WordForms => wordForms(lower, lower, 0, new Uint32Array(0));
const SENTENCE_START = boundary(START);
const SENTENCE_START2 = boundary(START2);
const SENTENCE_END = boundary(END);
const SENTENCE_END2 = boundary(END2);

// Each form has ten groups of summed weights (180 bytes): past this many forms the sums start anew, and forms sum again as they are read.
const SUMMED_FORMS_LIMIT = 100_000;
let summedForms = 0;

const summed = new SummedWeights<WordForms>(1 << 16, GROUPS, groupFeatures);
/** The priors of a word beside a name (its groups and its neighbours' words), and of a name-like word (all its groups, a frame, gazetteer codes). */
const sumPriorsBesideName = compileRowSums(NER_LABELS.length, 3);
const sumNamePriors = compileRowSums(NER_LABELS.length, 8);

const formsOf = (w: Token): WordForms => (w.info.nerForms as WordForms | undefined) ?? newForms(w);

function newForms(w: Token): WordForms {
  const lower = hashString(w.lower);
  const shape = shapeHash(w.text);
  const flags = staticFlags(w);
  const own = [
    T.bias, mix(T.lower, lower), mix(T.text, hashString(w.norm)), mix(T.shape, shape),
    mix(T.prefix3, hashString(w.lower.slice(0, 3))), mix(T.suffix3, hashString(w.lower.slice(-3))),
    mix(T.suffix2, hashString(w.lower.slice(-2))), mix(T.suffix4, hashString(w.lower.slice(-4))), mix(T.prefix2, hashString(w.lower.slice(0, 2))),
    mix(mix(T['length|shape'], Math.min(w.text.length, 8)), shape),
  ];
  for (let bits = flags, b = 0; bits; bits >>>= 1, b++) if (bits & 1) own.push(mix(T.flag, FLAG_HASH[b]!));
  const forms = wordForms(lower, shape, flags, Uint32Array.from(own));
  if (++summedForms >= SUMMED_FORMS_LIMIT) {
    summedForms = 0;
    summed.clear();
  }
  w.info.nerForms = forms;
  return forms;
}

/** Where a form's summed group weights start in `summed.sums`. */
const weightsOf = (forms: WordForms, model: LinearModel) => summed.offsetOf(forms, model);

/** "FRANCE" → "France", as the gazetteer writes it; acronyms ("U.S.", "UN") stay. */
function titleCased(words: readonly Token[]): string[] {
  return words.map((w) => (w.norm.length <= 3 || w.norm.includes('.') ? w.norm : w.norm[0] + w.norm.slice(1).toLowerCase()));
}

/** Is word i read, or up to two words from one read? Features look two words either side. */
const nearRead = (active: Uint8Array, i: number, n: number) =>
  active[i] || (i > 0 && active[i - 1]) || (i + 1 < n && active[i + 1]) || (i > 1 && active[i - 2]) || (i + 2 < n && active[i + 2]);

/** A word with a capital letter or a digit: where names are. */
const nameLike = (w: Token) => w.info.lowerDiffers || w.info.digitFirst;

/**
 * Computes the features of every word of the sentence into `s.features` / `s.offsets`; with a model,
 * the features of a word's form and of its neighbours' forms go into `s.priors` as summed weights instead.
 */
function computeFeatures(input: NerInput, context: DocumentContext, s: Scratch, model?: LinearModel): number {
  const { words, mode } = input;
  const n = words.length;
  s.ensure(n);
  const { gazetteer, flags, active, forms: formsAt, summedAt } = s;
  // Only words in or next to name-like words are read (the small words of "Bank of England"); the rest are O.
  for (let i = 0, before = false, here = n > 0 && nameLike(words[0]!); i < n; i++) {
    const after = i + 1 < n && nameLike(words[i + 1]!);
    active[i] = here ? 1 : before || after ? 2 : 0;
    before = here;
    here = after;
  }
  let titled: string[] | undefined;
  // Past the gazetteer entry found last.
  let entryEnd = 0;
  for (let i = 0; i < n; i++) {
    if (!nearRead(active, i, n)) continue;
    const w = words[i]!;
    const forms = formsOf(w);
    formsAt[i] = forms;
    const capitalized = w.capitalized;
    flags[i] = forms.flags | (capitalized && context.lowercase.has(w.lower) ? FLAG['seen-lowercase'] : 0);
    if (i < entryEnd) continue;
    gazetteer[i] = 0;
    const entry = !capitalized ? undefined : mode === SentenceMode.AllCaps ? matchGazetteer((titled ??= titleCased(words)), i) : matchGazetteerTokens(words, i, false);
    if (!entry) continue;
    const kind = GAZETTEER_KINDS.indexOf(entry.kind);
    for (let j = i; j < i + entry.length; j++) gazetteer[j] = 1 + kind * 2 + (j === i ? 0 : 1);
    entryEnd = i + entry.length;
  }
  // The summed weights, once per word, not once more as each neighbour's: after all forms, as a new one may start the sums anew.
  let startAt = 0;
  let start2At = 0;
  let endAt = 0;
  let end2At = 0;
  if (model) {
    for (let i = 0; i < n; i++) if (nearRead(active, i, n)) summedAt[i] = weightsOf(formsAt[i]!, model);
    startAt = weightsOf(SENTENCE_START, model);
    start2At = weightsOf(SENTENCE_START2, model);
    endAt = weightsOf(SENTENCE_END, model);
    end2At = weightsOf(SENTENCE_END2, model);
  }
  const modeGroup = Group.Normal + mode - SentenceMode.Normal;
  // The sentence's part of a template that pairs it with the word.
  const blockShape = mix(T['block|shape'], hashString(input.block));
  let f = 0;
  const { features: out, offsets, priors } = s;
  const tags = input.ruleTags;
  // Read after the sums above, which may have grown the array.
  const sums = summed.sums;
  for (let i = 0; i < n; i++) {
    offsets[i] = f;
    if (!active[i]) continue;
    const forms = formsAt[i]!;
    const previousForms = i > 0 ? formsAt[i - 1]! : SENTENCE_START;
    const nextForms = i + 1 < n ? formsAt[i + 1]! : SENTENCE_END;
    const lowerNext = nextForms.lower;
    const shapeNext = nextForms.shape;
    // A word next to a name, not like one ("said", "of"): its own features and its neighbours' words are enough.
    const name = active[i] === 1;
    const rule = tags[i];
    // A name-like word's neighbours' verdicts and gazetteer codes, and the type the document gives it.
    const before = name && i > 0 ? tags[i - 1] : undefined;
    const after = name && i + 1 < n ? tags[i + 1] : undefined;
    const gazetteerBefore = i > 0 ? gazetteer[i - 1]! : SENTENCE_EDGE;
    const gazetteerAfter = i + 1 < n ? gazetteer[i + 1]! : SENTENCE_EDGE;
    const w = words[i]!;
    const documentType = name && w.capitalized && context.ruleTypes.get(w.lower);
    if (model) {
      const L = NER_LABELS.length;
      const at = i * L;
      const own = summedAt[i]!;
      const previous = i > 0 ? summedAt[i - 1]! : startAt;
      const next = i + 1 < n ? summedAt[i + 1]! : endAt;
      const previous2 = i > 1 ? summedAt[i - 2]! : start2At;
      const next2 = i + 2 < n ? summedAt[i + 2]! : end2At;
      // Integer sums, so exact in any order.
      if (!name) sumPriorsBesideName(priors, at, sums, own, sums, previous + Group.Before * L, sums, next + Group.After * L);
      else {
        // The features of few values, summed for their values together: the verdicts and type where there are none, the gazetteer's codes.
        const frame =
          (rule ? 0 : Frame.NoRule) | (before ? 0 : i > 0 ? Frame.NoRuleBefore : Frame.Start) | (after ? 0 : i + 1 < n ? Frame.NoRuleAfter : Frame.End) | (documentType ? 0 : Frame.NoType);
        const frameAt = frames.offsetOf(frame, model);
        const frameSums = frames.sums;
        const codesAt = gazetteerCodes.offsetOf((gazetteer[i]! * GAZETTEER_SIDES + gazetteerBefore) * GAZETTEER_SIDES + gazetteerAfter, model);
        const codeSums = gazetteerCodes.sums;
        sumNamePriors(
          priors, at, sums, own, sums, own + modeGroup * L, sums, previous + Group.BeforeName * L, sums, next + Group.AfterName * L,
          sums, previous2 + Group.Before2 * L, sums, next2 + Group.After2 * L, frameSums, frameAt, codeSums, codesAt,
        );
        // The neighbours' seen-lowercase flag, which their groups leave out.
        if (i > 0 && flags[i - 1]! & FLAG['seen-lowercase']) out[f++] = SEEN_LOWERCASE_BEFORE;
        if (i + 1 < n && flags[i + 1]! & FLAG['seen-lowercase']) out[f++] = SEEN_LOWERCASE_AFTER;
      }
    } else {
      out.set(forms.own, f);
      f += forms.own.length;
    }
    if (flags[i]! & FLAG['seen-lowercase']) out[f++] = SEEN_LOWERCASE;
    if (!model) {
      out[f++] = mix(T['lower-1'], previousForms.lower);
      out[f++] = mix(T['lower+1'], lowerNext);
    }
    // With a model, a name-like word's features of a frame or of gazetteer codes are in the prior; a word read has features still.
    if (rule) out[f++] = mix(T.rule, rule);
    else if (!model || !name) out[f++] = RULE_NONE;
    if (!name) continue;
    // With a model, the neighbours' words, shapes and flags and the sentence's mode are in the prior (the form groups).
    if (!model) {
      out[f++] = mix(T['lower-2'], i > 1 ? formsAt[i - 2]!.lower : START2);
      out[f++] = mix(T['lower+2'], i + 2 < n ? formsAt[i + 2]!.lower : END2);
      out[f++] = mix(T['shape-1'], previousForms.shape);
      out[f++] = mix(T['shape+1'], shapeNext);
    }
    out[f++] = mix(previousForms.pairAsPrevious, forms.lower);
    out[f++] = mix(forms.pairAsFirst, lowerNext);
    out[f++] = mix(mix(previousForms.shapesFrom, forms.shape), shapeNext);
    if (!model) {
      out[f++] = GAZETTEER_OWN[gazetteer[i]!]!;
      out[f++] = GAZETTEER_BEFORE[gazetteerBefore]!;
      out[f++] = GAZETTEER_AFTER[gazetteerAfter]!;
      for (let bits = i > 0 ? flags[i - 1]! : 0, b = 0; bits; bits >>>= 1, b++) if (bits & 1) out[f++] = mix(T['flag-1'], FLAG_HASH[b]!);
      for (let bits = i + 1 < n ? flags[i + 1]! : 0, b = 0; bits; bits >>>= 1, b++) if (bits & 1) out[f++] = mix(T['flag+1'], FLAG_HASH[b]!);
      out[f++] = mix(mix(T['mode|shape'], mode), forms.shape);
      out[f++] = mix(mix(T['mode|lower'], mode), forms.lower);
    }
    out[f++] = i === 0 ? forms.firstShape : forms.laterShape;
    out[f++] = mix(blockShape, forms.shape);
    if (before) out[f++] = mix(T['rule-1'], before);
    else if (!model) out[f++] = i > 0 ? RULE_BEFORE_NONE : RULE_BEFORE_START;
    if (after) out[f++] = mix(T['rule+1'], after);
    else if (!model) out[f++] = i + 1 < n ? RULE_AFTER_NONE : RULE_AFTER_END;
    out[f++] = rule ? mix(mix(T['rule|shape'], rule), forms.shape) : forms.noRuleShape;
    if (documentType) out[f++] = documentType;
    else if (!model) out[f++] = DOCUMENT_TYPE_NONE;
  }
  offsets[n] = f;
  return n;
}

/** The sentence's features as a standalone sequence, for training. */
export function nerSequence(input: NerInput, context: DocumentContext, labels?: Uint8Array): Sequence {
  const n = computeFeatures(input, context, scratch);
  const end = scratch.offsets[n]!;
  // A name the reader cannot reach (all lower case, far from capitals) is not taught.
  if (labels) for (let i = 0; i < n; i++) if (!scratch.active[i]) labels[i] = 0;
  return { features: scratch.features.slice(0, end), offsets: scratch.offsets.slice(0, n + 1), labels };
}

/** Labels for the words, from name spans given as word index ranges [from, to). */
export function spansToLabels(n: number, spans: { from: number; to: number; type: NameType }[]): Uint8Array {
  const labels = new Uint8Array(n);
  for (const span of spans) {
    const tag = TYPE_LABEL[span.type];
    for (let i = span.from; i < span.to; i++) labels[i] = NER_LABELS.indexOf((i === span.from ? `B-${tag}` : `I-${tag}`) as (typeof NER_LABELS)[number]);
  }
  return labels;
}

export interface NameSpan {
  /** Word indexes, end exclusive. */
  from: number;
  to: number;
  type: NameType;
  /** The mean probability of the chosen labels over the span's words (a softmax of the label scores). */
  confidence: number;
}


/**
 * A name's words without what news style leaves out of it: punctuation at its edges, and a person's
 * honorific or title ("Mr. Kim", "President Joe Biden" name Kim and Joe Biden). GUM's spans keep them.
 */
const TITLE_KINDS: ReadonlySet<GazetteerKind> = new Set(['title']);

export function nameBounds(words: readonly Token[], from: number, to: number, type: NameType): [number, number] {
  while (from < to && words[from]!.kind !== 'word') from++;
  while (to > from && words[to - 1]!.kind !== 'word') to--;
  if (type !== 'person') return [from, to];
  // "U.S. President Donald Trump": the name follows the last title.
  const isTitle = (w: Token) => honorifics.hasText(w) || titleHeads.hasNorm(w);
  for (let k = to - 2; k >= from; k--) {
    if (isTitle(words[k]!)) {
      from = k + 1;
      break;
    }
  }
  // "Nordvik Bank Chief Executive Ulrika Strand": a title of several words that the name begins inside runs to its end, if a name
  // of two words is left.
  for (let k = Math.max(0, from - 2); k < from; k++) {
    const title = matchGazetteerTokens(words, k, false, TITLE_KINDS);
    if (title && k + title.length > from && to - (k + title.length) >= 2) {
      from = k + title.length;
      break;
    }
  }
  while (from < to && words[from]!.kind !== 'word') from++;
  return [from, to];
}

/** Perceptron scores run in the tens: scaled down, their softmax comes near the share of names read right (chosen on conllpp-dev). */
const CONFIDENCE_TEMPERATURE = 8;

/** Tags one sentence with the model: its name spans. */
export function tagNames(model: LinearModel, input: NerInput, context: DocumentContext): NameSpan[] {
  const n = computeFeatures(input, context, scratch, model);
  if (n === 0) return [];
  const seq: Sequence = { features: scratch.features, offsets: scratch.offsets.subarray(0, n + 1), priors: scratch.priors };
  model.emissions(seq, scratch.scores);
  model.decode(scratch.scores, n, scratch.labels);
  const runs = labelRuns(NER_LABELS, scratch.labels, n, (t) => model.labelProbability(scratch.scores, scratch.labels, t, CONFIDENCE_TEMPERATURE));
  return runs.map(({ tag, from, to, confidence }) => ({ from, to, type: LABEL_TYPE[tag]!, confidence }));
}

/** How the sentence is written. */
export function sentenceMode(words: readonly Token[], titleCase: boolean): SentenceMode {
  let lexical = 0;
  let caps = 0;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w.kind !== 'word' || w.text.length < 2) continue;
    // Most words start in lower case: words, but not capitals.
    const first = w.text.charCodeAt(0);
    if (first >= 97 && first <= 122) {
      lexical++;
      // Once capitals in all the words left would not make three in five, the sentence is not in capitals: most stop here.
      const left = words.length - 1 - i;
      if (5 * (caps + left) < 3 * (lexical + left)) break;
      continue;
    }
    if (!w.capitalized && w.lower === w.text.toUpperCase()) continue;
    lexical++;
    if (isAllCaps(w.text)) caps++;
  }
  if (lexical >= 2 && caps / lexical >= 0.6) return SentenceMode.AllCaps;
  return titleCase ? SentenceMode.TitleCase : SentenceMode.Normal;
}
