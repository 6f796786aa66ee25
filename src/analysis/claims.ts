// Flags sentences a fact-checker could check: quantities, hedged allegations,
// claims attributed to a source, and plain reported events.
import { WordSet, type Sentence } from './structure';
import type { Claim, ClaimKind, Quote } from './types';
import { continuesSentence, wordOrNone, wordsOf, type Word } from './tokens';
import { byFirstWord, hedgePhrases, months, opinionMarkers } from './lexicon';

const hedgesByFirst = byFirstWord(hedgePhrases.map((h) => ({ ...h, phrase: h.words.join(' ') })), (h) => h.words);
const opinionsByFirst = byFirstWord(opinionMarkers, (m) => m);
type Hedge = ReturnType<typeof hedgesByFirst.get>;
type Opinions = ReturnType<typeof opinionsByFirst.get>;
/** The hedges and opinion markers that start at the word, asked once per distinct word. */
function hedgesAt(w: Word): Hedge {
  if (w.info.hedges === undefined) w.info.hedges = hedgesByFirst.get(w.lower) ?? null;
  return (w.info.hedges as Hedge | null) ?? undefined;
}
function opinionsAt(w: Word): Opinions {
  if (w.info.opinions === undefined) w.info.opinions = opinionsByFirst.get(w.lower) ?? null;
  return (w.info.opinions as Opinions | null) ?? undefined;
}

function matchesAt(words: Word[], i: number, phrase: string[]): boolean {
  for (let k = 1; k < phrase.length; k++) if (words[i + k]?.lower !== phrase[k]) return false;
  return true;
}

// Unicode-property regexes live in constants: the bundle turns inline ones into a `new RegExp` per call.
const LOWER_PLURAL = /^\p{Ll}+s$/u;
const SCALE = new WordSet(['million', 'billion', 'trillion', 'percent', 'per', 'cent', 'thousand', 'hundred', '%', 'dozen', 'half', 'third', 'quarter']);
const NUMBER_WORDS = new WordSet(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'twenty', 'thirty', 'forty', 'fifty', 'hundreds', 'thousands', 'millions', 'billions', 'dozens']);
/** What may open a quantity without a digit: one lookup, kept on the word, tells most words open none. */
const COUNT_OPENERS = new WordSet(['$', '€', '£', ...NUMBER_WORDS]);
const IRREGULAR_PAST = new WordSet(['was', 'were', 'had', 'made', 'took', 'gave', 'sent', 'led', 'met', 'held', 'left', 'won', 'lost', 'paid', 'sold', 'bought', 'built', 'brought', 'began', 'came', 'went', 'fell', 'rose', 'grew', 'cut', 'hit', 'put', 'set', 'spent', 'struck', 'shot', 'found', 'fought', 'flew', 'drove', 'ran', 'told', 'said', 'saw', 'became', 'broke', 'caught', 'chose', 'drew', 'froze', 'hid', 'kept', 'knew', 'laid', 'lent', 'meant', 'overtook', 'quit', 'rode', 'sank', 'sought', 'spoke', 'stole', 'swore', 'taught', 'threw', 'understood', 'withdrew', 'wrote', 'signed']);
const QUOTE_OPENERS = new Set(['"', '“', '„', '«', '‟']);
const PAST_NOT_VERB = new WordSet(['need', 'red', 'bed', 'speed', 'seed', 'feed', 'shed', 'hundred', 'bred', 'led']);

interface ClaimContext {
  text: string;
  quotes: Quote[];
  /** Entity id for mention start offsets. */
  mentionAt: (start: number, end: number) => boolean;
}

/** Counts that are no quantity of anything: "two years", "three times". */
const NOT_COUNTED = /^(years?|days?|weeks?|months?|times?|ways?|sides?|countries)$/;

function isQuantity(words: Word[], i: number): boolean {
  const w = words[i]!;
  const next = words[i + 1];
  if (!w.info.digitFirst) {
    if (!COUNT_OPENERS.hasLower(w)) return false;
    if (w.text === '$' || w.text === '€' || w.text === '£') return true;
    // "three officials": a number word before a plural. The lookup, a bit kept on the word, costs less than a call to endsWith.
    return w.kind === 'word' && NUMBER_WORDS.hasLower(w) && !!next && next.text.endsWith('s') && LOWER_PLURAL.test(next.text) && !NOT_COUNTED.test(next.lower) && next.lower !== 'of' && w.lower !== 'two';
  }
  const prev = wordOrNone(words, i - 1);
  // Dates and years are not quantities: "January 27", "in 2018", "June 18".
  if (prev && months.has(prev.text.replace(/\.$/, ''))) return false;
  if (/^(1[89]|20)\d\d$/.test(w.text) && !(next && (SCALE.hasLower(next) || LOWER_PLURAL.test(next.text) && next.lower !== 'years'))) return false;
  if (next && months.hasText(next)) return false;
  if (next && (next.text === ':' || /^(a\.?m\.?|p\.?m\.?|am|pm)$/i.test(next.text))) return false;
  // "Maria Santos, 54, lost her house": an age set off after a name.
  if (prev?.text === ',' && next?.text === ',' && wordOrNone(words, i - 2)?.capitalized && /^\d{1,3}$/.test(w.text)) return false;
  return true;
}

/** "Disputes that the commission cannot resolve", "Claims of fraud": a verb's -s form opening its sentence is a plural noun. */
const isNounReading = (i: number, h: { words: string[]; kind: string }) => i === 0 && h.kind === 'allegation' && h.words.length === 1 && h.words[0]!.endsWith('s');

function hedgesIn(words: Word[]): { phrase: string; kind: string }[] {
  const found: { phrase: string; kind: string }[] = [];
  for (let i = 0; i < words.length; i++) {
    const hedges = hedgesAt(words[i]!);
    if (!hedges) continue;
    for (const h of hedges) {
      if (matchesAt(words, i, h.words) && !isNounReading(i, h) && !found.some((f) => f.phrase === h.phrase)) found.push(h);
    }
  }
  return found;
}

function hasOpinion(words: Word[]): boolean {
  for (let i = 0; i < words.length; i++) {
    const markers = opinionsAt(words[i]!);
    if (markers) for (const m of markers) if (matchesAt(words, i, m)) return true;
  }
  return false;
}

function isPastVerb(w: Word): boolean {
  if (w.kind !== 'word' || w.capitalized) return false;
  if (IRREGULAR_PAST.hasLower(w)) return true;
  return w.lower.length > 4 && w.lower.endsWith('ed') && !PAST_NOT_VERB.hasLower(w);
}

/** The sentences as the claim rules read them: one the parser ended at "No." goes on into the next ("Federal mine No. 2 would close"). */
function joinedSentences(sentences: Sentence[]): Sentence[] {
  const out: Sentence[] = [];
  for (const s of sentences) {
    // Not out[-1]: an index before the start is read as a property's name, a slow path.
    const last = out.length ? out[out.length - 1] : undefined;
    if (last?.block === s.block && continuesSentence(wordsOf(last), wordsOf(s))) {
      out[out.length - 1] = { start: last.start, end: s.end, tokens: [...last.tokens, ...s.tokens], block: s.block, words: [...wordsOf(last), ...wordsOf(s)] };
    } else out.push(s);
  }
  return out;
}

/**
 * "February 3, 2025 | 4 min read", "Wed 12 Mar 2025 22.30 GMT", "Interview by Lucas Brennan | Published June 3, 2025": a short line
 * with a date and no sentence's end is the page's stamp, no claim.
 */
function isStamp(line: string): boolean {
  return line.length <= STAMP_LONGEST && !SENTENCE_END.test(line) && STAMP_DATE.test(line);
}
const STAMP_LONGEST = 120;
const SENTENCE_END = /[.!?:"”’)]\s*$/;
const STAMP_DATE = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}\b.*\b\d{4}\b|\b\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]* \d{4}\b/;

export function findClaims(sentences: Sentence[], ctx: ClaimContext): Claim[] {
  const claims: Claim[] = [];
  const attributions = ctx.quotes.filter((q) => q.kind === 'indirect' || q.kind === 'partial');
  const directs = ctx.quotes.filter((q) => q.kind === 'direct');
  let a = 0;
  let d = 0;
  for (const sentence of joinedSentences(sentences)) {
    if (sentence.block.kind !== 'body') continue;
    const words = wordsOf(sentence);
    let lexical = 0;
    let question = false;
    for (const w of words) {
      if (w.kind === 'word') lexical++;
      else if (w.text === '?') {
        question = true;
        break;
      }
    }
    if (lexical < 4 || question || isStamp(sentence.block.text)) continue;
    // The writer's sentence, not a quoted one.
    while (d < directs.length && directs[d]!.end < sentence.start) d++;
    let quoted = 0;
    let quoteWithCue = false;
    for (let k = d; k < directs.length && directs[k]!.start < sentence.end; k++) {
      const q = directs[k]!;
      quoted += Math.max(0, Math.min(q.end, sentence.end) - Math.max(q.start, sentence.start));
      // ‘… the same page,” Zhunusova said at a briefing.’ is the speaker's, shown as the quote.
      if (q.end > sentence.start && q.cue && q.cue.start >= sentence.start && q.cue.end <= sentence.end) quoteWithCue = true;
    }
    if (quoted > (sentence.end - sentence.start) / 2 || quoteWithCue) continue;
    // A direct quote in the sentence, or a paragraph that opens with a quotation mark: someone else's words.
    let quote: Quote | undefined;
    for (let k = d; k < directs.length && directs[k]!.start < sentence.end; k++) if (directs[k]!.end > sentence.start) { quote = directs[k]; break; }
    while (a < attributions.length && attributions[a]!.end < sentence.start) a++;
    let attribution: Quote | undefined;
    for (let k = a; k < attributions.length && attributions[k]!.start < sentence.end; k++) if (attributions[k]!.end > sentence.start) { attribution = attributions[k]; break; }
    let quantity = false;
    for (let i = 0; i < words.length && !quantity; i++) quantity = isQuantity(words, i);
    const hedges = hedgesIn(words);
    let kind: ClaimKind | null = null;
    let rule = '';
    if (quantity) [kind, rule] = ['statistic', 'claim.statistic.quantity'];
    // "Fares cover roughly a quarter of costs": an approximate figure is a statistic, not an allegation.
    else if (hedges.some((h) => h.kind === 'approximation')) [kind, rule] = ['statistic', 'claim.statistic.approximation'];
    else if (hedges.some((h) => h.kind === 'allegation' || h.kind === 'hedge')) [kind, rule] = ['allegation', 'claim.allegation.hedge'];
    else if (attribution?.speaker) [kind, rule] = ['attributed', 'claim.attributed'];
    // "is said to be preparing", "reportedly", "it is thought": hearsay that names no one is hedged, not a fact the writer reports.
    else if (hedges.some((h) => h.kind === 'attribution')) [kind, rule] = ['allegation', 'claim.allegation.hearsay'];
    else if (!hasOpinion(words) && words.some(isPastVerb) && words.some((w) => w.capitalized && w.index > 0 && ctx.mentionAt(w.start, w.end))) [kind, rule] = ['fact', 'claim.fact.reported-event'];
    if (!kind) continue;
    // The writer is the source only when no one else is: a quote paragraph is never "fact · the writer".
    let source: Quote | undefined = attribution;
    if (!source && (quote || QUOTE_OPENERS.has(sentence.block.text[0] ?? ''))) {
      if (quote?.speaker) [source, kind, rule] = [quote, kind === 'fact' ? 'attributed' : kind, kind === 'fact' ? 'claim.attributed.quote' : rule];
      else if (kind === 'fact') continue;
    }
    // Statistics stand despite opinion words, attributions are someone's opinion, facts were tested above.
    if (kind === 'allegation' && hasOpinion(words)) continue;
    const start = sentence.start;
    const end = words[words.length - 1]!.end;
    claims.push({
      kind, start, end, text: ctx.text.slice(start, end),
      source: source?.speaker ?? null, sourceText: source?.speakerText ?? null,
      hedges: hedges.map((h) => h.phrase), rule,
    });
  }
  return claims;
}
