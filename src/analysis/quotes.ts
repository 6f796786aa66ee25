// Direct, partial and indirect quotes, each with its cue ("said", "told
// Newsweek", "according to") and its source, resolved to a speaker entity.
import type { AttributionKind, EntityType, Quote, QuoteKind, Span } from './types';
import { firstNotBefore } from './search';
import { ownCopy, uncapitalized, WordSet, type Block } from './structure';
import { continuesSentence, wordOrNone, wordsOf, type Word } from './tokens';
import { addTo, ALL_CAPS_WORD, CITY_DWELLER, DATELINE_DASHES, datelineDash, isTicker, nameEndings, SHORT_MONTH, workNouns, type EntityDraft, type EntityTable, type MentionRef } from './entities';
import {
  anonymousModifiers, anonymousNouns, articles, authorshipVerbs, formsOfAddress, positionsAfterClubs, situationNouns, byFirstWord, commonWordSet, countryPersonNouns, cueVerbs, cueVerbsAt, demonymCountry, roleKinds, titleAbbreviations, descriptorNouns, documentNouns, emptyReports,
  bodyNouns, ownedBodies, personalRelations, familyNamesFirst, vietnameseFamilyNames, femaleHonorifics, femaleNames, withoutAccents, genericOrgNouns, honorifics, honorificsAfterReader, groupNouns, kinPronouns, indefiniteArticles, isGazetteerPlace, lowerTitleHeads, lowerTitleWords, maleHonorifics, maleNames, months, nounCues,
  bulletPrefixes, isOrganizationsLastWord, locativePrepositions, orgDescriptors, playerPositions, possessiveDeterminers, postNominals, reportMedia, titleHeads, weekdays, type CueVerb,
} from './lexicon';
import { isReportingWord, lastCueProbability, paragraphInput, readAttributions, type ModelAttribution } from './learn/attribution';
import { attributionModel } from './learn/models';

const OPEN_MARKS = new WordSet(['“', '„', '«', '‟']);
const CLOSE_MARKS = new WordSet(['”', '»']);
const QUOTE_MARK = /["“„«‟”»]/g;
const AUXILIARIES = new WordSet(['has', 'have', 'had', 'was', 'were', 'is', 'are', 'will', 'would', 'also', 'then', 'later', 'further', 'previously', 'once', 'again', 'recently', 'earlier', 'repeatedly', 'reportedly', 'publicly', 'privately', 'flatly', 'simply', 'just', 'never', 'often', 'since', 'still', 'did', 'does', 'do', 'been', 'even', 'not', "n't", 'can', 'could', 'may', 'might', 'should', 'must', 'shall']);
const DETERMINERS = new WordSet(['the', 'a', 'an', 'some', 'many', 'several', 'other', 'another', 'two', 'three', 'four', 'those', 'these', 'this', 'that', 'his', 'her', 'its', 'their', 'our', 'most', 'few', 'both']);
/** Who is told: "told reporters", "told him". */
const LISTENERS = new WordSet(['me', 'him', 'her', 'us', 'them', 'reporters', 'journalists']);
/** What a listener named is: "told the PA news agency", "told the BBC's Today programme". */
const OUTLET_NOUNS = new Set(['agency', 'programme', 'program', 'podcast', 'newspaper', 'paper', 'broadcaster', 'radio', 'television', 'channel', 'network', 'station', 'magazine', 'website', 'outlet', 'series']);

/**
 * Past what a listener's name says it is, up to four words ending in an outlet's noun, before the clause's first word ("the PA news
 * agency he would", "television stations they saw"); else `k` (not "told Reuters newspapers had failed").
 */
function outletEnd(words: Word[], k: number, end: number): number {
  let past = k;
  for (let j = k; j < end && j - k < 4 && words[j]!.kind === 'word' && !PREPOSITIONS.hasLower(words[j]!) && !DETERMINERS.hasLower(words[j]!); j++) {
    if (OUTLET_NOUNS.has(singular(words[j]!.lower))) past = j + 1;
  }
  const next = words[past];
  return past > k && next && (CLAUSE_STARTERS.hasLower(next) || next.capitalized) ? past : k;
}
const PRONOUNS = new WordSet(['he', 'she', 'they', 'we', 'i', 'it']);
/** Never an object: "hold it responsible" reports nothing, "said they agreed" does. */
const SUBJECT_PRONOUNS = new WordSet(['he', 'she', 'they', 'we', 'i']);
/** "Maria Lopez and Tom Becker": who says the quote, by name in text order; else the words naming its source, or null. */
export function jointSpeaker(quote: Quote, nameOf: (id: string) => string | undefined): string | null {
  const speaker = quote.speaker ? nameOf(quote.speaker) : undefined;
  if (!speaker) return quote.speakerText;
  const names = [speaker, ...quote.coSpeakers.map(nameOf).filter((n) => n !== undefined)];
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : speaker;
}

/**
 * What the speaker said, without the attribution that breaks it: "We planted early … and the rain never came." Pieces that
 * only a paragraph break parts are joined by a space; a partial quote's fragments are the words in its marks, so it reads whole.
 */
export function spokenText(quote: Quote): string {
  if (quote.kind === 'partial' || quote.fragments.length < 2) return quote.text;
  let out = '';
  quote.fragments.forEach((piece, k) => {
    const previous = quote.fragments[k - 1];
    if (previous) out += LETTER.test(quote.text.slice(previous.end - quote.start, piece.start - quote.start)) ? ' … ' : ' ';
    out += k < quote.fragments.length - 1 ? piece.text.replace(TRAILING_COMMA, '') : piece.text;
  });
  return out;
}
const LETTER = /\p{L}/u;
const TRAILING_COMMA = /,\s*$/;

/** "The new rules, officials said on Monday, will take effect": the content's pieces either side of its attribution. */
function parentheticalPieces(text: string, start: number, end: number, sourceStart: number, cueEnd: number): Span[] {
  let firstEnd = sourceStart;
  while (firstEnd > start && (text[firstEnd - 1] === ',' || WHITE_SPACE.test(text[firstEnd - 1]!))) firstEnd--;
  const comma = text.indexOf(',', cueEnd);
  if (comma < 0 || comma >= end || firstEnd <= start) return [];
  let secondStart = comma + 1;
  while (secondStart < end && WHITE_SPACE.test(text[secondStart]!)) secondStart++;
  return [span(text, start, firstEnd), span(text, secondStart, end)];
}

/** The "and", "but" or "while" opening the clause of the phrase that ends before `at`, a few words back; -1 for none. */
function coordinatorBefore(words: Word[], at: number, from: number): number {
  for (let k = at - 1; k > from && at - k <= 6; k--) {
    if (COORDINATORS.hasLower(words[k]!)) return k;
    if (words[k]!.text === ',') return -1;
  }
  return -1;
}

/**
 * Where content ending before word `at` ends: past a comma, not past the mark that closes words quoted, which stay inside, nor
 * past a number's per cent sign ("rose 5%."), nor past a mark `kept` keeps.
 */
function contentEndBefore(words: Word[], from: number, at: number, kept?: (at: number) => boolean): number {
  while (at > from && !endsContent(words[at - 1]!) && !kept?.(at - 1)) at--;
  return at;
}
const endsContent = (w: Word) => w.kind === 'word' || CLOSE_MARKS.hasText(w) || w.text === '"' || isPercentSign(w);
const isPercentSign = (w: Word) => w.text === '%' && !w.spaced;

/** The "(" that the ")" at `close` closes, a few words back; -1 for none. */
function openingBracket(words: Word[], close: number, from: number): number {
  for (let k = close - 1; k >= from && close - k <= 8; k--) if (words[k]!.text === '(') return k;
  return -1;
}

/** Does the phrase from word `from` reach `start` over title words only ("Senate Majority Leader Tom Whitaker")? */
function opensWithTitle(words: Word[], from: number, start: number): boolean {
  // "…, while the Guild said": a name may open with "the", and one or two describing words may follow it ("the smaller Teachers' Guild").
  let k = words[from]?.lower === 'the' && words[from]!.start < start ? from + 1 : from;
  if (k > from) for (let n = 0; n < 2 && words[k] && words[k]!.start < start && isDescribingWord(words[k]!); n++) k++;
  else {
    // "…, but senior meteorologist Dean Harrowfield warned": a person's description in lower case, ending on its noun, before the name.
    let d = k;
    while (d - k < 3 && words[d] && words[d]!.start < start && isDescribingWord(words[d]!)) d++;
    if (d > k && descriptorNouns.hasLower(words[d - 1]!)) k = d;
  }
  while (k < words.length && words[k]!.start < start && (words[k]!.capitalized || lowerTitleWords.hasLower(words[k]!))) k++;
  return words[k]?.start === start;
}

/** A lowercase word that may describe a name after "the": "smaller", "rival", "opposition"; not "rest" of "the rest of". */
const isDescribingWord = (w: Word) => w.kind === 'word' && !w.capitalized && !FUNCTION_WORDS.hasLower(w) && !LINKING_WORDS.hasLower(w);
const LINKING_WORDS = new WordSet(['of', 'in', 'at', 'on', 'for', 'to', 'from', 'by', 'with', 'and', 'or', 'but', 'than']);

/** A short phrase ending in a noun for a person or a body: "The charity's chief scientist", "Its spokesman". */
function isDescription(words: Word[], from: number, to: number): boolean {
  // "The country director for Uzbekistan": past the name of what the post is for.
  let k = to - 1;
  while (k > from && words[k]!.kind === 'word' && words[k]!.capitalized) k--;
  // "The president of the Phoenix Law Enforcement Association": past the body's article.
  if (k < to - 1 && k - 1 > from && words[k]!.lower === 'the' && POST_LINKS.hasLower(words[k - 1])) k--;
  // "Yorkshire's head of talent", "the director of planning services": or past a complement of a word or two in lower case.
  if (k === to - 1) for (let j = to - 2; j > from && j >= to - 3 && words[j]!.kind === 'word'; j--) if (words[j]!.lower === 'of' || words[j]!.lower === 'for') k = j;
  const end = k < to - 1 && k > from && POST_LINKS.hasLower(words[k]) ? k : to;
  const head = words[end - 1];
  return !!head && end - from <= 6 && (descriptorNouns.hasLower(head) || orgDescriptors.hasLower(head) || lowerTitleHeads.hasLower(head) || (head.lower === 'head' && words[end]?.lower === 'of'));
}
const POST_LINKS = new WordSet(['for', 'of', 'in', 'at']);

/** Who hears a report, unnamed: "told the committee", "told MPs", "told the packed hearing". */
const AUDIENCE_NOUNS = new Set(['committee', 'court', 'jury', 'inquiry', 'hearing', 'meeting', 'conference', 'panel', 'tribunal', 'house', 'chamber', 'assembly', 'parliament', 'legislature', 'congress', 'senate', 'council', 'board', 'audience', 'crowd', 'rally', 'summit', 'forum', 'convention', 'briefing', 'session', 'mp', 'senator', 'lawmaker', 'legislator', 'investor', 'analyst', 'supporter', 'delegate', 'councillor', 'colleague', 'shareholder', 'voter', 'member', 'viewer', 'listener', 'reader', 'student', 'worker', 'staff']);

/**
 * The end of a short phrase for an audience after a verb of telling, the article and a modifier or two allowed: "the committee", "MPs",
 * "board members", "forum participants"; else `k`. Not past another article: "told the meeting the council would".
 */
function audienceEnd(words: Word[], k: number, end: number): number {
  let j = k;
  if (words[j]?.lower === 'the') j++;
  for (let n = 0; n < 3 && j + n < end && words[j + n]!.kind === 'word' && !DETERMINERS.hasLower(words[j + n]!); n++) {
    if (!AUDIENCE_NOUNS.has(singular(words[j + n]!.lower))) continue;
    const past = j + n + 1;
    return AUDIENCE_MEMBERS.hasLower(words[past]) ? past + 1 : past;
  }
  return k;
}
const AUDIENCE_MEMBERS = new WordSet(['members', 'participants', 'attendees', 'delegates', 'officials']);

/** The unnamed who work somewhere, beside the lexicon's jobs: "a source at the ministry", "officials of the bank". */
const UNNAMED_PEOPLE = new Set(['source', 'official', 'person', 'people', 'insider', 'staffer', 'employee', 'worker', 'member', 'staff']);

const ROMAN_NUMERAL = /^[IVX]+$/;

/** Words for a kind of body written after its name: "the Morena party", "the Democratic Centre party". */
const BODY_KIND_WORDS = new WordSet(['party', 'alliance', 'coalition', 'movement', 'bloc']);

/** Words that hand over to a quotation: "said that, “…”", "things such as, “…”". */
const INTRODUCERS = new WordSet(['that', 'as', 'including', 'follows']);

const hasComma = (words: Word[], from: number, to: number) => words.slice(from, to).some((w) => w.text === ',');
const REFLEXIVES = new Set(['itself', 'themselves', 'himself', 'herself']);

/** The words (not marks) in [from, to). */
function wordCount(words: Word[], from: number, to: number): number {
  let n = 0;
  for (let k = from; k < to; k++) if (words[k]!.kind === 'word') n++;
  return n;
}

/** Such a phrase, then the name it describes: "The drivers' union, Aslef". */
function isNamedDescription(words: Word[], from: number, to: number): boolean {
  let comma = to - 1;
  while (comma > from && to - comma <= 4 && words[comma]!.kind === 'word' && words[comma]!.capitalized) comma--;
  return comma < to - 1 && words[comma]!.text === ',' && isDescription(words, from, comma);
}

/** "The Chancellor", "the transport secretary": a title with no name, ending at j and opening the clause. */
function titleOpensClause(words: Word[], j: number, min: number): boolean {
  // "Google's vice president for regulatory affairs", "its vice president for North American sales": past what the title is for or of.
  // "Halvorsen's head of quality": a word for a person's post is a title too.
  const title = (w: Word | undefined) => lowerTitleHeads.hasLower(w) || descriptorNouns.hasLower(w);
  for (let p = j - 1; p > min && j - p <= 3 && !title(words[j]); p--) {
    if ((words[p]!.lower === 'for' || words[p]!.lower === 'of') && title(words[p - 1])) j = p - 1;
    else if (words[p]!.kind !== 'word') break;
  }
  if (j < min || !title(words[j])) return false;
  let s = j;
  while (s - 1 >= min && j - s < 4 && words[s - 1]!.kind === 'word' && (words[s - 1]!.capitalized || lowerTitleWords.hasLower(words[s - 1]!))) s--;
  // "the company's head of quality", "Halvorsen's head of quality": past the title's owner too.
  const owner = words[s - 1];
  if (s - 1 >= min && owner!.kind === 'word' && owner!.normEnd !== owner!.end && !owner!.capitalized) s--;
  // "The country director for Uzbekistan": one plain word that qualifies the title after the determiner.
  const modifier = words[s - 1];
  if (s - 2 >= min && modifier!.kind === 'word' && !modifier!.capitalized && !PREPOSITIONS.hasLower(modifier) && !DETERMINERS.hasLower(modifier) && DETERMINERS.hasLower(words[s - 2]!)) s--;
  if (s - 1 >= min && DETERMINERS.hasLower(words[s - 1]!)) s--;
  return s === min || words[s - 1]!.text === ',';
}

/** Do words [from, to) hold a noun's relative clause with a cue of its own, then quotation marks: "a wage that unions called “an insult”"? */
function quotedByRelativeClause(words: Word[], from: number, to: number): boolean {
  for (let r = from + 1; r < to; r++) {
    // After a noun: not "… and that the economy was showing “significant weakness”", a second report.
    if (!CLAUSE_RELATIVES.hasLower(words[r]) || words[r - 1]!.kind !== 'word' || COORDINATORS.hasLower(words[r - 1]) || cueAt(words, r - 1)) continue;
    for (let c = r + 2; c < to && c <= r + 4 && words[c - 1]!.kind === 'word'; c++) {
      if (!cueAt(words, c)) continue;
      const mark = words[c + 1]?.lower === 'as' ? c + 2 : c + 1;
      return OPEN_MARKS.hasText(words[mark]) || words[mark]?.text === '"';
    }
  }
  return false;
}
/** Relatives that open a noun's clause with a subject of its own: "a wage that unions called". */
const CLAUSE_RELATIVES = new WordSet(['that', 'which', 'whom']);

/**
 * Is the cue at `k`, ending before `after`, in a clause set off by a comma and opened by "whose" ("…, whose party had supported a yes
 * vote,"), taking no clause of its own (not "…, whose final report found that …")?
 */
function inWhoseClause(words: Word[], k: number, after: number, from: number): boolean {
  if (words[after]?.lower === 'that') return false;
  for (let p = k - 1; p > from && k - p <= 8; p--) {
    if (words[p]!.text === ',') return false;
    if (words[p]!.lower === 'whose') return words[p - 1]!.text === ',';
  }
  return false;
}

const SEEN_VERBS = new WordSet(['seen', 'obtained', 'reviewed', 'viewed', 'examined']);
const ADJECTIVE_ENDING = /^[a-z]+(?:al|ic|ous|ive|ible|able)$/;
const SINGULAR_DETERMINERS = new WordSet(['a', 'an', 'another', 'each', 'every']);
/** What is counted or measured, which says nothing: "the number reported", "the total announced". */
const MEASURE_NOUNS = new WordSet(['number', 'total', 'amount', 'level', 'tally', 'count', 'sum', 'percentage', 'rate', 'average']);
const COMPLEMENT_PREPOSITIONS = new WordSet(['of', 'in', 'at', 'from', 'within', 'across']);
/** "a dozen officials", "a few analysts": nouns of number take a plural after a singular determiner. */
const QUANTITY_NOUNS = new WordSet(['few', 'dozen', 'couple', 'number', 'lot', 'host', 'handful', 'pair', 'majority', 'minority', 'bunch', 'hundred', 'thousand', 'million', 'score', 'slew']);
/** Words that open a description of an unnamed source: "a person briefed on", "people familiar with". */
const SOURCE_DESCRIPTIONS = new WordSet(['briefed', 'familiar', 'close', 'knowledgeable', 'involved', 'speaking', 'aware', 'with']);
/** The words of a description that leaves its source unnamed: "familiar with", "briefed on". */
const UNNAMED_DESCRIPTIONS = new WordSet(['briefed', 'familiar', 'knowledgeable']);
/** Where a description of an unnamed source that starts at word `from` ends: at a comma, a stop or `to`, within ten words. */
function descriptionEnd(words: Word[], from: number, to: number): number {
  let k = from;
  while (k < to && k - from < 10 && words[k]!.kind === 'word') k++;
  return k < to && words[k]!.kind === 'word' ? -1 : k;
}
const WORKPLACE_PREPOSITIONS = new WordSet(['at', 'for', 'with', 'from', 'of', 'in', 'within', 'inside']);
const LIST_JOINS = new WordSet([',', 'and', 'or']);
const TIME_SUBORDINATORS = new WordSet(['after', 'before', 'since', 'until', 'when', 'once']);
const AFTER_OR_BEFORE = new WordSet(['after', 'before']);
/** How long before or after: "days after", "a week before", "shortly after". */
const TIME_MEASURES = new WordSet(['a', 'an', 'one', 'two', 'three', 'few', 'several', 'just', 'only', 'shortly', 'soon', 'moments', 'minutes', 'hours', 'days', 'weeks', 'months', 'years', 'minute', 'hour', 'day', 'week', 'month', 'year', 'long']);
/** Kinds of organization whose name may come right before the word: "the FNV union", "the Hamas movement". */
const KINDS_NAMED_BEFORE = new WordSet(['union', 'party', 'movement', 'militia']);
/** A participle: "polled", "shown", "shot". */
const isParticiple = (w: Word) => w.kind === 'word' && !w.capitalized && (/(?:ed|en|wn)$/.test(w.lower) || IRREGULAR_PARTICIPLES.hasLower(w));
const IRREGULAR_PARTICIPLES = new WordSet(['shot', 'hit', 'struck', 'held', 'caught', 'hurt', 'led', 'found', 'told', 'hired', 'sent', 'paid', 'made', 'brought', 'kept', 'sold', 'bought', 'run']);
const NP_STOP = new WordSet(['that', 'which', 'who', 'where', 'and', 'but', 'or', 'because', 'though', 'although', 'whereas', 'unless', 'if', 'when', 'while', 'as', 'after', 'before', 'than', 'said', 'says', 'in', 'on', 'at', 'with', 'by', 'from', 'of', 'to', 'for', 'about', 'is', 'was', 'are', 'were', 'be', 'not', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'may', 'might', 'should', 'must', 'did', 'does']);
const CLAUSE_STARTERS = new WordSet(['he', 'she', 'they', 'we', 'i', 'it', 'there', 'the', 'a', 'an', 'this', 'these', 'those', 'its', 'his', 'her', 'their', 'our', 'no', 'some', 'many', 'most', 'all', 'any', 'every', 'both', 'neither', 'none', 'only', 'more', 'nearly', 'about', 'almost', 'several', 'such']);
/** What opens an adverbial clause or phrase after a comma: "as it tries", "while", "adding", "citing". */
const ADVERBIAL_OPENERS = new WordSet(['as', 'while', 'after', 'before', 'because', 'since', 'although', 'though', 'amid', 'despite', 'whereas']);
const PARTICIPLE = /^\p{Ll}{3,}ing$/u;
/** "forecasters", "economists", "technicians": people named by what they do. */
const AGENT_PLURAL = /^\p{Ll}{3,}(?:er|ist|ian|or)s$/u;
const PAST_PARTICIPLE = /^\p{Ll}{3,}ed$/u;
const SUBORDINATORS = new WordSet(['though', 'although', 'whereas', 'because', 'while', 'but', 'yet']);
const TAIL_OPENERS = new WordSet(['on', 'in', 'at', 'during', 'last', 'this', 'earlier', 'later', 'today', 'yesterday', 'tonight', 'recently', 'previously', 'then', 'also', 'after', 'before', 'when', 'while', 'via', 'through', 'by', 'to', 'with', 'from', 'of', 'according', 'near', 'across', 'along', 'around', 'outside', 'inside', 'throughout', 'amid', 'despite', 'overnight', 'until', 'into', 'under', 'behind', 'beyond']);
const CONTRACTED_PRONOUN = /^(he|she|they|we|i|it|you|there|that)['’]\p{Ll}+$/u;
// Unicode-property regexes live in constants: the bundle turns inline ones into a `new RegExp` per call.
const LOWER_FIRST = /^\p{Ll}/u;
const ADVERB = /^\p{Ll}+ly$/u;
/** Nouns in -ly that speak or are spoken for: "her family said", "the daily reported", "an ally of the president". */
const LY_NOUNS = new Set(['family', 'ally', 'assembly', 'daily', 'weekly', 'monthly', 'quarterly']);
/** Heads of a noun phrase that may name a source ("officials", "the ministry", "her family"): the lists in one, asked once per distinct word. */
const SOURCE_HEADS = new WordSet([...anonymousNouns, ...descriptorNouns, ...orgDescriptors, ...genericOrgNouns, ...bodyNouns, ...LY_NOUNS]);
/** "publicly", "flatly": a lower-case word in -ly. The ending first: it settles most words without the regex. */
const isAdverb = (text: string) => text.endsWith('ly') && ADVERB.test(text) && !LY_NOUNS.has(text);
const LETTER_FIRST = /^\p{L}/u;
const TITLE_WORD = /^[\p{Lu}\p{N}]/u;
const NOT_LETTERS = /[^\p{L}]+/u;
const TELL_LEMMAS = new Set(['tell', 'inform', 'assure', 'reassure', 'remind', 'warn', 'brief', 'notify', 'promise', 'caution', 'advise', 'urge', 'ask']);
/** Does the lemma's first word take a listener: "tell", "warn"? */
function isTell(lemma: string): boolean {
  const space = lemma.indexOf(' ');
  return TELL_LEMMAS.has(space < 0 ? lemma : lemma.slice(0, space));
}

interface Source {
  start: number;
  end: number;
  entity?: EntityDraft;
  pronoun?: string;
  /** Head noun of an unnamed or described source: "official". */
  head?: string;
  anonymous?: boolean;
  /** Words that stand for a source but name no one to hold in the table: "a problem that". */
  unnamed?: boolean;
  /** Set after a noun the clause describes: "(a measure) Argentine officials described as temporary". */
  relative?: boolean;
}

interface Attribution {
  cue: Span;
  cueVerb: CueVerb | null;
  source: Source | null;
  rule: string;
}

/**
 * A quote and its parts are constructed and chained, with no array or object literal: a long article keeps thousands alive,
 * and V8 would then allocate a literal's objects in the old generation for every article after it (pretenuring), which makes
 * collecting them slower.
 */
class QuotePart {
  next: QuotePart | null = null;
  constructor(readonly start: number, readonly end: number) {}
}

class RawQuote {
  /** The content inside the marks, a part per paragraph for a quote that runs on. */
  last: QuotePart;
  /** Offsets of the opening and closing marks (close = -1 when unclosed). */
  constructor(readonly block: Block, readonly first: QuotePart, readonly open: number, public close: number) {
    this.last = first;
  }

  add(part: QuotePart): void {
    this.last = this.last.next = part;
  }

  fragments(text: string): Span[] {
    const out: Span[] = [];
    for (let part: QuotePart | null = this.first; part; part = part.next) out.push(span(text, part.start, part.end));
    return out;
  }

  hasText(): boolean {
    for (let part: QuotePart | null = this.first; part; part = part.next) if (part.end > part.start) return true;
    return false;
  }
}

/** A quote of a block, kept between articles so that V8 keeps the code made for its shape (see `keptShapes`). */
export const rawQuoteShape = (block: Block): object => new RawQuote(block, new QuotePart(0, 0), 0, -1);

export interface QuoteContext {
  text: string;
  table: EntityTable;
  blocks: Block[];
}

/** Finds double-quoted spans in body blocks; an unclosed quote runs on into a paragraph that opens with a mark. */
function scanQuotes(blocks: Block[]): RawQuote[] {
  const out: RawQuote[] = [];
  let pending: RawQuote | null = null;
  const singles = quotesInSingleMarks(blocks);
  let singleRunOn: RawQuote | null = null;
  for (const block of blocks) {
    if (block.kind !== 'body') {
      pending = null;
      singleRunOn = null;
      continue;
    }
    const blockFirst = out.length;
    const t = block.text;
    let open = -1;
    // A quote runs on into a paragraph that reopens it with the same kind of mark: "… / "…, “… / “….
    if (pending && isOpening(t, 0) && (t[0] === '"') === (openingMark(pending) === '"')) open = 0;
    else if (pending) {
      pending = null;
    }
    // Jump from mark to mark rather than visiting every character.
    QUOTE_MARK.lastIndex = open === 0 ? 1 : 0;
    for (let m = QUOTE_MARK.exec(t); m; m = QUOTE_MARK.exec(t)) {
      const k = m.index;
      if (open < 0) {
        if (isOpening(t, k)) open = k;
        continue;
      }
      // Curly quotes inside a straight one: the straight marks set off a passage copied in, the curly ones its quotes.
      if (t[open] === '"' && OPEN_MARKS.has(t[k]!) && isOpening(t, k)) {
        open = k;
        pending = null;
        continue;
      }
      if (isClosing(t, k)) {
        closeQuote(block, out, open, k, pending);
        pending = null;
        open = -1;
      }
    }
    if (open >= 0) {
      const part = new QuotePart(block.start + open + 1, block.end);
      if (pending) pending.add(part);
      else pending = new RawQuote(block, part, block.start + open, -1);
    } else if (pending) pending = null;
    if (singles) singleRunOn = addSingleQuotes(block, out, blockFirst, pending, singleRunOn);
  }
  if (pending) out.push(pending);
  return out.filter((q) => q.hasText());
}

/**
 * Does the article set its quotes in single marks, as many British papers do ('We will appeal,' she said)? Where it opens more quotes
 * with a single mark before a capital than it writes double marks.
 */
function quotesInSingleMarks(blocks: Block[]): boolean {
  let singles = 0;
  for (const block of blocks) {
    if (block.kind !== 'body') continue;
    const t = block.text;
    SINGLE_OPENING_MARK.lastIndex = 0;
    for (let m = SINGLE_OPENING_MARK.exec(t); m; m = SINGLE_OPENING_MARK.exec(t)) if (opensSingle(t, m.index) && CAPITAL_FIRST.test(t[m.index + 1]!)) singles++;
  }
  // Most articles open none: the double marks are counted only when there is a choice to make.
  if (singles < 2) return false;
  let doubles = 0;
  for (const block of blocks) {
    if (block.kind !== 'body') continue;
    QUOTE_MARK.lastIndex = 0;
    while (QUOTE_MARK.exec(block.text)) doubles++;
  }
  return singles * 2 > doubles;
}

const SINGLE_OPENING_MARK = /['‘]/g;
/** Words that an apostrophe opens, not a quote: "'em", "'til", "'90s", "rock 'n' roll". */
const ELISION = /^(?:em|til|tis|twas|n|cause|bout|round|\d)\b|^\d/i;

/** A single mark that may open a quote: after a space, a bracket, a dash or a colon, before a letter or a digit; not a doubled one. */
function opensSingle(t: string, k: number): boolean {
  // Most apostrophes stand inside or at the end of a word ("it's", "Jones'"): a letter before one tells at once.
  const before = t.charCodeAt(k - 1);
  if ((before >= 97 && before <= 122) || (before >= 65 && before <= 90)) return false;
  if (t[k + 1] === "'" || t[k - 1] === "'") return false;
  const next = t[k + 1];
  return next !== undefined && !WHITE_SPACE.test(next) && BEFORE_OPENING.test(k > 0 ? t[k - 1]! : ' ') && !ELISION.test(t.slice(k + 1, k + 7));
}

/**
 * A single mark that may close a quote: after a word or a mark, before a space, a mark or the end; not an apostrophe inside a word
 * ("don't") nor after a plural before a word in lower case ("the workers' union"), unless a verb of speech follows ("…' said Smith").
 */
function closesSingle(t: string, k: number): boolean {
  if (t[k + 1] === "'" || t[k - 1] === "'") return false;
  const prev = t[k - 1];
  const next = t[k + 1];
  if (prev === undefined || WHITE_SPACE.test(prev) || (next !== undefined && !AFTER_SINGLE_CLOSE.test(next))) return false;
  if (prev === 's' && next === ' ' && LOWER_FIRST.test(t[k + 2] ?? '')) return SPEECH_AFTER_CLOSE.test(t.slice(k + 2, k + 12));
  return true;
}
const AFTER_SINGLE_CLOSE = /[\s.,;:!?)\]—–-]/;
const SPEECH_AFTER_CLOSE = /^(?:said|says|told|added|asked|wrote)\b/;

/**
 * Adds the block's quotes in single marks after its double-quoted ones (from `first`), in order; not those inside a double-quoted
 * one. A quote left open at the end of the block runs on into the next when that opens with a single mark, as double-quoted ones
 * do: `singleRunOn` carries it; the quote it returns is the one still open.
 */
function addSingleQuotes(block: Block, out: RawQuote[], first: number, pending: RawQuote | null, singleRunOn: RawQuote | null): RawQuote | null {
  const t = block.text;
  const doubled = out.slice(first);
  const within = (at: number) => doubled.some((d) => d.open < at && (d.close < 0 || at < d.close)) || (!!pending && pending.block !== block);
  let open = -1;
  let running = singleRunOn && (t[0] === "'" || t[0] === '‘') ? singleRunOn : null;
  if (running) open = 0;
  for (let k = running ? 1 : 0; k < t.length; k++) {
    const ch = t[k]!;
    if (ch !== "'" && ch !== '‘' && ch !== '’') continue;
    // "rock 'n' roll": a word between two apostrophes closes nothing.
    if (t.startsWith("'n'", k) || t.startsWith('’n’', k)) {
      k += 2;
      continue;
    }
    if (open < 0) {
      if (ch !== '’' && opensSingle(t, k) && !within(block.start + k)) open = k;
      continue;
    }
    if (ch !== '‘' && closesSingle(t, k)) {
      closeQuote(block, out, open, k, running);
      running = null;
      open = -1;
    }
  }
  // The block's quotes in order of their opening marks.
  const added = out.splice(first);
  added.sort((a, b) => a.open - b.open);
  for (const q of added) out.push(q);
  if (open < 0) return null;
  const part = new QuotePart(block.start + open + 1, block.end);
  if (running) {
    running.add(part);
    return running;
  }
  return new RawQuote(block, part, block.start + open, -1);
}

/** Ends at the block's offset `k` the quote opened at `open`, or the one running on into the block from before. */
function closeQuote(block: Block, out: RawQuote[], open: number, k: number, running: RawQuote | null): void {
  const part = new QuotePart(block.start + open + 1, block.start + k);
  if (!running) {
    out.push(new RawQuote(block, part, block.start + open, block.start + k));
    return;
  }
  running.add(part);
  running.close = block.start + k;
  out.push(running);
}

/** The mark that opened a quote. */
function openingMark(q: RawQuote): string | undefined {
  return q.block.text[q.open - q.block.start];
}

/** The length of the letter or digit (\p{L}, \p{N}) at `i`: 1, or 2 for a surrogate pair; 0 for none. ASCII needs no regex. */
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/uy;
function letterOrDigitAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 0;
  LETTER_OR_DIGIT.lastIndex = i;
  return LETTER_OR_DIGIT.test(text) ? LETTER_OR_DIGIT.lastIndex - i : 0;
}

/**
 * The first `limit` words of `text`, each a letter or digit then letters, digits, apostrophes and hyphens: enough to tell a
 * short quote from a long one. A scan, not a regex match per word.
 */
function lexicalWords(text: string, limit: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length && out.length < limit; ) {
    const first = letterOrDigitAt(text, i);
    if (!first) {
      i++;
      continue;
    }
    let end = i + first;
    while (end < text.length) {
      const c = text.charCodeAt(end);
      const n = c === 39 || c === 0x2019 || c === 45 ? 1 : letterOrDigitAt(text, end);
      if (!n) break;
      end += n;
    }
    out.push(text.slice(i, end));
    i = end;
  }
  return out;
}

const WHITE_SPACE = /\s/;
/** What may stand before a straight mark that opens a quote: a space, a bracket, a dash, a slash or a colon. */
const BEFORE_OPENING = /[\s([{—–\-/:]/;

function isOpening(t: string, k: number): boolean {
  const ch = t[k]!;
  const prev = k > 0 ? t[k - 1]! : ' ';
  const next = k + 1 < t.length ? t[k + 1]! : ' ';
  if (OPEN_MARKS.has(ch)) return !WHITE_SPACE.test(next) || k === 0;
  // A closing mark that opens a paragraph opens its quote: a typo web copy often has (”We will …”).
  if (CLOSE_MARKS.has(ch)) return k === 0 && !WHITE_SPACE.test(next);
  return BEFORE_OPENING.test(prev) && !WHITE_SPACE.test(next);
}

function isClosing(t: string, k: number): boolean {
  const ch = t[k]!;
  if (CLOSE_MARKS.has(ch)) return true;
  if (OPEN_MARKS.has(ch)) return false;
  const prev = k > 0 ? t[k - 1]! : ' ';
  return !WHITE_SPACE.test(prev) || k === t.length - 1;
}

/** The words of a block in order, with the index where each sentence starts. */
interface BlockWords {
  words: Word[];
  /** The index of each sentence's first word, for the sentences that have words, in order. */
  sentenceStarts: number[];
  /** Indices of the words that may open a cue, verb or noun, in order: the cue readers visit these, not every word. */
  cueWords: number[];
}

/** `titleCase`: a headline's capitalized cue verbs ("Says") read as cues. */
function blockWords(block: Block, titleCase = false): BlockWords {
  const sentences: Word[][] = [];
  const sentenceStarts: number[] = [];
  const cueWords: number[] = [];
  let at = 0;
  let previous: Word[] | undefined;
  for (const s of block.sentences) {
    const sentence = wordsOf(s);
    sentences.push(sentence);
    // The first sentence continues none (and an empty one asked for its last word would be read past its start, a slow path).
    if (sentence.length && (!previous || !continuesSentence(previous, sentence))) sentenceStarts.push(at);
    if (sentence.length) previous = sentence;
    for (let i = 0; i < sentence.length; i++) {
      const w = sentence[i]!;
      if (i > 0 && opensSentenceAfterTime(sentence[i - 1]!, w)) sentenceStarts.push(at);
      if (mayOpenCue(w)) cueWords.push(at);
      at++;
    }
  }
  // A paragraph of one sentence shares that sentence's words; more are copied at once, not pushed one by one.
  const words = titleCase ? sentences.flat().map((w) => (w.capitalized && w.index > 0 && cueVerbsAt(w) ? uncapitalized(w) : w)) : sentences.length === 1 ? sentences[0]! : ([] as Word[]).concat(...sentences);
  return { words, sentenceStarts, cueWords };
}

/** "…, a claim the company denied": where the writer's word on what was said starts (its comma), else `end`. */
/** "…, while the cabin crew union UNAC said it …": where a contrasting clause with a report of its own starts; else `end`. */
function contrastStart(words: Word[], from: number, end: number): number {
  for (let j = from + 2; j < end - 2; j++) {
    if (words[j]!.text !== ',' || !CONTRASTING.hasLower(words[j + 1])) continue;
    for (let k = j + 3; k < end && k - j <= 10 && words[k]!.text !== ','; k++) if (SAYING_LEMMAS.has(cueAt(words, k)?.lemma ?? '')) return j;
  }
  return end;
}
const CONTRASTING = new WordSet(['while', 'whereas', 'whilst']);

function commentStart(words: Word[], from: number, end: number): number {
  for (let j = from + 2; j < end - 2; j++) if (words[j]!.text === ',' && (words[j + 1]!.lower === 'a' || words[j + 1]!.lower === 'an') && CLAIM_NOUNS.hasLower(words[j + 2])) return j;
  return end;
}
const CLAIM_NOUNS = new WordSet(['claim', 'assertion', 'allegation', 'accusation', 'charge', 'contention', 'account', 'version', 'characterization', 'characterisation', 'remark', 'comment', 'figure', 'move', 'step']);

/** An apostrophe written onto the end of a name, as Kenyan names have one: "Omondi Ochieng'". */
const closesName = (w: Word) => !w.spaced && (w.text === "'" || w.text === '’');

/** Is the head of the phrase in words [from, end) a word for a body ("a liberal-leaning think tank", "the state utility")? */
function describesBody(words: Word[], from: number, end: number): boolean {
  // The head is the last word before a preposition: "a long-time partner in the chemicals business" describes a partner.
  let head = from;
  while (head < end && !PREPOSITIONS.hasLower(words[head])) head++;
  const last = words[head - 1]!.lower;
  return orgDescriptors.has(last) || genericOrgNouns.has(last) || orgDescriptors.has(`${words[head - 2]?.lower} ${last}`);
}

/** "told her colleagues the vote was final": past the nouns "her" opens, when a clause follows them; else `k`. */
function ownedListenerEnd(words: Word[], k: number, end: number): number {
  if (words[k - 1]!.lower !== 'her') return k;
  let n = k;
  while (n < end && n - k < 3 && words[n]!.kind === 'word' && !words[n]!.capitalized && !CLAUSE_STARTERS.hasLower(words[n]!) && words[n]!.lower !== 'that') n++;
  return n > k && (CLAUSE_STARTERS.hasLower(words[n]) || words[n]?.lower === 'that') ? n : k;
}

/** A time written short, which the parser reads as no sentence's end: "polls open at 8 a.m. The institute said". */
const SHORT_TIMES = new WordSet(['a.m.', 'p.m.']);
/** Does `w` open a sentence the parser read on into, after a time written short ("at 8 a.m. | The institute said"; not "9 p.m. Sunday")? */
const opensSentenceAfterTime = (previous: Word, w: Word) => w.capitalized && SHORT_TIMES.hasLower(previous) && CLAUSE_STARTERS.hasLower(w);

/** The index of the first word of word `i`'s sentence (`i` a word of the block). */
function sentenceStartOf(bw: BlockWords, i: number): number {
  return bw.sentenceStarts[firstNotBefore(bw.sentenceStarts, (s) => s <= i) - 1]!;
}

/** The index past the last word of word `i`'s sentence (`i` a word of the block). */
function sentenceEndOf(bw: BlockWords, i: number): number {
  return bw.sentenceStarts[firstNotBefore(bw.sentenceStarts, (s) => s <= i)] ?? bw.words.length;
}

/** The position in `cueWords` of the first cue word at or after word `from`. */
function firstCueFrom(cueWords: readonly number[], from: number): number {
  return firstNotBefore(cueWords, (k) => k < from);
}

/** Does `text` end with `suffix`? A loop the optimizing compiler inlines; endsWith stays a call, for the cue words' several suffixes. */
function endsIn(text: string, suffix: string): boolean {
  const from = text.length - suffix.length;
  if (from < 0) return false;
  for (let k = 0; k < suffix.length; k++) if (text.charCodeAt(from + k) !== suffix.charCodeAt(k)) return false;
  return true;
}

/** "X was accused of “…”": a passive cue with no agent after it, whose subject is who it was said of, not who said it. */
const passiveWithoutAgent = (words: Word[], k: number, cue: CueVerb, from: number) => isPassive(words, k, from) && words[k + cue.words.length]?.lower !== 'by';

/** "… after defence counsel, Olanrewaju Dosunmu, told": a few plain words before the comma `k`, after a conjunction that opens a clause. */
function plainAfterConjunction(words: Word[], k: number, min: number): boolean {
  let p = k - 1;
  while (p > min && k - p <= 4 && words[p]!.kind === 'word' && !words[p]!.capitalized && !NP_STOP.hasLower(words[p]!)) p--;
  return p < k - 1 && (SUBORDINATORS.hasLower(words[p]) || TIME_SUBORDINATORS.hasLower(words[p]));
}

/** Index of the first word starting at or after `offset`. */
function wordAt(words: Word[], offset: number): number {
  return firstNotBefore(words, (w) => w.start < offset);
}

/** cueAt's answers for the words it was last asked about, by index: the rules ask about one cue word again and again. */
let askedWords: readonly Word[] | undefined;
const cueAnswers = new Map<number, CueVerb | null>();

function cueAt(words: Word[], i: number): CueVerb | null {
  const w = words[i];
  if (!w || w.kind !== 'word' || w.capitalized) return null;
  const forms = cueVerbsAt(w);
  if (!forms) return null;
  if (words !== askedWords) {
    askedWords = words;
    cueAnswers.clear();
  }
  let cue = cueAnswers.get(i);
  if (cue === undefined) cueAnswers.set(i, (cue = readCue(words, i, w, forms)));
  return cue;
}

const BECOME_FORMS = new Set(['become', 'becomes', 'became', 'becoming']);

/** Is "called" at word i after "a" or "an" and up to two words in lower case, and the capitalized words after it the clause's end? */
function calledAfterIndefinite(words: Word[], i: number): boolean {
  let k = i - 1;
  while (k > i - 3 && words[k]?.kind === 'word' && !words[k]!.capitalized && !indefiniteArticles.hasLower(words[k])) k--;
  if (!indefiniteArticles.hasLower(words[k])) return false;
  let end = i + 1;
  while (words[end]?.kind === 'word' && words[end]!.capitalized) end++;
  return words[end]?.kind !== 'word';
}

function readCue(words: Word[], i: number, w: Word, forms: readonly CueVerb[]): CueVerb | null {
  // The word's form and the first reading's lemma, which most of the checks below ask about.
  const lower = w.lower;
  const lemma = forms[0]!.lemma;
  const endsInS = endsIn(lower, 's');
  const plural = endsInS && !endsIn(lower, 'ss');
  const endsInIng = endsIn(lower, 'ing');
  // Nouns that look like cues: "think tank", "the says of", "a report".
  const next = words[i + 1]?.lower;
  if (next === 'tank' || next === 'tanks') return null;
  // "Mohamed Hamdan Dagalo, known as Hemedti,": a name given, no report.
  if (lower === 'known' && next === 'as') return null;
  // "a federal appeals court", "the claims commission": a plural noun before the body it names.
  if (endsInS && orgDescriptors.hasLower(words[i + 1])) return null;
  const prev = words[i - 1]?.lower;
  if (prev === 'a' || prev === 'the' || prev === 'an') return null;
  // "the southern state of Johor": a verb that reports only with its complement ("states that") is a noun before "of"…
  if (next === 'of' && forms[0]!.complement) return null;
  // …and, in its bare form, before a word for a person's post: "the former state treasurer said", "…,\" state Sen. Ana Ruiz said".
  if (lower === lemma && forms[0]!.complement && (descriptorNouns.hasLower(words[i + 1]) || titleHeads.hasText(words[i + 1]))) return null;
  // "Brandt Ostrowski, the world indoor champion, led", "former middleweight champion Kyle Ostrander": a title, no stance taken.
  if (lemma === 'champion' && (lower === 'champion' || lower === 'champions') && (!words[i + 1] || words[i + 1]!.kind !== 'word' || words[i + 1]!.capitalized || next === 'of')) return null;
  // "before the audit findings became known, that …": what became known was revealed; no one reports it.
  if (lower === 'known' && BECOME_FORMS.has(prev ?? '')) return null;
  // "a new boyfriend called Dorset", "a campaign called Keep Alder Lit.": a name given to what an indefinite noun phrase introduces.
  if (lower === 'called' && words[i + 1]?.capitalized && calledAfterIndefinite(words, i)) return null;
  // "Neither claim could be independently verified": a bare form after such a determiner is a noun; not "Neither said", "They each claim".
  if ((prev === 'neither' || prev === 'either' || prev === 'every' || prev === 'no') && lower === lemma) return null;
  // "Japan has plans to raise": a verb's "-s" form is no participle, so after "has" it is a noun, and one that tells of an
  // intent, not a report ("has questions about" asks).
  if (plural && next === 'to' && (prev === 'has' || prev === 'have' || prev === 'had')) return null;
  // "the Nashville label Blue Kettle Records": a place between an article and the word, and a name after it, make it a noun.
  const before = wordOrNone(words, i - 2)?.lower;
  if ((before === 'a' || before === 'the' || before === 'an') && words[i - 1]!.capitalized && isPlaceName(words[i - 1]!.text) && lower === lemma && words[i + 1]?.capitalized) return null;
  // "a statement posted on its website", "a letter sent to staff": a participle after a document describes it.
  if (endsIn(lower, 'ed') && !words[i - 1]?.capitalized && documentNouns.hasLower(words[i - 1]) && (PREPOSITIONS.hasLower(words[i + 1]) || POSTED_WHEN.hasLower(words[i + 1]))) return null;
  // "areas disputed between the ELN and …", "mining, known locally as galamsey", "is described as a man in his 20s": a participle that
  // describes or names, no report.
  if ((next === 'between' && endsIn(lower, 'ed')) || (lemma === 'know' && words[i + 2]?.lower === 'as' && !!next?.endsWith('ly')) || (lower === 'described' && next === 'as' && AUXILIARIES.hasLower(words[i - 1]))) return null;
  // Idioms that report nothing: "let's say", "having said that", "it is worth noting".
  if (prev === 'worth' || (prev === 'let' && /s$/.test(words[i - 1]!.text)) || (prev === 'having' && (words[i + 1]?.lower === 'that' || words[i + 1]?.lower === 'this'))) return null;
  // "The findings add to evidence that …", "adding to the pressure": a sum, not a remark.
  if (lemma === 'add' && next === 'to') return null;
  // "slammed into the island", "blasted through the wall": a verb of criticism before a preposition of motion is a blow;
  // "called off the strike" cancels it. A speech verb through someone still speaks: "said through an interpreter".
  if ((MOTION_PREPOSITIONS.has(next ?? '') && !(next === 'through' && SPEAKING_THROUGH.has(lemma))) || (next === 'off' && lower.startsWith('call'))) return null;
  // "is recalling about 300,000 vehicles", "recalled its ambassador": a recall of goods or envoys, not a memory told.
  if (lemma === 'recall' && words[i + 1] && (words[i + 1]!.info.digitFirst || RECALLED_QUANTITIES.hasLower(words[i + 1]!) || possessiveDeterminers.hasLower(words[i + 1]!))) return null;
  // "Berg's show", "an hourlong show", "showed up": a programme or an arrival, not a report ("polls show" is one).
  if (lemma === 'show' && (next === 'up' || (lower === 'show' && prev !== undefined && isNounModifier(words[i - 1]!)))) return null;
  // "memory decline", "power demand", "a conference call", "a different note": a fall, a need, a talk or a tone, not a refusal, a request or a call for
  // something; not after "to" or "and" ("to decline the offer").
  // So are "a dairy state" and "a police report" before a mark or a verb ("the dairy state, officials said", "a police report said");
  // not "State media report that", nor an owner's ("Trump's report").
  const noun = lower === 'decline' || lower === 'demand' || lower === 'note' || (lower === 'call' && next !== 'for') || ((lower === 'state' || lower === 'states' || lower === 'report') && nounBeforeMarkOrVerb(words, i));
  // So are "northern Shan state had made" and "the 27 member states in the Council": a state named before the word, or a member.
  const stateNamed = (lower === 'state' || lower === 'states') && i > 1 && !!words[i - 1]?.capitalized && words[i - 1]!.kind === 'word';
  if (noun && prev !== undefined && prev !== 'to' && !CONJUNCTIONS.has(prev) && (isNounModifier(words[i - 1]!) || stateNamed)) return null;
  if (lower === 'states' && prev === 'member') return null;
  // "told a media briefing", "at the daily briefing": after a noun or a determiner, a briefing is a meeting ("was briefing
  // reporters", "after briefing them" brief someone).
  if (lower === 'briefing' && prev !== undefined && words[i - 1]!.kind === 'word' && !AUXILIARIES.has(prev) && !PRONOUNS.has(prev) && !PREPOSITIONS.has(prev)) return null;
  // "No new talks had been scheduled", "the claims were false": a plural an auxiliary follows is the subject, a noun.
  // Not after a pronoun: "which he believes could grow". Nor after a name, whose verb's subject a headline drops: "Putin says
  // would meet Zelenskiy".
  if (plural && AUXILIARIES_AFTER_SUBJECT.has(next ?? '') && !PRONOUNS.has(prev ?? '') &&
    !(words[i - 1]?.capitalized && (i === 1 || words[i - 2]!.kind !== 'word') && !commonWordSet.hasLower(words[i - 1]))) return null;
  // "climate talks ended in Bonn": a plural after a noun, before a verb in the past, is its subject.
  // Not "says increased borrowing costs …": there the word in "-ed" describes a noun after it.
  const afterPast = words[i + 2];
  if (plural && next?.endsWith('ed') && !words[i + 1]!.capitalized && prev !== undefined && isNounModifier(words[i - 1]!) &&
    (!afterPast || afterPast.kind !== 'word' || PREPOSITIONS.hasLower(afterPast) || DETERMINERS.hasLower(afterPast))) return null;
  // "previous estimates of the timing": a plural after an adjective, before "of", is a noun ("she says of" is a verb).
  if (next === 'of' && endsInS && prev !== undefined && ADJECTIVE_ENDING.test(prev)) return null;
  // "the line of questioning was": a noun in "-ing" after "of", before a finite verb.
  if (endsInIng && prev === 'of' && FINITE_AFTER_NOUN.hasLower(words[i + 1])) return null;
  // "its worst showing since 1990", "their best showing": a noun in "-ing" after a superlative.
  if (endsInIng && prev !== undefined && SUPERLATIVE.test(prev)) return null;
  // "an initial public offering", "an official briefing": a noun in "-ing" after an article and adjectives (not "a new study
  // documenting", whose participle follows a noun).
  if (endsInIng && prev !== undefined && ADJECTIVE_ENDING.test(prev)) {
    const k = ADJECTIVE_ENDING.test(words[i - 2]?.lower ?? '') ? i - 3 : i - 2;
    if (indefiniteArticles.hasLower(words[k])) return null;
  }
  for (const f of forms) {
    let ok = true;
    for (let k = 1; k < f.words.length; k++) if (words[i + k]?.lower !== f.words[k]) { ok = false; break; }
    // "went on to say", "went on: …", not "went on strike", "goes on sale", "what is going on".
    if (ok && f.lemma === 'go on' && !GOING_ON_TO_SPEAK.has(words[i + f.words.length]?.lower ?? '') && !OPEN_MARKS.hasText(words[i + f.words.length])) ok = false;
    if (ok) return f;
  }
  return null;
}
/** Does the word at `i`, owned by none, stand before a mark, a finite verb or "said": a noun, not a verb? */
function nounBeforeMarkOrVerb(words: Word[], i: number): boolean {
  const next = words[i + 1];
  if (words[i - 1]?.normEnd !== words[i - 1]?.end) return false;
  return !next || next.kind !== 'word' || FINITE_AFTER_NOUN.hasLower(next) || next.lower === 'said' || next.lower === 'says';
}
const MOTION_PREPOSITIONS = new Set(['into', 'onto', 'through', 'across', 'past', 'ashore']);
/** "(Abrapa)": a body's short name written as a word; not a party and a state ("(R-Ohio)"). */
const BRACKETED_SHORT_NAME = /^\p{Lu}\p{Ll}{3,}$/u;
const QUANTIFIER_SUBJECTS = new WordSet(['several', 'many', 'some', 'most', 'others', 'both', 'few']);
/** Verbs that report a clause, whose subject a coordinated clause shares: "toured the damage and said …". */
const SAYING_LEMMAS = new Set(['say', 'tell', 'warn', 'insist', 'argue', 'explain', 'acknowledge', 'admit', 'stress', 'promise', 'predict']);
const AUXILIARIES_AFTER_SUBJECT = new Set(['have', 'had', 'were', 'are', 'will', 'would', 'could', 'should', 'can', 'may', 'might']);
const SPEAKING_THROUGH = new Set(['say', 'speak', 'tell', 'testify']);
const INTERVIEW_SIGNS = /\b(?:interview\w*|(?:spoke|speaks|talked|talks) (?:to|with)|conversation|Q ?& ?A|edited for|answered questions|(?:press|news) (?:briefing|conference))\b/i;
const RECALLED_QUANTITIES = new WordSet(['about', 'some', 'nearly', 'almost', 'around', 'roughly', 'more', 'over', 'all', 'thousands', 'hundreds', 'millions']);
const GOING_ON_TO_SPEAK = new Set(['to', 'about', 'that', ':', ',']);
const CONJUNCTIONS = new Set(['and', 'or', 'but', 'nor']);
const PLACE_PREPOSITIONS = new Set(['before', 'at']);
/** Words that compare or add one person to another: "The firm's economist, like Daniel Fuentes, said". */
const COMPARING_WORDS = new WordSet(['like', 'unlike', 'alongside', 'besides', 'beside', 'including', 'excluding', 'versus', 'via', 'plus', 'than', 'with', 'without']);
/** Words that link a sentence to the one before: "But", "Meanwhile". */
const CLAUSE_LINKS = new WordSet(['and', 'but', 'yet', 'so', 'meanwhile', 'however', 'still', 'now', 'also']);

/** A possessive ("Berg's") or a lower-case word that is no plural, auxiliary or adverb ("hourlong"): what may stand before a noun, not a verb's subject. */
function isNounModifier(w: Word): boolean {
  if (w.kind !== 'word') return false;
  return w.normEnd !== w.end || (LOWER_FIRST.test(w.text) && !w.lower.endsWith('s') && !AUXILIARIES.hasLower(w) && !isAdverb(w.text) && !RELATIVES.hasLower(w) && !PRONOUNS.hasLower(w));
}

const nounCuesByFirst = byFirstWord(nounCues, (p) => p);
/** First words of all cues, verbs and nouns: one lookup tells most words are neither. It holds every reporting word the attribution reader asks about too (a cue verb or "according"). */
const cueFirstWords = new WordSet([...cueVerbs.keys(), ...nounCuesByFirst.keys(), 'according']);
/** A verb or noun that may open a cue (not a mark), asked once per distinct word. */
function mayOpenCue(w: Word): boolean {
  const info = w.info;
  if (info.cueFirst < 0) info.cueFirst = info.kind === 'word' && cueFirstWords.hasLower(w) ? 1 : 0;
  return info.cueFirst === 1;
}
/** Longer clauses are no empty report: no need to lower-case them to look them up. */
const longestEmptyReport = Math.max(0, ...[...emptyReports].map((r) => r.length));

function nounCueAt(words: Word[], i: number): number {
  const w = words[i];
  if (!w || w.kind !== 'word') return 0;
  const phrases = nounCuesByFirst.get(w.lower);
  if (!phrases) return 0;
  for (const phrase of phrases) {
    let ok = true;
    for (let k = 0; k < phrase.length; k++) if (words[i + k]?.lower !== phrase[k]) { ok = false; break; }
    if (ok) return phrase.length;
  }
  return 0;
}

const span = (text: string, start: number, end: number): Span => ({ start, end, text: text.slice(start, end) });
/** The unnamed spokespeople "he" or "she" stands for: not a "spokesperson", who may be either. */
/**
 * "senior official", "mine worker": a phrase for one person, its head a singular noun describing people. Not a spokesperson, who
 * speaks for a body: "A council spokesperson said … He said he had been told to wait" is the man named before.
 */
/** ", with opposition lawyers arguing that": the words between "with" and a participle are its subject. */
function withSubject(words: Word[], cueFrom: number): { from: number; to: number } | null {
  if (!words[cueFrom]!.lower.endsWith('ing')) return null;
  // Not "the match with the Netherlands by saying".
  for (let k = cueFrom - 1; k >= 0 && cueFrom - k <= 5 && words[k]!.kind === 'word'; k--) {
    if (words[k]!.lower === 'with') return k + 1 < cueFrom ? { from: k + 1, to: cueFrom } : null;
    if (PREPOSITIONS.hasLower(words[k]!)) return null;
  }
  return null;
}

/** "he" for a body named at `start` after "A spokesman for", "she" after "a spokeswoman for the". */
function spokespersonBefore(text: string, start: number): Pronoun | undefined {
  const sex = SPOKESPERSON_FOR.exec(text.slice(Math.max(0, start - 24), start))?.[1]?.toLowerCase();
  return sex === 'man' ? 'he' : sex === 'woman' ? 'she' : undefined;
}
// Not a role in an apposition: "Ana Ruiz, a developer and spokeswoman for the coalition".
const SPOKESPERSON_FOR = /\b(?:a|the)\s+spokes(man|woman)\s+(?:for|of|at)\s+(?:the\s+)?$/i;

/** Is `role`, in lower case, one of the person's roles, or a phrase one ends ("the country's ecology minister" for a minister)? */
function hasRole(person: EntityDraft, role: string): boolean {
  return person.roles.some((r) => role === r.toLowerCase() || role.endsWith(` ${r.toLowerCase()}`));
}
const APPOSITION_OPENING = /^\s*,\s*/;
const OPENING_ONLY = /^[\s"“‘']*$/;
const THIRD_PERSON = /\b(?:[Ss]he|[Hh]e|[Hh]er|[Hh]is)\b/;
const LEADING_PARTICIPLES = new WordSet(['led', 'headed', 'chaired', 'run', 'founded']);
const PAIR_PHRASE = /^(?:[Tt]he (pair|two|couple|former|latter)|(Both))(?: (\p{Ll}+))?$/u;
/** People a pair phrase may name: "the two leaders", "both men" (not "the former president", a title). */
const PAIR_NOUNS = new Set(['men', 'women', 'leaders', 'presidents', 'ministers', 'politicians', 'candidates', 'lawmakers', 'executives', 'rivals', 'brothers', 'sisters', 'players', 'coaches', 'officials']);
const BODIES_TOGETHER = /^(?:[Tt]he|[Bb]oth)(?: (?:two|three|both))? (\p{Ll}+)$/u;

/** Is the noun an unnamed source is about one person's ("executive", not "officials")? */
function isOnePerson(head: string): boolean {
  // Or one named by their trade: "a former lab technician" (not by what they did: "one questioner").
  return singular(head) === head && (descriptorNouns.has(head) || anonymousNouns.has(head) || situationNouns.has(head) || TRADE_NOUN.test(head)) && !head.startsWith('spokes');
}

/** The noun a source's name is about, before where the person works: "executive" in "senior executive at a rival carmaker". */
function headOfSource(name: string): string {
  const words = name.toLowerCase().split(' ');
  // Or before a participle after a word for a person: "woman hanging laundry", "man selling tickets".
  const personBefore = (i: number) => SPOKESPERSON.he.test(words[i - 1]!) || SPOKESPERSON.she.test(words[i - 1]!) || isOnePerson(words[i - 1]!);
  const at = words.findIndex((w, i) => i > 0 && (WORKPLACE_PREPOSITIONS.has(w) || (w.endsWith('ing') && personBefore(i))));
  return words[at < 0 ? words.length - 1 : at - 1]!;
}
const PLACE_ADVERBS = new WordSet(['there', 'here']);
const FILED = new WordSet(['filed', 'lodged', 'submitted', 'registered']);
const FLOATED = new WordSet(['both', 'all', 'each']);
const WORKPLACE_AFTER_NAME = /^ (?:of|at|from) /;
const WORKPLACE_AFTER = new WordSet(['of', 'at', 'from']);
/** Does the name open the clause that starts at `min` (before word `to`), past a title the name leaves out ("Maj. Gen. Zaw Min Oo")? */
function opensClausePastTitle(words: Word[], min: number, to: number, named: MentionRef): boolean {
  for (let t = afterDateline(words, min, to); t < wordAt(words, named.start); t++) if (!words[t]!.capitalized && words[t]!.text !== '.') return false;
  return true;
}
const NAMING_PARTICIPLES = new WordSet(['named', 'called']);
const TITLE_BEFORE_NAME = /^\p{Lu}\p{Ll}+\.? (?=\p{Lu})/u;
/** Adverbs without "-ly" that stand between a subject and its verb: "The association already recommends", "Reuters first reported". */
const BEFORE_VERB_ADVERBS = new WordSet(['already', 'now', 'first', 'always', 'long', 'initially', 'originally']);
const SAID_IDIOMS = new WordSet(['goodbye', 'farewell', 'hello', 'thanks', 'grace', 'amen']);
/** "says goodbye to", "said no to": a verb of saying in a set phrase at word `after`, which reports nothing. */
const saysSetPhrase = (words: Word[], after: number) =>
  SAID_IDIOMS.hasLower(words[after]) || ((words[after]?.lower === 'no' || words[after]?.lower === 'yes') && words[after + 1]?.lower === 'to');
const ACTS_ON_THINGS = new Set(['declare', 'defend', 'welcome', 'challenge', 'dispute']);
const CONTACTED = new WordSet(['reached', 'contacted', 'interviewed', 'approached']);
const SPOKESPERSON = {
  he: /\b(?:spokesman|man|father|husband|son|brother|grandfather|uncle|nephew|boy|widower|boyfriend)$/,
  she: /\b(?:spokeswoman|woman|mother|wife|daughter|sister|grandmother|aunt|niece|girl|widow|girlfriend)$/,
};

const SUBJECT_OF_OBJECT = new Map([['him', 'he'], ['her', 'she'], ['them', 'they'], ['us', 'we'], ['me', 'i']]);
/** "According to her, …": a pronoun alone after a preposition, read as the subject it stands for (not "her lawyer"). */
function objectPronounAt(words: Word[], i: number): Source | null {
  const pronoun = words[i] && words[i + 1]?.kind !== 'word' ? SUBJECT_OF_OBJECT.get(words[i]!.lower) : undefined;
  return pronoun ? { start: words[i]!.start, end: words[i]!.end, pronoun } : null;
}

const ASKED_SET_OFF = /^[^,.]{0,60},\s+asked\b/;
const QUESTION_PUT = /\b(?:was|were) asked (?:whether|if|why|how|what|about)\b/;
const ASKED_WHETHER = /\b(?:asked|asks|wondered)\b[^.]{0,80}?\b(?:whether|if)\s+(he|she)\b/i;
// Not "her" before a noun, whose "her" is no one asked: "the family has asked her mother to stop".
const ASKED_OBJECT = /\b(?:asked|asks|pressed|questioned)\s+(him\b|her\b(?!\s+(?!(?:to|not|why|what|whether|if|about|for|how|when|where|who|again|once)\b)[a-z]+\b(?<!ly)))/i;
/** A name right after a verb of asking is the one asked: "She asked Feldhaus what …". */
const ASKED_BEFORE = /\b(?:asked|asks|pressed|questioned)\s+$/i;
type Pronoun = 'he' | 'she';
/** The pronoun each form stands for: one lookup tells a word is none. */
const PRONOUN_OF = new Map<string, Pronoun>([
  ...['he', 'him', 'his', 'himself'].map((w) => [w, 'he'] as const),
  ...['she', 'her', 'hers', 'herself'].map((w) => [w, 'she'] as const),
]);
const pronounFor = (word: string): Pronoun | null => PRONOUN_OF.get(word) ?? null;
/** The same forms, a lookup kept on each word: for a test of every word. */
const PRONOUN_FORMS = new WordSet(PRONOUN_OF.keys());
/**
 * The forms that stand for a sentence's named person: not "him", nor "her" as an object, most often someone else ("McCaskill scolded
 * him", "Trump attacked her"); "her" before a noun is her own ("in her overall health"). Nor a reflexive, whose clause's own subject
 * it is ("Patience Okafor said she waited to hear the officer explain himself").
 */
function subjectPronounFor(word: string, next: Word | undefined): Pronoun | null {
  const p = pronounFor(word);
  if (p && (word === 'him' || word === 'himself' || word === 'herself' || (word === 'her' && (next?.kind !== 'word' || OBJECT_FOLLOWERS.hasLower(next))))) return null;
  return p;
}
const OBJECT_FOLLOWERS = new WordSet(['to', 'and', 'or', 'but', 'that', 'the', 'a', 'an', 'on', 'in', 'at', 'for', 'with', 'about', 'as', 'of', 'from', 'by', 'into', 'over', 'after', 'before', 'if', 'when', 'because', 'up', 'out', 'off', 'down', 'back', 'again']);
/** "asked her to stop", "told him": the object pronoun right after a cue, not "her" before a noun ("told her colleagues"). */
const ADDRESSED = /^\s+(him\b|her(?=\s+(?:to|that|not|if|whether|why|how|what)\b|[,.;:!?]))/;
const addressedBy = (text: string, cue: Span): Pronoun | undefined => {
  const m = ADDRESSED.exec(text.slice(cue.end, cue.end + 16));
  return m ? (m[1] === 'him' ? 'he' : 'she') : undefined;
};
/** How far back a pronoun looks for a person who fits it. */
const PERSONS_LOOKED_BACK = 8;
/** The last words of the names of bodies a word for a kind of body stands for. */
const BODY_KINDS = new Map<string, ReadonlySet<string>>([
  ['agency', new Set(['agency', 'administration', 'authority', 'service', 'office', 'bureau', 'programme', 'program', 'organization', 'organisation', 'fund', 'institute'])],
  ['regulator', new Set(['commission', 'authority', 'agency', 'administration', 'office', 'regulator'])],
  ['watchdog', new Set(['commission', 'authority', 'agency', 'office', 'regulator', 'ombudsman'])],
  ['lender', new Set(['bank', 'fund', 'lender'])],
  ['insurer', new Set(['insurance', 'assurance', 'insurer'])],
  ['airline', new Set(['airline', 'airway', 'air'])],
  ['bloc', new Set(['forum', 'union', 'community', 'alliance', 'bloc', 'organization', 'organisation', 'association', 'council', 'league', 'group', 'cooperation'])],
]);
/** "institute" of "National Institute of Civil Defence": the word before a name's first "of", which says its kind; else "". */
const headBeforeOf = (nameWords: readonly string[]) => nameWords[nameWords.indexOf('of') - 1] ?? '';
/** "the EU's border agency Frontex": the word right before a name. */
const NOUN_BEFORE_NAME = /\b(\p{Ll}+),?\s+$/u;
/** " news agency said", " militant group": up to two words in lower case after a name, the last its kind. */
const KIND_AFTER_NAME = /^\s(?:\p{Ll}+\s)?(\p{Ll}+)\b/u;
/** ", the European Union's border agency,": the description's last word before the mark that closes it. */
const APPOSED_DESCRIPTION = /^\s+(?:the|a|an)\s[^,.;"“]*?(\p{Ll}+)[,.;]/u;
/** How many organization mentions back a description ("the company") looks for the one it stands for. */
const ORGANIZATIONS_LOOKED_BACK = 64;

/**
 * Which pronoun each person takes, as far as the text says: an honorific before a name ("Mrs. Okoro") or a given name that
 * nearly always goes with one, and the first "he" or "she" after a name in its sentence, by a clear majority.
 */
function readPronouns(blocks: Block[], personMentions: readonly { start: number; entity: EntityDraft }[]): Map<EntityDraft, Pronoun> {
  const votes = new Map<EntityDraft, { he: number; she: number }>();
  const vote = (e: EntityDraft, p: Pronoun, weight: number) => {
    const v = votes.get(e) ?? { he: 0, she: 0 };
    v[p] += weight;
    votes.set(e, v);
  };
  // Tokens and mentions both come in text order: one pointer walks the mentions.
  let m = 0;
  for (const block of blocks) {
    /** The person who opens the sentence before, whom "He" or "She" opening the next one stands for ("Paulo Brum runs it. He said"). */
    let opener: EntityDraft | undefined;
    for (const sentence of block.sentences) {
      let last: EntityDraft | undefined;
      let reportedAt = -1;
      const tokens = sentence.tokens;
      const first = tokens[0];
      const opening = opener && first?.capitalized && (first.lower === 'he' || first.lower === 'she') ? pronounFor(first.lower) : null;
      if (opening) vote(opener!, opening, 1);
      while (m < personMentions.length && personMentions[m]!.start < (first?.start ?? Infinity)) m++;
      opener = personMentions[m]?.start === first?.start ? personMentions[m]!.entity : undefined;
      for (let i = 0; i < tokens.length; i++) {
        if (!last) {
          // No person to vote for until the next one named: jump to the first token at or past that name.
          while (m < personMentions.length && personMentions[m]!.start < tokens[i]!.start) m++;
          if (m === personMentions.length) break;
          const next = personMentions[m]!.start;
          i = firstNotBefore(tokens, (t) => t.start < next);
          if (i === tokens.length) break;
        }
        const t = tokens[i]!;
        while (m < personMentions.length && personMentions[m]!.start < t.start) m++;
        if (personMentions[m]?.start === t.start) {
          last = personMentions[m]!.entity;
          reportedAt = -1;
          // Once per person: a given name that nearly always goes with one pronoun ("Maria Lopez", "Tom Hale", "Melanie") weighs as
          // an honorific does.
          if (!votes.has(last)) {
            const given = withoutAccents(last.nameWords[0]!);
            // "Pham Thi Lan Anh", "Dinh Van Thanh": a Vietnamese middle name tells a woman's or a man's.
            const middle = last.nameWords.length >= 3 && (familyNamesFirst.has(given) || vietnameseFamilyNames.has(given)) ? last.nameWords[1] : undefined;
            // "Luz Marina Ospina": a woman's second given name tells where the first does not (not a man's: "Noraini Abdul Rahim"
            // names her father).
            const second = !middle && last.nameWords.length >= 3 && !maleNames.has(given) && femaleNames.has(withoutAccents(last.nameWords[1]!));
            // "Galina Sergeyevna Zamyatina", "Ivan Petrovich": a Russian patronymic tells too.
            const patronymic = last.nameWords.length >= 3 ? PATRONYMIC.exec(last.nameWords[1]!)?.[1] : undefined;
            // "His daughter, Sulabha Joshi,", "Kim's father, Kim Dong-hyun,": a relation that has a sex tells too.
            const kinPronoun = last.roles.map((r) => kinPronouns.get(r.slice(r.lastIndexOf(' ') + 1).toLowerCase())).find(Boolean);
            votes.set(last, { he: maleNames.has(given) || middle === 'Van' || patronymic === 'ich' || kinPronoun === 'he' ? 3 : 0, she: femaleNames.has(given) || second || middle === 'Thi' || patronymic === 'na' || kinPronoun === 'she' ? 3 : 0 });
          }
          // The honorific opens the mention ("Mrs. Lena Alvarez") or stands just before it.
          const before = wordOrNone(tokens, i - 1)?.text ?? '';
          if (maleHonorifics.hasText(t) || maleHonorifics.has(before)) vote(last, 'he', 3);
          else if (femaleHonorifics.hasText(t) || femaleHonorifics.has(before)) vote(last, 'she', 3);
          continue;
        }
        // "“Ollie makes everything sound like a movie,” she said": the pronoun after a quote's end is its speaker's, not a name's in it.
        if (last && t.kind === 'punct' && (CLOSE_MARKS.hasText(t) || (t.text === '"' && !t.spaced && i > 0))) {
          last = undefined;
          continue;
        }
        if (last && cueVerbs.has(t.lower)) reportedAt = i;
        const p = last && PRONOUN_FORMS.hasLower(t) ? subjectPronounFor(t.lower, tokens[i + 1]) : null;
        // "X said a beacon had not been activated and that her last contact was": past the cue, only a pronoun that opens the
        // report is the speaker's.
        if (p && reportedAt >= 0 && i > reportedAt + 1 && !(i === reportedAt + 2 && tokens[i - 1]!.lower === 'that')) continue;
        // "Ama Boateng, who served as his deputy,": a role held for someone else tells nothing of the one named.
        if (p && tokens[i - 1]?.lower === 'as' && POSSESSIVE_PRONOUNS.has(t.lower)) continue;
        if (p) {
          // "When a cook named Darnell Pruitt over-salts a batch, she doesn't scold him": outside a report, a pronoun of the other sex
          // after a subject one, before the next name, is the one named; the subject is someone else.
          const nextNamed = personMentions[m]?.start ?? Infinity;
          let other: Pronoun | null = null;
          for (let j = i + 1; reportedAt < 0 && j < tokens.length && tokens[j]!.start < nextNamed && !other; j++) {
            const q = PRONOUN_FORMS.hasLower(tokens[j]!) ? pronounFor(tokens[j]!.lower) : null;
            if (q && q !== p) other = q;
          }
          vote(last!, other ?? p, 1);
          last = undefined;
        }
      }
    }
  }
  const out = new Map<EntityDraft, Pronoun>();
  for (const [e, v] of votes) {
    if (v.he >= 2 * v.she && v.he > 0) out.set(e, 'he');
    else if (v.she >= 2 * v.he && v.she > 0) out.set(e, 'she');
  }
  return out;
}

export class QuoteFinder {
  private readonly quotes: Quote[] = [];
  /** Cue offsets already used by a quote, so one cue serves one quote. */
  private readonly usedCues = new Set<number>();
  /** Roles of two words or more by their words in lower case, and the one person who holds each (null for several); built when first asked. */
  private roleHolders: Map<string, EntityDraft | null> | undefined;
  /** `addressed`: the pronoun of the one its cue addressed ("asked her to stop"), who is someone else. */
  /** `voice`: the pronoun of one who spoke for the body the quote went to ("A spokesman for TOKİ denied"). */
  /** `sourceAt`: where the words that name the speaker start. */
  private lastSpeaker: { entity: EntityDraft; at: number; block: number; addressed?: Pronoun; voice?: Pronoun; from?: number; sourceAt?: number } | null = null;
  /** Who said the last quote that two or more said together: "Lopez and Becker said … They added" is both's again. */
  private lastJoint: EntityDraft[] = [];
  /** The last bodies quoted together, whom a later "the companies said" stands for. */
  private lastBodies: EntityDraft[] = [];
  /** The last speaker when a quote without a cue was found, for carrying over. */
  private readonly speakerBeforeQuote = new Map<Quote, { entity: EntityDraft; at: number }>();
  private readonly anonymousByName = new Map<string, EntityDraft>();
  /** Where each unnamed source is already mentioned, so a source quoted many times stays linear. */
  private readonly anonymousMentionStarts = new Map<EntityDraft, Set<number>>();
  /** Latest unnamed source with this word in its name: "official" → "a senior official". */
  private readonly anonymousByHead = new Map<string, EntityDraft>();
  /** Latest named person with this word in a role: "minister" → Daniel Whitcombe. */
  private readonly personByRoleWord = new Map<string, EntityDraft>();
  private readonly personMentions: { start: number; entity: EntityDraft }[];
  private readonly organizationMentions: { start: number; entity: EntityDraft }[] = [];
  private readonly pronounOf: Map<EntityDraft, Pronoun>;
  private readonly entitiesById = new Map<string, EntityDraft>();
  private indexedEntities = 0;

  constructor(private readonly ctx: QuoteContext) {
    const personMentions: { start: number; entity: EntityDraft }[] = [];
    for (const m of ctx.table.byStart.values()) {
      // The writer named in the byline is no one the story's "he" or "she" stands for.
      if (m.entity.anonymous || ctx.blocks[this.blockIndexAt(m.start)]?.kind === 'byline') continue;
      if (m.entity.type === 'person') personMentions.push({ start: m.start, entity: m.entity });
      // The agency of a dateline ("BOGOTA, Colombia (AP) —") is no body a later "the group" stands for.
      else if (m.entity.type === 'organization' && !(m.start > 0 && ctx.text[m.start - 1] === '(' && DATELINE_AGENCY_END.test(ctx.text.slice(m.end, m.end + 4)))) {
        this.organizationMentions.push({ start: m.start, entity: m.entity });
      }
    }
    this.personMentions = personMentions.sort((a, b) => a.start - b.start);
    this.organizationMentions.sort((a, b) => a.start - b.start);
    this.pronounOf = readPronouns(ctx.blocks, this.personMentions);
    for (const e of ctx.table.entities) {
      if (e.type !== 'person') continue;
      for (const role of e.roles) {
        const head = roleHeadOf(role);
        if (head) this.personByRoleWord.set(head, e);
      }
    }
  }

  run(): Quote[] {
    const raw = scanQuotes(this.ctx.blocks);
    let r = 0;
    /** The words of the paragraph before, when it ends with a colon: "The Times reports:". */
    let introduction: BlockWords | null = null;
    for (const block of this.ctx.blocks) {
      // Headlines report too ("Mayor Says Budget Is Balanced"), but their quote marks mostly set off titles.
      if (block.kind === 'headline') {
        const bw = blockWords(block, true);
        this.headlineColon(bw);
        this.headlineSourceLast(bw);
        this.indirect(block, bw, [], HEADLINE_CUES);
        this.readWithModel(block, bw);
        continue;
      }
      if (block.kind !== 'body') {
        introduction = null;
        continue;
      }
      // A transcript line, "SPEAKER: words": the words are the speaker's, and the marks inside them are theirs too.
      if (this.transcript(block)) {
        while (r < raw.length && raw[r]!.block === block) r++;
        introduction = null;
        continue;
      }
      const bw = blockWords(block);
      const blockQuotes: Quote[] = [];
      while (r < raw.length && raw[r]!.block === block) {
        const q = this.direct(raw[r]!, bw, introduction);
        if (q) blockQuotes.push(q);
        r++;
      }
      this.indirect(block, bw, blockQuotes);
      this.pronounsAfterUnnamed(block);
      this.definitesAfterUnnamed(block);
      this.readWithModel(block, bw);
      introduction = block.text.endsWith(':') ? bw : null;
    }
    if (this.model) this.mergeWithModel();
    this.headlineQuotesRepeated();
    // An unnamed source whose every quote went (a look-alike, a quote inside another) is no actor of the article.
    const speaking = new Set(this.quotes.map((q) => q.speaker));
    for (const e of this.ctx.table.entities) if (namedBySource(e) && !speaking.has(e.id)) e.mentions.length = 0;
    return this.quotes;
  }

  /**
   * "'They took our phones, then our names': Report details abuse": a headline's quote that the text quotes again is the speaker's
   * the text gives it, not a word next to it in the headline.
   */
  private headlineQuotesRepeated(): void {
    for (const q of this.quotes) {
      if (q.kind !== 'direct' || !this.inHeadline(q.start)) continue;
      const words = withoutEdges(q.text.toLowerCase());
      const body = words.length >= 12 ? this.quotes.find((b) => b.speaker && b.kind === 'direct' && !this.inHeadline(b.start) && b.text.toLowerCase().includes(words)) : undefined;
      if (!body || body.speaker === q.speaker) continue;
      Object.assign(q, { speaker: body.speaker, coSpeakers: body.coSpeakers, source: null, speakerText: body.speakerText, rule: 'quote.headline.repeated' });
    }
  }

  /**
   * "A senior Indian official … said … “…,” the official said.": the paragraph's quotes in marks are read before its reported clauses,
   * so "the official" met no unnamed source yet and became one of its own; it is the one reported since whose words hold its head.
   */
  private definitesAfterUnnamed(block: Block): void {
    let first = this.quotes.length;
    while (first > 0 && this.quotes[first - 1]!.start >= block.start) first--;
    if (this.quotes.length - first < 2) return;
    // In text order, the unnamed source reported last by each word of its description.
    const reportedBy = new Map<string, EntityDraft>();
    for (const q of this.quotes.slice(first).sort((a, b) => a.start - b.start)) {
      const speaker = q.speaker ? this.entityOf(q.speaker) : undefined;
      if (!speaker?.anonymous || !q.speakerText || !q.source) continue;
      const written = q.speakerText.toLowerCase().split(SPACES);
      const unnamed = written.length === 2 && DEFINITE_OPENING.test(written[0]!) ? reportedBy.get(written[1]!) : undefined;
      if (unnamed && unnamed !== speaker) {
        q.speaker = unnamed.id;
        this.mentionUnnamed(unnamed, q.source);
      } else if (q.kind === 'indirect') {
        // Its head, not a word that describes it: "the club" is none of "Club doctors".
        const described = speaker.name.toLowerCase().split(SPACES);
        for (let i = described.length === 1 ? 0 : 1; i < described.length; i++) reportedBy.set(described[i]!, speaker);
      }
    }
  }

  /**
   * "But a mine worker who asked not to be named said … “Everybody knew,” he said.": the paragraph's quotes in marks are read before
   * its reported clauses, so a "he" or "she" that went to the person named before is given to one unnamed person reported since.
   */
  private pronounsAfterUnnamed(block: Block): void {
    // The paragraph's reports with a source, gathered once.
    let reports: Quote[] | undefined;
    let first = this.quotes.length;
    while (first > 0 && this.quotes[first - 1]!.start >= block.start) first--;
    for (let k = first; k < this.quotes.length; k++) {
      const q = this.quotes[k]!;
      const pronoun = q.speakerText?.toLowerCase();
      if (pronoun !== 'they' && pronoun !== 'he' && pronoun !== 'she') continue;
      if (!reports) {
        reports = [];
        for (let k = this.quotes.length - 1; k >= 0 && this.quotes[k]!.start >= block.start; k--) if (this.quotes[k]!.source && this.quotes[k]!.kind !== 'partial') reports.push(this.quotes[k]!);
        // Quotes in marks were read first: in text order, for a binary search (a paragraph of many quotes stays linear).
        reports.sort((a, b) => a.end - b.end);
      }
      // The paragraph's last report before the quote, in marks or not ("“…,” said a spokeswoman for the council. She added that …"), its
      // speaker one unnamed person of either sex.
      const reported = reports[firstNotBefore(reports, (r) => r.end <= q.start) - 1];
      const unnamed = reported?.speaker ? this.entityOf(reported.speaker) : undefined;
      // "Analysts at Vontobel said … “…,” they wrote": "they" is unnamed people reported since, or a body.
      if (pronoun === 'they') {
        const head = unnamed?.anonymous ? headOfSource(unnamed.name) : '';
        const people = singular(head) !== head && (anonymousNouns.has(head) || descriptorNouns.has(singular(head)));
        if (unnamed && (unnamed.type === 'organization' || people)) {
          q.speaker = unnamed.id;
          if (q.source && unnamed.anonymous) this.mentionUnnamed(unnamed, q.source);
        }
        continue;
      }
      // Or the pronoun went to no one named: "A retired surgeon said … “…,” he said".
      if (!unnamed?.anonymous || !this.unnamedOne(unnamed, pronoun)) continue;
      // Reported since the person the pronoun went to was last named as a subject (not "a small Nolde watercolor").
      const named = q.speaker ? this.entityOf(q.speaker) : undefined;
      if (named?.mentions.some((m) => m.start > reported!.source!.start && m.start < q.start && this.isSubjectMention(m.start))) continue;
      q.speaker = unnamed.id;
      if (q.source) this.mentionUnnamed(unnamed, q.source);
    }
  }

  /** The entity with this id; entities are only added while quotes are read, so the index grows with them. */
  private entityOf(id: string): EntityDraft | undefined {
    const { entities } = this.ctx.table;
    while (this.indexedEntities < entities.length) {
      const e = entities[this.indexedEntities++]!;
      this.entitiesById.set(e.id, e);
    }
    return this.entitiesById.get(id);
  }

  /** "WALLACE: Let's start with ...": a transcript line, its label in capitals, then the speaker's words. */
  private transcript(block: Block): boolean {
    if (this.continuesAnswer(block)) return this.answer(block);
    // A label is a few words: no colon near the start, no transcript line.
    if (block.text.lastIndexOf(':', TRANSCRIPT_LABEL_MAX) < 0) return false;
    if (ANSWER_LINE.test(block.text)) return this.answer(block);
    const capitals = TRANSCRIPT_LINE.exec(block.text);
    // "Ruiz: Worse than anything…": an interview labels its answers with the person's name as written.
    const m = capitals ?? NAMED_ANSWER_LINE.exec(block.text);
    if (!m) return false;
    const { text } = this.ctx;
    const label = m[3] ?? m[2]!;
    const labelStart = block.start + (m[3] ? m[0].indexOf(`(${m[3]}`) + 1 : m[1]!.length);
    const labelEnd = labelStart + label.length;
    const start = block.start + m[0].length;
    let end = block.end;
    while (end > start && WHITE_SPACE.test(text[end - 1]!)) end--;
    if (end - start < 2 || isFigureList(text.slice(start, end))) return false;
    // "NEW DELHI: Opposition MPs staged a walkout": a dateline, written with a colon. "THE FACTS:", "WHAT'S NEXT:": a fact check's or
    // an explainer's heading.
    if (capitals && (isPlaceName(label) || HEADING_OPENERS.test(label))) return false;
    // "JUSTICE OKEKE": the name after a title.
    const labelWords = label.toLowerCase().split(' ');
    const key = labelWords.length > 1 && lowerTitleWords.has(labelWords[0]!) ? labelWords.slice(1).join(' ') : labelWords.join(' ');
    // "HOST (GRACE OKAFOR):": a full name goes by its surname where the article names her by it alone ("OKAFOR:").
    const entity = this.personLabelled(key) ?? (labelWords.length > 1 ? this.personLabelled(labelWords.at(-1)!) : undefined);
    const colon = block.start + m[0].lastIndexOf(':');
    const cue = span(text, colon, colon + 1);
    if (!capitals && !entity) return false;
    if (entity) {
      this.makeQuote(null, 'indirect', { cue, cueVerb: null, source: { start: labelStart, end: labelEnd, entity }, rule: 'quote.transcript' }, [start, end]);
      return true;
    }
    // A label that names no one of the article ("WALLACE" for the host) stands as written, its speaker unknown rather than invented.
    const quote = this.makeQuote(null, 'indirect', null, [start, end]);
    Object.assign(quote, { source: span(text, labelStart, labelEnd), speakerText: label, cue, rule: 'quote.transcript' });
    return true;
  }

  /**
   * "Q: How bad is it? / A: It is terrible.": after a question, an answer is the words of the person the interview is with, the
   * one named most before its first question. The questions are the writer's.
   */
  private answer(block: Block): boolean {
    const blocks = this.ctx.blocks;
    const before = blocks[block.index - 1];
    // "A:" after a question, or after an answer, or after an answer's next paragraph.
    const continued = !ANSWER_LINE.test(block.text);
    if (!before || !(QUESTION_LINE.test(before.text) || ANSWER_LINE.test(before.text) || this.answerParagraphs.has(before.index))) return false;
    const person = this.interviewee();
    if (!person) return false;
    const { text } = this.ctx;
    let end = block.end;
    while (end > block.start && WHITE_SPACE.test(text[end - 1]!)) end--;
    const start = block.start + (continued ? 0 : ANSWER_LINE.exec(block.text)![0].length);
    if (end - start < 2) return false;
    this.answerParagraphs.add(block.index);
    // An answer's next paragraph goes by the label that opened the answer.
    if (!continued) this.answerLabel = block.start;
    const label = span(text, this.answerLabel, this.answerLabel + 1);
    const cue = span(text, this.answerLabel + 1, this.answerLabel + 2);
    const quote = this.makeQuote(null, 'indirect', { cue, cueVerb: null, source: { ...label, entity: person.entity }, rule: 'quote.transcript' }, [start, end]);
    // The label says only "answer": the speaker goes by their name.
    quote.speakerText = person.entity.name;
    return true;
  }

  /** Ends a report's content before ", but" and a verb with no subject of its own ("…, but stopped short of …"). */
  private endBeforeNextDeed(q: Quote): void {
    const m = NEXT_DEED.exec(q.text);
    if (!m || hasQuotedWords(q.text.slice(m.index))) return;
    const end = q.start + m.index;
    q.end = end;
    q.text = q.text.slice(0, m.index);
    q.fragments = q.fragments.filter((f) => f.end <= end);
  }

  /** Where a place ending at word `end` starts, when it is set off right after a body ("University of Ilorin, Kwara State"); else -1. */
  private seatAfterBody(words: Word[], end: number): number {
    const place = this.ctx.table.byEnd.get(words[end]?.end ?? -1);
    if (place?.entity.type !== 'place') return -1;
    const at = wordAt(words, place.start);
    return at >= 2 && words[at - 1]!.text === ',' && this.ctx.table.byEnd.get(words[at - 2]!.end)?.entity.type === 'organization' ? at : -1;
  }

  /** Is offset `at` in an interview's "Q:" line? The questions are the writer's: "Q: What worries you most?" reports nothing. */
  private inInterviewQuestion(at: number): boolean {
    if (!this.answerParagraphs.size) return false;
    const block = this.ctx.blocks[this.blockIndexAt(at)];
    return !!block && QUESTION_LINE.test(block.text);
  }

  /** The paragraphs read as an interview's answers, by index, and where the last "A:" label stands. */
  private readonly answerParagraphs = new Set<number>();
  private answerLabel = 0;
  private intervieweeRead?: { start: number; entity: EntityDraft } | null;

  /**
   * Whom an interview in "Q:" and "A:" lines is with: the person the headline names, or else named most before its first question,
   * when the headline or the paragraphs before say it is an interview (an explainer's questions and answers are the writer's). Read once.
   */
  private interviewee(): { start: number; entity: EntityDraft } | null {
    if (this.intervieweeRead !== undefined) return this.intervieweeRead;
    const blocks = this.ctx.blocks;
    const first = blocks.findIndex((b) => QUESTION_LINE.test(b.text) || ANSWER_LINE.test(b.text));
    let introduced = first > 0 && INTERVIEW_SIGNS.test(blocks[0]!.text);
    for (let k = first - 1; k >= 0 && k >= first - 3 && !introduced; k--) introduced = INTERVIEW_SIGNS.test(blocks[k]!.text);
    if (!introduced) return (this.intervieweeRead = null);
    // "Q&A: Water chief X on …": the one the headline names, not the writer's colleague named after ("our correspondent, Y").
    const headline = blocks.find((b) => b.kind === 'headline');
    const inHeadline = (e: EntityDraft) => !!headline && e.mentions.some((m) => m.start >= headline.start && m.end <= headline.end);
    return (this.intervieweeRead = this.lastPersonBefore(blocks[first]!.start, inHeadline) ?? this.mostNamedBefore(blocks[first]!.start) ?? null);
  }

  /**
   * The person named most often before `at`, the last named of those tied: "Park Seong-hoon … Mr. Park … through an interpreter,
   * Ms. Yoon Ji-a" is an interview with Park.
   */
  private mostNamedBefore(at: number): { start: number; entity: EntityDraft } | undefined {
    const counts = new Map<EntityDraft, number>();
    let best: { start: number; entity: EntityDraft } | undefined;
    for (const m of this.personMentions) {
      if (m.start >= at) break;
      const n = (counts.get(m.entity) ?? 0) + 1;
      counts.set(m.entity, n);
      if (!best || n >= counts.get(best.entity)!) best = m;
    }
    return best;
  }

  /**
   * An answer's next paragraph, without a label: after an answer, and before the next question or answer, in the first person
   * outside quotation marks. "Nwachukwu, reached later, confirmed the meetings. “We have heard promises,” he said." is the writer's.
   */
  private continuesAnswer(block: Block): boolean {
    if (!this.answerParagraphs.has(block.index - 1) || QUESTION_LINE.test(block.text)) return false;
    // "We also spoke briefly with Rui Ferreira, who …": the writer's, and the answers after it are the person's named there.
    if (INTERVIEWER_NARRATION.test(block.text)) {
      const named = this.lastPersonBefore(block.end);
      if (named && named.start >= block.start) this.intervieweeRead = named;
      return false;
    }
    if (!FIRST_PERSON.test(block.text.replace(QUOTED, ''))) return false;
    const blocks = this.ctx.blocks;
    for (let k = block.index + 1; k < blocks.length && k <= block.index + 3; k++) {
      if (QUESTION_LINE.test(blocks[k]!.text) || ANSWER_LINE.test(blocks[k]!.text)) return true;
    }
    return false;
  }

  // ---- the attribution reader ------------------------------------------------

  private readonly model = attributionModel().model;
  /** What the model found, paragraph by paragraph, in text order. */
  private readonly found: Found[] = [];
  private readonly blockWordsCache = new Map<Block, Word[]>();
  /** The model's probability that a rule's cue word is a cue, by the cue's offset. */
  private readonly cueBelief = new Map<number, number>();

  private readWithModel(block: Block, bw: BlockWords): void {
    if (!this.model || bw.words.length === 0) return;
    this.blockWordsCache.set(block, bw.words);
    // Only a reporting word opens an attribution, and every one is among the cue words.
    if (!bw.cueWords.length) return;
    // The quotes in marks are the rules' to keep: their cues and words need no second reading.
    const marked: Quote[] = [];
    const markedCues = new Set<number>();
    for (let k = this.quotes.length - 1; k >= 0 && this.quotes[k]!.end >= block.start; k--) {
      const q = this.quotes[k]!;
      if (q.kind === 'indirect') continue;
      marked.push(q);
      if (q.cue) markedCues.add(q.cue.start);
    }
    marked.sort((a, b) => a.start - b.start);
    // Words come in order: one pass over the marked regions, so a long line of quotes stays linear.
    let m = 0;
    let reach = -1;
    const open = (w: Word) => {
      while (m < marked.length && marked[m]!.start <= w.start) reach = Math.max(reach, marked[m++]!.end);
      return isReportingWord(w) && !markedCues.has(w.start) && w.start >= reach;
    };
    // A reporting word opens a cue: only the block's cue words need asking, and one is enough for its sentence.
    const sentences: Word[][] = [];
    const { cueWords } = bw;
    let c = 0;
    let base = 0;
    for (const s of block.sentences) {
      const ws = wordsOf(s);
      const end = base + ws.length;
      let any = false;
      for (; c < cueWords.length && cueWords[c]! < end; c++) if (!any && open(ws[cueWords[c]! - base]!)) any = true;
      if (any) sentences.push(ws);
      base = end;
    }
    const input = sentences.length ? paragraphInput(sentences, block.kind, true) : null;
    if (!input) return;
    const words = input.words as Word[];
    for (const a of readAttributions(this.model, input)) {
      const first = a.content[0]!;
      const last = a.content[a.content.length - 1]!;
      this.found.push({ block, words, sentenceStart: input.sentenceStart, attribution: a, start: words[first.from]!.start, end: words[last.to - 1]!.end });
    }
    // How much the model holds each cue of the rules' reported clauses here to be a cue.
    for (let k = this.quotes.length - 1; k >= 0 && this.quotes[k]!.end >= block.start; k--) {
      const cue = this.quotes[k]!.cue;
      if (this.quotes[k]!.kind !== 'indirect' || !cue) continue;
      const i = wordAt(words, cue.start);
      if (words[i]?.start === cue.start) this.cueBelief.set(cue.start, lastCueProbability(this.model, i));
    }
  }

  /**
   * The rules' quotes meet the model's attributions. A quote in quotation marks stands (the rules read
   * marks, paragraphs that run on and speakers carried over better); a reported clause stands only where
   * the model reads an attribution there too; an attribution only the model reads joins when it is
   * confident, has a source and a reporting cue. Either way, a reported clause must read as one:
   * "committed considerable resources", "continue to fray", "established under" report nothing.
   */
  private mergeWithModel(): void {
    const quotes = this.quotes.slice().sort((a, b) => a.start - b.start);
    const confirmed = new Map<Quote, Found>();
    const overlapping = (f: Found, each: (q: Quote, matches: boolean) => void) => {
      const from = Math.max(0, firstNotBefore(quotes, (q) => q.start < f.start) - 40);
      for (let k = from; k < quotes.length && quotes[k]!.start < f.end; k++) {
        const q = quotes[k]!;
        const ov = Math.min(q.end, f.end) - Math.max(q.start, f.start);
        if (ov > 0) each(q, ov >= Math.min(q.end - q.start, f.end - f.start) / 2);
      }
    };
    for (const f of this.found) overlapping(f, (q, matches) => matches && !confirmed.has(q) && confirmed.set(q, f));
    const kept = new Set<Quote>();
    for (const q of this.quotes) {
      const f = confirmed.get(q);
      if (f) q.confidence = round2(f.attribution.confidence);
      if (q.kind !== 'indirect' || q.rule === 'quote.transcript') kept.add(q);
      // "Name: words" in a headline is the rules' own reading, and a question there reports nothing.
      else if ((f || this.inHeadline(q.start) || (q.cue && (this.cueBelief.get(q.cue.start) ?? 0) >= CUE_BELIEF_MIN)) && this.reportsClause(q.start, q.cue) && !this.sourceInsidePhrase(q) && !this.impersonal(q)) kept.add(q);
    }
    // A pronoun the model reads as a source ("It did not comment") stands for the speaker last quoted before it, not the last the rules read.
    const lastSpeakerBefore = (at: number): QuoteFinder['lastSpeaker'] => {
      const before = firstNotBefore(quotes, (q) => q.start < at);
      for (let k = before - 1; k >= 0 && k >= before - 40; k--) {
        const q = quotes[k]!;
        const entity = q.speaker && kept.has(q) && q.end <= at ? this.entityOf(q.speaker) : undefined;
        if (entity) return { entity, at: q.end, block: this.blockIndexAt(q.start) };
      }
      return null;
    };
    const added: Quote[] = [];
    // "…, according to two people familiar with the matter who were not authorized to speak": a cue the rules read reports nothing else.
    const keptCues = new Set<number>();
    for (const q of kept) if (q.cue) keptCues.add(q.cue.start);
    for (const f of this.found) {
      const hosts: Quote[] = [];
      overlapping(f, (q) => kept.has(q) && hosts.push(q));
      if (hosts.length) {
        const inner = this.reportInside(f, hosts);
        if (inner) added.push(inner);
        continue;
      }
      if (f.attribution.confidence < MODEL_MIN_CONFIDENCE) continue;
      const cue = f.attribution.cue;
      if (cue && keptCues.has(f.words[cue.from]!.start)) continue;
      this.lastSpeaker = lastSpeakerBefore(f.start);
      const q = this.modelQuote(f);
      // "who was not authorized to discuss the talks": why a source goes unnamed, not what it said.
      // "speaking on background", "spoke on condition of anonymity": the terms of an interview, not what was said.
      if (q && !(q.cue && NOT_ALLOWED_TO.test(this.ctx.text.slice(Math.max(0, q.cue.end - 60), q.cue.end))) && !INTERVIEW_TERMS.test(q.text)) added.push(q);
    }
    // "He notes that", "advocates such", "According to MSNBC, basically": a reported content of one function word or adverb says nothing.
    const out = withoutNested(this.endBeforeCoordinatedReports([...this.quotes.filter((q) => kept.has(q)), ...added]))
      .filter((q) => (q.kind === 'direct' || !isEmptyContent(q.text)) && !this.inInterviewQuestion(q.start) && !feltInBody(q));
    // "Villacorta said the former mayor had understood the message, but stopped short of an endorsement": what the speaker did
    // next, with no subject of its own, is the writer's.
    for (const q of out) if (q.kind !== 'direct' && q.cue && q.cue.end <= q.start) this.endBeforeNextDeed(q);
    // A reported clause that quotes words in marks ("called the plan “a disgrace”") is a partial quote.
    for (const q of out) if (q.kind === 'indirect' && hasQuotedWords(q.text) && !this.inHeadline(q.start)) q.kind = 'partial';
    // "Q&A: “The sea doesn't care …,” says a lifelong fisherman": the label names no one; the words are the interviewee's.
    const interviewee = this.answerParagraphs.size ? this.interviewee() : null;
    for (const q of out) {
      if (!q.speakerText || !INTERVIEW_LABEL.test(q.speakerText)) continue;
      Object.assign(q, interviewee ? { speaker: interviewee.entity.id, speakerText: interviewee.entity.name } : { speaker: null });
    }
    this.quotes.length = 0;
    for (const q of out) this.quotes.push(q);
  }

  /**
   * "X said A and Democrats accused B", "…, though records indicate B", "…, which state media claimed B": a report
   * inside another's content, its source opening a clause of its own after a conjunction, ends that content (PolNeAR
   * splits there). The outer quote is cut before the conjunction; the inner one then stands on its own.
   */
  private endBeforeCoordinatedReports(quotes: Quote[]): Quote[] {
    const byStart = quotes.slice().sort((a, b) => a.start - b.start || b.end - a.end);
    let outer: Quote | null = null;
    for (const q of byStart) {
      if (!outer || q.end > outer.end) {
        outer = q;
        continue;
      }
      if (q.source && q.cue && q.speaker) this.endBefore(outer, Math.min(q.source.start, q.cue.start), COORDINATORS, true);
    }
    return quotes;
  }

  /**
   * Ends the content of `outer` before the conjunction that opens a report at offset `opens` inside it; false when none does.
   * `openers`: the conjunctions that may; with `punctuation`, a bracket or a comma may too ("(the agency disclosed", ", which it claimed").
   */
  private endBefore(outer: Quote, opens: number, openers: ReadonlySet<string>, punctuation: boolean): boolean {
    const { text } = this.ctx;
    // Only an outer quote whose cue comes first: a tail's content ("A and B, she said") is all its own.
    if (opens <= outer.start || opens >= outer.end || !outer.cue || outer.cue.start > outer.start || outer.kind === 'direct') return false;
    const words = this.wordsOfBlockAt(opens);
    if (!words) return false;
    const j = wordAt(words, opens);
    if (words[j]?.start !== opens) return false;
    const prev = words[j - 1]?.lower ?? '';
    let cut = -1;
    if (openers.has(prev)) cut = words[j - 2]?.text === ',' ? j - 2 : j - 1;
    else if (punctuation && (prev === '(' || prev === ',')) cut = j - 1;
    else if (punctuation && (prev === 'which' || prev === 'who') && words[j - 2]?.text === ',') cut = j - 2;
    if (cut < 1 || words[cut]!.start <= outer.start) return false;
    const end = words[cut - 1]!.end;
    // A short report stands before ", but" and another's: "Neither side disclosed details, but a lawmaker … said".
    const contrast = prev === 'but' && words[j - 2]?.text === ',';
    if ((lexicalWords(text.slice(outer.start, end), 3).length < 3 && !contrast) || hasQuotedWords(text.slice(end, opens))) return false;
    outer.end = end;
    outer.text = text.slice(outer.start, end);
    outer.fragments = outer.fragments.filter((f) => f.end <= end);
    if (outer.kind === 'partial' && !hasQuotedWords(outer.text)) outer.kind = 'indirect';
    return true;
  }

  /**
   * "said A and downplayed B": a report the model reads inside one rule quote's content, its cue after a conjunction
   * there, ends that content and stands on its own. `hosts`: the kept rule quotes it overlaps. The model's quote, or null.
   */
  private reportInside(f: Found, hosts: Quote[]): Quote | null {
    if (f.attribution.confidence < MODEL_MIN_CONFIDENCE || hosts.length !== 1) return null;
    const host = hosts[0]!;
    // The report opens at or before its cue, which must then lie inside the host's content: most cues the model reads there are
    // the host's own, before its content ("said that …"), and need no quote made.
    const cue = f.attribution.cue;
    if (cue && f.words[cue.from]!.start <= host.start) return null;
    const inner = this.modelQuote(f);
    if (!inner?.cue || inner.start < inner.cue.end) return null;
    return this.endBefore(host, Math.min(inner.source?.start ?? inner.cue.start, inner.cue.start), MODEL_CLAUSE_CONJUNCTIONS, false) ? inner : null;
  }

  /** The words of the block at an offset; the model read them already, so they are at hand. */
  private wordsOfBlockAt(offset: number): Word[] | null {
    const block = this.ctx.blocks[this.blockIndexAt(offset)];
    if (!block) return null;
    let words = this.blockWordsCache.get(block);
    if (!words) this.blockWordsCache.set(block, (words = blockWords(block, block.kind === 'headline').words));
    return words;
  }

  /**
   * The sentence's opening name, pronoun or described person, when the cue at `cueFrom` follows "and"
   * or opens a participle after a comma: "Trump is telling veterans ... and says ...", "Trump ..., accusing her of".
   */
  private coordinatedSubject(f: Found, cueFrom: number): { from: number; to: number } | null {
    const { words, sentenceStart } = f;
    let k = cueFrom - 1;
    while (k >= 0 && words[k]!.kind === 'word' && (AUXILIARIES.hasLower(words[k]!) || isAdverb(words[k]!.text) || NAMES_NO_ONE.hasLower(words[k]!))) k--;
    const participle = words[cueFrom]!.lower.endsWith('ing') && words[k]?.text === ',';
    if (k < 0 || (words[k]!.lower !== 'and' && words[k]!.lower !== 'but' && !participle)) return null;
    // Past a dateline: "THE HAGUE, Netherlands (AP) — Talks stalled after …, saying" is no place's. Past an opening phrase set off
    // by a comma: "On the Republican side, Sen. Kyle Brandvold praised X but warned".
    const s0 = pastOpeningPhrase(words, afterDateline(words, sentenceStart[cueFrom]!, k), k);
    const w = words[s0]!;
    if (PRONOUNS.hasLower(w) && w.lower !== 'it' && w.lower !== 'who') return { from: s0, to: s0 + 1 };
    const ref = this.nameOpening(words, s0);
    if (ref && ref.entity.type !== 'place') {
      const to = wordAt(words, ref.end);
      return to <= k ? { from: wordAt(words, ref.start), to } : null;
    }
    // "Environmental groups welcomed the figures but said": a plural for people or bodies, with the words before it.
    if (!DETERMINERS.hasLower(w)) {
      // Not the people of a place or a body named in the phrase ("Far East gold traders"), whose name would be read as the source.
      const from = s0;
      let head = -1;
      for (let j = from; j < Math.min(k, from + 5) && inPhrase(words[j]!) && !PAST_PARTICIPLE.test(words[j]!.lower) && !this.ctx.table.byStart.has(words[j]!.start); j++) {
        if (words[j]!.kind === 'word' && isPluralSource(words[j]!)) head = j;
      }
      return head < 0 ? null : { from, to: head + 1 };
    }
    for (let j = s0 + 1; j < Math.min(k, s0 + 5); j++) {
      const np = this.nounPhraseEndingAt(words, j, s0);
      if (np && np.start === w.start && !np.anonymous && (np.entity || descriptorNouns.hasLower(words[j]!) || orgDescriptors.hasLower(words[j]!))) return { from: s0, to: j + 1 };
      // "An official of the Pakistan Cricket Board said …, but added": an unnamed source, with the words that describe it up to its verb.
      if (np && np.start === w.start && np.anonymous && !np.entity && anonymousNouns.has(np.head ?? '')) {
        let end = j + 1;
        while (end < k && words[end]!.text !== ',' && !cueAt(words, end)) end++;
        if (!cueAt(words, end)) return null;
        // Its body's initials in brackets are no part of it.
        const bracket = words[end - 1]!.text === ')' && words[end - 3]?.text === '(' ? end - 3 : end;
        return { from: s0, to: bracket };
      }
    }
    return null;
  }

  /**
   * "Solberg congratulated Moraru and said …", "Varga thanked Berg on Monday and told reporters …": a source right after a verb,
   * before "and" and the cue, is that verb's object; the verb's subject speaks.
   */
  private subjectOverObject(f: Found, source: { from: number; to: number }, cueFrom: number): { from: number; to: number } | null {
    const { words } = f;
    let k = cueFrom - 1;
    while (k > source.to && words[k]!.kind === 'word' && (AUXILIARIES.hasLower(words[k]!) || isAdverb(words[k]!.text))) k--;
    const verb = wordOrNone(words, source.from - 1);
    // "A group of parents sued Lumora Inc. on Wednesday, alleging …": so too a participle set off by a comma, or one after the
    // name a letter was sent to ("sent a letter to Commerce Secretary Laurel Vance last month asking").
    // The reader's cue may take in the word before the participle: "month asking".
    const ing = words[cueFrom]!.lower.endsWith('ing') || !!words[cueFrom + 1]?.lower.endsWith('ing');
    let named = source.from;
    while (named > 0 && words[named - 1]!.capitalized && words[named - 1]!.kind === 'word') named--;
    // "granted bail to businessman Vikrant Sehgal, who …, observing that": past the person's role.
    while (ing && named > 1 && (descriptorNouns.hasLower(words[named - 1]) || lowerTitleWords.hasLower(words[named - 1])) && !words[named - 1]!.capitalized) named--;
    if (ing && words[named - 1]?.lower === 'to') {
      const opener = this.nameOpening(words, f.sentenceStart[cueFrom]!);
      return opener && opener.start < words[named - 1]!.start ? { from: wordAt(words, opener.start), to: wordAt(words, opener.end) } : null;
    }
    const participle = words[k]?.text === ',' && ing;
    if ((words[k]?.lower !== 'and' && !participle) || k < source.to || !verb || verb.kind !== 'word' || verb.capitalized || !LETTER_FIRST.test(verb.text)) return null;
    if (PREPOSITIONS.hasLower(verb) || DETERMINERS.hasLower(verb) || AUXILIARIES.hasLower(verb) || CLAUSE_WORDS.hasLower(verb) || isAdverb(verb.text)) return null;
    // "Institute director Teresita Manalo-Cruz warned … and said": a role before the name is no verb, and the name its subject.
    if (lowerTitleWords.hasLower(verb) || descriptorNouns.hasLower(verb)) return null;
    return this.speakerBefore(f, source.from - 1);
  }

  /** Is there a cue right after a comma between words `from` and `to`: "…, quoting witnesses, said"? */
  private cueAfterComma(words: Word[], from: number, to: number): boolean {
    for (let j = from; j < to - 1; j++) if (words[j]!.text === ',' && cueAt(words, j + 1)) return true;
    return false;
  }

  /**
   * The name that opens the sentence at word `s0`, past its dateline, its article and the capitalized titles before it: "The
   * Central Bank of Kenya cut …, saying", "BERLIN — German Chancellor Friedrich Merz urged …, saying".
   */
  private nameOpening(words: Word[], s0: number): MentionRef | undefined {
    let s = afterDateline(words, s0, words.length);
    // Past a time set before the subject: "In July, the Supreme Court granted …, observing".
    const time = words[s + 1];
    if (PREPOSITIONS.hasLower(words[s]) && (months.hasText(time) || weekdays.hasText(time) || YEAR.test(time?.text ?? '')) && words[s + 2]?.text === ',') s += 3;
    if (words[s]?.lower === 'the') s++;
    for (let k = s; k < s + 3 && words[k]?.kind === 'word' && words[k]!.capitalized; k++) {
      const ref = this.ctx.table.byStart.get(words[k]!.start);
      if (ref) return ref;
    }
    return undefined;
  }

  /** The subject of the cue at word `cueFrom` ("The GOP nominee, ..., even suggesting"), else the nearest name or pronoun before it in its sentence. */
  private speakerBefore(f: Found, cueFrom: number): { from: number; to: number } | null {
    const { words, sentenceStart } = f;
    // "OSLO, Feb 12 (Reuters) - …": the dateline's agency published the sentence and says nothing in it.
    const s0 = afterDateline(words, sentenceStart[cueFrom]!, cueFrom);
    let subject: Source | null = this.subjectBefore(words, cueFrom, s0);
    for (let k = cueFrom - 1; k >= s0 && !subject; k--) subject = subjectAt(words, k, this.ctx.table.byEnd.get(words[k]!.end) ?? this.ctx.table.byEnd.get(words[k]!.normEnd));
    if (!subject) return null;
    const from = wordAt(words, subject.start);
    const to = wordAt(words, subject.end);
    return to > from ? { from, to } : null;
  }

  /** "Mr. Lind, who said ...", "the commission, which contended ...", "a trust that intends ...": the source is what "who", "which" or "that" stands for. */
  private relativeSource(words: Word[], from: number, to: number, min: number): Source | null {
    const w = words[from]!;
    if (to - from !== 1 || !(RELATIVES.hasLower(w) || w.lower === 'whose')) return null;
    let j = from - 1;
    // "the study -- which notes": a comma or a dash sets the clause off.
    while (j >= min && from - j <= 2 && (words[j]!.text === ',' || SIGN_OFF_DASHES.hasText(words[j]!))) j--;
    if (j < min) return null;
    let antecedent = this.nounPhraseEndingAt(words, j, min);
    // "Det. Sgt. Howard Lind of the county's financial crimes unit, who said": "who" stands for the person who works there.
    if (w.lower === 'who' && antecedent && !antecedent.entity && !antecedent.pronoun) {
      let of = wordAt(words, antecedent.start) - 1;
      while (of > min && words[of]!.lower !== 'of' && wordAt(words, antecedent.start) - of < 6 && words[of]!.kind === 'word') of--;
      const worker = words[of]?.lower === 'of' ? this.ctx.table.byEnd.get(words[of - 1]?.end ?? -1) : undefined;
      if (worker?.entity.type === 'person') antecedent = { start: worker.start, end: worker.end, entity: worker.entity };
    }
    // "a mission led by Goodluck Jonathan, which said": "which" stands for no person, but for what the person leads.
    if (antecedent?.entity?.type === 'person' && w.lower === 'which') {
      const by = wordAt(words, antecedent.start) - 1;
      antecedent = wordOrNone(words, by)?.lower === 'by' && LEADING_PARTICIPLES.hasLower(words[by - 1]) && by - 2 >= min ? this.nounPhraseEndingAt(words, by - 2, min) : null;
    }
    return antecedent && !antecedent.pronoun ? { ...antecedent, start: w.start, end: w.end } : null;
  }

  /**
   * "Ramesh Kumar, a rickshaw driver in Delhi, who said": the person named right before "who" at word `i`, or before a description
   * set off by commas; not "bodyguards loyal to Gaddafi's sons fired at spectators who".
   */
  private personNamedBefore(words: Word[], i: number, min: number): Source | null {
    if (i <= min) return null;
    const person = this.personBefore(words, i);
    if (person || words[i - 1]!.text !== ',') return person;
    for (let k = i - 2; k - 1 > min && i - k < RELATIVE_REACH; k--) if (words[k - 1]!.text === ',') return this.personBefore(words, k - 1);
    return null;
  }

  /**
   * The relative at word `i` with the words before it that it stands for, back to their determiner ("a problem that",
   * "new emissions rules that"): a source the rules could not name. Set off by a comma ("…, which"), the relative alone.
   */
  private unreadAntecedent(words: Word[], i: number, min: number): Source {
    let from = i;
    while (from > min && i - from < 4 && words[from - 1]!.kind === 'word' && LOWER_FIRST.test(words[from - 1]!.text) && !NP_STOP.hasLower(words[from - 1]!) && !PREPOSITIONS.hasLower(words[from - 1]!) && !PRONOUNS.hasLower(words[from - 1]!)) {
      from--;
      if (DETERMINERS.hasLower(words[from]!)) break;
    }
    return { start: words[from]!.start, end: words[i]!.end, unnamed: true };
  }

  /** Headlines are the rules' to read: only plain reporting verbs and "Name: words" count there. */
  private inHeadline(offset: number): boolean {
    return this.ctx.blocks[this.blockIndexAt(offset)]?.kind === 'headline';
  }

  /** Is the head of a source phrase (its last word before a preposition) a name, a pronoun, or a noun that names people or documents? */
  private headNamesSource(words: Word[], from: number, to: number): boolean {
    let end = from;
    while (end < to && !(end > from && (PREPOSITIONS.hasLower(words[end]!) || OBJECT_PREPOSITIONS.hasLower(words[end]!) || words[end]!.text === ','))) end++;
    const head = words[end - 1]!;
    if (head.capitalized || PRONOUNS.hasLower(head)) return true;
    const noun = singular(head.lower);
    return anonymousNouns.hasLower(head) || descriptorNouns.hasLower(head) || orgDescriptors.hasLower(head) || documentNouns.hasLower(head) || anonymousNouns.has(noun) || descriptorNouns.has(noun);
  }

  /** The person named last before `at` (among the last hundred mentions of people) whose role holds `word`, a deputy's or not. */
  private personWithRoleBefore(word: string, at: number, deputy: boolean): EntityDraft | undefined {
    const before = firstNotBefore(this.personMentions, (m) => m.start < at);
    const holders = this.mentionsOfHolders(word, deputy);
    // The nearest of the last hundred people named before.
    const k = holders[firstNotBefore(holders, (h) => h < before) - 1];
    return k !== undefined && k >= before - 100 ? this.personMentions[k]!.entity : undefined;
  }

  /**
   * The person named first after `at`, in its paragraph or the next, whose role holds `word`: "According to the team's coach,
   * Alireza Mehraban"; "The attorney general is confirming … But Attorney General Eric Schneiderman". Not a director named pages on.
   */
  private personWithRoleSoonAfter(word: string, at: number, block: number, deputy: boolean): EntityDraft | undefined {
    const until = this.ctx.blocks[block + 1]?.end ?? this.ctx.blocks[block]?.end ?? at;
    const holders = this.mentionsOfHolders(word, deputy);
    const first = firstNotBefore(this.personMentions, (m) => m.start < at);
    const k = holders[firstNotBefore(holders, (h) => h < first)];
    return k !== undefined && this.personMentions[k]!.start < until ? this.personMentions[k]!.entity : undefined;
  }

  /** The indexes in `personMentions` of the people holding a role whose post is `word` (a deputy's or not), gathered when first asked. */
  private mentionsOfHolders(word: string, deputy: boolean): number[] {
    const key = deputy ? `${word} (deputy)` : word;
    let holders = this.holdersByPost.get(key);
    if (!holders) {
      if (!this.mentionIndexesOf) {
        this.mentionIndexesOf = new Map();
        this.personMentions.forEach(({ entity }, k) => addTo(this.mentionIndexesOf!, entity, k));
      }
      holders = [];
      for (const [entity, indexes] of this.mentionIndexesOf) if (entity.roles.length && holdsRole(entity, word, deputy)) for (const k of indexes) holders.push(k);
      holders.sort((a, b) => a - b);
      this.holdersByPost.set(key, holders);
    }
    return holders;
  }
  private mentionIndexesOf: Map<EntityDraft, number[]> | undefined;
  private readonly holdersByPost = new Map<string, number[]>();

  /** "It has been observed that", "it is said": a report that names no one. */
  private impersonal(q: Quote): boolean {
    if (!q.source || !q.cue || !IMPERSONAL_SUBJECT.test(q.source.text)) return false;
    const words = this.wordsOfBlockAt(q.cue.start);
    if (!words) return false;
    const k = wordAt(words, q.cue.start);
    return k > 0 && BE_FORMS.hasLower(words[k - 1]!);
  }

  /** Is the quote's source a name inside a longer subject ("Norway's support for the plan suggests")? */
  private sourceInsidePhrase(q: Quote): boolean {
    if (!q.source || !q.cue || q.cue.start < q.source.end) return false;
    const words = this.wordsOfBlockAt(q.source.start);
    if (!words) return false;
    const k = wordAt(words, q.source.start);
    return k > 0 && OBJECT_PREPOSITIONS.hasLower(words[k - 1]!);
  }

  /** The index of the cue verb in a cue span, or -1. */
  private cueVerbIndex(words: Word[], cue: Span): number {
    for (let k = wordAt(words, cue.start); k < words.length && words[k]!.start < cue.end; k++) if (cueAt(words, k)) return k;
    return -1;
  }

  /** The cue verb in a cue span: "has claimed" → claim. */
  private cueVerbIn(words: Word[], cue: Span): CueVerb | null {
    for (let k = wordAt(words, cue.start); k < words.length && words[k]!.start < cue.end; k++) {
      const verb = cueAt(words, k);
      if (verb) return verb;
    }
    return null;
  }

  /**
   * "The prosecution called Det. Sgt. Howard Lind, who led the inquiry", "called Dr. Ruiz to testify": a person named at word `k`,
   * titles and all, and nothing said of them after but where they work, is sent for (not "called Ruiz a liar").
   */
  private summons(words: Word[], k: number): boolean {
    let j = k;
    while (j < k + 4 && words[j]?.capitalized && !this.ctx.table.byStart.has(words[j]!.start)) j++;
    const named = this.ctx.table.byStart.get(words[j]?.start ?? -1);
    if (named?.entity.type !== 'person') return false;
    const after = words[wordAt(words, named.end)];
    return !after || after.text === ',' || after.text === '.' || after.lower === 'to' || after.lower === 'as' || after.lower === 'of';
  }

  /**
   * Does the content that starts at `start` read as a reported clause for this cue? `tagged`: the model
   * tagged it as content, so an object or a preposition after a verb of speech counts ("criticized the
   * party's lack of", "complained about the plan"), as PolNeAR counts them. `sure`: the model is sure of it,
   * so a content of a word or two counts too; in a headline, two words do.
   */
  private reportsClause(start: number, cue: Span | null, tagged = false, sure = false): boolean {
    const words = this.wordsOfBlockAt(start);
    if (!words) return false;
    let k = wordAt(words, start);
    // Past a closing mark or a comma left at the start: "according to the “Monitor,” the bank ...".
    while (k < words.length && words[k]!.kind !== 'word' && !OPEN_MARKS.hasText(words[k]!) && !(words[k]!.text === '"' && words[k + 1]?.spaced === false)) k++;
    const w = words[k];
    if (!w) return false;
    // "…, she said": the cue follows a sentence of its own.
    if (cue && cue.start >= start) return true;
    if (w.kind !== 'word') return OPEN_MARKS.hasText(w) || w.text === '"';
    // "easyJet, which reports results next month": a company reports its results, which are no one's words.
    if (cue && REPORTS.test(cue.text) && words[k - 1]?.lower !== 'that' && publishesResults(words, k)) return false;
    let lexical = 0;
    for (let j = k; j < words.length && lexical < 3; j++) if (words[j]!.kind === 'word') lexical++;
    // A headline says it in few words: "Union calls for harbour inquiry"; so does a subject and its verb ("said she understood.",
    // "said inflation eased."), but not an ellipsis ("as he had said he would").
    const pronounAndVerb = SUBJECT_PRONOUNS.hasLower(w) && !AUXILIARIES.hasLower(words[k + 1]);
    if (lexical < (sure ? 1 : 3) && !(lexical === 2 && (this.inHeadline(start) || pronounAndVerb || nounAndVerb(words, k)))) return false;
    // A question asked is no claim made: "Analysis: Why is the alliance a burden".
    if (QUESTION_WORDS.hasLower(w) && AUXILIARIES.hasLower(words[k + 1])) return false;
    // "What he said was true", "Everything Trump says is a lie": a copula right after the cue has the cue's phrase for subject; not in
    // "his hands, which he said were at his side", where the relative is the report's subject.
    if (COPULAS.hasLower(w) && cue && cue.end <= start && !RELATIVE_THEN_SUBJECT.test(this.ctx.text.slice(Math.max(0, cue.start - 24), cue.start))) return false;
    // "found that in three counties, voters …": a clause after "that", however it opens.
    if (w.lower === 'that' || (words[k - 1]?.lower === 'that' && cue && words[k - 1]!.start > cue.start)) return true;
    // "asked not to be named", "did not want to be named": the formula of an unnamed source, not what they said.
    if ((w.lower === 'not' || w.lower === 'to') && UNNAMED_WISH.test(this.ctx.text.slice(w.start, w.start + 40))) return false;
    const verb = cue ? this.cueVerbIn(words, cue) : null;
    // "the 10-year Treasury note fell to 4.38%": a cue's base form right before a finite verb, after a word that cannot be its
    // subject, is a noun, the subject's head (not "which city officials estimate will add …").
    if (verb && FINITE_AFTER_NOUN.hasLower(w) && words[k - 1]?.end === cue!.end && words[k - 1]!.lower === verb.lemma && !isPluralSubject(words[k - 2])) return false;
    // "added 300 jobs", "added a second", "added another": "add" before a count adds it, unless a clause follows ("added 30 people had died"),
    // not one joined after it ("added 24 and the Celtics rallied").
    const count = verb?.lemma === 'add' ? countEnd(words, k) : -1;
    if (count >= 0 && (!hasVerbSoon(words, count - 1) || (words[count]?.lower === 'and' && DETERMINER_ONLY.hasLower(words[count + 1])))) return false;
    // "added the wharf to its list": something put somewhere, no report.
    if (verb?.lemma === 'add' && DETERMINER_ONLY.hasLower(w) && addsTo(words, k)) return false;
    // "showed no emotion": a person shows a look; a poll, a document or a recording shows a finding ("Polls show a close contest").
    if (verb?.lemma === 'show' && cue && (DETERMINER_ONLY.hasLower(w) || w.lower === 'no') && !documentBefore(words, this.cueVerbIndex(words, cue), SHOWING_NOUNS)) return false;
    if (verb && cue && agreesDeal(words, wordAt(words, cue.start), verb)) return false;
    // "Patient advocate Lorraine Tibbetts-Ogun, who …, said": a word that opens the sentence, the cue's word and a person's name are a
    // title and the name, no report.
    if (verb && cue && this.inTitleBeforeName(words, this.cueVerbIndex(words, cue), verb)) return false;
    // "wrote down its plate number": a thing noted; "called a snap election", "called an emergency meeting": a thing convened
    // (not "called a strike a betrayal").
    if (verb?.lemma === 'write' && cue && words[this.cueVerbIndex(words, cue) + 1]?.lower === 'down') return false;
    if (verb?.lemma === 'call' && (convenes(words, k) || this.summons(words, k))) return false;
    // "Okafor reported from Washington": where a reporter worked, not what they reported.
    if (verb?.lemma === 'report' && (w.lower === 'from' || words[k - 1]?.lower === 'from')) return false;
    // "has found it easy", "found it hard to adjust": how something felt, no finding.
    if (verb?.lemma === 'find' && w.lower === 'it' && FELT_ADJECTIVES.hasLower(words[k + 1])) return false;
    // "maintained a defense pact", "noted the rise": most verbs take a noun phrase there; a few take a bare clause ("said the plan failed").
    if (!tagged && verb && DETERMINER_ONLY.hasLower(w) && !BARE_CLAUSE_LEMMAS.has(verb.lemma) && !POSITION_LEMMAS.has(verb.lemma) && !(cue && words[wordAt(words, cue.end)]?.start !== w.start)) return false;
    // "wants to", "plans to" report an intention; "continue to", "said to be" do not; "declined to comment", "refused to say
    // whether" report nothing said.
    if (w.lower === 'to') return !!verb && INTENTION_LEMMAS.has(verb.lemma) && !(REFUSALS.has(verb.lemma) && (cueAt(words, k + 1)?.kind === 'speech' || withholds(words, k + 1)));
    // "said about 35 percent of canals leak", "According to court filings, at least 14 disputes are pending": before a number, "about",
    // "over", "under" or "at least" counts, and a verb that takes a bare clause, or "according to", reports it.
    const numberAt = (i: number) => words[i]?.info.digitFirst === true;
    // "said at least one member had argued": a count in words too.
    const counted = numberAt(k + 1) || (((w.lower === 'at' && (words[k + 1]?.lower === 'least' || words[k + 1]?.lower === 'most')) || (w.lower === 'up' && words[k + 1]?.lower === 'to')) && (numberAt(k + 2) || QUANTIFIERS.hasLower(words[k + 2])));
    const approximate = (verb ? BARE_CLAUSE_LEMMAS.has(verb.lemma) : cue !== null) && counted;
    if (PREPOSITIONS.hasLower(w) && !tagged && !approximate) return false;
    // Verbs of stance and knowledge take objects more often than clauses: "committed resources", "established a panel".
    // Not a study's findings: "A study by … found 31 incidents", "the survey found the party ahead".
    if (verb && (verb.kind === 'stance' || verb.kind === 'knowledge') && !POSITION_LEMMAS.has(verb.lemma)) {
      return CLAUSE_STARTERS.hasLower(w) && !DETERMINER_ONLY.hasLower(w) || PRONOUNS.hasLower(w) || (w.capitalized && k > 0) || (verb.kind === 'knowledge' && documentBefore(words, this.cueVerbIndex(words, cue!)));
    }
    return true;
  }

  /**
   * Is the cue word at `c`, in its base form, a title's noun between a common word opening the sentence and a person's name ("Patient
   * advocate Lorraine …")? Not a name or a pronoun and a verb ("Figueroa said Stein complied").
   */
  private inTitleBeforeName(words: Word[], c: number, verb: CueVerb): boolean {
    const before = words[c - 1];
    // A base form after a singular noun is no verb: "Police suspect Hamas of …" reports.
    if (c < 1 || !before?.capitalized || words[c]!.lower !== verb.lemma || PRONOUNS.hasLower(before) || this.ctx.table.byStart.has(before.start)) return false;
    if (isPluralSubject(before) || groupNouns.has(before.text)) return false;
    return opensSentence(this.ctx.text, before.start) && this.ctx.table.byStart.get(words[c + 1]?.start ?? -1)?.entity.type === 'person';
  }

  private modelQuote(f: Found): Quote | null {
    const { text } = this.ctx;
    const { words } = f;
    f = sourceAfterContent(sourceAsSubject(openedAtRelativesNoun(timeOutOfCue(f))));
    // "The striker's agent, John Smith, said the offer was higher": a noun phrase the source is set beside is who they are, not
    // what they said.
    const [role, ...said] = f.attribution.content;
    if (role && said.length && f.attribution.source && role.to < f.attribution.source.from && nounPhraseOnly(words, role.from, role.to)) {
      f = { ...f, start: words[said[0]!.from]!.start, attribution: { ...f.attribution, content: said } };
    }
    // "PRETORIA, South Africa (AP) — …": the agency in the dateline is no source of the story's reports.
    const readSource = f.attribution.source;
    if (readSource && afterDateline(words, f.sentenceStart[readSource.from]!, f.attribution.cue?.from ?? words.length) >= readSource.to) f = { ...f, attribution: { ...f.attribution, source: null } };
    const a = f.attribution;
    // Precision first: the model's own attribution needs a source and a cue from the lexicon, in a shape that reports.
    if (!a.cue) return null;
    // "ended two days of talks without agreeing on a common approach": what was not done reports nothing.
    for (let c = a.cue.from; c < a.cue.to; c++) if (words[c]!.lower === 'without') return null;
    // "Asked whether the ministry had been warned about the problem, Choi said": the question put reports nothing.
    if (this.questionOpeningAt(words[a.cue.from]!.start) >= 0) return null;
    // "Did she fear being forgotten?": nor does a question the writer puts.
    if (isYesNoQuestion(words, f.sentenceStart[a.cue.from]!, a.cue.from)) return null;
    if (inWhoseClause(words, a.cue.from, a.cue.to, f.sentenceStart[a.cue.from]!)) return null;
    // "sang outside the courthouse", "The tenor singing the title role": singing reports only the words sung, in quotation marks.
    if (cueAt(words, a.cue.from)?.lemma === 'sing' && !hasQuotedWords(text.slice(f.start, f.end))) return null;
    // "…, Kyodo News reported, citing unnamed party sources": who is cited is a source, not what was said.
    const cited = a.content[0]!;
    if (words[a.cue.from]!.lower === 'citing' && a.content.length === 1 && cited.from > a.cue.from && cited.to - cited.from <= 5 && anonymousNouns.has(words[cited.to - 1]!.lower)) return null;
    // "a retired surgeon who asked that his name be withheld": asking for anonymity reports nothing.
    const asking = a.content[0]!.from > a.cue.from && words[a.cue.from - 1]?.lower === 'who';
    if (asking && ANONYMOUS_CLAUSE.test(text.slice(words[a.cue.from - 1]!.start, words[a.content[a.content.length - 1]!.to - 1]!.end))) return null;
    // "An aide who asked not to be named because she is expected to testify said": nor a cue inside such a clause (one set off by
    // commas may hold the cue the reader found for a quote before it).
    if (this.inAnonymityClause(words, a.cue.from, f.sentenceStart[a.cue.from]!, false)) return null;
    // "did not respond to repeated requests for comment": a request made of the source, no report.
    if (REQUEST_FOR_COMMENT.test(text.slice(words[a.content[0]!.from]!.start, words[a.content[0]!.to - 1]!.end))) return null;
    // "Anyone with information is asked to call the police": a request made of the reader, no report.
    const askedAt = a.cue.to - 1;
    if (words[askedAt]!.lower === 'asked' && words[askedAt + 1]?.lower === 'to' && BE_FORMS.hasLower(words[askedAt - 1])) return null;
    // "Castellanos, when asked whether she would run ads, said": the one asked puts no question.
    const asker = words[a.cue.from - 1];
    // So does "Castellanos, asked whether she would run ads, smiled": the question set off before the subject's own verb.
    const lastTo = a.content[a.content.length - 1]!.to;
    const ownVerb = asker?.text === ',' && words[lastTo]?.text === ',' && words[lastTo + 1]?.kind === 'word' && !words[lastTo + 1]!.capitalized && !CONJUNCTIONS.has(words[lastTo + 1]!.lower) && !DETERMINERS.hasLower(words[lastTo + 1]);
    if (words[a.cue.from]!.lower === 'asked' && (asker?.lower === 'when' || asker?.lower === 'if' || ownVerb) && QUESTION_OPENERS.hasLower(words[a.cue.to])) return null;
    // "The inquest, which is expected to last three weeks": content that ends on a relative pronoun is the subject of the clause it opens.
    const contentEnd = a.content[a.content.length - 1]?.to ?? 0;
    if (contentEnd <= a.cue.from && RELATIVES.hasLower(words[contentEnd - 1])) return null;
    // "…to settle this quarrel. Its record is poor. The panel has issued …": sentences before the cue's, with no words in marks, are not what it reports.
    if (f.sentenceStart[a.content[0]!.from]! < f.sentenceStart[a.cue.from]! && !hasQuotedWords(text.slice(f.start, f.end))) return null;
    // "X is telling a group ... and says Y": the subject of coordinated verbs is the sentence's.
    // Else, when the model is sure enough of the rest, the cue's subject as the rules read it or the nearest name before it.
    // A source the model tagged on a word that names no one ("perhaps recognizing") or after a preposition ("in Michigan") is no source.
    // "Proponents, including the mayors' conference,": the phrase before the examples names the source.
    let sourceTo = a.source?.to ?? 0;
    for (let k = (a.source?.from ?? 0) + 1; k < sourceTo; k++) if (words[k]!.text === ',' && INCLUSIONS.has(words[k + 1]?.lower ?? '')) sourceTo = k;
    // "who filed a brief supporting the residents": a relative pronoun and a verb that is no cue are the clause's own words, not a source.
    if (a.source && a.source.to - a.source.from >= 2 && RELATIVES.hasLower(words[a.source.from]) && !words[a.source.to - 1]!.capitalized && !cueAt(words, a.source.to - 1)) return null;
    // "BRUSSELS - European leaders": the dateline is no part of the source.
    let sourceFrom = a.source ? Math.max(a.source.from, Math.min(afterDateline(words, f.sentenceStart[a.source.from]!, sourceTo), sourceTo - 1)) : 0;
    // "The plan, which the ministry announced on Tuesday, would cost …": the relative pronoun is what was announced, and the words
    // after the clause's comma are the writer's; not "taxes, which the U.S. says target its companies", nor "during which".
    const relative = sourceFrom + 1 < sourceTo && OBJECT_RELATIVES.hasLower(words[sourceFrom]) ? sourceFrom : sourceFrom - 1;
    if (a.source && OBJECT_RELATIVES.hasLower(wordOrNone(words, relative)) && !PREPOSITIONS.hasLower(words[relative - 1])) {
      for (let k = a.cue.to; k < a.content[0]!.from; k++) if (words[k]!.text === ',') return null;
      if (relative === sourceFrom) sourceFrom++;
    }
    // Nor one in a list of places after one: "Restaurants in Glendale, Arizona, reported".
    const place = a.source ? this.ctx.table.byStart.get(words[sourceFrom]!.start)?.entity.type === 'place' : false;
    const listed = place ? this.placeListStart(words, sourceFrom, f.sentenceStart[sourceFrom] ?? 0) : sourceFrom;
    const placed = listed < sourceFrom && afterPreposition(words, listed);
    // "Patients' rights groups welcomed": a source the model ends at a plural owner runs on to the noun it owns.
    if (a.source && pluralOwnerAt(words, sourceTo - 1) && sourceTo + 4 >= a.cue.from && ownedNounsUpTo(words, sourceTo + 1, a.cue.from)) sourceTo = a.cue.from;
    // "no officer had issued a warning": a subject that denies anyone did it reports nothing.
    if (a.source && NEGATIVE_SUBJECTS.hasLower(words[sourceFrom])) return null;
    // "The family of a man shot dead by police … called for", "economists surveyed by Reuters had forecast": the agent of a participle
    // is no source; who it acted on is.
    const acted = a.source ? this.actedOnBy(words, sourceFrom, f.sentenceStart[sourceFrom]!) ?? this.beforeSetOffParticiple(words, sourceFrom, f.sentenceStart[sourceFrom]!) : null;
    const tagged = acted ? { from: wordAt(words, acted.start), to: wordAt(words, acted.end) }
      : a.source && !namesNoOne(words[sourceTo - 1]!) && !afterPreposition(words, sourceFrom) && !placed ? { from: sourceFrom, to: sourceTo } : null;
    // "As one reader pointed out": a source the model ends at a determiner or a number goes on to its noun, which it read into the cue.
    let cueFrom = a.cue.from;
    const noun = words[cueFrom]!;
    if (a.source?.to === cueFrom && isQuantifier(words[cueFrom - 1]!) && noun.kind === 'word' && !noun.capitalized && !cueAt(words, cueFrom) && !leadsCue(noun) && cueAt(words, cueFrom + 1)) {
      cueFrom++;
      if (tagged) tagged.to = cueFrom;
    }
    // Below that confidence, only a cue that follows no preposition: "joined … in condemning", "with formal requests" are a
    // noun's or a participle's, whose subject the sentence need not name.
    const fallback = a.source || a.confidence >= SOURCE_FALLBACK_CONFIDENCE || !(cueFrom > 0 && PREPOSITIONS.hasLower(words[cueFrom - 1]!));
    // "We asked Clara Neumann, an economist, what it will change": the one asked is no source; who asks is.
    const asked = !!tagged && tagged.from >= a.cue.to && cueAt(words, cueFrom)?.lemma === 'ask';
    // "Environmental groups welcomed the figures but said": after a conjunction, the sentence's subject speaks, not the first verb's object.
    // "Under the terms announced by the two companies, …": a participle's noun before it is what was done, no source.
    if (words[a.content[0]!.from]?.lower === 'by' && words[a.cue.to - 1]!.lower.endsWith('ed')) return null;
    // "(a view echoed by everyone I interviewed)": nor is what follows a cue that ends in "by", its agent.
    if (words[a.cue.to - 1]!.lower === 'by' && a.content[0]!.from === a.cue.to) return null;
    const found = asked ? this.speakerBefore(f, cueFrom) : this.coordinatedSubject(f, cueFrom) ?? withSubject(words, cueFrom) ?? tagged ?? (fallback ? this.speakerBefore(f, cueFrom) : null) ?? (placed ? null : a.source);
    const src = (found && this.subjectOverObject(f, found, cueFrom)) ?? found;
    if (!src) return this.adjunctReading(f) ?? this.passiveReading(f, cueFrom, a.cue.to);
    // "Markets expect two cuts by the ECB, according to prices of futures": the source of "according to" is what follows it.
    if (src.from < cueFrom && words[cueFrom]!.lower === 'according') return null;
    // A reading the model is sure of, its source included, outweighs some checks of its shape below (the listener after "told",
    // a short content, the head of the source phrase); not those that keep out look-alikes ("is accused of", "continue to",
    // "asked not to be named").
    const sure = !!tagged && a.confidence >= MODEL_SURE_CONFIDENCE;
    let cue = span(text, words[cueFrom]!.start, words[a.cue.to - 1]!.end);
    let verbAt = this.cueVerbIndex(words, cue);
    let verb = verbAt >= 0 ? cueAt(words, verbAt) : null;
    // "Pope calls for ceasefire": the lexicon's cue runs past the model's into what it took for the content.
    const verbEnd = verb ? verbAt + verb.words.length : -1;
    if (verb && verbEnd > a.cue.to && a.content[0]!.from === a.cue.to) {
      // "as X put it, ''…": past the comma or colon after the cue.
      let from = verbEnd;
      while (from < a.content[0]!.to && (words[from]!.text === ',' || words[from]!.text === ':')) from++;
      if (from < a.content[0]!.to) {
        cue = span(text, words[cueFrom]!.start, words[verbEnd - 1]!.end);
        f = { ...f, start: words[from]!.start, attribution: { ...a, content: [{ ...a.content[0]!, from }, ...a.content.slice(1)] } };
      }
    }
    // "went on to explain", "continued to call for": a verb that leads with "to" into another cue of the span reports with that one.
    const led = verb && !INTENTION_LEMMAS.has(verb.lemma) && words[verbAt + verb.words.length]?.lower === 'to' ? verbAt + verb.words.length + 1 : -1;
    if (led > 0 && led < a.cue.to && cueAt(words, led)) {
      [verbAt, verb] = [led, cueAt(words, led)];
      // "continued to call for more information about …": what follows that cue's own words is what it reports.
      const verbEnd = led + verb!.words.length;
      if (verbEnd < a.cue.to && a.content[0]!.from === a.cue.to) {
        cue = span(text, words[cueFrom]!.start, words[verbEnd - 1]!.end);
        const content = [{ ...a.content[0]!, from: verbEnd }, ...a.content.slice(1)];
        f = { ...f, start: words[verbEnd]!.start, attribution: { ...a, content } };
      }
    }
    // "is due to testify before the committee": what follows a place's or a hearer's preposition is where, or to whom, not what.
    if (f.start > words[a.cue.to - 1]!.start && PLACE_PREPOSITIONS.has(words[a.cue.to - 1]!.lower)) return null;
    const nounCue = nounCueAt(words, cueFrom) > 0 || words[cueFrom]!.text === ':';
    // "Transcript: Why your grocery bill is so high": a label of the piece's kind before a headline's colon said nothing.
    if (words[cueFrom]!.text === ':' && src.to - src.from === 1 && HEADLINE_GENRES.hasLower(words[src.from])) return null;
    // A sure reading stands with a cue the lexicon lacks ("criticism of"), not with one it reads as no cue there ("having said that").
    const unlisted = !!tagged && a.confidence >= MODEL_UNLISTED_CUE_CONFIDENCE && !words.slice(cueFrom, a.cue.to).some((w) => !!cueVerbsAt(w));
    if (!verb && !nounCue && !unlisted) return null;
    // "refused to comment on reports that …": the reports are others', not the subject's.
    for (let j = cueFrom + 2; j < a.cue.to; j++) if (answersReports(words, j) && mayOpenCue(words[j]!)) return null;
    if (verb) {
      // Only auxiliaries and adverbs before the verb ("has long claimed"), unless the model is sure of the reading or tagged the source too ("is steering
      // clear of criticizing"): a source found by the rules may belong to another verb. A passive's subject is no speaker: see passiveReading.
      // A relative pronoun in the cue is the verb's own subject ("which reported", "that intends"), read below.
      if (!tagged && a.confidence < MODEL_SURE_CONFIDENCE) for (let k = cueFrom; k < verbAt; k++) if (!(leadsCue(words[k]!) || (k === cueFrom && RELATIVES.hasLower(words[k]!)))) return null;
      if (isPassive(words, verbAt, f.sentenceStart[verbAt]!)) return this.passiveReading(f, cueFrom, a.cue.to);
      // "while the wireless plays the shipping forecast – is the most moving thing": a noun after its article, before a dash.
      const verbLast = verbAt + verb.words.length - 1;
      const dash = words[verbLast + 1];
      if (!!dash?.spaced && SIGN_OFF_DASHES.hasText(dash) && (DETERMINERS.hasLower(words[verbAt - 1]) || DETERMINERS.hasLower(words[verbAt - 2]))) return null;
      if (verb.lemma === 'plead' && PLEAS.hasLower(words[verbAt + 1])) return null;
      if (verb.lemma === 'say' && saysSetPhrase(words, verbAt + verb.words.length)) return null;
      if (heldTalks(words, verbAt)) return null;
      // "President Dana Whitfield, asked about the decision …, said": a question put to the subject, set off before its own verb.
      const contentTo = a.content[a.content.length - 1]!.to;
      if (verb.lemma === 'ask' && words[verbAt]!.lower === 'asked' && words[cueFrom - 1]?.text === ',' && words[contentTo]?.text === ',' && cueAt(words, contentTo + 1)) return null;
      // "The man accused of killing three people appeared", "Canadian miner accused of poisoning river": with no object before
      // "of", the participle tells what its noun is said to have done; the noun accuses no one.
      if (verb.kind === 'allegation' && words[verbAt + 1]?.lower === 'of') return null;
      // "beating defending champion Carlos Alcaraz", "the ruling party": a participle before the noun it describes reports nothing.
      if (words[verbAt]!.lower.endsWith('ing') && DESCRIBED_BY_PARTICIPLES.hasLower(words[verbAt + verb.words.length])) return null;
      // "continue to fray": a verb that reports nothing with "to".
      const after = words[verbAt + verb.words.length];
      if (after?.lower === 'to' && !INTENTION_LEMMAS.has(verb.lemma)) return null;
      // A verb that reports only with its complement ("plans to", "states that"), and in a headline only plain reporting verbs.
      // "spoke of the legacy", "commented on the death": a verb of speech reports its topic after "of", "about" or "on" too.
      // Not the terms of speaking: "spoke on condition of anonymity", "on background", "off the record".
      const topic = verb.kind === 'speech' && TOPIC_PREPOSITIONS.has(wordOrNone(words, wordAt(words, f.start) - 1)?.lower ?? '') && !SPEAKING_TERMS.test(cue.text);
      if (verb.complement && !topic && f.start > cue.start && words[wordAt(words, f.start)]?.lower !== verb.complement && after?.lower !== verb.complement) return null;
      if (f.block.kind === 'headline' && !HEADLINE_CUES.has(verb.lemma)) return null;
      // "have added surcharges for vessels": what is added with no clause is a thing, not a remark.
      // So too in content read around the cue: "heading in a cross, and added a second after Asante fouled Ruiz".
      const added = verb.lemma === 'add' ? f.attribution.content.find((c) => words[c.from]!.start > cue.start) : undefined;
      if (added && addsThing(words, added.from, added.to, added.from === a.cue.to)) return null;
      // "told reporters", "reassured the minister of": after a verb that takes a listener, the content is a clause or a quote.
      if (!sure && isTell(verb.lemma) && f.start > cue.start && !/^(that|to|whether|how|why|what|if)\b|^["“]/i.test(text.slice(f.start, f.start + 8)) && !LISTENER_THEN_CLAUSE.test(text.slice(f.start, f.start + 60))) return null;
    }
    if (!this.reportsClause(f.start, cue, true, sure)) return null;
    // Content first, then its attribution: "…, she said" or "… — Reuters reported"; not "X is a group established".
    const tail = Math.min(cue.start, words[src.from]!.start);
    // The content's last piece before the attribution, if any.
    let beforeEnd = -1;
    for (const c of a.content) if (words[c.to - 1]!.end <= tail) beforeEnd = words[c.to - 1]!.end;
    if (beforeEnd >= 0) {
      // After its content, a cue that states: "…, she said", "…, according to", not "…, while China has committed".
      if (verb && verb.kind !== 'speech' && verb.kind !== 'allegation' && verb.kind !== 'warning' && verb.kind !== 'belief') return null;
    }
    const first = words[src.from]!;
    // "It goes without saying that": "it" is the subject of a verb's own only, not of a gerund after a preposition (a passive went above).
    if (src.to - src.from === 1 && (first.lower === 'there' || (first.lower === 'it' && (!verb || PREPOSITIONS.hasLower(words[verbAt - 1]))))) return null;
    const head = words[src.to - 1]!;
    // A short phrase the lexicons do not know still names a source: "many Democrats", "proponents".
    const plain = src.to - src.from <= 5 && head.kind === 'word' && LETTER_FIRST.test(head.text) && !NP_STOP.hasLower(head) && !DETERMINERS.hasLower(head) && !AUXILIARIES.hasLower(head) && !namesNoOne(head);
    // "Lewis, who said": the source is the "who" right before the cue, standing for Lewis, whatever the model tagged.
    // "the agency, which reported": the same when the model read "which" into the cue.
    let k = RELATIVES.hasLower(words[cueFrom]!) ? cueFrom : cueFrom - 1;
    while (k > src.to && (AUXILIARIES.hasLower(words[k]!) || isAdverb(words[k]!.text))) k--;
    const plainSource: Source | null = plain ? { start: first.start, end: head.end, head: singular(head.lower), anonymous: true } : null;
    // "Business groups": not a phrase the rules read short of the head ("Business"), where no name or mark is.
    let phrase = this.nounPhraseAfter(words, src.from, src.to);
    const bare = () => words.slice(src.from, src.to).every((w) => (w.kind === 'word' || APOSTROPHES.hasText(w)) && !this.ctx.table.byStart.has(w.start));
    if (phrase && plainSource && !phrase.entity && !phrase.pronoun && phrase.end < head.end && bare()) phrase = plainSource;
    const source = this.apposedTo(words, src.from, words[src.to]?.text === ',' ? cueFrom : src.to, cueFrom) ?? (k >= src.to ? this.relativeSource(words, k, k + 1, f.sentenceStart[k]!) : null) ?? this.relativeSource(words, src.from, src.to, f.sentenceStart[src.from]!) ?? phrase ?? plainSource
      // "Ramesh Kumar, a rickshaw driver in Delhi, who said": the person named before "who".
      ?? (src.to - src.from === 1 && first.lower === 'who' ? this.personNamedBefore(words, src.from, f.sentenceStart[src.from]!) : null)
      // "a problem that demands", "listeners ... who said": a relative whose antecedent the rules cannot read still stands for the source, unnamed.
      ?? (src.to - src.from === 1 && RELATIVES.hasLower(first) && f.start >= cue.end ? this.unreadAntecedent(words, src.from, f.sentenceStart[src.from]!) : null)
      // "his claim that", "he'll promote": the pronoun inside a possessive or a contraction names the speaker.
      ?? (src.to - src.from === 1 ? pronounSource(first) : null);
    if (!source) return null;
    // "…filed a lawsuit against Brightwater Foods, accusing the company of …": a participle set off by a comma has the sentence's
    // subject, not a noun after a preposition before it.
    if (words[cueFrom]!.lower.endsWith('ing') && words[cueFrom - 1]?.text === ',' && src.to <= cueFrom && PREPOSITIONS.hasLower(wordOrNone(words, wordAt(words, source.start) - 1) ?? words[cueFrom]!)) {
      const subject = this.sentenceSubject(words, f.sentenceStart[cueFrom]!, cueFrom) ?? this.clauseOpeningName(words, f.sentenceStart[cueFrom]!, cueFrom);
      return subject ? this.modelReading(f, cue, verb, subject) : null;
    }
    // "Kenji Morimoto himself, a lawmaker from the ruling LDP who …, said": nor a body inside the description set off after the
    // person who opens the sentence.
    if (source.entity?.type === 'organization') {
      const opener = this.ctx.table.byStart.get(words[f.sentenceStart[cueFrom]!]!.start);
      let comma = opener?.entity.type === 'person' ? wordAt(words, opener.end) : -1;
      if (comma >= 0 && REFLEXIVES.has(words[comma]!.lower)) comma++;
      if (comma >= 0 && words[comma]?.text === ',' && wordAt(words, source.start) > comma + 1) return this.modelReading(f, cue, verb, { start: opener!.start, end: opener!.end, entity: opener!.entity });
    }
    // The phrase's head decides: "Norway's support for the plan suggests" is no one's statement. A verb of inference reports for
    // whatever its subject is, so there the head decides however sure the model is.
    const inference = !!verb && INFERENCE_LEMMAS.has(verb.lemma);
    if ((!sure || inference) && source.entity && source.end < head.end && !this.headNamesSource(words, src.from, src.to)) return null;
    // "Norway's support ... suggests": a possessive names the owner of the subject, not the subject.
    if (!sure && head.normEnd !== head.end && source.end <= cue.start && !(src.to < cueFrom && this.headNamesSource(words, src.to, cueFrom))) return null;
    return this.modelReading(f, cue, verb, source);
  }

  /**
   * "The warehouse's owner, Harlow & Finch, said": a person or an organization named between commas after a description, in the
   * source the model tagged [from, to) or right after it, before the cue.
   */
  private apposedTo(words: Word[], from: number, to: number, cueFrom: number): Source | null {
    let comma = from + 1;
    while (comma < to && words[comma]!.text !== ',') comma++;
    if (words[comma]?.text !== ',') return null;
    // A name that opens the phrase speaks, unless it owns what follows: "NHS England's medical director, Stephen Powis,".
    if (this.ctx.table.byStart.has(words[from]!.start) && !words.slice(from, comma).some((w) => w.normEnd !== w.end)) return null;
    // Past the titles the person's name may carry: "Professor Sir Stephen Powis".
    let close = comma + 1;
    while (close < to && words[close]!.text !== ',') close++;
    const apposed = this.ctx.table.byStart.get(words[comma + 1]?.start ?? -1) ?? this.personAfterRole(words, comma + 1, close);
    if (!apposed || (apposed.entity.type !== 'person' && apposed.entity.type !== 'organization')) return null;
    const after = wordAt(words, apposed.end);
    return words[after]?.text === ',' && (after === to - 1 || after + 1 === cueFrom) ? { start: apposed.start, end: apposed.end, entity: apposed.entity } : null;
  }

  /**
   * "After saying A, she …": a participle of speech that opens its sentence has the subject of the clause after its content,
   * past the comma, for its speaker. Not "Asked whether A, he said": the question is someone else's. The reading with that
   * subject, its content ending at the comma; else null.
   */
  private adjunctReading(f: Found): Quote | null {
    const { words, attribution: a } = f;
    if (!a.cue) return null;
    const { from: cueFrom, to: cueTo } = a.cue;
    const s0 = f.sentenceStart[cueFrom]!;
    const opener = words[cueFrom]!;
    if (cueFrom - s0 > 1 || (cueFrom > s0 && !ADJUNCT_OPENERS.hasLower(words[s0]!))) return null;
    if (!(opener.lower.endsWith('ing') && cueAt(words, cueFrom))) return null;
    const last = a.content[a.content.length - 1]!;
    for (let k = wordAt(words, f.start) + 1; k <= last.to && k < words.length - 1; k++) {
      if (f.sentenceStart[k] !== s0) return null;
      if (words[k]!.text !== ',') continue;
      // Past the mark that closes words quoted: "…shoe on,” she was".
      const at = words[k + 1]!.kind === 'word' || !words[k + 2] ? k + 1 : k + 2;
      const subject = subjectAt(words, at, this.ctx.table.byStart.get(words[at]!.start));
      if (!subject) continue;
      const closing = words[k + 1]!.kind !== 'word';
      const end = contentEndBefore(words, 0, closing ? k + 2 : k);
      if (words[end - 1]!.end <= f.start) return null;
      const cue = span(this.ctx.text, words[cueFrom]!.start, words[cueTo - 1]!.end);
      const content = { ...last, from: wordAt(words, f.start), to: end };
      return this.modelReading({ ...f, end: words[end - 1]!.end, attribution: { ...a, content: [content] } }, cue, cueAt(words, cueFrom), subject);
    }
    return null;
  }

  /**
   * A model reading whose cue is a passive of the lexicon ("is expected to continue", "was written by the singer")
   * and that has no subject for a source: the speaker is unnamed, or the one after "by".
   */
  private passiveReading(f: Found, cueFrom: number, cueTo: number): Quote | null {
    const { words } = f;
    const cue = span(this.ctx.text, words[cueFrom]!.start, words[cueTo - 1]!.end);
    const k = this.cueVerbIndex(words, cue);
    const verb = k >= 0 ? cueAt(words, k) : null;
    // Not an allegation's passive: "is accused of" tells what the subject is said to have done, and the rules keep it out.
    if (!verb || verb.kind === 'allegation' || !isPassive(words, k, f.sentenceStart[k]!)) return null;
    // "Officers were called to the warehouse", "was called to testify": someone sent for, not a report.
    if (verb.lemma === 'call' && words[k + 1]?.lower === 'to') return null;
    const by = k + verb.words.length;
    // "is thought to be", "was determined to have been": a passive of belief or knowledge reports what follows "to" (not "is said to", a hedge).
    const raised = words[by]?.lower === 'to' && words[by]!.start === f.start && (verb.kind === 'belief' || verb.kind === 'knowledge');
    if (!raised && !this.reportsClause(f.start, cue, true)) return null;
    // "Residents of Marathon, the town that …, were told to stay indoors": a told passive's subject is who heard, not what.
    if (isTell(verb.lemma) && f.end <= cue.start) return null;
    // "Preliminary results are expected late Sunday": a thing due, not a belief ("is expected to", "is considered a threat").
    if (verb.lemma === 'expect' && words[by]?.lower !== 'to' && words[by]?.lower !== 'that') return null;
    // "has been endorsed by dozens of papers": the agent is no content.
    if (words[by]?.lower === 'by' && words[by]!.start === f.start) return null;
    const agent = words[by]?.lower === 'by' ? this.nounPhraseAfter(words, by + 1, Math.min(words.length, by + 9)) : null;
    // "…is thought to blunt the spike. Repeated large spikes …": what follows the cue ends with its sentence, unless words in marks go on.
    for (let next = by; next < words.length && words[next]!.start < f.end; next++) {
      if (f.sentenceStart[next] === f.sentenceStart[k]) continue;
      if (hasQuotedWords(this.ctx.text.slice(words[next]!.start, f.end))) break;
      const end = words[contentEndBefore(words, k, next) - 1]!.end;
      // Nothing of the cue's sentence is left: the reading is of another sentence.
      if (end <= f.start) return null;
      f = { ...f, end };
      break;
    }
    // "Her death was confirmed by her daughter": what was confirmed is the subject, not the cue and the agent after it.
    const from = wordAt(words, f.start);
    const subjectEnd = agent && f.start < cue.start && f.end > cue.start ? trimBack(words, from, cueFrom) : -1;
    return this.modelReading(subjectEnd > from ? { ...f, end: words[subjectEnd - 1]!.end } : f, cue, verb, agent);
  }

  private modelReading(f: Found, cue: Span, verb: CueVerb | null, source: Source | null): Quote {
    const { text } = this.ctx;
    const { words, attribution: a } = f;

    // A stray mark (a passage's closing one) quotes nothing: only words between marks make a partial quote.
    const marks = hasQuotedWords(text.slice(f.start, f.end));
    const opens = OPEN_MARKS.has(text[f.start]!) || text[f.start] === '"';
    const kind: QuoteKind = opens ? 'direct' : marks ? 'partial' : 'indirect';
    const before = this.quotes.length;
    // "wrote on Telegram that the motion was unfair": the word that opens the clause after its cue is no part of what was said.
    const opener = wordAt(words, f.start);
    const start = words[opener]!.lower === 'that' && cue.end <= f.start && words[opener + 1] && words[opener + 1]!.end <= f.end ? words[opener + 1]!.start : f.start;
    const quote = this.makeQuote(null, kind, { cue, cueVerb: verb, source, rule: 'quote.model' }, [start, f.end]);
    this.quotes.length = before;
    // Only the pieces inside the content kept: "Her death was confirmed by her son" leaves the agent out of it.
    const pieces = a.content.filter((c) => words[c.from]!.start >= f.start && words[c.to - 1]!.end <= f.end);
    if (pieces.length > 1) quote.fragments = pieces.map((c) => span(text, words[c.from]!.start, words[c.to - 1]!.end));
    quote.confidence = round2(a.confidence);
    return quote;
  }

  // ---- direct quotes -----------------------------------------------------

  private direct(raw: RawQuote, bw: BlockWords, introduction: BlockWords | null): Quote | null {
    const { text } = this.ctx;
    const { first, last } = raw;
    const content = text.slice(first.start, last.end);
    // Six words tell a short quote from a long one; only a title's words need reading on, up to eleven.
    let lexical = lexicalWords(content, 6);
    if (lexical.length === 0) return null;
    let titleCase = isTitle(lexical);
    if (lexical.length === 6 && titleCase) {
      lexical = lexicalWords(content, 11);
      titleCase = lexical.length <= 10 && isTitle(lexical);
    }
    const endsLikeSpeech = endsWithMark(text, first.start, first.end, '.,!?…:;—-');
    // Marks around a name or title: "Le Monde", a panel's name. Not a word or two that open a sentence and hand over to a speaker
    // ("“Yes,” she said"): that is an answer, read below.
    const title = titleCase && (!endsLikeSpeech || lexical.length <= 6);
    const answer = title && lexical.length <= 2 && endsWithMark(text, first.start, last.end, ',?!');
    if (title && !answer) return null;

    const words = bw.words;
    const openIdx = wordAt(words, raw.open);
    // "whose film “Las Hermanas del Ebro” follows": a few words in marks after a word for a work are its title.
    if (lexical.length <= 8 && workNouns.hasText(wordOrNone(words, openIdx - 1))) return null;
    // "nicknamed “the Magician”", "known as “Mama Rose”": so are they a nickname.
    if (lexical.length <= 4 && (NICKNAMING.hasLower(wordOrNone(words, openIdx - 1)) || (wordOrNone(words, openIdx - 1)?.lower === 'as' && wordOrNone(words, openIdx - 2)?.lower === 'known'))) return null;
    const closeIdx = raw.close >= 0 ? wordAt(words, raw.close + 1) : words.length;
    const sentenceOpen = openIdx < words.length ? sentenceStartOf(bw, openIdx) : openIdx;
    const closeSentenceEnd = closeIdx > 0 && closeIdx <= words.length ? sentenceEndOf(bw, closeIdx - 1) : words.length;
    // “Why now?” Berg asked.: the sentence ends at the mark, and a short one after it is the attribution.
    const nextSentenceEnd = closeSentenceEnd === closeIdx && closeIdx < words.length ? sentenceEndOf(bw, closeIdx) : -1;
    const tailEnd = nextSentenceEnd >= 0 && nextSentenceEnd - closeIdx <= ATTRIBUTION_SENTENCE_MAX ? nextSentenceEnd : closeSentenceEnd;
    // A quote closed by a full stop rarely takes its cue after it, unless the cue follows at once: “... today.” Smith said.
    const fullStop = endsWithMark(text, first.start, last.end, '.…');
    const afterEnd = fullStop ? Math.min(this.nextOpenMark(words, closeIdx, tailEnd), closeIdx + 6) : this.nextOpenMark(words, closeIdx, tailEnd);
    // "“…the tail.” I understand that.": after a full stop, a verb of belief or knowledge opens a sentence of its own.
    const unlessOwnSentence = (a: Attribution | null) => (fullStop && (a?.cueVerb?.kind === 'belief' || a?.cueVerb?.kind === 'knowledge') ? null : a);
    const attribution =
      this.signOff(words, closeIdx) ??
      (fullStop && tailEnd > closeIdx + 6 ? null : unlessOwnSentence(this.attributeAfter(words, closeIdx, afterEnd))) ??
      this.attributeBefore(words, sentenceOpen, openIdx) ??
      (introduction && openIdx === 0 ? this.attributeBefore(introduction.words, introduction.sentenceStarts.at(-1) ?? 0, introduction.words.length - 1) ?? this.introducer(introduction) : null);
    if (answer && !(openIdx === sentenceOpen && attribution?.rule === 'quote.cue.after' && attribution.cueVerb?.kind === 'speech' && attribution.cue.start > raw.close)) return null;

    // 'He said "We will appeal."' is speech after its cue; 'He told reporters that Moscow would not accept "ultimatums …"' ends a clause
    // with the quote, the verb before the mark no cue of the attribution's.
    const before = wordOrNone(words, openIdx - 1);
    const cueBefore = !!before && !!cueAt(words, openIdx - 1) && (!attribution || (attribution.cue.start <= before.start && before.end <= attribution.cue.end));
    // 'He said Reform had 200 volunteers, "more than Labour and the Tories put together"': words quoted after a comma that ends the
    // clause the cue reports are that clause's too.
    const cueEnd = attribution && attribution.cue.end <= raw.open && (!attribution.source || attribution.source.start < attribution.cue.start) ? wordAt(words, attribution.cue.end) : -1;
    // Not a sentence quoted whole: 'said via email that, "Of course …"'.
    const afterClause = before?.text === ',' && cueEnd >= sentenceOpen && wordCount(words, cueEnd, openIdx - 1) >= 3 && LOWER_FIRST.test(words[openIdx + 1]?.text ?? '') && !INTRODUCERS.hasLower(words[openIdx - 2]);
    // 'would help Tessellate "get more out of every watt"': so is one after a name that a word in lower case, no cue, leads to; or a
    // cue that takes no listener, where the quote goes on in lower case ('said Dagan "fully backs the decisions"').
    const led = wordOrNone(words, openIdx - 2);
    const ledCue = cueAt(words, openIdx - 2);
    const afterObject = !!before?.capitalized && before.kind === 'word' && led?.kind === 'word' && LOWER_FIRST.test(led.text) && (!ledCue || (!isTell(ledCue.lemma) && LOWER_FIRST.test(words[openIdx + 1]?.text ?? '')));
    const embedded = openIdx > sentenceOpen && ((LOWER_FIRST.test(before?.text ?? '') && !cueBefore) || afterClause || afterObject);
    // A short quote that is a sentence of its own ("“I would.”"), or opens its sentence and hands over to its cue with a comma,
    // a question mark or an exclamation mark ("“We will appeal,” the company said.", "“Where do we go?” he asked."), is speech,
    // not a term set off.
    // So is one after a colon that ends its sentence: 'Lopez said: "Nobody came to help us."'
    const afterColon = wordOrNone(words, openIdx - 1)?.text === ':' && closeIdx === closeSentenceEnd && endsWithMark(text, first.start, last.end, '.!?…');
    const colonSource = afterColon && !attribution ? this.colonSubject(words, sentenceOpen, openIdx) : null;
    const ownSentence =
      (afterColon && (attribution ?? colonSource) !== null) ||
      (openIdx === sentenceOpen &&
        ((closeIdx === closeSentenceEnd && endsWithMark(text, first.start, last.end, '.!?…')) ||
          (attribution !== null && attribution.cue.start > raw.close && endsWithMark(text, first.start, last.end, ',?!'))));
    const kind: QuoteKind = (lexical.length < 6 && !ownSentence) || embedded ? 'partial' : 'direct';
    if (kind === 'partial' && !attribution) {
      // Scare quotes and terms: only a partial quote with a speaker is a quote.
      const sentenceAttribution = this.attributeSentence(words, sentenceOpen, closeSentenceEnd, openIdx, closeIdx);
      if (!sentenceAttribution) return null;
      return this.makeQuote(raw, 'partial', sentenceAttribution);
    }
    return this.makeQuote(raw, kind, attribution ?? colonSource);
  }

  /** 'President Obama is rolling out a new message: "It's about me."': the person or body opening the sentence says what follows its colon. */
  private colonSubject(words: Word[], sentenceOpen: number, openIdx: number): Attribution | null {
    // The clause before the colon: "Facing …, President Obama is rolling out …".
    const opening = afterDateline(words, sentenceOpen, openIdx);
    let from = opening;
    for (let k = openIdx - 2; k > from; k--) if (words[k]!.text === ',') from = k + 1;
    // "Carvalhais, a 52-year-old economist …, ended his speech with a pledge:", "Ashby read out, slowly, a line from the report:": a
    // clause after a comma that opens in lower case has the subject that opens the sentence, before a description or a verb.
    const apposed = from > opening && words[from]!.kind === 'word' && !words[from]!.capitalized;
    if (apposed) from = opening;
    // Past a title before the name: "President Obama".
    for (let k = from; k < openIdx - 2 && k - from < 4 && words[k]!.capitalized; k++) {
      const ref = this.ctx.table.byStart.get(words[k]!.start);
      if (!ref) continue;
      const next = words[wordAt(words, ref.end)];
      if ((ref.entity.type !== 'person' && ref.entity.type !== 'organization') || (apposed && next?.text !== ',' && !(next?.kind === 'word' && !next.capitalized))) return null;
      const colon = words[openIdx - 1]!;
      return { cue: span(this.ctx.text, colon.start, colon.end), cueVerb: null, source: { start: ref.start, end: ref.end, entity: ref.entity }, rule: 'quote.colon-subject' };
    }
    return null;
  }

  /** "On July 6, Sanders made the following comment:": the first name or pronoun of the sentence introducing the quote speaks, its colon the cue. */
  private introducer(introduction: BlockWords): Attribution | null {
    const { words } = introduction;
    const colon = words.at(-1);
    if (!colon || colon.text !== ':') return null;
    for (let k = introduction.sentenceStarts.at(-1) ?? 0; k < words.length - 1; k++) {
      const source = subjectAt(words, k, this.ctx.table.byStart.get(words[k]!.start));
      if (source) return { cue: span(this.ctx.text, colon.start, colon.end), cueVerb: null, source, rule: 'quote.cue.before' };
    }
    return null;
  }

  private nextOpenMark(words: Word[], from: number, to: number): number {
    for (let i = from; i < to; i++) if (words[i]!.kind === 'punct' && (OPEN_MARKS.hasText(words[i]!) || (words[i]!.text === '"' && words[i + 1]?.spaced === false))) return i;
    return to;
  }

  /** `”, Kirby added` / `,” said the official` / `—Fallon said` */
  private attributeAfter(words: Word[], from: number, to: number): Attribution | null {
    let i = from;
    while (i < to && words[i]!.kind !== 'word') i++;
    // "…,” while Whitaker accused …": a clause of its own follows, not the quote's attribution.
    if (i >= to || COORDINATORS.hasLower(words[i]!)) return null;
    const limit = Math.min(to, i + 30);
    // Inverted: the cue comes first.
    const first = cueAt(words, i);
    if (first) {
      let after = this.nounPhraseAfter(words, i + first.words.length, limit);
      // ", said ATF Special Agent in Charge Lena Whitfield.": the person after a long title, not a body that opens it.
      if (!after?.entity || after.entity.type === 'organization') {
        let stop = i + first.words.length;
        while (stop < limit && words[stop]!.kind === 'word') stop++;
        after = this.personAfterTitle(words, i + first.words.length, stop) ?? after;
      }
      // ”, said the Briton.", "…, said the left-hander": one person described so, after the cue as before it, is the one named last.
      const the = i + first.words.length;
      if (!after && words[the]?.lower === 'the') {
        let end = the + 1;
        while (end < limit && end - the < 8 && (words[end]!.kind === 'word' || APOSTROPHES.hasText(words[end]))) end++;
        const phrase = end > the + 1 ? this.ctx.text.slice(words[the]!.start, words[end - 1]!.end) : '';
        if (phrase && describesPerson(phrase)) after = { start: words[the]!.start, end: words[end - 1]!.end, head: words[the + 1]!.lower, anonymous: true };
      }
      // ”, admitted one man who …": a speaker the rules cannot name is no reason to credit the last one.
      if (after || UNNAMED_OPENERS.has(words[i + first.words.length]?.lower ?? '')) return { cue: this.cueSpan(words, i, first), cueVerb: first, source: after, rule: 'quote.cue.after-inverted' };
    }
    for (let k = i + 1; k < limit; k++) {
      if (words[k]!.text === '.' || words[k]!.text === ';') break;
      const cue = cueAt(words, k);
      if (!cue) continue;
      // "”, the ad's narrator says": a short phrase the lexicons do not know, standing alone before a verb of speech, still names the speaker.
      const source = this.subjectBefore(words, k, i) ?? (cue.kind === 'speech' ? this.plainSubject(words, k, i) : null);
      // "“presided over a collapse” of the NHS, while Morag Dunn said": the speaker of a quote's attribution opens it; a sentence
      // that runs on past the quote is no attribution.
      if (source && runsOnBefore(words, i, wordAt(words, source.start))) return null;
      // "“…” in rural states like his": a phrase that goes on from the quote, not a speaker ("”, in a statement, the firm said" is one).
      const phrase = PREPOSITIONS.hasLower(words[i]!) && !SUBORDINATORS.hasLower(words[i]) && !TIME_SUBORDINATORS.hasLower(words[i]);
      if (source && phrase && !hasComma(words, i, wordAt(words, source.start))) return null;
      if (!source) {
        if (cue.kind === 'speech') break;
        continue;
      }
      // "”, Interfax quoted Petrov as saying": the one quoted speaks.
      const quotedAs = cue.lemma === 'quote' ? asSayingAt(words, k + cue.words.length, limit) : -1;
      const quoted = quotedAs > k + cue.words.length ? this.quotedSource(words, k + cue.words.length, quotedAs) : null;
      return { cue: this.cueSpan(words, k, cue), cueVerb: cue, source: quoted ?? source, rule: 'quote.cue.after' };
    }
    const according = this.accordingTo(words, i, limit);
    return according;
  }

  /**
   * "One aide to the president", "An adviser for the minister": a word for a person (past a number or an article) and a preposition
   * between `from` and `to`, where the phrase at `to` is the one the person works for; the person word's index, else -1.
   */
  private personWordBefore(words: Word[], from: number, to: number): number {
    let k = from;
    if (articles.hasLower(words[k]) || words[k]!.lower === 'one') k++;
    const noun = words[k];
    if (!noun || !(anonymousNouns.has(singular(noun.lower)) || descriptorNouns.hasLower(noun) || lowerTitleHeads.hasLower(noun))) return -1;
    const link = words[k + 1];
    return link && HOLDER_PREPOSITIONS.hasLower(link) && (k + 2 === to || (k + 3 === to && words[k + 2]!.lower === 'the')) ? k : -1;
  }

  /** "quoted Petrov as saying", "quoted him as saying": who is quoted, the words from `from` to `as`. */
  private quotedSource(words: Word[], from: number, as: number): Source | null {
    const subject = as === from + 1 ? SUBJECT_FORMS.get(words[from]!.lower) : undefined;
    return subject ? { start: words[from]!.start, end: words[from]!.end, pronoun: subject } : this.nounPhraseAfter(words, from, as);
  }

  /** `“…” ― Pamela Ortiz`: a dash, then a name standing alone, signs the quote. */
  private signOff(words: Word[], from: number): Attribution | null {
    let i = from;
    while (i < words.length && i - from < 3 && words[i]!.kind !== 'word') i++;
    let dash = -1;
    for (let k = from; k < i; k++) if (SIGN_OFF_DASHES.hasText(words[k]!)) dash = k;
    if (dash < 0 || i >= words.length) return null;
    // "— Councillor Gareth Wynne-Jones, speaking at a rally": past the person's title.
    let named = i;
    while (named < words.length && named - i < 3 && titleHeads.hasText(words[named]) && !this.ctx.table.byStart.has(words[named]!.start)) named++;
    if (this.ctx.table.byStart.has(words[named]?.start ?? -1)) i = named;
    const ref = this.ctx.table.byStart.get(words[i]!.start);
    if (!ref || ref.entity.type === 'place') return null;
    const next = words[wordAt(words, ref.end)];
    if (next && next.kind === 'word') return null;
    const cue = span(this.ctx.text, words[dash]!.start, words[dash]!.end);
    return { cue, cueVerb: null, source: { start: ref.start, end: ref.end, entity: ref.entity }, rule: 'quote.cue.sign-off' };
  }

  /** `Kirby stated, “` / `said the official: “` / `according to X, “` */
  private attributeBefore(words: Word[], from: number, openIdx: number): Attribution | null {
    // "Trump said, adding later, “…”": the participle is this quote's cue, the speaker the subject of the verb before it.
    let participle = -1;
    for (let k = openIdx - 1; k >= from && openIdx - k <= 14; k--) {
      const cue = cueAt(words, k);
      if (!cue) continue;
      if (passiveWithoutAgent(words, k, cue, from)) return null;
      // "…, and said it was “damning …”": a verb after "and" speaks with the sentence's subject.
      const source = this.subjectBefore(words, k, from) ?? this.sourceAfterCue(words, k + cue.words.length, openIdx) ?? (cue.kind === 'speech' ? this.plainSubject(words, k, from) ?? this.sentenceSubject(words, from, k) : null) ?? this.relativeClauseSubject(words, k, from);
      if (source) {
        const at = participle >= 0 ? participle : k;
        return { cue: this.cueSpan(words, at, cueAt(words, at)!), cueVerb: cueAt(words, at), source, rule: 'quote.cue.before' };
      }
      if (participle < 0 && words[k]!.lower.endsWith('ing')) participle = k;
    }
    return this.accordingTo(words, from, openIdx);
  }

  /** "a wage that unions called “an insult”": the plain subject of a noun's relative clause, right after "that" or "which". */
  private relativeClauseSubject(words: Word[], k: number, from: number): Source | null {
    let s = k;
    // Not an adverb: "a comment that egregiously described" has the comment as its subject.
    while (s - 1 > from && k - s < 3 && words[s - 1]!.kind === 'word' && LOWER_FIRST.test(words[s - 1]!.text) && !CLAUSE_RELATIVES.hasLower(words[s - 1]) && !DETERMINERS.hasLower(words[s - 1])) {
      if (isAdverb(words[s - 1]!.text)) return null;
      s--;
    }
    if (s - 1 > from && DETERMINERS.hasLower(words[s - 1]) && !CLAUSE_RELATIVES.hasLower(words[s - 1])) s--;
    if (s === k || !CLAUSE_RELATIVES.hasLower(words[s - 1]) || AUXILIARIES.hasLower(words[k - 1])) return null;
    return { start: words[s]!.start, end: words[k - 1]!.end, head: singular(words[k - 1]!.lower), anonymous: true };
  }

  /** "said the official: “…”": the phrase after a cue names the speaker when a mark ends it; in "saying he would “never” …" it is the clause's subject. */
  private sourceAfterCue(words: Word[], from: number, to: number): Source | null {
    const source = this.nounPhraseAfter(words, from, to);
    const next = source && words[wordAt(words, source.end)];
    // "says Kaine “has a passion …”": a name right before the mark is the subject of the words quoted.
    return source && (!next || (next.kind !== 'word' && !OPEN_MARKS.hasText(next) && next.text !== '"')) ? source : null;
  }

  /** "Dean ... began by saying he would “never” …", "Trump has used ... and criticized": the subject opening the sentence speaks through a participle or a verb after "and". */
  private sentenceSubject(words: Word[], from: number, cueIdx: number): Source | null {
    let j = cueIdx - 1;
    while (j > from && words[j]!.kind === 'word' && (AUXILIARIES.hasLower(words[j]!) || isAdverb(words[j]!.text))) j--;
    if (!(words[cueIdx]!.lower.endsWith('ing') || words[j]?.lower === 'and')) return null;
    // "“…,” he said, adding that": the subject of the cue right before the comma, not a word inside the quote.
    const said = words[cueIdx - 1]?.text === ',' && cueAt(words, cueIdx - 2)?.kind === 'speech' ? this.subjectBefore(words, cueIdx - 2, from) : null;
    if (said) return said;
    // "Asked whether he would be back, he smiled and said", "After the match, he smiled and said": past the phrase that opens it.
    from = pastOpeningPhrase(words, from, j);
    if (words[from]!.lower === 'asked') for (let c = from + 1; c < j - 1; c++) if (words[c]!.text === ',') {
      from = c + 1;
      break;
    }
    const ref = this.nameOpening(words, from);
    const owner = !!ref && this.isPossessor(words, ref.end);
    // "Russia's envoy to the IAEA in Vienna, Pavel Ostrogorsky, wrote … and said": the person named after the description.
    const apposed = !ref || owner || ref.entity.type !== 'person' ? this.apposedOpening(words, from, j) : null;
    if (apposed) return apposed;
    // "Labour's Shadow Home Secretary Yvette Cooper said …": the owner is not the subject.
    if (owner) return this.nounPhraseAfter(words, from, j);
    // "Labour MP Jane Doe-Smith hit back, saying …", "Former England captain turned commentator Alastair Pryce was scathing, saying":
    // a body and a title before a person's name are the person's role.
    if (ref && ref.entity.type !== 'person') {
      const after = wordAt(words, ref.end);
      const role = (w: Word) => w.capitalized || lowerTitleWords.hasLower(w) || descriptorNouns.hasLower(w) || w.lower === 'turned';
      for (let k = after + 1; k < after + 7 && k < j && role(words[k - 1]!); k++) {
        const person = this.ctx.table.byStart.get(words[k]!.start);
        // Not a person whose role it is: "Kremlin critic Alexei Navalny's widow Yulia Navalnaya".
        if (person?.entity.type === 'person' && !this.isPossessor(words, person.end)) return { start: person.start, end: person.end, entity: person.entity };
      }
    }
    // "union president Faith Odhiambo welcomed …, calling": a person after a role in lower case opens the clause.
    for (let k = from; !ref && k < j && k - from < 4 && words[k]!.kind === 'word'; k++) {
      const person = this.ctx.table.byStart.get(words[k]!.start);
      if (person?.entity.type === 'person') return { start: person.start, end: person.end, entity: person.entity };
      const w = words[k]!;
      if ((w.capitalized && k > from) || !(descriptorNouns.hasLower(w) || lowerTitleWords.hasLower(w) || orgDescriptors.hasLower(w) || articles.hasLower(w))) break;
    }
    // "The central bank left its rate unchanged, saying …": an unnamed source that opens the sentence.
    return subjectAt(words, from, ref) ?? (ref ? null : this.unnamedOpening(words, from, j));
  }

  /** "Chastened by the analyses, Trump revised his plan, promising": the last person or body opening a clause, after the sentence's start or a comma. */
  private clauseOpeningName(words: Word[], from: number, to: number): Source | null {
    let found: MentionRef | undefined;
    for (let k = from; k < to; k++) {
      const named = this.ctx.table.byStart.get(words[k]!.start);
      if ((named?.entity.type === 'person' || named?.entity.type === 'organization') && (k === from || words[k - 1]!.text === ',')) found = named;
    }
    return found ? { start: found.start, end: found.end, entity: found.entity } : null;
  }

  /** The person named between the first commas of the sentence from `from`, before `to`, then a word in lower case: "X's envoy, Pavel Ostrogorsky, wrote". */
  private apposedOpening(words: Word[], from: number, to: number): Source | null {
    let comma = from + 1;
    while (comma < to && words[comma]!.text !== ',') comma++;
    // "Another candidate, businessman Tony Lakane of the People's Congress, urged": past the person's own description and body.
    let at = comma + 1;
    while (at < to && at - comma <= 3 && words[at]!.kind === 'word' && !words[at]!.capitalized && (descriptorNouns.hasLower(words[at]) || lowerTitleWords.hasLower(words[at]!))) at++;
    const named = at < to ? this.ctx.table.byStart.get(words[at]!.start) : undefined;
    if (named?.entity.type !== 'person') return null;
    const end = wordAt(words, named.end);
    let after = end;
    if (WORKPLACE_PREPOSITIONS.hasLower(words[end])) while (after < to && after - end < 10 && words[after]!.text !== ',') after++;
    return words[after]?.text === ',' && after + 1 < to && words[after + 1]!.kind === 'word' && !words[after + 1]!.capitalized ? { start: named.start, end: named.end, entity: named.entity } : null;
  }

  /** The unnamed source ("The central bank", "Officials") that opens the sentence at `from`, before `to`; else null. */
  private unnamedOpening(words: Word[], from: number, to: number): Source | null {
    const np = this.nounPhraseAfter(words, from, to);
    return np && np.start === words[from]!.start && np.anonymous && !np.entity && SOURCE_HEADS.has(np.head ?? '') ? np : null;
  }

  /** Any cue in the rest of the sentence: `what she called a “rant”`. */
  private attributeSentence(words: Word[], from: number, to: number, openIdx: number, closeIdx: number): Attribution | null {
    // The cue nearest before the words quoted first: "called it “a blank check,” while Whitaker accused …" quotes Delgado.
    // A verb that names or describes its object quotes too ("called it", "described the plan as").
    for (let k = Math.min(openIdx, to) - 1; k >= from; k--) {
      const cue = cueAt(words, k);
      if (!cue || (cue.kind !== 'speech' && cue.kind !== 'allegation' && cue.kind !== 'warning' && !NAMING_LEMMAS.has(cue.lemma))) continue;
      if (passiveWithoutAgent(words, k, cue, from)) break;
      const source = this.subjectBefore(words, k, from) ?? this.sentenceSubject(words, from, k);
      if (source) return { cue: this.cueSpan(words, k, cue), cueVerb: cue, source, rule: 'quote.cue.sentence' };
      break;
    }
    for (let k = from; k < to; k++) {
      if (k >= openIdx && k < closeIdx) continue;
      const cue = cueAt(words, k);
      if (!cue || (cue.kind !== 'speech' && cue.kind !== 'allegation' && cue.kind !== 'warning') || passiveWithoutAgent(words, k, cue, from)) continue;
      const source = this.subjectBefore(words, k, from) ?? this.sourceAfterCue(words, k + cue.words.length, to) ?? this.sentenceSubject(words, from, k);
      if (source) return { cue: this.cueSpan(words, k, cue), cueVerb: cue, source, rule: 'quote.cue.sentence' };
    }
    return this.accordingTo(words, from, to);
  }

  private accordingTo(words: Word[], from: number, to: number): Attribution | null {
    for (let k = from; k < to; k++) {
      const n = nounCueAt(words, k);
      if (!n) continue;
      const source = objectPronounAt(words, k + n) ?? this.nounPhraseAfter(words, k + n, to, true);
      if (source) return { cue: span(this.ctx.text, words[k]!.start, words[k + n - 1]!.end), cueVerb: null, source, rule: 'quote.cue.according-to' };
    }
    return null;
  }

  private cueSpan(words: Word[], k: number, cue: CueVerb): Span {
    return span(this.ctx.text, words[k]!.start, words[k + cue.words.length - 1]!.end);
  }

  // ---- noun phrases naming a source ---------------------------------------

  /**
   * "Speaking from Noordwijk, in the Netherlands, ESA's director of exploration, Dr. Sieglinde Haverkamp-Oyelaran," ending at the
   * comma `comma`: the person set off after a phrase of a few words that holds a role and no cue.
   */
  private roleThenPerson(words: Word[], comma: number, min: number): Source | null {
    const person = this.ctx.table.byEnd.get(words[comma - 1]?.end ?? -1);
    if (person?.entity.type !== 'person') return null;
    let at = wordAt(words, person.start);
    if (at > min && honorifics.hasText(words[at - 1])) at--;
    if (at - 2 < min || words[at - 1]!.text !== ',') return null;
    let role = false;
    for (let k = at - 2; k >= min && at - k <= 10 && words[k]!.text !== ','; k--) {
      if (cueAt(words, k)) return null;
      role ||= titleHeads.hasText(words[k]) || lowerTitleHeads.hasLower(words[k]) || descriptorNouns.hasLower(words[k]);
    }
    return role ? { start: person.start, end: person.end, entity: person.entity } : null;
  }

  /** An organization in capitals set off at word `at` by brackets or a comma: "(UNHCR)", ", UNHCR" before a comma or the end. */
  private initialsAfter(words: Word[], at: number): Source | null {
    const open = words[at]?.text;
    if (open !== '(' && open !== ',') return null;
    const named = this.ctx.table.byStart.get(words[at + 1]?.start ?? -1);
    if (named?.entity.type !== 'organization' || !ALL_CAPS_WORD.test(words[at + 1]!.text) || named.end !== words[at + 1]!.end) return null;
    const close = words[at + 2];
    return (open === '(' ? close?.text === ')' : !close || close.kind !== 'word') ? { start: named.start, end: named.end, entity: named.entity } : null;
  }

  /** "Thornbury's MP, Labour's Rachel Oduya," ending at the comma `comma`: the person, set off after a role, owned by a body. */
  private roleThenOwnedPerson(words: Word[], comma: number, min: number): Source | null {
    const person = this.ctx.table.byEnd.get(words[comma - 1]?.end ?? -1);
    if (person?.entity.type !== 'person') return null;
    const owner = this.ctx.table.byEnd.get(words[wordAt(words, person.start) - 1]?.normEnd ?? -1);
    const ownerAt = owner?.entity.type === 'organization' ? wordAt(words, owner.start) : -1;
    const role = words[ownerAt - 2];
    if (ownerAt - 2 < min || words[ownerAt - 1]!.text !== ',' || !role || !(titleHeads.hasText(role) || lowerTitleHeads.hasLower(role) || descriptorNouns.hasLower(role))) return null;
    return { start: person.start, end: person.end, entity: person.entity };
  }

  /** The subject before a cue verb, skipping auxiliaries and an appositive. */
  private subjectBefore(words: Word[], cueIdx: number, min: number): Source | null {
    // "MEXICO CITY (Reuters) - …": the dateline's bracket sets off no subject.
    min = afterDateline(words, min, cueIdx);
    let j = cueIdx - 1;
    // "Hyundai and Samsung both said", "The officials all said": a quantifier floated after the subject is no part of it.
    while (j >= min && words[j]!.kind === 'word' && (AUXILIARIES.hasLower(words[j]!) || isAdverb(words[j]!.text) || BEFORE_VERB_ADVERBS.hasLower(words[j]!) || (FLOATED.hasLower(words[j]!) && j > min && words[j - 1]!.kind === 'word' && !DETERMINERS.hasLower(words[j - 1]!) && !PREPOSITIONS.hasLower(words[j - 1]!)))) j--;
    // "Van der Berg himself conceded", "The mayor herself said": a reflexive set after the subject stresses it.
    if (j > min && REFLEXIVES.has(words[j]!.lower) && words[j - 1]!.kind === 'word') j--;
    // "The Kremlin on Thursday rejected": the time between the subject and its verb is neither. Only after a person or an
    // organization (not after a preposition), or a subject that opens the clause: in "A reporter who entered Mahala on Saturday found"
    // Mahala is no subject, nor in "data submitted to the department last spring shows" the department.
    const beforeTime = beforeTimePhrase(words, j);
    if (beforeTime >= min && beforeTime < j) {
      const subject = this.nounPhraseEndingAt(words, beforeTime, min);
      const at = subject ? wordAt(words, subject.start) : -1;
      const opener = words[at - 1]?.lower === 'the' ? at - 1 : at;
      const speaker = subject?.entity?.type === 'person' || subject?.entity?.type === 'organization';
      if (subject && ((speaker && !PREPOSITIONS.hasLower(words[opener - 1]) && words[opener - 1]?.lower !== 'to') || opener === min || words[opener - 1]?.text === ',')) j = beforeTime;
    }
    // "A relative of Karimzadeh reached by telephone said": how the reporter reached the source is no part of it, nor the commas that
    // set it off ("Ionescu, reached by telephone in Bucharest, said").
    for (let p = j - 1; p > min && j - p <= 4 && words[p]!.kind === 'word'; p--) {
      if (words[p]!.lower === 'by' && CONTACTED.hasLower(words[p - 1])) {
        j = words[j]!.text === ',' && words[p - 2]?.text === ',' ? p - 3 : p - 2;
        break;
      }
    }
    // "OPEC+ signalled": a plus written onto the name.
    if (j > min && words[j]!.text === '+' && !words[j]!.spaced) j--;
    // "al-Sabhan -- who did not attend in person -- said": past an aside set off by dashes.
    if (j > min && SIGN_OFF_DASHES.hasText(words[j]) && words[j]!.spaced) {
      let open = j - 1;
      while (open > min && j - open < 20 && words[open]!.text !== words[j]!.text) open--;
      if (open > min && words[open]!.text === words[j]!.text) j = open - 1;
    }
    if (j < min) return null;
    // "Whitaker released an advertisement claiming": who put out what the participle tells of.
    const issuer = words[cueIdx]!.lower.endsWith('ing') ? this.issuerBefore(words, j, min) : null;
    if (issuer) return issuer;
    // "Italian Prime Minister Giulia Ferrante arrived warning that": the participle has the subject of the verb of motion before it.
    if (j === cueIdx - 1 && j > min && words[cueIdx]!.lower.endsWith('ing') && MOTION_VERBS.hasLower(words[j])) return this.subjectBefore(words, j, min);
    if (words[j]!.text !== ',' && words[j]!.text !== ')') {
      // "Rebecca Aldridge KC told": post-nominal letters after a person's name are no part of it.
      if (j > min && postNominals.hasText(words[j]) && this.ctx.table.byEnd.get(words[j - 1]!.end)?.entity.type === 'person') j--;
      // "Equinor EQNR.OL said": nor is a company's ticker.
      else if (j > min && isTicker(words[j]!) && this.ctx.table.byEnd.get(words[j - 1]!.end)?.entity.type === 'organization') j--;
      const np = this.nounPhraseEndingAt(words, j, min);
      // "The World Health Organization (WHO) country office said": a body's office speaks for the body.
      const body = np && !np.entity && !np.pronoun && BODY_UNITS.has(np.head ?? '') ? this.bodyBefore(words, wordAt(words, np.start), min) : null;
      if (body) return { start: body.start, end: np!.end, entity: body.entity };
      // "posted on social media urging voters": a participle's subject is no noun after a preposition, but for "with Boswell stating".
      const before = np ? wordOrNone(words, wordAt(words, np.start) - 1)?.lower ?? '' : '';
      if (PREPOSITIONS.has(before) && !SOURCE_PREPOSITIONS.has(before) && before !== 'with' && words[cueIdx]!.lower.endsWith('ing')) return null;
      // "Brunner and his colleagues estimated": the person named first of the people joined speaks for them.
      const joinedAt = np && !np.entity && !np.pronoun ? wordAt(words, np.start) - 1 : -1;
      const joined = wordOrNone(words, joinedAt)?.lower === 'and' ? this.ctx.table.byEnd.get(words[joinedAt - 1]?.end ?? -1) : undefined;
      if (joined?.entity.type === 'person' && words[joinedAt + 1] && possessiveDeterminers.hasLower(words[joinedAt + 1])) return { start: joined.start, end: np!.end, entity: joined.entity };
      const acted = np && !np.pronoun ? this.actedOnBy(words, wordAt(words, np.start), min) : null;
      if (acted) return { ...acted, end: np!.end };
      // "Families of victims say", "Hoteliers in the hill town of Ella Vale say": the people who open the clause speak, not a name
      // or a noun that completes their description.
      const opening = np?.pronoun || np?.entity?.type === 'person' ? null : peopleOpening(words, j, min, np?.entity ? wordAt(words, np.start) : j);
      // Not a body's name that reads like people's: "The Centers for Disease Control and Prevention said".
      const first = opening ? wordAt(words, opening.start) : -1;
      const bodyNamed = opening && np?.entity?.type === 'organization' && np.start <= words[words[first]!.lower === 'the' ? first + 1 : first]!.start;
      if (opening && !bodyNamed) return opening;
      // "Aid groups that rushed to the region after the disaster say": the noun a relative clause describes, not its last word.
      // So in "Residents who lived through the Camp Fire said", where a body ends the clause.
      const described = np?.pronoun || np?.entity?.type === 'person' ? null : this.relativeClauseHead(words, j, min);
      if (described) return described;
      // Not a participle's subject: "footage of Hillary Clinton asking".
      const relation = words[cueIdx]!.lower.endsWith('ing') ? null : this.describedByPerson(words, np, min);
      if (relation) return relation;
      // "Gwen from Barrow-in-Furness writes", "Tom in Leeds says": a person named, then where they are from.
      const place = this.ctx.table.byEnd.get(words[j]!.end);
      const from = place?.entity.type === 'place' ? wordAt(words, place.start) - 1 : -1;
      const resident = from > min && (words[from]!.lower === 'from' || words[from]!.lower === 'in') ? this.ctx.table.byEnd.get(words[from - 1]!.end) : undefined;
      if (resident?.entity.type === 'person') return { start: resident.start, end: resident.end, entity: resident.entity };
      // "The Saxon Museum of Ethnography in Leipzig said": so does a body that opens the clause, then where it is.
      const residentAt = resident?.entity.type === 'organization' ? wordAt(words, resident.start) : -1;
      if (residentAt >= 0 && (residentAt === min || (residentAt - 1 === min && words[min]!.lower === 'the'))) return { start: resident!.start, end: resident!.end, entity: resident!.entity };
      if (np?.pronoun || (np?.entity && np.entity.type !== 'organization')) return np;
      // "Walter Zurek of the regional court said", "Professor Ann Lee at the LSE said": the body a person named before works at, by
      // its kind or its name, is not who speaks.
      let workplace = np && !np.pronoun && np.entity?.type !== 'person' ? wordAt(words, np.start) - 1 : -1;
      // "Priya Venkataraman of the tenants' group Generation Rent Haringey said": past the words for the body's kind before its name.
      const named = workplace;
      while (workplace > min && named - workplace < 4 && (words[workplace]!.kind === 'word' || APOSTROPHES.hasText(words[workplace])) && !words[workplace]!.capitalized && orgDescriptors.hasLower(words[named]) && !WORKPLACE_PREPOSITIONS.hasLower(words[workplace]) && words[workplace]!.lower !== 'the') workplace--;
      if (wordOrNone(words, workplace)?.lower === 'the') workplace--;
      const worker = workplace > min && WORKPLACE_PREPOSITIONS.hasLower(words[workplace]) ? this.ctx.table.byEnd.get(words[workplace - 1]!.end) : undefined;
      if (worker?.entity.type === 'person') return { start: worker.start, end: worker.end, entity: worker.entity };
      // "people familiar with the inquiry said": the description's own noun ("inquiry", "company") is not who speaks.
      return this.describedSubject(words, j, min) ?? np;
    }
    // "Cllr Fiona Latham (Labour, Crewe South) said": a person's party and seat in brackets after the name.
    if (words[j]!.text === ')') {
      let open = j - 1;
      while (open > min && j - open < 10 && words[open]!.text !== '(' && words[open]!.text !== ')') open--;
      const named = words[open]?.text === '(' ? this.ctx.table.byEnd.get(words[open - 1]?.end ?? -1) : undefined;
      // And a body's ticker or initials: "In a statement, Atacama Andes (AAR.TO) said".
      // Not one a person's description ends on: "Meenakshi Iyer of Jawaharlal Nehru University (JNU) said".
      // Not a body after "at the", where someone works.
      const opening = named ? wordAt(words, named.start) : -1;
      const ticker = named?.entity.type === 'organization' && j - open <= 4 && !isComplement(words, opening, min) &&
        !WORKPLACE_PREPOSITIONS.hasLower(wordOrNone(words, opening - (wordOrNone(words, opening - 1)?.lower === 'the' ? 2 : 1)));
      if (named?.entity.type === 'person' || ticker) return { start: named!.start, end: named!.end, entity: named!.entity };
      // "A senior official at the Nigerian National Petroleum Company Ltd. (NNPC) said": the unnamed person at the body speaks.
      const staff = named?.entity.type === 'organization' ? this.nounPhraseEndingAt(words, open - 1, min) : null;
      if (staff?.anonymous && !staff.entity) return { ...staff, end: words[j]!.end };
    }
    // "Thornbury's MP, Labour's Rachel Oduya, said": a person set off after a role, their party or body owning the name.
    const ownedPerson = words[j]!.text === ',' ? this.roleThenOwnedPerson(words, j, min) ?? this.roleThenPerson(words, j, min) : null;
    if (ownedPerson) return ownedPerson;
    // "A lecturer at the University of Ilorin, Kwara State, said": where the body is, set off after it, is no subject.
    const seatAt = words[j]!.text === ',' ? this.seatAfterBody(words, j - 1) : -1;
    if (seatAt > min) return this.subjectBefore(words, seatAt - 1, min);
    // "The target of the video, city councilwoman Luana Ferreira of the PSD, said": a description, then the person it is.
    if (words[j]!.text === ',' && articles.hasLower(words[afterDateline(words, min, j)])) {
      const apposed = this.apposedOpening(words, afterDateline(words, min, j), cueIdx + 1);
      if (apposed && apposed.end <= words[j]!.start) return apposed;
    }
    // "The FTSE 250 company, which runs clinics across England, Wales and Scotland, said": past a relative clause that runs to the
    // cue, however many commas it holds, to the subject that opens the sentence.
    if (words[j]!.text === ',') {
      let r = j - 1;
      while (r > min + 1 && j - r < 30 && !((RELATIVES.hasLower(words[r]) || words[r]!.lower === 'whose') && words[r - 1]!.text === ',')) r--;
      // Not past another cue: the clause reports something itself.
      let cued = r <= min + 1 || j - r >= 30;
      // "known as Hemedti" names; it reports nothing.
      for (let q = r + 1; q < j && !cued; q++) cued = !!cueAt(words, q) && !(words[q]!.lower === 'known' && words[q + 1]?.lower === 'as');
      // Nor one that says why the source goes unnamed: "who requested anonymity to speak candidly".
      if (cued && r > min + 1 && j - r < 30 && ANONYMOUS_CLAUSE.test(this.ctx.text.slice(words[r]!.start, words[j]!.start))) cued = false;
      // "A spokeswoman for Harbor Works, which built the quay, Liu Xiaoyan, said": a person's name set off after the clause is the
      // one the description names.
      const apposed = cued ? undefined : this.ctx.table.byEnd.get(words[j - 1]!.end);
      const apposedAt = apposed ? wordAt(words, apposed.start) : -1;
      if (apposed?.entity.type === 'person' && apposedAt - 1 > r && words[apposedAt - 1]!.text === ',') return { start: apposed.start, end: apposed.end, entity: apposed.entity };
      // "Médecins Sans Frontières (MSF), which runs a clinic, said": past the body's initials in brackets.
      const named = words[r - 2]?.text === ')' && words[r - 4]?.text === '(' && (ALL_CAPS_WORD.test(words[r - 3]!.text) || BRACKETED_SHORT_NAME.test(words[r - 3]!.text)) ? r - 5 : r - 2;
      // "A lecturer at the University of Nigeria, Nsukka, who …, said": past where the body is.
      const seat = cued ? -1 : this.seatAfterBody(words, named);
      const subject = cued ? null : this.nounPhraseEndingAt(words, seat > min ? seat - 2 : named, min);
      // "The Delhi High Court granted bail to businessman Vikrant Sehgal, who was arrested last year, observing that": a participle
      // after a clause about a preposition's object has the sentence's subject.
      if (subject && words[cueIdx]!.lower.endsWith('ing')) {
        let p = wordAt(words, subject.start) - 1;
        while (p > min && !words[p]!.capitalized && (descriptorNouns.hasLower(words[p]) || lowerTitleWords.hasLower(words[p]))) p--;
        const link = p > min ? words[p]! : undefined;
        const opener = link && (PREPOSITIONS.hasLower(link) || link.lower === 'to') ? this.nameOpening(words, min) : undefined;
        if (opener && opener.end <= link!.start) return { start: opener.start, end: opener.end, entity: opener.entity };
      }
      // Or after the title that opens it: "Kenyan President William Ruto, whose government hosted X, known as Y, earlier this year, said".
      const opening = afterDateline(words, min, r);
      const subjectAt = subject ? wordAt(words, subject.start) : -1;
      const titled = subject?.entity?.type === 'person' && words.slice(opening, subjectAt).every((w) => w.capitalized);
      // Or after the word for its kind: "Medical charity Médecins Sans Frontières (MSF), which runs a clinic, said".
      const kind = subject?.entity?.type === 'organization' && subjectAt - opening <= 3 && orgDescriptors.hasLower(words[subjectAt - 1]) && words.slice(opening, subjectAt).every((w) => w.kind === 'word');
      // Or after a phrase set before the subject: "In a statement, Saolta Group, which manages the hospital, said".
      const fronted = subjectAt > opening + 1 && words[subjectAt - 1]!.text === ',' && PREPOSITIONS.hasLower(words[opening]) && !!subject?.entity;
      if (subject && !subject.pronoun && (subject.start === words[opening]!.start || titled || kind || fronted)) return subject;
      // "One aide to the president, who requested anonymity, described": the person the opening describes, not the one after "to".
      const aide = subject && !subject.pronoun ? this.personWordBefore(words, opening, subjectAt) : -1;
      if (aide >= 0) return { start: words[opening]!.start, end: subject!.end, head: singular(words[aide]!.lower), anonymous: true };
      // "Gerald Whitcombe, a retired machinist from Aurora, Ill., who enrolled in 2023, said": the person named first, set off by commas.
      const first = cued ? undefined : this.ctx.table.byStart.get(words[opening]!.start);
      if (first?.entity.type === 'person' && words[wordAt(words, first.end)]?.text === ',') return { start: first.start, end: first.end, entity: first.entity };
    }
    // "Theresa Fallon, director of ..., told"; "Kevin Doyle, a spokesman for X, which represents Y, said".
    let pastClause = false;
    for (let commas = 0; commas < (pastClause ? 3 : 2); commas++) {
      let k = j - 1;
      // A comma inside a number ("1,400") sets nothing off.
      const separator = (w: Word, next: Word | undefined) => (w.text === ',' && next?.spaced !== false) || w.text === '(';
      while (k >= min && j - k < 30 && !separator(words[k]!, words[k + 1])) {
        // A title in marks inside the apposition: "Universal Pictures, which had moved "The Exorcist: Believer" out of the weekend, said".
        const title = CLOSE_MARKS.hasText(words[k]!) || words[k]!.text === '"' ? quotedTitleStart(words, k, min) : -1;
        // An acronym in brackets inside it: "NASA, which runs it with the European Space Agency (ESA), said", "… Association (Abrapa),".
        const acronym = words[k]!.text === ')' && words[k - 2]?.text === '(' && k - 2 > min && (ALL_CAPS_WORD.test(words[k - 1]!.text) || BRACKETED_SHORT_NAME.test(words[k - 1]!.text));
        if (acronym) k -= 3;
        else if (title >= 0) k = title - 1;
        else if (OPEN_MARKS.hasText(words[k]!) || CLOSE_MARKS.hasText(words[k]!) || words[k]!.text === '"') break;
        else k--;
      }
      if (k < min + 1 || !separator(words[k]!, words[k + 1])) {
        // "Volunteers from Vostok SOS, a Ukrainian charity, said": past a body's description, the people who open the clause.
        if (!pastClause) return null;
        const name = this.ctx.table.byEnd.get(words[j - 1]!.end);
        return peopleOpening(words, j - 1, min, name && name.start >= words[min]!.start ? wordAt(words, name.start) : j - 1);
      }
      // "The final report, released Thursday by the Aircraft Accident Investigation Commission, said": the document's author.
      if (commas === 0 && authorshipVerbs.hasLower(words[k + 1]) && documentNouns.hasLower(words[k - 1])) {
        let by = k + 2;
        while (by < j && words[by]!.lower !== 'by') by++;
        const author = by < j ? this.nounPhraseAfter(words, by + 1, j) : null;
        if (author && !author.pronoun) return author;
      }
      if (commas === 0 && otherNameEnd(words, k) === j) {
        // "Sajith Premadasa of the Samagi Jana Balawegaya, or SJB, accused", "Chris Hardman, the chief executive of Forest Fire
        // Management Victoria, known as FFMV, conceded": another name for the body named before it; read on past it.
        // Read as if the cue came right after the comma before the other name: "Lawrence Kanyuka, a spokesman for the coalition known
        // as the Congo River Alliance, or AFC, said" is the spokesman's.
        // Not a place's: "The U.N. peacekeeping mission in Congo, known as MONUSCO, said" is the mission's (below).
        const renamed = this.ctx.table.byEnd.get(words[k - 1]!.end);
        if ((words[k + 1]!.lower === 'or' || renamed) && renamed?.entity.type !== 'place') {
          const past = this.subjectBefore(words, k + 1, min);
          return past?.entity?.type === 'person' ? past : this.subjectBefore(words, k, min) ?? past;
        }
        // "The Portuguese league, known as the Liga Portugal, said": the name it is known by speaks.
        // So does the name "known by its Spanish acronym CTC": the first name after the comma.
        let named = k + 1;
        while (named < j && !this.ctx.table.byStart.has(words[named]!.start)) named++;
        const known = this.ctx.table.byStart.get(words[named]?.start ?? -1);
        if (known && known.entity.type !== 'place' && known.end === words[j - 1]!.end) return { start: known.start, end: known.end, entity: known.entity };
      }
      // "The head of the Atomic Energy Organization of Iran, known as AEOI, Ali Akbar Nourbakhsh, said": the description is before
      // the other name it gives.
      let before = k - 1;
      for (let c = k - 2; c > min && k - c <= 6; c--) if (words[c]!.text === ',' && otherNameEnd(words, c) === k) before = c - 1;
      // "The … Exporters Association (BGMEA), in a statement issued yesterday, alleged", "Marcus Ellery-Tate (Lab, Stroud Valleys), a
      // former swimming coach, said": past the initials, or the party and seat, in brackets after the name.
      if (words[before]?.text === ')') {
        let open = before - 1;
        while (open > min && before - open <= 8 && words[open]!.text !== '(' && words[open]!.text !== ')') open--;
        if (words[open]?.text === '(' && open - 1 >= min && this.ctx.table.byEnd.has(words[open - 1]!.end)) before = open - 1;
      }
      const ending = this.nounPhraseEndingAt(words, before, min);
      // "Lawyers for Rutto, led by Peter Kamau, said": the lawyers, not their client.
      const np = this.describedByPerson(words, ending, min) ?? ending;
      let npAt = np ? wordAt(words, np.start) : -1;
      // "More than 30 countries, including France and Chile, have called": the examples set off after the subject are none.
      if (np && wordOrNone(words, npAt - 1)?.lower === 'including' && words[npAt - 2]?.text === ',' && npAt - 3 >= min) {
        const listed = this.nounPhraseEndingAt(words, npAt - 3, min) ?? this.plainSubject(words, npAt - 2, min);
        if (listed) return listed;
      }
      // "who milks cows near Twin Falls, Idaho, said": a place's region set off after it is part of the place; read on past both.
      const region = np?.entity?.type === 'place' && commas === 0 ? this.ctx.table.byStart.get(words[k + 1]!.start) : undefined;
      if (region?.entity.type === 'place' && region.end === words[j - 1]!.end) {
        j = k;
        continue;
      }
      // "One juror, who asked not to be named, said", "A member of the delegation, speaking on background, said": a plain noun that
      // opens the clause, set off by a clause about a person.
      // So does one joined by "and": "A state auditor who worked on the report, and who asked not to be named, said".
      const aboutPerson = ANONYMITY_OPENERS.has(words[k + 1]?.lower ?? '') || words[k + 1]?.lower === 'including' || (words[k + 1]?.lower === 'and' && words[k + 2]?.lower === 'who');
      if (commas === 0 && aboutPerson) {
        // "A Liberal MP from the Greater Toronto Area, speaking …,": a place or a body after a preposition completes the description before it,
        // and so does a phrase naming none ("A logistics manager at a shipping line, who asked not to be named,").
        const workplace = np && !np.pronoun && (np.entity ? np.entity.type !== 'person' : !anonymousNouns.has(np.head ?? ''));
        let at = workplace ? wordAt(words, np.start) - 1 : -1;
        if (!np) for (let p = k - 1; p > min && k - p <= 6 && words[p]!.kind === 'word' && at < 0; p--) if (PREPOSITIONS.hasLower(words[p]!)) at = p;
        if (wordOrNone(words, at)?.lower === 'the') at--;
        const described = at > min && PREPOSITIONS.hasLower(words[at]) ? this.nounPhraseEndingAt(words, at - 1, min) ?? this.plainSubject(words, at, min) : null;
        const whole = described && !described.entity && !described.pronoun ? { ...described, end: words[k - 1]!.end } : null;
        // "A nurse there, who did not want to be identified,": past an adverb of place after the noun.
        const there = !np && k - 2 >= min && PLACE_ADVERBS.hasLower(words[k - 1]) ? this.nounPhraseEndingAt(words, k - 2, min) : null;
        const placed = there?.anonymous && !there.entity ? there : null;
        const plain = (np ? whole : whole ?? placed ?? this.plainSubject(words, k, min)) ?? this.describedByWho(words, afterDateline(words, min, k), k, min);
        // The noun opens the clause: not "Sen. Carl Brandt, R-Findlay, who …".
        const opening = afterDateline(words, min, k);
        if (plain && plain.start === words[opening]!.start) return plain;
        // "A coast guard officer at the port of Pilar, who …,": the noun before the first preposition, with where it works.
        let p = opening + 1;
        while (p < k && p - opening <= 5 && words[p]!.kind === 'word' && !PREPOSITIONS.hasLower(words[p])) p++;
        const worker = p < k && PREPOSITIONS.hasLower(words[p]) ? this.plainSubject(words, p, min) : null;
        // Not a person's title before their name: "Minister for Children Rahul Dasgupta-Byrne, who led …, defended".
        const oneClause = worker && words.slice(p, k).every((w) => w.text !== ',') && this.ctx.table.byEnd.get(words[k - 1]!.end)?.entity.type !== 'person';
        if (oneClause && worker.start === words[opening]!.start && (anonymousNouns.has(worker.head ?? '') || descriptorNouns.has(worker.head ?? ''))) return { ...worker, end: words[k - 1]!.end };
      }
      // "The man, 45, said", "One of them, a former technician who asked not to be named, said": an age set off after a noun that opens
      // the clause, or a description of someone the text does not name, set off after it; the description speaks.
      const plain = commas === 0 && !np && k > min ? this.plainSubject(words, k, min) : null;
      if (plain && plain.start === words[afterDateline(words, min, k)]!.start) {
        if (k === j - 2 && SET_OFF_AGE.test(words[k + 1]!.text)) return plain;
        // The head noun is the last before a preposition: "a nurse at the clinic".
        let end = k + 2;
        let head = -1;
        while (end < j && end - k <= 8 && words[end]!.kind === 'word' && !OBJECT_CLAUSE_WORDS.hasLower(words[end])) {
          if (head < 0 && PREPOSITIONS.hasLower(words[end])) head = end - 1;
          end++;
        }
        if (head < 0) head = end - 1;
        if (indefiniteArticles.hasLower(words[k + 1]) && head > k + 1 && (end === j || words[end]!.lower === 'who') && !words[head]!.capitalized) {
          return { start: words[k + 1]!.start, end: words[end - 1]!.end, head: singular(words[head]!.lower), anonymous: true };
        }
      }
      // "Their chief economist, Mark Wall, wrote", "The Chancellor, Priya Malhotra, said", "The warehouse's owner, Harlow & Finch,
      // said": the name set off after a description or a title opening the clause speaks.
      // "But Portugal's central bank governor, Mario Centeno, argued": a conjunction may open the sentence before it.
      // "Kpler's head of research, Matt Smith, said": the description runs back over "of" to its head, and over "and" to the title it
      // joins ("Tandem's co-founder and chief executive, Oluwaseun Bakare, said").
      for (let head: Source | null; np && !np.entity && npAt - 2 >= min && (words[npAt - 1]!.lower === 'of' || words[npAt - 1]!.lower === 'and') && (head = this.nounPhraseEndingAt(words, npAt - 2, min)) && (words[npAt - 1]!.lower === 'of' || !head.entity); ) npAt = wordAt(words, head.start);
      // "…, but Greene's sister, Tasha Greene, said": so may one after a comma.
      // "The other cooperating witness, …": past the determiners the phrase opens with.
      while (npAt - 1 >= min && np && !np.entity && DETERMINERS.hasLower(words[npAt - 1])) npAt--;
      const linked = CLAUSE_LINKS.hasLower(wordOrNone(words, npAt - 1)) && (npAt - 1 === min || words[npAt - 2]?.text === ',');
      // "A CGT official at the refinery near Saint-Nazaire, Yannick Le Goff, said", "Its organiser for the South East, Marcus Fairweather,
      // said": a place after a preposition ends a description.
      const placeAt = wordOrNone(words, npAt - 1)?.lower === 'the' ? npAt - 2 : npAt - 1;
      const placed = np?.entity?.type === 'place' && (PREPOSITIONS.hasLower(words[placeAt]) || locativePrepositions.hasLower(words[placeAt])) && descriptionOpensClause(words, placeAt, min);
      const opens = placed || (np ? !np.entity && (npAt === min || words[npAt - 1]?.text === ',' || linked) : titleOpensClause(words, this.pastBody(words, k - 1, min), min) || ownedDescription(words, k - 1, min) >= 0 || plainAfterConjunction(words, k, min));
      // "A spokesman for the FBI, Tom Reed, said": so does a person set off after the organization their role names.
      // So does one after a description of a body's person with no role the rules read: "A spokesperson for the League of Conservation
      // Voters, Emily Sanchez-Ortiz, said".
      // Past an owner or a seat before the body: "The spokesperson for China's Ministry of National Defence, Senior Colonel Zhang Wenhao,
      // told", "An analyst with Lagos-based Cowry Asset Management, Olumide Fashola-Ibe, said".
      let forBody = np?.entity?.type === 'organization' ? wordAt(words, np.start) - 1 : -1;
      if (forBody > min && words[forBody]!.lower === 'based' && words[forBody - 1]!.text === '-') forBody -= 3;
      else if (forBody > min && words[forBody]!.capitalized && words[forBody]!.normEnd !== words[forBody]!.end) forBody--;
      if (wordOrNone(words, forBody)?.lower === 'the') forBody--;
      const describedForBody = WORKPLACE_PREPOSITIONS.hasLower(wordOrNone(words, forBody)) && descriptorNouns.hasLower(words[forBody - 1]) && !this.ctx.table.byEnd.has(words[forBody - 1]!.end);
      const rolesBody = np?.entity?.type === 'organization' && commas === 0 && (describedForBody || this.roleNames(words[k + 1]!.start, words[j - 1]!.end, np.entity));
      // "The presbytery's clerk, the Rev Morag Henderson, said": past an article before a name that fills the apposition (not "the
      // Labour MP Jane Cole", whose person follows a role).
      // And past a nationality ("His coach, the Italian Renato Bellucci, said") or an honorific the name leaves out, with where the
      // person works after it ("Her pastor, the Rev. Anthony Greer of Grace Chapel, said").
      let nameAt = k + 2;
      if (demonymCountry.has(words[nameAt]?.text ?? '')) nameAt++;
      else if (honorifics.hasText(words[nameAt])) nameAt += words[nameAt + 1]?.text === '.' ? 2 : 1;
      const afterArticle = words[k + 1]!.lower === 'the' ? this.ctx.table.byStart.get(words[nameAt]?.start ?? -1) ?? this.ctx.table.byStart.get(words[k + 2]?.start ?? -1) : undefined;
      const fills = afterArticle && (afterArticle.end === words[j - 1]!.end || isAffiliation(words, wordAt(words, afterArticle.end), j));
      // And past where it is based: "Its parent company, Zurich-based Orbis Holdings, said".
      const based = words[k + 2]?.text === '-' && words[k + 3]?.lower === 'based' ? this.ctx.table.byStart.get(words[k + 4]?.start ?? -1) : undefined;
      // And past an honorific the name leaves out: "His lawyer, Maître Prosper Farama, said".
      const honoured = honorificsAfterReader.hasText(words[k + 1]) ? this.ctx.table.byStart.get(words[k + 2]?.start ?? -1) : undefined;
      // And past a nationality of two words with no article: "the team's head coach, South African Pieter van der Westhuizen, said".
      const national = demonymCountry.has(`${words[k + 1]!.text} ${words[k + 2]?.text}`) ? this.ctx.table.byStart.get(words[k + 3]?.start ?? -1) : undefined;
      const named = (based ?? honoured ?? national ?? this.ctx.table.byStart.get(words[k + 1]!.start)) ?? (fills ? afterArticle : undefined);
      // Past a possessive that opens the person's role: "The summit's president, Azerbaijan's ecology minister Rauf Hajiyev, said".
      const apposed = (opens || rolesBody) && commas === 0 ? (named?.entity.type === 'person' ? named : this.personAfterRole(words, k + 1, j) ?? named) : undefined;
      // "Officials at the Economic Community of West African States, ECOWAS, said": the body's initials rename where the unnamed
      // people work; they speak.
      if (apposed && np?.anonymous && !np.entity && this.ctx.table.byEnd.get(np.end)?.entity === apposed.entity) return np;
      // A body after a description owned by someone: "Its parent company, Zurich-based Orbis Holdings, said"; and a country, which acts
      // as its state: "Russia's closest ally, Belarus, said".
      const speaksAsBody = apposed?.entity.type === 'organization' || (apposed?.entity.type === 'place' && !!np && !np.entity);
      if ((apposed?.entity.type === 'person' || ((np || ownedDescription(words, k - 1, min) >= 0) && speaksAsBody)) && (apposed.end === words[j - 1]!.end || apposed.end === words[j - 1]!.normEnd || ((postNominals.hasText(words[j - 1]) || closesName(words[j - 1]!)) && apposed.end === words[j - 2]?.end) || isAffiliation(words, wordAt(words, apposed.end), j))) {
        return { start: apposed.start, end: apposed.end, entity: apposed.entity };
      }
      // "A senior official at the state oil company, NNPC, who spoke on condition of anonymity, said": the organization renames
      // where the unnamed official works; the official speaks.
      const renamed = np?.entity?.type === 'organization' ? wordAt(words, np.start) - 1 : -1;
      if (renamed > min && words[renamed]!.text === ',') {
        const worker = this.nounPhraseEndingAt(words, renamed - 1, min);
        if (worker?.anonymous && !worker.entity && anonymousNouns.has(worker.head ?? '')) return worker;
      }
      // "Tobias Wren, a portfolio manager at Calder Point Advisors, which owns shares in both banks, said": a relative clause describes
      // the description set off after a name; the name speaks.
      if (commas === 0 && np && !np.entity && RELATIVES.hasLower(words[k + 1]) && wordOrNone(words, npAt - 1)?.text === ',') {
        const named = this.ctx.table.byEnd.get(words[npAt - 2]?.end ?? -1);
        // The name opens the clause: not "A lawsuit against Maria Lopez, a former treasurer, which …, says".
        const at = named ? wordAt(words, named.start) : -1;
        if (named?.entity.type === 'person' && (at === min || words[at - 1]!.text === ',' || CLAUSE_LINKS.hasLower(words[at - 1]))) return { start: named.start, end: named.end, entity: named.entity };
      }
      // "Arturo Benavides, an economist at the Policy Institute, a liberal-leaning think tank, said": a body's own description set off
      // after it; the subject is before.
      const body = np && (np.entity ?? this.ctx.table.byEnd.get(np.end)?.entity);
      // Not the body that opens the clause: "Junts, the party of former Catalan leader Carles Puigdemont, said".
      const bodyOpens = !!np && wordAt(words, np.start) <= afterDateline(words, min, k);
      // And one that a relative clause goes on describing: "…, a Ukrainian charity that runs evacuation convoys, said".
      let descriptionEnd = k + 2;
      while (descriptionEnd < j && !RELATIVES.hasLower(words[descriptionEnd])) descriptionEnd++;
      if (body?.type === 'organization' && !bodyOpens && !pastClause && commas === 0 && articles.hasLower(words[k + 1]) && nounPhraseOnly(words, k + 1, descriptionEnd) && describesBody(words, k + 1, descriptionEnd)) {
        pastClause = true;
        j = k;
        continue;
      }
      // "The letter, organised by Rachael Maskell, the MP for …, says": the agent of a participle is no subject; the subject is before it.
      // "Two people briefed on the talks, who asked not to be named, said": an unnamed source described before the clause set off.
      const described = np?.entity ? null : this.describedSubject(words, k - 1, min);
      if (described) return described;
      // "Park, who leads the Unity Party, the largest party in the assembly, denied": a body named inside a relative clause is its
      // object; the subject is before the clause.
      if (np?.entity?.type === 'organization' && !pastClause && opensRelativeClause(words, wordAt(words, np.start), min)) {
        pastClause = true;
        j = k;
        continue;
      }
      // "The European Union's naval mission in the Red Sea, Operation Aspides, said": what the place ends the description of speaks.
      if (placed && commas === 0) {
        const described = this.nounPhraseEndingAt(words, placeAt - 1, min) ?? this.plainSubject(words, placeAt, min);
        if (described && !described.pronoun && described.start === words[afterDateline(words, min, placeAt)]!.start) return described;
      }
      if (np && !(commas === 0 && wordOrNone(words, wordAt(words, np.start) - 1)?.lower === 'by')) return np;
      j = k;
    }
    return null;
  }

  /**
   * "A music executive who has worked with her peers, speaking on condition of anonymity, said": the unnamed source that opens the
   * clause at `start`, described by a clause with "who" before the comma at `comma`.
   */
  private describedByWho(words: Word[], start: number, comma: number, min: number): Source | null {
    for (let w = start + 1; w < comma && w - start <= 5; w++) {
      if (words[w]!.lower !== 'who') continue;
      const source = this.nounPhraseEndingAt(words, w - 1, min);
      return source?.anonymous && !source.entity && source.start === words[start]!.start ? source : null;
    }
    return null;
  }

  /** The person named last in words [from, to) after words of a title, each capitalized or a short link ("in", "of"): "ATF Special Agent in Charge Lena Whitfield". */
  private personAfterTitle(words: Word[], from: number, to: number): Source | null {
    // "… Leader Darnell Whitcomb of Klamath Falls": past the place the person is from.
    const place = to > from ? this.ctx.table.byEnd.get(words[to - 1]!.end) : undefined;
    const of = place?.entity.type === 'place' ? wordAt(words, place.start) - 1 : -1;
    if (of > from && words[of]!.lower === 'of') to = of;
    const named = to > from ? this.ctx.table.byEnd.get(words[to - 1]!.end) : undefined;
    if (named?.entity.type !== 'person') return null;
    const first = wordAt(words, named.start);
    if (first <= from || first - from > 8) return null;
    for (let k = from; k < first; k++) if (!words[k]!.capitalized && !TITLE_LINKS.has(words[k]!.lower)) return null;
    return { start: named.start, end: named.end, entity: named.entity };
  }

  /**
   * The word before the body a title ending at word `j` is of or for, its initials in brackets too: "the chief executive of the
   * Capability Acquisition and Sustainment Group (CASG)" ends, for its title, at "executive". `j` when no body ends there.
   */
  private pastBody(words: Word[], j: number, min: number): number {
    let k = words[j]?.text === ')' && words[j - 2]?.text === '(' ? j - 3 : j;
    const body = k >= min ? this.ctx.table.byEnd.get(words[k]!.end) : undefined;
    if (body?.entity.type !== 'organization') return j;
    k = wordAt(words, body.start) - 1;
    if (words[k]?.lower === 'the') k--;
    return k - 1 >= min && (words[k]!.lower === 'of' || words[k]!.lower === 'for') ? k - 1 : j;
  }

  /** Is a person named from `start` to `end` whose role names the organization `body` ("spokesman for the FBI")? */
  private roleNames(start: number, end: number, body: EntityDraft): boolean {
    const person = this.ctx.table.byStart.get(start);
    // By any of its names: "A spokesman for the EFCC" is the Economic and Financial Crimes Commission's.
    const names = [body.name, ...body.aliases];
    return person?.entity.type === 'person' && person.end === end && person.entity.roles.some((r) => names.some((name) => r.endsWith(name)));
  }

  /**
   * "A spokesman for the army, Brigadier General Nabil Abdallah, said": the person named in words [from, to) after the role
   * the rules read for them.
   */
  private personAfterRole(words: Word[], from: number, to: number): MentionRef | undefined {
    let last = postNominals.hasText(words[to - 1]) ? to - 2 : to - 1;
    // Before where the person works: "Mayor Liliana Duarte of Villa del Rosario".
    for (let p = last - 1; p > from + 1 && last - p < 10; p--) {
      if (WORKPLACE_PREPOSITIONS.hasLower(words[p]) && isAffiliation(words, p, to) && this.ctx.table.byEnd.get(words[p - 1]!.end)?.entity.type === 'person') {
        last = p - 1;
        break;
      }
    }
    const named = last > from ? this.ctx.table.byEnd.get(words[last]!.end) : undefined;
    if (named?.entity.type !== 'person' || named.start <= words[from]!.start) return undefined;
    // "the novelist Eleanor Ashby": the role, past its article.
    const role = this.ctx.text.slice(words[from]!.start, named.start).trim().toLowerCase().replace(LEADING_ARTICLE, '');
    if (hasRole(named.entity, role)) return named;
    const first = wordAt(words, named.start);
    // "a 24-year-old student in Leeds named Hannah Okoro": a description that ends by naming the person.
    if (first - 2 >= from && NAMING_PARTICIPLES.hasLower(words[first - 1]) && articles.hasLower(words[from])) return named;
    // Titles alone: "Professor Sir Stephen Powis"; or a trade in a word or two: "hydrologist Daniel Fuentes".
    const titles = (k: number) => titleHeads.hasText(words[k]!) || honorifics.hasText(words[k]!);
    const trade = (k: number) => words[k]!.kind === 'word' && !words[k]!.capitalized && !namesNoOne(words[k]!) && !AUXILIARIES.hasLower(words[k]!) && !articles.hasLower(words[k]) && !PRONOUNS.hasLower(words[k]!) && !CLAUSE_WORDS.hasLower(words[k]!) && !COMPARING_WORDS.hasLower(words[k]!);
    let allTitles = true;
    let allTrade = first - from <= 2;
    for (let k = from; k < first; k++) [allTitles, allTrade] = [allTitles && titles(k), allTrade && trade(k)];
    return allTitles || allTrade ? named : undefined;
  }

  /** "A relative of Karimzadeh said", "Lawyers for Rutto, led by …, said": one described by the person named after them speaks, unnamed. */
  private describedByPerson(words: Word[], np: Source | null, min: number): Source | null {
    const ofAt = np?.entity?.type === 'person' ? wordAt(words, np.start) - 1 : -1;
    if (ofAt <= min || (words[ofAt]!.lower !== 'of' && words[ofAt]!.lower !== 'for')) return null;
    const described = this.nounPhraseEndingAt(words, ofAt - 1, min);
    return described?.anonymous && !described.entity && !described.pronoun ? { ...described, end: np!.end } : null;
  }

  /** The person who opens the sentence right before ", " at `start`: whom a description there is set off after. Not the end of a report ("… Kim Jong Un, some analysts say"). */
  private describedPerson(start: number): EntityDraft | undefined {
    const { text } = this.ctx;
    if (text[start - 2] !== ',' || text[start - 1] !== ' ') return undefined;
    const named = this.ctx.table.byEnd.get(start - 2);
    if (named?.entity.type !== 'person') return undefined;
    const opens = named.start === 0 || text[named.start - 1] === '\n' || SENTENCE_OPENING.test(text.slice(Math.max(0, named.start - 3), named.start));
    return opens ? named.entity : undefined;
  }

  /**
   * "The pair said", "The former said", "the latter": the two people who last spoke together, or else the last two named, or the
   * first or second of them.
   */
  private pairNamed(source: Source, at: number): EntityDraft[] | null {
    if (source.entity || source.pronoun) return null;
    // The article may stand before the phrase the rules read: "The two leaders said".
    const article = /^the $/i.test(this.ctx.text.slice(source.start - 4, source.start)) ? this.ctx.text.slice(source.start - 4, source.start) : '';
    const m = PAIR_PHRASE.exec(article + this.ctx.text.slice(source.start, source.end));
    const phrase = (m?.[1] ?? m?.[2])?.toLowerCase();
    // "The two leaders said", "Both men said": the two named last, with a word for people.
    const noun = m?.[3];
    if (!phrase || (noun && (phrase === 'former' || phrase === 'latter' || !PAIR_NOUNS.has(noun)))) return null;
    // People named, not a group ("When Koreans think of Vietnam").
    const person = (e: EntityDraft) => e.rule !== 'person.group';
    const latter = this.lastPersonBefore(at, person);
    const former = latter ? this.lastPersonBefore(latter.start, (e) => e !== latter.entity && person(e)) : undefined;
    const named = latter && former ? [former.entity, latter.entity] : null;
    if (phrase === 'former' || phrase === 'latter') return named ? [named[phrase === 'former' ? 0 : 1]!] : null;
    const joint = this.lastJoint.length === 2 && this.lastJoint.every((e) => e.type === 'person') && latter && this.lastJoint.includes(latter.entity);
    return joint ? this.lastJoint : named;
  }

  /** "the companies", "both banks", "the two firms": bodies of a kind, when bodies have spoken together. */
  private namesBodiesTogether(source: Source): boolean {
    if (source.entity || source.pronoun || !this.lastBodies.length) return false;
    const kind = BODIES_TOGETHER.exec(this.ctx.text.slice(source.start, source.end))?.[1];
    const one = !kind ? '' : kind.endsWith('ies') ? `${kind.slice(0, -3)}y` : singular(kind);
    return !!kind && one !== kind && (orgDescriptors.has(one) || genericOrgNouns.has(one));
  }

  /** The person named, with or without a role, between commas right after a description: ", Azerbaijan's ecology minister Rauf Hajiyev,". */
  private apposedPerson(source: Source): Source | null {
    const { text } = this.ctx;
    const from = source.end + (APPOSITION_OPENING.exec(text.slice(source.end, source.end + 3))?.[0].length ?? 0);
    const comma = from > source.end ? text.indexOf(',', from) : -1;
    let named = comma >= 0 && comma - from <= 80 ? this.ctx.table.byEnd.get(comma) : undefined;
    // "Another analyst, Chen Weiming of CLSA in Hong Kong, asked": the person named first, with where they work after the name.
    // "Professor Lee Seung-ho of Inha University": past a title the name leaves out.
    const titled = TITLE_BEFORE_NAME.exec(text.slice(from, from + 24))?.[0].length ?? 0;
    const first = named && named.entity.type !== 'person' ? this.ctx.table.byStart.get(from) ?? (titled ? this.ctx.table.byStart.get(from + titled) : undefined) : undefined;
    if (first?.entity.type === 'person' && WORKPLACE_AFTER_NAME.test(text.slice(first.end, first.end + 6))) named = first;
    if (named?.entity.type !== 'person') return null;
    const before = text.slice(from, named.start).trim();
    // "the OMC chairman, Shri Rabindra Nath Sahu,": an honorific the name leaves out is no role.
    const role = honorifics.has(before) || honorificsAfterReader.has(before) ? '' : before.toLowerCase().replace(LEADING_ARTICLE, '');
    return !role || hasRole(named.entity, role) ? { start: named.start, end: named.end, entity: named.entity } : null;
  }

  /**
   * The person or body opening the clause whose description, set off by a comma, holds word `at`: "Halima Ishaq, a nurse at the Saudi
   * Hospital".
   */
  private nameBeforeDescriptions(words: Word[], at: number, min: number): Source | null {
    let comma = at - 1;
    while (comma > min && words[comma]!.text !== ',') comma--;
    const named = this.ctx.table.byEnd.get(words[comma - 1]?.end ?? -1);
    if (!named || (named.entity.type !== 'person' && named.entity.type !== 'organization') || !opensClausePastTitle(words, min, comma, named)) return null;
    const opener = words[comma + 1]!;
    if (!articles.hasLower(opener) && !possessiveDeterminers.hasLower(opener)) return null;
    const source = { start: named.start, end: named.end, entity: named.entity };
    // A body's description holds its kind, past its seat: "Kestrel Microdevices, the Santa Clara, Calif.-based chipmaker whose …".
    if (named.entity.type === 'organization') {
      for (let j = comma + 2; j < words.length && j - comma <= 10; j++) if (words[j]!.kind === 'word' && !words[j]!.capitalized && (genericOrgNouns.has(words[j]!.lower) || orgDescriptors.hasLower(words[j]))) return source;
      return null;
    }
    let end = comma + 1;
    while (end < at && words[end]!.kind === 'word' && !PREPOSITIONS.hasLower(words[end])) end++;
    return isDescription(words, comma + 1, end) ? source : null;
  }

  /** The person opening the clause whose workplace after the name holds word `at`: "Ana Ruiz of the Red Cross in Lima". */
  private personBeforeWorkplace(words: Word[], at: number, min: number): Source | null {
    for (let j = at - 1; j > min && at - j <= 10 && words[j]!.kind === 'word'; j--) {
      if (!WORKPLACE_AFTER.hasLower(words[j])) continue;
      const named = this.ctx.table.byEnd.get(words[j - 1]!.end);
      if (named?.entity.type !== 'person') continue;
      return opensClausePastTitle(words, min, j, named) ? { start: named.start, end: named.end, entity: named.entity } : null;
    }
    return null;
  }

  /** Who put out the document at word j, written as an issuing verb and its object: "Whitaker released an advertisement". */
  private issuerBefore(words: Word[], j: number, min: number): Source | null {
    // "issued an advisory in April warning": past the time set after the document.
    if (!DOCUMENT_WORDS.hasLower(words[j])) j = beforeTimePhrase(words, j);
    if (j <= min || !DOCUMENT_WORDS.hasLower(words[j])) return null;
    let verb = j - 1;
    while (verb >= min && j - verb <= 3 && !ISSUING_VERBS.hasLower(words[verb])) verb--;
    // "released an advertisement claiming", "presented figures showing". The verb may be a cue that ended the clause before: "issued".
    if (verb < min - 1 || !ISSUING_VERBS.hasLower(words[verb]) || !(articles.hasLower(words[verb + 1]) || verb + 1 === j)) return null;
    if (verb < min) while (min > 0 && !CLAUSE_END_MARKS.hasText(words[min - 1]!)) min--;
    return verb > min ? this.subjectBefore(words, verb, min) : null;
  }

  /** The people or body before "that" or "who" opening a clause that runs to word j, with no cue or comma in it; else null. */
  private relativeClauseHead(words: Word[], j: number, min: number): Source | null {
    // Not before an infinitive's verb: "who was not authorized to discuss".
    if (words[j]!.lower === 'to' || PREPOSITIONS.hasLower(words[j])) return null;
    for (let h = j - 1; h > min && j - h < 16; h--) {
      const w = words[h]!;
      if (w.kind !== 'word' || cueAt(words, h)) return null;
      if (w.lower !== 'that' && w.lower !== 'who') continue;
      // Not one that tells why the source goes unnamed ("An aide who was not authorized to discuss the talks said"), read elsewhere.
      if (ANONYMOUS_CLAUSE.test(this.ctx.text.slice(w.start, words[j]!.end))) return null;
      // The clause's own verb follows: "that rushed", not "that the firm".
      const verb = words[h + 1];
      if (!verb || verb.kind !== 'word' || verb.capitalized || DETERMINERS.hasLower(verb) || PRONOUNS.hasLower(verb)) return null;
      const head = this.nounPhraseEndingAt(words, h - 1, min) ?? this.plainSubject(words, h, min);
      const noun = words[h - 1]!;
      const speaks = head?.entity ? head.entity.type === 'organization' || head.entity.type === 'person'
        : namesPeople(words, wordAt(words, head?.start ?? -1), noun, undefined) || anonymousNouns.has(singular(noun.lower)) || GROUP_HEADS.hasLower(noun) || orgDescriptors.hasLower(noun);
      // The head opens the sentence: not a description set off after a name (", a corporate attorney who led …").
      const at = wordAt(words, head?.start ?? -1);
      return head && !head.pronoun && speaks && at === afterDateline(words, min, h) && words[at - 1]?.text !== ',' ? head : null;
    }
    return null;
  }

  /** "A person briefed on the talks said", "people familiar with the matter say": an unnamed source described by the words after it. */
  private describedSubject(words: Word[], j: number, min: number): Source | null {
    // The clause may run long, past clauses of its own: "a mine worker who asked not to be named for fear of losing his job said",
    // "A searcher who asked not to be named because she was not authorized to speak to the media said".
    for (let h = j - 1; h > min && j - h < 24 && words[h]!.text !== '.' && words[h]!.text !== ','; h--) {
      const w = words[h]!;
      // "a board member who spoke on condition of anonymity said": the member, whom the clause leaves unnamed.
      if (w.lower === 'who' && ANONYMOUS_CLAUSE.test(this.ctx.text.slice(w.start, words[j]!.end))) {
        // "A deputy who was on duty and who asked not to be named said": past another clause joined to it.
        if (words[h - 1]?.lower === 'and') for (let p = h - 2; p > min && h - p < 12 && words[p]!.kind === 'word'; p--) if (words[p]!.lower === 'who') {
          h = p;
          break;
        }
        // "A man who declined to give his name said": any plain noun that opens the clause.
        const source = this.nounPhraseEndingAt(words, h - 1, min) ?? this.plainSubject(words, h, min);
        return source?.anonymous ? source : null;
      }
    }
    for (let h = j - 1; h >= min && j - h < 16; h--) {
      const w = words[h]!;
      // "people familiar with the lenders' plans": a plural's possessive mark is the phrase's.
      if (w.text === "'" || w.text === '’') continue;
      if (w.kind !== 'word' || CLAUSE_WORDS.hasLower(w)) return null;
      if (j - h >= 8) continue;
      // "familiar with": the description runs on; its subject is before it.
      // Not a description with nothing after it: "the ferry board with written requests".
      if (!SOURCE_DESCRIPTIONS.hasLower(words[h + 1]!) || SOURCE_DESCRIPTIONS.hasLower(w) || h + 1 === j) continue;
      const source = this.nounPhraseEndingAt(words, h, min);
      return source?.anonymous ? { ...source, end: words[j]!.end } : null;
    }
    return null;
  }

  private nounPhraseEndingAt(words: Word[], j: number, min: number, documents = false): Source | null {
    const w = words[j]!;
    if (w.kind !== 'word') return null;
    const ref = this.ctx.table.byEnd.get(w.end) ?? this.ctx.table.byEnd.get(w.normEnd);
    // "President X of the ruling Morena party said": the person a body named before the word for its kind completes (not "Two
    // lawmakers from the Likud party").
    if (!ref && j > min && BODY_KIND_WORDS.hasLower(w)) {
      const named = this.ctx.table.byEnd.get(words[j - 1]!.end);
      const of = named?.entity.type === 'organization' ? complementOf(words, wordAt(words, named.start), min) : -1;
      const person = of > min ? this.personBefore(words, of) : null;
      if (person) return person;
    }
    // "Critics of the Bureau said": an organization that completes a description is not the one speaking; a person it
    // describes is ("Senator Ana Ruiz of the opposition National Party said").
    if (ref && ref.entity.type === 'organization') {
      const first = wordAt(words, ref.start);
      const of = complementOf(words, first, min);
      if (of > min) return this.personBefore(words, of);
      if (of === min) return null;
      // "Analysts at Kestrel Bank said", "a senior official at the state-run grid operator Gridco told": people at the
      // organization speak, unnamed.
      let at = first - 1;
      // Past words that describe it, "Lagos-based" too.
      const joined = (k: number) => (words[k]!.text === '-' || words[k + 1]!.text === '-') && !words[k + 1]!.spaced;
      // And past the name of its owner: "lawmakers in Lee Jae-myung's Democratic Party".
      const owner = (k: number) => (words[k]!.normEnd !== words[k]!.end ? this.ctx.table.byEnd.get(words[k]!.normEnd) : undefined);
      while (at > min && first - at <= 6) {
        const named = owner(at);
        if (named && named.start >= words[min]!.start) at = wordAt(words, named.start) - 1;
        else if ((words[at]!.kind === 'word' && LOWER_FIRST.test(words[at]!.text) && !PREPOSITIONS.hasLower(words[at]!)) || joined(at)) at--;
        else break;
      }
      // "A poll by Ipsos for the newspaper De Telegraaf found": the organization a document was made for is not its author.
      const author = wordOrNone(words, at)?.lower === 'for' && at - 1 > min ? this.ctx.table.byEnd.get(words[at - 1]!.end) : undefined;
      if (author?.entity.type === 'organization' && words[wordAt(words, author.start) - 1]?.lower === 'by') return { start: author.start, end: author.end, entity: author.entity };
      if ((wordOrNone(words, at)?.lower === 'at' || wordOrNone(words, at)?.lower === 'in') && at - 1 >= min) {
        const staff = this.nounPhraseEndingAt(words, at - 1, min);
        const head = staff?.head ?? '';
        if (staff?.anonymous && !staff.entity && (descriptorNouns.has(head) || anonymousNouns.has(head))) return { ...staff, end: ref.end };
        // "Weather forecasters at the Met Office expect": people named by what they do, with the word before them.
        if (!staff && AGENT_PLURAL.test(words[at - 1]!.lower)) {
          const from = at - 2 >= min && words[at - 2]!.kind === 'word' && (at - 2 === min || DETERMINERS.hasLower(words[at - 2]!)) ? at - 2 : at - 1;
          return { start: words[from]!.start, end: ref.end, head: singular(words[at - 1]!.lower), anonymous: true };
        }
      }
    }
    // "A spokesperson for Finance Minister Aurélie Gagnon-Price said", "a lawyer for Mr Kowalczyk", "an aide to X": the unnamed person
    // who speaks for the one named.
    if (ref?.entity.type === 'person') {
      let at = wordAt(words, ref.start) - 1;
      while (at > min && (words[at]!.capitalized || lowerTitleWords.hasLower(words[at]!)) && !PREPOSITIONS.hasLower(words[at]!)) at--;
      // The agent is written as a common noun: not "U.S. Ambassador to Israel Mike Huckabee", "Minister for Finance Michael McGrath".
      const agent = (wordOrNone(words, at)?.lower === 'for' || wordOrNone(words, at)?.lower === 'to') && at - 1 >= min && !words[at - 1]!.capitalized ? this.nounPhraseEndingAt(words, at - 1, min) : null;
      if (agent?.anonymous && !agent.entity && descriptorNouns.has(agent.head ?? '')) return { ...agent, end: ref.end };
    }
    // "Senator Chuck Delaney of Iowa, whose state …, said": so does a place.
    if (ref?.entity.type === 'place') {
      const of = complementOf(words, wordAt(words, ref.start), min);
      const person = of > min ? this.personBefore(words, of) : null;
      if (person) return person;
    }
    if (ref && ref.entity.type !== 'place') return { start: ref.start, end: ref.end, entity: ref.entity };
    // Places speak too: "North Korea said", "Beijing claims"; not one that completes a description ("the presidents of
    // Kazakhstan and Uzbekistan agreed": the presidents did), nor one after another preposition ("which is based in San Jose,
    // California, announced": the company did).
    if (ref) {
      // The list's first place: "Hospitals in Uttar Pradesh and Bihar reported".
      // Past a place that owns it: "dealers in Tehran's Ferdowsi Street said".
      const listed = this.placeListStart(words, wordAt(words, ref.start), min);
      // "The American Civil Liberties Union of Ohio said": a body's branch in a place is read as the body.
      const body = listed - 2 >= min && words[listed - 1]!.lower === 'of' ? this.ctx.table.byEnd.get(words[listed - 2]!.end) : undefined;
      if (body?.entity.type === 'organization') {
        const phrase = this.nounPhraseEndingAt(words, listed - 2, min);
        return phrase && { ...phrase, end: ref.end };
      }
      const owner = wordOrNone(words, listed - 1);
      const at = owner && owner.capitalized && owner.normEnd !== owner.end ? listed - 1 : listed;
      return isComplement(words, at, min) || (at - 1 >= min && PREPOSITIONS.hasLower(words[at - 1]!) && !CLAUSE_OPENING_PREPOSITIONS.hasLower(words[at - 1]!)) ? null : { start: ref.start, end: ref.end, entity: ref.entity };
    }
    // "A Class I recall", "World War I": a numeral after a capitalized word inside the sentence, not the writer.
    if (w.text === 'I' && j - 1 > min && words[j - 1]!.capitalized && words[j - 1]!.kind === 'word') return null;
    if (PRONOUNS.hasLower(w)) return { start: w.start, end: w.end, pronoun: w.lower };
    if (w.lower === 'who' && j - 2 >= min) {
      // "Schiff, who has served ..., said", "objections from residents who say": the source is who "who" stands for. Without
      // a comma, only after a preposition, where the sentence's subject is someone else.
      const comma = words[j - 1]!.text === ',';
      const antecedent = (comma && this.peopleBeforeComplement(words, j - 2, min)) || this.nounPhraseEndingAt(words, comma ? j - 2 : j - 1, min);
      if (antecedent && (comma || PREPOSITIONS.hasLower(words[wordAt(words, antecedent.start) - 1]))) return { ...antecedent, start: w.start, end: w.end };
    }
    // "…filed by the EFCC, which alleges that …", "brought by the union, which says": a body set off before "which", its acronym in
    // brackets maybe, is who "which" stands for.
    if (w.lower === 'which' && j - 2 >= min && words[j - 1]!.text === ',') {
      const end = words[j - 2]!.text === ')' && words[j - 4]?.text === '(' ? j - 5 : j - 2;
      const antecedent = end >= min ? this.nounPhraseEndingAt(words, end, min) : null;
      const body = antecedent?.entity ? antecedent.entity.type === 'organization' : !!antecedent && !antecedent.pronoun && (genericOrgNouns.has(antecedent.head ?? '') || bodyNouns.has(antecedent.head ?? '') || orgDescriptors.has(antecedent.head ?? ''));
      if (antecedent && body) return { ...antecedent, start: w.start, end: w.end };
    }
    const head = w.lower;
    // "union leaders said", "opposition ministers told": holders of a title, unnamed, who speak (not "the board of directors urging").
    // Asked last: a function, so that the lists' answers spare the cue lookup.
    const titleHolders = () => head.length > 3 && head.endsWith('s') && lowerTitleHeads.has(head.slice(0, -1)) && cueAt(words, j + 1)?.kind === 'speech' && !words[j + 1]!.lower.endsWith('ing');
    // "the companies said", "the two firms said": a plural of a word for any organization too, before a verb of speech.
    const plural = () => head.endsWith('s') && genericOrgNouns.has(head.endsWith('ies') ? `${head.slice(0, -3)}y` : head.slice(0, -1)) && cueAt(words, j + 1)?.kind === 'speech';
    // "The 29-year-old said": a person described by age.
    const aged = AGE.test(head);
    // "according to two engineers familiar with …": the plural of a word for a person too, opening the phrase (not "two diplomats
    // present during the leaders' retreat").
    const people = () => j - min <= 2 && head.endsWith('s') && descriptorNouns.has(singular(head));
    if (!(SOURCE_HEADS.hasLower(w) || plural() || (documents && (documentNouns.has(head) || people())) || titleHolders() || aged)) return null;
    let s = j;
    while (s - 1 >= min && j - s < 7) {
      const p = words[s - 1]!;
      // "The Sunnyvale, California-based company": a town set before its region, with the determiner before it.
      const town = p.text === ',' ? this.ctx.table.byEnd.get(words[s - 2]?.end ?? -1) : undefined;
      if (town?.entity.type === 'place' && words[s]!.text !== ',' && DETERMINERS.hasLower(words[wordAt(words, town.start) - 1])) {
        s = wordAt(words, town.start) - 1;
        break;
      }
      if (p.kind !== 'word' && !(p.text === '[' || p.text === ']' || p.text === '-')) break;
      // "the national search and rescue agency": two nouns joined before the head are one modifier of it.
      // One singular noun each, the second right before the head ("search and rescue agency", not "diplomats and exiled opponents").
      const noun = (k: number) => LOWER_WORD.test(words[k]!.text) && !words[k]!.lower.endsWith('s') && !NP_STOP.hasLower(words[k]) && !DETERMINERS.hasLower(words[k]) && !QUESTION_WORDS.hasLower(words[k]);
      // Not a source of its own before "and": "the company and state officials".
      const joinedNouns = p.lower === 'and' && s === j - 1 && s - 2 >= min && words[s - 2]!.kind === 'word' && noun(s - 2) && noun(s) && !SOURCE_HEADS.hasLower(words[s - 2]);
      // Not a name that is written like one of them: "A WHO spokesperson".
      if (NP_STOP.hasLower(p) && !this.ctx.table.byStart.has(p.start) && !joinedNouns) break;
      // A body's whole name before the noun, across its "for" or "of": "A Department for Education spokesperson".
      const body = this.ctx.table.byEnd.get(p.end);
      s = body && body.entity.type === 'organization' && body.start >= words[min]!.start ? wordAt(words, body.start) : s - 1;
      // A determiner opens the phrase: "the ministry", not "charge the ministry".
      if (DETERMINERS.hasLower(p)) break;
    }
    while (s < j && words[s]!.kind !== 'word') s++;
    // "The Bank of England's governor", "The Royal College of Surveyors' chief": the owner's whole name, across its "of", opens the phrase.
    const apostrophe = s - 2 >= min && pluralOwnerAt(words, s - 2);
    const owner = apostrophe ? words[s - 2]! : words[s]!;
    const owned = apostrophe ? this.ctx.table.byEnd.get(owner.end) : owner.normEnd !== owner.end ? this.ctx.table.byEnd.get(owner.normEnd) : undefined;
    if (owned && owned.start < owner.start && owned.start >= words[min]!.start) {
      s = wordAt(words, owned.start);
      if (s - 1 >= min && DETERMINERS.hasLower(words[s - 1]!)) s--;
    } else if (apostrophe && owner.kind === 'word' && !this.ctx.table.byEnd.has(owner.end)) {
      // "Farmers' unions said": a plural owner that names no one opens the phrase too.
      s -= 2;
      if (s - 1 >= min && DETERMINERS.hasLower(words[s - 1]!)) s--;
    }
    // "a measure Argentine officials described": a singular determiner before a plural head opens a noun of its own, which the clause describes.
    const relative = s + 2 <= j && SINGULAR_DETERMINERS.hasLower(words[s]!) && singular(head) !== head && !QUANTITY_NOUNS.hasLower(words[s + 1]!);
    if (relative) s += 2;
    // "A senior official at the ministry, who asked not to be identified, said": the person the place of work describes speaks.
    if (WORKPLACE_PREPOSITIONS.hasLower(wordOrNone(words, s - 1)) && s - 2 >= min) {
      const person = this.nounPhraseEndingAt(words, s - 2, min);
      if (person && !person.entity && !person.pronoun && anonymousNouns.has(person.head ?? '')) return { ...person, end: w.end };
    }
    // "the chair of judges", "The head of the agency": the person whose title opens the phrase, not what they head.
    let title = head;
    if (s - 2 >= min && words[s - 1]!.lower === 'of' && (lowerTitleHeads.hasLower(words[s - 2]!) || words[s - 2]!.lower === 'head') && (s - 2 === min || DETERMINERS.hasLower(words[s - 3]!))) {
      title = words[s - 2]!.lower;
      s -= s - 2 === min ? 2 : 3;
    }
    const inner = this.entityInside(words, s, j);
    const determiner = words[s]!.lower;
    return {
      start: words[s]!.start, end: w.end, head: singular(title), entity: inner, relative,
      anonymous: !inner && (anonymousNouns.has(head) || determiner === 'a' || determiner === 'an' || anonymousModifiers.has(determiner)),
    };
  }

  /**
   * "residents of the town, who said", "conservatives in his own party, who wanted": the people whom a place or a body ending at
   * word `j` completes, a few words back, if any.
   */
  private peopleBeforeComplement(words: Word[], j: number, min: number): Source | null {
    for (let k = j; k > min && j - k < 6 && words[k]!.kind === 'word'; k--) {
      if (!COMPLEMENT_PREPOSITIONS.hasLower(words[k])) continue;
      const people = this.nounPhraseEndingAt(words, k - 1, min);
      return people && !people.pronoun && (people.anonymous || people.entity?.type === 'person') ? people : null;
    }
    return null;
  }

  /** "UN Secretary-General António Guterres": the person named after the title words from word `k` (before `to`), if any. */
  private titledAfter(words: Word[], k: number, to: number): Source | null {
    const from = k;
    while (k < to && k - from < 4 && words[k]!.kind === 'word' && (titleHeads.hasText(words[k]!) || lowerTitleWords.hasLower(words[k]!))) k++;
    const person = k > from && k < to ? this.ctx.table.byStart.get(words[k]!.start) : undefined;
    return person?.entity.type === 'person' ? { start: person.start, end: person.end, entity: person.entity } : null;
  }

  /**
   * "Economists polled by Reuters said", "The family of a man shot dead by police said": who an agent named from word `agentAt` acted on
   * speaks, not the agent; not a document, whose author speaks ("a report published by the ministry says").
   */
  private actedOnBy(words: Word[], agentAt: number, min: number): Source | null {
    if (wordOrNone(words, agentAt - 1)?.lower === 'the') agentAt--;
    if (agentAt - 3 < min || words[agentAt - 1]!.lower !== 'by') return null;
    // The participle, and a word after it: "shot dead by police".
    let p = agentAt - 2;
    if (!isParticiple(words[p]!) && p - 1 > min && isParticiple(words[p - 1]!)) p--;
    if (!isParticiple(words[p]!)) return null;
    // Or plain people: "Economists surveyed by Reuters".
    const people = (plain: Source | null) => (plain && namesPeople(words, wordAt(words, plain.start), words[p - 1]!, undefined) ? plain : null);
    let acted = this.nounPhraseEndingAt(words, p - 1, min) ?? this.determinedPhrase(words, p - 1, min) ?? people(this.plainSubject(words, p, min));
    if (!acted || acted.entity || acted.pronoun || documentNouns.has(acted.head ?? '')) return null;
    // "The family of a man": the phrase the acted-on completes.
    const of = wordAt(words, acted.start) - 1;
    const whole = of - 1 >= min && words[of]!.lower === 'of' ? this.nounPhraseEndingAt(words, of - 1, min) : null;
    if (whole && !whole.entity && !whole.pronoun) acted = whole;
    return acted;
  }

  /**
   * "Cardoso, nicknamed “the Magician” by Wolves supporters, said": the agent of a participle set off after the subject, at word
   * `agentAt`, is no source; the name before the phrase is.
   */
  private beforeSetOffParticiple(words: Word[], agentAt: number, min: number): Source | null {
    // The reader's source may hold the "by".
    if (words[agentAt]!.lower === 'by') agentAt++;
    else if (wordOrNone(words, agentAt - 1)?.lower === 'the') agentAt--;
    if (words[agentAt - 1]?.lower !== 'by') return null;
    let comma = agentAt - 2;
    while (comma > min && agentAt - comma < 10 && words[comma]!.text !== ',') comma--;
    if (words[comma]?.text !== ',' || !isParticiple(words[comma + 1]!)) return null;
    const named = this.ctx.table.byEnd.get(wordOrNone(words, comma - 1)?.end ?? -1);
    return named && (named.entity.type === 'person' || named.entity.type === 'organization') ? { start: named.start, end: named.end, entity: named.entity } : null;
  }

  /** The organization named right before word `at`, past its initials in brackets: "The World Health Organization (WHO) …". */
  private bodyBefore(words: Word[], at: number, min: number): MentionRef | undefined {
    let k = at - 1;
    if (words[k]?.text === ')' && words[k - 2]?.text === '(') k -= 3;
    const named = k >= min ? this.ctx.table.byEnd.get(words[k]!.end) : undefined;
    return named?.entity.type === 'organization' ? named : undefined;
  }

  /** Where the list of places that word `at` ends or stands in starts: "Uttar Pradesh and Bihar", "Glendale, Arizona". */
  private placeListStart(words: Word[], at: number, min: number): number {
    for (let before = this.ctx.table.byEnd.get(wordOrNone(words, at - 2)?.end ?? -1); at - 2 >= min && LIST_JOINS.hasText(words[at - 1]!) && before?.entity.type === 'place'; before = this.ctx.table.byEnd.get(wordOrNone(words, at - 2)?.end ?? -1)) {
      at = wordAt(words, before.start);
    }
    return at;
  }

  /** "A man", "the two women": a determiner and up to three words ending at word `j`, in lower case. */
  private determinedPhrase(words: Word[], j: number, min: number): Source | null {
    const head = words[j];
    if (!head || head.kind !== 'word' || head.capitalized || NP_STOP.hasLower(head)) return null;
    for (let s = j - 1; s >= min && j - s <= 3; s--) {
      if (DETERMINERS.hasLower(words[s]!)) return { start: words[s]!.start, end: head.end, head: singular(head.lower), anonymous: true };
      if (words[s]!.kind !== 'word' || NP_STOP.hasLower(words[s]!)) return null;
    }
    return null;
  }

  /** The person named right before word `k`, if any. */
  private personBefore(words: Word[], k: number): Source | null {
    const person = this.ctx.table.byEnd.get(words[k - 1]!.end);
    return person?.entity.type === 'person' ? { start: person.start, end: person.end, entity: person.entity } : null;
  }

  /** An entity named at the end of a descriptive phrase: "analysis group 38 North". */
  private entityInside(words: Word[], from: number, to: number): EntityDraft | undefined {
    const ref = this.ctx.table.byEnd.get(words[to]!.end);
    if (ref && ref.start >= words[from]!.start && ref.entity.type !== 'place') return ref.entity;
    // "the FNV union", "the Likud party": an organization named before the word for its kind (not "the Premier League club").
    const named = to > from && KINDS_NAMED_BEFORE.hasLower(words[to]!) ? this.ctx.table.byEnd.get(words[to - 1]!.end) : undefined;
    return named && named.start >= words[from]!.start && named.entity.type === 'organization' ? named.entity : undefined;
  }

  /** Any short noun phrase right before a cue: "one slide says", "those close to him say". */
  private plainSubject(words: Word[], cueIdx: number, min: number): Source | null {
    while (cueIdx - 1 > min && words[cueIdx - 1]!.kind === 'word' && (AUXILIARIES.hasLower(words[cueIdx - 1]!) || isAdverb(words[cueIdx - 1]!.text))) cueIdx--;
    // "The harbour board last week said": the time is no part of the subject (which must still open its clause, below).
    // Not before a participle: "released an ad this week showing" has no subject.
    const beforeTime = words[cueIdx]!.lower.endsWith('ing') ? cueIdx - 1 : beforeTimePhrase(words, cueIdx - 1);
    if (beforeTime >= min && beforeTime < cueIdx - 1) cueIdx = beforeTime + 1;
    // "Several said …", "Many told the meeting …": a quantifier alone opening the clause stands for people the text just named.
    const alone = words[cueIdx - 1];
    if (alone && cueIdx - 1 >= min && QUANTIFIER_SUBJECTS.hasLower(alone) && (cueIdx - 1 === min || words[cueIdx - 2]!.kind !== 'word')) {
      return { start: alone.start, end: alone.end, head: alone.lower, anonymous: true };
    }
    let s = cueIdx;
    // Not past an auxiliary: "would be needed before health agencies" is no subject.
    // "days after the palace said": a clause of time opens with its conjunction.
    const opens = (w: Word) => CLAUSE_WORDS.hasLower(w) || AFTER_OR_BEFORE.hasLower(w);
    while (s - 1 >= min && words[s - 1]!.kind === 'word' && !opens(words[s - 1]!) && !AUXILIARIES.hasLower(words[s - 1]!) && !cueAt(words, s - 1) && cueIdx - s < 6) s--;
    // "Farmers' unions said": past a plural owner, and the article before it.
    if (s < cueIdx && s - 2 >= min && pluralOwnerAt(words, s - 2)) s -= s - 3 >= min && DETERMINERS.hasLower(words[s - 3]) ? 3 : 2;
    if (s === cueIdx || (s > min && words[s - 1]!.kind === 'word' && !AFTER_OR_BEFORE.hasLower(words[s - 1]!))) return null;
    // "An inspection after the flight found": an article and a noun that open the clause before "after" are no clause of time's.
    const owner = s - 2;
    const owned = owner - 1 === min && AFTER_OR_BEFORE.hasLower(words[s - 1]) && DETERMINERS.hasLower(words[min]) && words[owner]!.kind === 'word' && !TIME_MEASURES.hasLower(words[owner]);
    if (owned) s = min;
    const head = words[cueIdx - 1]!;
    if (!LETTER_FIRST.test(head.text) || AUXILIARIES.hasLower(head) || NP_STOP.hasLower(head) || DETERMINERS.hasLower(head) || head.normEnd !== head.end) return null;
    // "despite admitting", "now saying": such a word before the phrase is no part of it.
    while (s < cueIdx - 1 && namesNoOne(words[s]!)) s++;
    if (NP_STOP.hasLower(words[s]!) || namesNoOne(head)) return null;
    // "paid $41 million to settle civil claims": an infinitive makes a verb phrase, no one's name ("an aide to the president" is one).
    for (let k = s; k < cueIdx - 1; k++) if (words[k]!.lower === 'to' && LOWER_FIRST.test(words[k + 1]!.text) && !DETERMINERS.hasLower(words[k + 1]) && !OBJECT_PRONOUNS.hasLower(words[k + 1])) return null;
    return { start: words[s]!.start, end: head.end, head: singular((owned ? words[owner]! : head).lower), anonymous: true };
  }

  /** "said Kirby", "said a senior official", "according to the report". */
  private nounPhraseAfter(words: Word[], from: number, to: number, documents = false): Source | null {
    const i = from;
    if (i >= to || words[i]!.kind !== 'word') return null;
    // "analysis from the French newspaper Le Monde": the named source inside the phrase. A possessor is not
    // the speaker: "Isabel Schnabel's former adviser, Tomasz Nowak" is Nowak, named in the apposition.
    let possessor = false;
    for (let j = i; j < to && j - i < 12 && words[j]!.text !== '.'; j++) {
      // "according to people familiar with discussions in the LDP": people the words describe, unnamed, not the body after.
      if (j > i && UNNAMED_DESCRIPTIONS.hasLower(words[j]!) && !words[i]!.capitalized) break;
      if (words[j]!.text === ',') {
        // "said the study's lead author, Dr. Henrik Aas": the person named after a description, or after another's, speaks.
        // Also past what the post is of: "the company's vice president of corporate affairs, Carolina Ibáñez".
        let described = possessor;
        for (let d = j - 1; d >= i && !described; d--) described = descriptorNouns.hasLower(words[d]!) || lowerTitleHeads.hasLower(words[d]!);
        // Past "the" before a title: "according to its director, the Rev. Javier Montoya".
        const first = words[j + 1]?.lower === 'the' ? j + 2 : j + 1;
        const apposed = described ? this.ctx.table.byStart.get(words[first]?.start ?? -1) ?? this.personAfterRole(words, j + 1, to) : undefined;
        if (apposed?.entity.type === 'person') return { start: apposed.start, end: apposed.end, entity: apposed.entity };
        break;
      }
      const named = this.ctx.table.byStart.get(words[j]!.start);
      if (!named || named.entity.type === 'place') continue;
      // "court documents seen by Reuters": who saw a document is not its source; nor where it was filed ("a filing with the Tokyo Stock
      // Exchange").
      const preposition = wordOrNone(words, j - 1)?.lower === 'the' ? j - 2 : j - 1;
      // So is "documents filed with the planning commission".
      const filedWith = preposition > i && words[preposition]!.lower === 'with' && (documentNouns.hasLower(words[preposition - 1]) || (FILED.hasLower(words[preposition - 1]) && documentNouns.hasLower(words[preposition - 2])));
      // Nor where it was published: "a study published Wednesday in the journal Nature".
      let published = j;
      for (let p = i; p < j && published === j; p++) if (words[p]!.lower === 'published') published = p;
      let publishedIn = false;
      for (let p = published + 1; p < j && !publishedIn; p++) publishedIn = words[p]!.lower === 'in';
      if ((wordOrNone(words, preposition)?.lower === 'by' && SEEN_VERBS.hasLower(words[preposition - 1])) || filedWith || publishedIn) break;
      if (this.beforeItsPeople(words, named)) continue;
      if (this.isPossessor(words, named.end)) possessor = true;
      else return (named.entity.type === 'organization' ? this.unnamedWorker(words, i, preposition, named.end) : null) ?? this.titledAfter(words, wordAt(words, named.end), to) ?? { start: named.start, end: named.end, entity: named.entity };
    }
    const ref = this.ctx.table.byStart.get(words[i]!.start);
    if (ref && !this.isPossessor(words, ref.end) && !this.beforeItsPeople(words, ref)) return { start: ref.start, end: ref.end, entity: ref.entity };
    if (PRONOUNS.hasLower(words[i]!)) return { start: words[i]!.start, end: words[i]!.end, pronoun: words[i]!.lower };
    // "said one of the people, a former official": one of an unnamed group is unnamed too.
    if (words[i]!.lower === 'one' && words[i + 1]?.lower === 'of') {
      const group = this.nounPhraseAfter(words, i + 2, to, documents);
      return group?.anonymous ? { ...group, start: words[i]!.start } : null;
    }
    let end = i;
    // A pronoun opens a relative clause: "according to official results he has disputed" are the results'.
    while (end < to && end - i < 8 && (words[end]!.kind === 'word' || words[end]!.text === '-') && !(end > i && (NP_STOP.hasLower(words[end]!) || PRONOUNS.hasLower(words[end]!)))) end++;
    for (let j = end - 1; j >= i; j--) {
      const np = this.nounPhraseEndingAt(words, j, i, documents);
      if (!np) continue;
      const authored = np.anonymous && documentNouns.hasLower(words[j]!) && this.authorAfter(words, j + 1, to);
      if (authored) return authored;
      // "according to people familiar with the matter", "said a person briefed on the talks": the description is the source's.
      const described = np.anonymous && SOURCE_DESCRIPTIONS.hasLower(words[j + 1]) && words[j + 1]!.lower !== 'with' ? descriptionEnd(words, j + 1, to) : -1;
      return described > j + 1 ? { ...np, end: words[described - 1]!.end } : np;
    }
    return null;
  }

  /** "a source at the Finance Ministry": an unnamed person in words [from, preposition) who works at the name ending at `end`. */
  private unnamedWorker(words: Word[], from: number, preposition: number, end: number): Source | null {
    // Not a document: "the letter from Marwan Jilani" is his.
    if (preposition <= from || !WORKPLACE_PREPOSITIONS.hasLower(words[preposition]) || documentNouns.hasLower(words[preposition - 1])) return null;
    const worker = this.nounPhraseEndingAt(words, preposition - 1, from);
    const head = singular(worker?.head ?? '');
    // A person: not "a ruling from the Supreme Court", "an email from X".
    const person = descriptorNouns.has(head) || UNNAMED_PEOPLE.has(head);
    return worker?.anonymous && !worker.entity && worker.start === words[from]!.start && person ? { ...worker, end } : null;
  }

  /** The name set off by commas after a description that ends before the comma `stop`: "the agency's director, Maria Lopes,". */
  private apposedName(words: Word[], stop: number) {
    const head = words[stop - 1];
    if (!head || !(descriptorNouns.hasLower(head) || orgDescriptors.hasLower(head) || lowerTitleHeads.hasLower(head))) return undefined;
    const named = this.ctx.table.byStart.get(words[stop + 1]?.start ?? -1);
    const comma = named ? wordAt(words, named.end) : -1;
    // Not before a phrase set before the clause ("…, Alireza Mehraban, in their first match, the robot …"): a content opening with a
    // preposition is read as none.
    return named && named.entity.type !== 'place' && words[comma]?.text === ',' && !PREPOSITIONS.hasLower(words[comma + 1]) ? named : undefined;
  }

  /** "two EU officials", "NATO diplomats": a body named before a noun for its people is where they work; they speak, unnamed. */
  private beforeItsPeople(words: Word[], named: { end: number; entity: EntityDraft }): boolean {
    const people = words[wordAt(words, named.end)];
    return named.entity.type === 'organization' && !!people && (UNNAMED_PEOPLE.has(singular(people.lower)) || descriptorNouns.hasLower(people) || descriptorNouns.has(singular(people.lower)));
  }

  /** Does the name ending at `end` carry a possessive ("Schnabel's")? */
  private isPossessor(words: Word[], end: number): boolean {
    const w = words[wordAt(words, end) - 1];
    return !!w && w.normEnd === end && w.end !== end;
  }

  /** "figures released by the statistics office", "data from the central bank": who wrote the document. */
  private authorAfter(words: Word[], from: number, to: number): Source | null {
    let k = from;
    if (authorshipVerbs.hasLower(words[k])) k++;
    const preposition = words[k]?.lower;
    if (preposition !== 'by' && preposition !== 'from') return null;
    const author = this.nounPhraseAfter(words, k + 1, to);
    if (author) return author.pronoun ? null : author;
    // "data from PitchBook": a name the readers passed over is still the author; not a time ("data from January", "from Sept. 12",
    // "from New Year's Eve", "from World War II").
    let end = k + 1;
    while (end < to && end - k <= 4 && words[end]!.kind === 'word' && words[end]!.capitalized) end++;
    const run = words.slice(k + 1, end);
    const time = run.some((w) => months.hasText(w) || weekdays.hasText(w) || SHORT_MONTH.test(w.text) || w.normEnd !== w.end || ROMAN_NUMERAL.test(w.text));
    return end > k + 1 && !time ? { start: words[k + 1]!.start, end: words[end - 1]!.end } : null;
  }

  // ---- speakers ----------------------------------------------------------

  private resolve(source: Source | null, at: number, block: number): EntityDraft | null {
    if (!source || source.unnamed) return null;
    if (source.entity) return source.entity;
    if (source.pronoun) {
      // Not one named after the pronoun: "In 2016 she accused the department of …, a remark that a former official … describes as".
      const lastSpeaker = this.lastSpeaker && (this.lastSpeaker.sourceAt ?? 0) <= at ? this.lastSpeaker : null;
      const recent = lastSpeaker && at - lastSpeaker.at < 3000 ? lastSpeaker.entity : null;
      // "it" is never a person: "…, said Dr. Haddad, a spokesman. It did not comment" is someone else. With no one quoted near,
      // it is the organization a sentence before it in the paragraph names first ("The bank raised its forecast. It said …").
      // "Tessellate Labs builds what it calls …": the body that opens the pronoun's own sentence, before anyone quoted.
      if (source.pronoun === 'it') return this.organizationOpening(source.start, block) ?? (recent ? (recent.type === 'person' ? null : recent) : this.organizationBefore(at, block));
      // "But I think the enthusiasts are wrong": "I" is the writer outside quotation marks, unless a quote the paragraph before leaves
      // open runs on into it, and outside an interview's answers.
      if (source.pronoun === 'i' && !this.answerParagraphs.has(block) && !this.insideMarks(block, source.start) && !leavesQuoteOpen(this.ctx.blocks[block - 1]?.text ?? '')) return null;
      if (source.pronoun === 'we' || source.pronoun === 'i') return recent;
      // "they" is seldom a person the text calls "he" or "she": "Analysts at Norwell Bank said … ," they wrote" is the bank's.
      if (source.pronoun === 'they') {
        // Not data: "…, according to customs data. They also said" are people (reports may say).
        const last = lastSpeaker && !(lastSpeaker.entity.anonymous && MUTE_RECORDS.has(lastSpeaker.entity.nameWords.at(-1)!.toLowerCase())) ? lastSpeaker.entity : null;
        const gendered = last?.type === 'person' && this.pronounOf.has(last);
        return (gendered ? this.organizationBefore(at, block, true) : null) ?? last;
      }
      // A person named since in this paragraph; else the last speaker, if quoted in this paragraph or the one before; else the last person named.
      // "she" is never a person the text calls "he", and the other way round.
      const wanted = pronounFor(source.pronoun);
      // Nor a group the text names as people ("Republicans", "Kurds").
      const fits = (e: EntityDraft) => (!wanted || (this.pronounOf.get(e) ?? wanted) === wanted) && !(e.nameWords.length === 1 && groupNouns.has(e.name));
      // "Asked by Senator Rex Balcombe whether …, she said": who asks is not who answers; look before the question.
      at = this.beforeQuestion(at, block);
      const blockStart = this.ctx.blocks[block]?.start ?? 0;
      let named = this.lastPersonBefore(at, fits);
      // "… is survived by … two sons, Emeka and Tunde. ¶ Asked once why …, he shrugged": a name listed in the paragraph before is no
      // subject; the subject of that paragraph is.
      named = this.lastSubjectInBlock(named, named && named.start < blockStart ? this.ctx.blocks[this.blockIndexAt(named.start)]?.start ?? blockStart : blockStart, fits);
      // "Senator Kenji Takahara asked whether she would support … ¶ “…,” she said": the one asked about answers, not who asked.
      if (named && wanted && this.askedAbout(named.start, wanted)) named = this.lastPersonBefore(named.start, (e) => e !== named!.entity && fits(e)) ?? named;
      // "In a statement read by his lawyer, Mariano Cabuhat, he denied": the one "his" describes in the pronoun's sentence is someone else.
      if (named && OWNED_BY_PRONOUN.test(this.ctx.text.slice(Math.max(0, named.start - 48), named.start)) && !SENTENCE_END.test(this.ctx.text.slice(named.start, at))) {
        named = this.lastPersonBefore(named.start, (e) => e !== named!.entity && fits(e)) ?? named;
      }
      // "The coach was asked whether the call had been made by the captain, Conor Byrne. ¶ “…,” he replied": nor one named in a
      // question put to someone; the one asked, named before it, answers.
      const putTo = named ? this.questionPutAt(named.start) : -1;
      if (named && putTo >= 0) named = this.lastPersonBefore(putTo, fits) ?? named;
      // "Asked about Adeyemi after the match, he smiled … “…,” he said": nor the one a question was about.
      const asked = named ? this.questionOpeningAt(named.start) : -1;
      if (named && asked >= 0) named = this.lastSubjectInBlock(this.lastPersonBefore(asked, fits), blockStart, fits) ?? named;
      // "he" and "she" are people, named or not ("a spokesman"): not the company or the state quoted last.
      const last = lastSpeaker;
      // Not one who asked "her" something: "a board member asked her to stop. … she said".
      // Nor a document: "X read a statement describing her son as …. “…,” she said" is X's.
      const speaker = last && last.entity.type !== 'organization' && last.entity.type !== 'place' && !isDocument(last.entity) && fits(last.entity) && last.addressed !== wanted ? last : null;
      // "A spokesman for TOKİ denied any wrongdoing. He said": the one who spoke for the body, named by it.
      if (last?.voice && last.voice === wanted && (!named || named.start < last.at) && last.block >= block - 1) return last.entity;
      if (named && named.start >= blockStart && (!speaker || (named.start > speaker.at && !this.reportedOn(named.start)))) return named.entity;
      // "A hospital spokeswoman said … She said", "His mother said … She declined": an unnamed person of that sex quoted since the person named last.
      const spokesperson = speaker?.entity.anonymous && wanted !== null && this.unnamedOne(speaker.entity, wanted) && (!named || named.start < speaker.at);
      if (speaker && (speaker.entity.type === 'person' || spokesperson) && speaker.block >= block - 1) return speaker.entity;
      return named?.entity ?? speaker?.entity ?? null;
    }
    // "Jimmy Chérizier, a former police officer known as Barbecue, posted": a description set off after a person is theirs.
    const described = this.describedPerson(source.start);
    if (described) return described;
    const head = source.head ?? '';
    const written = this.ctx.text.slice(source.start, source.end);
    // "…, Defence Minister says" over "Defence Minister Rhys McAllister said", "The Army chief said": a role of two words or more that
    // one person of the article holds is that person, named before or after.
    const holder = this.holderOfRole(written.replace(OPENING_THE, ''));
    if (holder) return holder;
    // "the commission, which contended": "which" stands for the commission; a pronoun names no one itself.
    const relative = RELATIVES.has(written.toLowerCase());
    if (relative && !head) return null;
    const phrase = relative ? `the ${head}` : written;
    // "Karen Pruitt released a statement. … the statement said": a document speaks for who issued it.
    const document = ISSUED_DOCUMENT.exec(phrase)?.[1];
    if (document) {
      const issuer = this.issuerOf(document.toLowerCase(), at, block);
      if (issuer) return issuer;
    }
    // "the 34-year-old", "the Swede": a person named before, described by age or by country, as sports and features write.
    if (describesPerson(phrase)) {
      // "Kevin Nguyen, 54, … his brother Tommy … the 54-year-old said": the person the text gave that age.
      const age = AGED_DESCRIPTION.exec(phrase)?.[1];
      const aged = age ? this.personAged(age, at) : undefined;
      if (aged) return aged;
      const blockStart = this.ctx.blocks[block - 1]?.start ?? 0;
      // "Her husband, Raj, said … The 41-year-old mother of two said": not one of the other sex than the description's noun.
      const sex = sexOfDescription(phrase);
      const fits = (e: EntityDraft) => !sex || !this.pronounOf.has(e) || this.pronounOf.get(e) === sex;
      // The subject named last, not a person that subject acted on: "Bortoleto … blamed Bearman. … the Brazilian said" is Bortoleto.
      const named = this.lastSubjectInBlock(this.lastPersonBefore(at, fits), blockStart, fits, false);
      if (named && named.start >= blockStart) return named.entity;
    }
    const words = phrase.toLowerCase().split(SPACES);
    const definite = DEFINITE_OPENING.test(phrase);
    // "Her daughter said" after "Her daughter Leila Haddad keeps the studio": the relative named before with that role.
    // Kin only: "His lawyer" may be anyone's lawyer.
    const relation = words.length === 2 && POSSESSIVE_OPENING.test(phrase) && kinPronouns.has(head) ? this.personWithRoleBefore(head, at, false) : undefined;
    if (relation) return relation;
    // "Her Honour said", "the head of state said": a form of address for the post's holder named before.
    const addressed = formsOfAddress.get(words.join(' '));
    const holderAddressed = addressed ? this.personWithRoleBefore(addressed, at, false) : undefined;
    if (holderAddressed) return holderAddressed;
    // "The Hezbollah militant group said", "the Histadrut labor federation": the body named before the words for its kind speaks
    // (not one of its members: "The Premier League club said").
    const inner = definite && orgDescriptors.has(head) && !MEMBER_HEADS.has(head) ? this.ctx.table.byStart.get(source.start + phrase.indexOf(' ') + 1) : undefined;
    if (inner?.entity.type === 'organization' && inner.end < source.end) return inner.entity;
    if (definite) {
      // "the official" → the official met before; "the minister" → the person with that role, named before if one is ("Chief
      // Justice John Roberts … the chief justice wrote. Justice Elena Kagan dissented." is Roberts).
      const deputy = words.some((w) => DEPUTY_WORDS.has(w));
      // Of the same number, its word written as in the name: "the officer" is none of "the officers".
      const met = this.anonymousByHead.get(head);
      // Its head, not a word that describes it: "the club" is none of "Club doctors".
      const metWords = met?.name.toLowerCase().split(SPACES) ?? [];
      // Nor one a name in it sets apart: "The Histadrut labor federation" is none of "the Koach labor federation".
      const namesAgree = (name: string) => phrase.split(SPACES).every((w, i) => i === 0 || !CAPITALIZED.test(w) || name.includes(w));
      // But its head before where it works or what it knows: "the representative" is "a representative for the singer", "the person"
      // "a person familiar with the investigation".
      const headFirst = WORKPLACE_PREPOSITIONS.has(metWords[1] ?? '') || SOURCE_DESCRIPTIONS.has(metWords[1] ?? '');
      const same = met && metWords.includes(words.at(-1)!) && (metWords[0] !== words.at(-1) || headFirst) && namesAgree(met.name) ? met : undefined;
      // "The presidents of Kazakhstan and Uzbekistan" are no one person with the role.
      const plural = !words.includes(head) && words.some((w) => singular(w) === head);
      // "Greece's migration ministry calls … Greece's Ministry of Migration and Asylum rejected … The ministry said": a body named since
      // the description was met is the one meant.
      const since = same && words.at(-1) === head ? this.organizationDescribed(head, words.slice(1, -1), at, source.start, block) : undefined;
      if (since && lastMentionBefore(since, at) > lastMentionBefore(same!, at)) return since;
      const known = same ?? (plural ? undefined : this.personWithRoleBefore(head, at, deputy) ?? this.personWithRoleSoonAfter(head, at, block, deputy));
      if (known && !ofOtherCountry(phrase, known)) return known;
    }
    // "Pope calls for ceasefire": a headline's title alone is the person the text gives that role.
    const titled = !phrase.includes(' ') && lowerTitleHeads.has(head) && this.inHeadline(source.start) ? this.personByRoleWord.get(head) : undefined;
    if (titled) return titled;
    // "the company", "the Oslo-based chipmaker" (or its head alone, where the reader cut the phrase): an organization named before.
    // Not "a company", "companies", nor "his company".
    if ((definite || words.length === 1) && words[words.length - 1] === head) {
      const organization = this.organizationDescribed(head, words.slice(1, -1), at, source.start, block);
      if (organization) return organization;
    }
    // "no officer": a phrase that denies anyone names no one, and no one a later "the officer" could be.
    if (NEGATIVE_SUBJECTS.has(words[0]!)) return null;
    // "one of them", "one of the people" keep their number, which is no determiner there.
    const name = ONE_OF_THEM.test(phrase) ? phrase.toLowerCase() : phrase.replace(DETERMINER_OPENING, '');
    // "Steffen Richter … Richter said", where the readers passed over the surname alone (a word the lexicons know otherwise).
    // Not after "the": "The King said", "The Pope said" are titles.
    // So do the last names of a long name: "Cleiton Moura da Silva … Moura da Silva said".
    const bearer = name === phrase && CAPITALIZED.test(name) ? (name.includes(' ') ? this.personNamedEndingWith(name) : this.personNamed(name)) : undefined;
    if (bearer) return bearer;
    const key = name.toLowerCase();
    const same = this.anonymousByName.get(key);
    // "A spokesperson said … and said …": the same words are the same one, however they open.
    if (same && (!NEW_ONE_OPENING.test(phrase) || this.anonymousMentionStarts.get(same)?.has(source.start))) return same;
    // "Airbus did not disclose": a name the readers passed over is no unnamed source; "One Republican threatened" is one.
    // "The Prime Minister said", no holder named: one person, known by the office.
    const office = definite && isOfficeTitle(name);
    // A body or an office named by whose it is speaks on the record; it is no name, for the readers' measure.
    const named = !INDEFINITE_OPENING.test(phrase) && isProperName(name, () => opensSentence(this.ctx.text, source.start) && !writtenInsideSentence(this.ctx.text, name, source.start));
    const owned = !office && !named && !INDEFINITE_OPENING.test(phrase) && this.namedByOwner(phrase, name, words, definite, source.start);
    const proper = office || named || owned;
    const entity = this.ctx.table.add({
      name, type: office ? 'person' : proper ? speakerNameType(name) : 'other', mentions: [], anonymous: !proper,
      rule: office ? OFFICE_RULE : named ? SPEAKER_NAME_RULE : owned ? OWNED_SOURCE_RULE : 'person.unnamed-source', aliases: new Set(), metonyms: new Set(),
      roles: [], strength: 1, nameWords: key.split(SPACES).map(singular),
    });
    this.anonymousByName.set(key, entity);
    for (const word of entity.nameWords) this.anonymousByHead.set(word, entity);
    return entity;
  }

  /**
   * Is a source a body or an office named by whose it is: "The U.S. government", "the Biden administration", "Lee Jae-won's office",
   * "the Indiana governor", "the presidents of Kazakhstan and Uzbekistan", "the two governments" (counted after "the", so named
   * before)? Not "the government" alone, "a spokesman of" (someone unnamed), "European leaders" (a plural with no "of"), nor a
   * word capitalized only as it opens the sentence ("Local police said").
   */
  private namedByOwner(phrase: string, name: string, words: string[], definite: boolean, start: number): boolean {
    const of = BODY_OF.exec(name)?.[1]!.toLowerCase();
    // Not people where the body works: "Officials in the Department of the Prime Minister and Cabinet", "Analysts at Kestrel Bank" (but
    // "Citizens for Tax Justice" is a body's whole name).
    const people = name.includes(' the ') || name.includes(' at ') ? headOfSource(name) : '';
    // The body before where it is: "The World Health Organization's regional office in Copenhagen".
    const bodyWord = of ?? (anonymousNouns.has(people) && !ownedBodies.has(singular(people)) ? people : name.includes(' in ') ? headOfSource(name) : words[words.length - 1]!);
    const body = singular(bodyWord);
    const isBody = ownedBodies.has(body);
    if (!isBody && !(lowerTitleHeads.has(body) && !anonymousNouns.has(body) && (!!of || body === bodyWord))) return false;
    const count = definite ? words[1] : /\bthe\s$/i.test(this.ctx.text.slice(Math.max(0, start - 4), start)) ? words[0] : undefined;
    if (isBody && COUNTS.has(count ?? '')) return true;
    // "A statement issued by his office said": the office of someone the text has named.
    if (isBody && OWNING_PRONOUNS.has(words[0]!.toLowerCase()) && words.length === 2) return true;
    const nameWords = name.split(SPACES);
    const sentenceCapital = name === phrase && opensSentence(this.ctx.text, start) && !this.ctx.table.byStart.has(start) && !demonymCountry.has(nameWords[0]!);
    return nameWords.some((w, i) => singular(w.toLowerCase()) !== body && ((UPPER_FIRST.test(w) && !(i === 0 && sentenceCapital)) || isTitleOwner(w)));
  }

  /**
   * May "he" or "she" stand for this unnamed source? A spokeswoman for "she"; and one person of either sex introduced with "a" ("A
   * senior official … said … “Nobody wants to move first,” she said"), not one described with "the", who is someone named ("the GOP
   * nominee").
   */
  private unnamedOne(e: EntityDraft, pronoun: Pronoun): boolean {
    const head = headOfSource(e.name);
    return SPOKESPERSON[pronoun].test(head) || (!SPOKESPERSON[pronoun === 'he' ? 'she' : 'he'].test(head) && isOnePerson(head) && this.introducedIndefinite(e));
  }

  /** Is the entity first mentioned with "a", "an" or "one": "A senior official, who spoke on condition of anonymity, said"? */
  private introducedIndefinite(e: EntityDraft): boolean {
    const first = e.mentions[0];
    return !!first && INDEFINITE_OPENING.test(this.ctx.text.slice(first.start, first.start + 8));
  }

  /** Is word `k` inside a relative clause that says why a source is unnamed ("who asked not to be identified because …")? */
  private inAnonymityClause(words: Word[], k: number, from: number, setOffToo = true): boolean {
    let who = k - 1;
    while (who > from && words[who]!.lower !== 'who' && words[who]!.text !== ',' && k - who < 16) who--;
    if (words[who]?.lower !== 'who') return false;
    // Set off by commas, or running to the sentence's own cue: "An aide who spoke on condition of anonymity because he was not
    // authorized to discuss the case said".
    const setOff = words[who - 1]?.text === ',';
    if (setOff && !setOffToo) return false;
    // Not set off, the clause's own cues follow "to" or an auxiliary ("authorized to discuss", "is expected"); the sentence's does not.
    if (!setOff && words[k - 1]?.lower !== 'to' && !AUXILIARIES.hasLower(words[k - 1]!) && !AUXILIARIES.hasLower(words[k]!)) return false;
    let end = k + 1;
    while (end < words.length && words[end]!.text !== ',' && words[end]!.text !== '.' && (setOff || !cueAt(words, end))) end++;
    return (setOff ? words[end]?.text === ',' : !!cueAt(words, end)) && ANONYMOUS_CLAUSE.test(this.ctx.text.slice(words[who]!.start, words[end]!.start));
  }

  /** Does the sentence of the name at `start` ask whether someone of that pronoun will do something ("asked whether she would")? */
  private askedAbout(start: number, pronoun: Pronoun): boolean {
    const { text } = this.ctx;
    let end = start;
    while (end < text.length && end - start < 300 && text[end] !== '.' && text[end] !== '\n') end++;
    const sentence = text.slice(start, end);
    // "Hargreaves, asked whether he had seen the replay, smiled": set off so after the name that opens the sentence, the one named
    // was asked, and answers (not "Senator Kenji Takahara, Democrat of Hawaii, asked").
    if (ASKED_SET_OFF.test(sentence) && (start === 0 || text[start - 1] === '\n' || SENTENCE_OPENING.test(text.slice(Math.max(0, start - 3), start)))) return false;
    const m = ASKED_WHETHER.exec(sentence);
    if (m) return m[1]!.toLowerCase() === pronoun;
    // "X asked him why he had not reported it. “Because …,” he replied": the one asked answers.
    const object = ASKED_OBJECT.exec(sentence)?.[1]!.toLowerCase();
    return (object === 'him' && pronoun === 'he') || (object === 'her' && pronoun === 'she');
  }

  /** The start of the sentence at `at` when it opens with a question asked ("Asked by X whether …," "Asked about Y,") before `at`; else `at`. */
  private beforeQuestion(at: number, block: number): number {
    const asked = this.askedSentence(at, block);
    return asked && asked.start < at && asked.comma >= 0 && asked.comma < at ? asked.start : at;
  }

  /** Where the sentence starts that opens with a question put ("Asked about …,") holding `at` before its comma; -1 if none. */
  private questionOpeningAt(at: number): number {
    const asked = this.askedSentence(at, this.blockIndexAt(at));
    return asked && asked.comma > at ? asked.start : -1;
  }

  /** Where "was asked whether", "were asked if" … stands before `at` in its sentence, so that `at` is inside the question; else -1. */
  private questionPutAt(at: number): number {
    const block = this.ctx.blocks[this.blockIndexAt(at)];
    const sentence = block?.sentences[firstNotBefore(block.sentences, (s) => s.end <= at)];
    if (!sentence || sentence.start > at) return -1;
    const m = QUESTION_PUT.exec(this.ctx.text.slice(sentence.start, at));
    return m ? sentence.start + m.index : -1;
  }

  /** The sentence of block `block` holding `at`, when it opens with a question put ("Asked whether …"), and its first comma. */
  private askedSentence(at: number, block: number): { start: number; comma: number } | null {
    const b = this.ctx.blocks[block];
    const sentence = b?.sentences[firstNotBefore(b.sentences, (s) => s.end <= at)];
    if (!sentence || sentence.start > at) return null;
    const { text } = this.ctx;
    return ASKED_OPENING.test(text.slice(sentence.start, sentence.start + 16)) ? { start: sentence.start, comma: text.indexOf(',', sentence.start) } : null;
  }

  /** The one person of the article whose surname or short name is `word`. */
  private personNamed(word: string): EntityDraft | undefined {
    // Gathered once, on the first such speaker: a scan per speaker would make a long text's quotes quadratic.
    if (!this.peopleByName) {
      this.peopleByName = new Map();
      for (const e of this.ctx.table.entities) {
        if (e.type !== 'person' || e.anonymous) continue;
        for (const name of new Set([e.nameWords.at(-1)!, ...e.aliases])) addTo(this.peopleByName, name, e);
      }
    }
    const bearers = this.peopleByName.get(word);
    return bearers?.length === 1 ? bearers[0] : undefined;
  }
  private peopleByName: Map<string, EntityDraft[]> | undefined;

  /** The first person whose name, surname or other name is `key`, in lower case: a transcript's label. Gathered when first asked. */
  private personLabelled(key: string): EntityDraft | undefined {
    if (!this.peopleByLabel) {
      this.peopleByLabel = new Map();
      for (const e of this.ctx.table.entities) {
        if (e.type !== 'person' || e.anonymous) continue;
        const name = e.name.toLowerCase();
        for (const label of [name, name.split(' ').at(-1)!, ...[...e.aliases].map((n) => n.toLowerCase())]) if (!this.peopleByLabel.has(label)) this.peopleByLabel.set(label, e);
      }
    }
    return this.peopleByLabel.get(key);
  }
  private peopleByLabel: Map<string, EntityDraft> | undefined;

  /** The one person whose name ends with `words` and more before them. */
  private personNamedEndingWith(words: string): EntityDraft | undefined {
    // Gathered once, as `peopleByName`: by each ending of a name after a space ("de la Cruz", "la Cruz", "Cruz").
    if (!this.peopleByNameEnding) {
      this.peopleByNameEnding = new Map();
      for (const e of this.ctx.table.entities) {
        if (e.type !== 'person' || e.anonymous) continue;
        for (const ending of nameEndings(e.name)) addTo(this.peopleByNameEnding, ending, e);
      }
    }
    const bearers = this.peopleByNameEnding.get(words);
    return bearers?.length === 1 ? bearers[0] : undefined;
  }
  private peopleByNameEnding: Map<string, EntityDraft[]> | undefined;

  /**
   * The person the paragraph right before a quote that opens its own paragraph introduces, when that paragraph quotes no one, names
   * them last, and goes on about them (its subject, or "her", "his" after the name); not the one who spoke before.
   */
  private introducedBefore(at: number, prev: Quote): EntityDraft | undefined {
    const { text, blocks } = this.ctx;
    const index = this.blockIndexAt(at);
    const block = blocks[index];
    const before = blocks[index - 1];
    if (!block || !before || !OPENING_ONLY.test(text.slice(block.start, at)) || prev.end > before.start) return undefined;
    if (this.quotes.some((q) => q.start >= before.start && q.start < before.end)) return undefined;
    const m = this.lastPersonBefore(before.end);
    if (!m || m.start < before.start || m.entity.id === prev.speaker) return undefined;
    const after = text.slice(m.start, before.end);
    return this.isSubjectMention(m.start) || THIRD_PERSON.test(after) ? m.entity : undefined;
  }

  /** A person named in the paragraph of the quote at `at`, before it and after the last quote `prev`, right before a verb of saying. */
  private reporterBefore(at: number, prev: Quote): EntityDraft | undefined {
    const { text, blocks, table } = this.ctx;
    const block = blocks[this.blockIndexAt(at)];
    if (!block || prev.end > block.start) return undefined;
    const i = firstNotBefore(this.personMentions, (m) => m.start < at);
    for (let k = i - 1; k >= 0 && this.personMentions[k]!.start >= block.start; k--) {
      const m = this.personMentions[k]!;
      const end = table.byStart.get(m.start)?.end ?? m.start;
      // "Another passenger, Tiago, said": past the comma that sets the name off.
      const verb = SPEECH_AFTER.exec(text.slice(text[end] === ',' ? end + 1 : end, end + 16))?.[1];
      if (verb && SAYING_FORMS.has(verb)) return m.entity.id === prev.speaker ? undefined : m.entity;
    }
    return undefined;
  }

  private blockIndexAt(offset: number): number {
    return firstNotBefore(this.ctx.blocks, (b) => b.end < offset);
  }

  /**
   * "the company", "the Oslo-based chipmaker": the organization named most often in the last mentions before `at` (the later one of
   * a tie), among those a description with this head may stand for: any, after a generic noun; else one whose name holds the noun
   * and the phrase's other words ("the appeals court" is the Court of Appeals, not the Supreme Court).
   */
  private organizationDescribed(head: string, modifiers: string[], at: number, sourceStart: number, block: number): EntityDraft | undefined {
    const generic = genericOrgNouns.has(head);
    // "the trust" after "Sheffield Teaching Hospitals NHS Foundation Trust": a noun no list holds names the body it heads.
    const described = orgDescriptors.has(head);
    // "the agency" for the "… Safety Administration", "the regulator" for the "… Commission": a body's kind by its name's last word.
    const kinds = BODY_KINDS.get(head);
    // "The 18-member bloc", "the 27-nation union", "the Atlanta-based center": its size or its seat is no word of its name.
    // Pushed, not spread ([head, ...modifiers]): an empty list and a full one are arrays of two shapes, and the spread of both
    // made the optimized code bail out and compile again, late in a long run.
    const wanted = [singular(head)];
    for (let k = 0; k < modifiers.length; k++) if (!SIZE_OR_SEAT.test(modifiers[k]!)) wanted.push(singular(modifiers[k]!));
    const named = (e: EntityDraft) => {
      const nameWords = this.singularNameWords(e);
      if (kinds && wanted.length === 1 && (kinds.has(nameWords[nameWords.length - 1]!) || kinds.has(headBeforeOf(nameWords)))) return true;
      return (described || nameWords[nameWords.length - 1] === head) && wanted.every((w) => nameWords.includes(w));
    };
    // A few dozen mentions back at most, so that a long text costs the same per quote; and the name opening the report
    // ("Halvorsen agreed to buy Tarrow, the brewer said").
    const end = firstNotBefore(this.organizationMentions, (m) => m.start <= at);
    const pick = (fits: (m: { start: number; entity: EntityDraft }) => boolean, until = end) => {
      const counts = new Map<EntityDraft, number>();
      let best: EntityDraft | undefined;
      for (let k = Math.max(0, until - ORGANIZATIONS_LOOKED_BACK); k < until; k++) {
        const m = this.organizationMentions[k]!;
        if (!fits(m)) continue;
        // The sentence's subject is the story's more than a name inside it: "Acme Labs unveiled …, to catch up with Apple."
        const n = (counts.get(m.entity) ?? 0) + (this.opensSentenceOrDefinite(m.start) ? 2 : 1);
        counts.set(m.entity, n);
        if (!best || n >= counts.get(best)!) best = m.entity;
      }
      return best;
    };
    // "Drewry, a shipping consultancy … the consultancy said": a body the text described so, before any body at all (not one whose
    // name only holds the word: "Ryanair … United Airlines. The airline said" is Ryanair's).
    // So too one the report itself describes so: "A drug from the biotechnology company Veridian slowed decline, the company said".
    const describedSo = generic ? pick((m) => this.describedAs(m.start, head), firstNotBefore(this.organizationMentions, (m) => m.start < sourceStart)) : undefined;
    // "The World Bank has praised … the lender said": a body whose name says its kind, opening a sentence, before any body at all
    // (not "Ryanair … flies more than United Airlines. The airline said").
    const ofKind = generic && kinds ? pick((m) => kinds.has(this.singularNameWords(m.entity).at(-1)!) && this.opensSentenceOrDefinite(m.start)) : undefined;
    // "The RSF, led by …, rejected the warrant. In a statement, the group said": the body that opened a sentence just before, however
    // often the story names another.
    // "The company says" is no union's, party's or ministry's: "The Mineworkers Union of Zambia said … The company says".
    const company = (e: EntityDraft) => !COMPANY_NOUNS.has(head) || !this.singularNameWords(e).some((w) => NOT_COMPANY_WORDS.has(w));
    const before = generic ? this.organizationBefore(sourceStart, block, true) : null;
    return describedSo ?? ofKind ?? (before && company(before) ? before : undefined) ?? pick((m) => (generic && company(m.entity)) || named(m.entity) || this.describedAs(m.start, head));
  }

  /** The one person of the article who holds the role `role` of two words or more, by its words in lower case; undefined for none or several. */
  private holderOfRole(role: string): EntityDraft | undefined {
    if (!role.includes(' ')) return undefined;
    if (!this.roleHolders) {
      this.roleHolders = new Map();
      for (const e of this.ctx.table.entities) {
        if (e.type !== 'person') continue;
        // "Deputy Prime Minister and Defence Minister": each title joined is the person's.
        for (const r of e.roles) {
          for (const part of r.toLowerCase().split(' and ')) {
            if (!part.includes(' ')) continue;
            const held = this.roleHolders.get(part);
            this.roleHolders.set(part, held === undefined || held === e ? e : null);
          }
        }
      }
    }
    return this.roleHolders.get(role.toLowerCase()) ?? undefined;
  }

  /** An entity's name words in lower case and singular, read once: a description looks through dozens of mentions per quote. */
  private singularNameWords(e: EntityDraft): string[] {
    let words = this.singularNames.get(e);
    if (!words) this.singularNames.set(e, (words = e.nameWords.map((w) => singular(w.toLowerCase()))));
    return words;
  }
  private readonly singularNames = new Map<EntityDraft, string[]>();

  /** Is the name at `start` set off by a description whose noun is `head` ("Frontex, the European Union's border agency,"), or after it? */
  private describedAs(start: number, head: string): boolean {
    let nouns = this.descriptionNouns.get(start);
    if (!nouns) this.descriptionNouns.set(start, (nouns = this.descriptionNounsAt(start)));
    return nouns[0] === head || nouns[1] === head;
  }
  /** Read once per name: each description looks through dozens of names. */
  private readonly descriptionNouns = new Map<number, [string | undefined, string | undefined]>();

  /** The singular nouns of the description before the name at `start`, and of the one set off after it. */
  private descriptionNounsAt(start: number): [string | undefined, string | undefined] {
    // Or one the noun comes right before: "the EU's border agency Frontex".
    const before = NOUN_BEFORE_NAME.exec(this.ctx.text.slice(Math.max(0, start - 30), start));
    const nounBefore = before ? singular(before[1]!) : undefined;
    const end = this.ctx.table.byStart.get(start)?.end;
    if (end === undefined) return [nounBefore, undefined];
    // "the Xinhua news agency", "the Hezbollah militant group": the words for its kind right after the name.
    const kind = this.ctx.text[end] === ',' ? undefined : KIND_AFTER_NAME.exec(this.ctx.text.slice(end, end + 40));
    if (kind && orgDescriptors.has(kind[1]!)) return [nounBefore, kind[1]];
    if (this.ctx.text[end] !== ',') return [nounBefore, undefined];
    const m = APPOSED_DESCRIPTION.exec(this.ctx.text.slice(end + 1, end + 80));
    return [nounBefore, m ? singular(m[1]!.toLowerCase()) : undefined];
  }

  /** Does the name at `at` open its sentence, or after a dateline's dash, maybe after "The"? */
  private opensSentenceOrDefinite(at: number): boolean {
    const { text } = this.ctx;
    if (text.startsWith('The ', at - 4) || text.startsWith('the ', at - 4)) at -= 4;
    if (opensSentence(text, at)) return true;
    let k = at - 1;
    while (k >= 0 && text[k] === ' ') k--;
    return k < at - 1 && (text[k] === '—' || text[k] === '–');
  }

  /** The last person named before `at` who fits; a few mentions back at most. */
  /** The person named last before `at` with an age of `age` given beside the name: "Kevin Nguyen, 54,", "54-year-old Kevin Nguyen". */
  private personAged(age: string, at: number): EntityDraft | undefined {
    const { text } = this.ctx;
    const i = firstNotBefore(this.personMentions, (m) => m.start < at);
    for (let k = i - 1; k >= 0 && k >= i - PERSONS_LOOKED_BACK; k--) {
      const { start, entity } = this.personMentions[k]!;
      const end = entity.mentions.find((m) => m.start === start)?.end;
      if (end === undefined) continue;
      const after = text.slice(end, end + age.length + 3);
      const before = text.slice(Math.max(0, start - age.length - 12), start);
      if (after.startsWith(`, ${age}`) && !/\d/.test(after[age.length + 2] ?? '')) return entity;
      if (before.endsWith(`${age}-year-old `)) return entity;
    }
    return undefined;
  }

  private lastPersonBefore(at: number, fits: (e: EntityDraft) => boolean = () => true): { start: number; entity: EntityDraft } | undefined {
    const i = firstNotBefore(this.personMentions, (m) => m.start < at);
    for (let k = i - 1; k >= 0 && k >= i - PERSONS_LOOKED_BACK; k--) if (fits(this.personMentions[k]!.entity)) return this.personMentions[k];
    return undefined;
  }

  /** Who opens the last sentence before `at`, in its paragraph or the one before, that issues "a `document`" ("X released a statement"). */
  private issuerOf(document: string, at: number, block: number): EntityDraft | null {
    for (let b = block; b >= 0 && b >= block - 1; b--) {
      const sentences = this.ctx.blocks[b]?.sentences ?? [];
      for (let k = sentences.length - 1; k >= 0; k--) {
        const tokens = sentences[k]!.tokens;
        if (tokens[0]!.start >= at) continue;
        // "a statement", "a brief statement".
        const opensDocument = (i: number) => indefiniteArticles.has(tokens[i]?.lower ?? '') || (LOWER_FIRST.test(tokens[i]?.text ?? '') && indefiniteArticles.has(tokens[i - 1]?.lower ?? ''));
        const issued = tokens.findIndex((t, i) => t.lower === document && opensDocument(i - 1));
        if (issued < 0) continue;
        for (let i = 0; i < issued; i++) {
          const named = this.ctx.table.byStart.get(tokens[i]!.start);
          // "Holloway's family released a statement": the owner is not who issued it.
          if (!named || POSSESSIVE_AFTER.test(this.ctx.text.slice(named.end, named.end + 2))) continue;
          if (named.entity.type === 'person' || named.entity.type === 'organization') return named.entity;
        }
        // "In a statement, the company said …": who spoke in it.
        const { start, end } = sentences[k]!;
        const report = this.quotes.find((q) => q.cue && q.cue.start > tokens[issued]!.start && q.cue.start < end && q.start >= start && q.speaker);
        const speaker = report ? this.entityOf(report.speaker!) : undefined;
        return speaker && !speaker.anonymous && (speaker.type === 'person' || speaker.type === 'organization') ? speaker : null;
      }
    }
    return null;
  }

  /** "Helion Dynamics filed its petition in Delaware, where it said": the body that opens the sentence offset `at` is in, before it. */
  private organizationOpening(at: number, block: number): EntityDraft | null {
    const sentences = this.ctx.blocks[block]?.sentences ?? [];
    const sentence = sentences[firstNotBefore(sentences, (s) => s.end <= at)];
    const subject = sentence?.tokens[0];
    const opener = subject && subject.start < at ? this.ctx.table.byStart.get(subject.start) : undefined;
    return opener?.entity.type === 'organization' && !sentence!.tokens.some((t) => t.start < at && DOCUMENTS_IT_MAY_BE.hasLower(t)) ? opener.entity : null;
  }

  /** The organization named first in the nearest of the two sentences before offset `at` in its block that names one. */
  private organizationBefore(at: number, block: number, opening = false): EntityDraft | null {
    const sentences = this.ctx.blocks[block]?.sentences ?? [];
    const here = firstNotBefore(sentences, (s) => s.end <= at);
    const opener = this.organizationOpening(at, block);
    if (opener) return opener;
    for (let k = here - 1; k >= 0 && k >= here - 2; k--) {
      const tokens = sentences[k]!.tokens;
      const first = tokens.findIndex((t) => this.ctx.table.byStart.get(t.start)?.entity.type === 'organization');
      if (first < 0) continue;
      // `opening`: only the sentence's subject, "Norwell Bank analysts said", not a body it talks of ("Residents said Tesla had …").
      if (opening && !this.opensSentenceOrDefinite(tokens[first]!.start)) continue;
      // Not where the sentence then names a document, which "it" may be: "Reuters obtained a copy of the document. It says …".
      for (let i = first + 1; i < tokens.length; i++) if (DOCUMENTS_IT_MAY_BE.hasLower(tokens[i]!)) return null;
      return this.ctx.table.byStart.get(tokens[first]!.start)!.entity;
    }
    return null;
  }

  /**
   * "Norris said McLaren lost time behind Leclerc. “We'll take the points,” he said": a person named in the paragraph as an object
   * yields to one named before it there as a subject, who opens a sentence or speaks; `bySex`: one whose sex the text tells only
   * over a named person of unknown sex, where a pronoun is read.
   */
  private lastSubjectInBlock(named: { start: number; entity: EntityDraft } | undefined, blockStart: number, fits: (e: EntityDraft) => boolean, bySex = true) {
    if (!named || named.start < blockStart || this.isSubjectMention(named.start)) return named;
    // "She asked Feldhaus what the district planned. ¶ He said": the one asked answers.
    if (ASKED_BEFORE.test(this.ctx.text.slice(Math.max(0, named.start - 12), named.start))) return named;
    const i = firstNotBefore(this.personMentions, (m) => m.start < named.start);
    const reportedOn = this.reportedOn(named.start);
    for (let k = i - 1; k >= 0 && this.personMentions[k]!.start >= blockStart; k--) {
      const m = this.personMentions[k]!;
      // Not one of unknown sex over a named person known to fit: "Raghunath Deshpande sang … His daughter, Sulabha Joshi, …".
      const surer = !bySex || reportedOn || this.pronounOf.has(m.entity) || !this.pronounOf.has(named.entity);
      if (m.entity !== named.entity && fits(m.entity) && surer && this.isSubjectMention(m.start)) return m;
    }
    return named;
  }

  /**
   * Is offset `at` of block `block` inside quotation marks: after an odd number of them in the block, or in a block with an odd number
   * (a quote from the paragraph before that closes in this one)?
   */
  private insideMarks(block: number, at: number): boolean {
    const { text, start } = this.ctx.blocks[block]!;
    return leavesQuoteOpen(text.slice(0, at - start)) || leavesQuoteOpen(text);
  }

  /** "He said that Marcus Holloway was a regular": is the name at `start` one a report speaks of, right after its cue? */
  private reportedOn(start: number): boolean {
    return REPORTED_BEFORE.test(this.ctx.text.slice(Math.max(0, start - 8), start));
  }

  /** Does the name at `start` open its sentence, or a verb of speech follow it, or a verb past an age ("Bae Young-ho, 67, held")? */
  private isSubjectMention(start: number): boolean {
    const { text } = this.ctx;
    const end = this.ctx.table.byStart.get(start)?.end ?? start;
    // "Al-Khatib's family gathered": an owner is no subject.
    if (POSSESSIVE_AFTER.test(text.slice(end, end + 2))) return false;
    const next = SPEECH_AFTER.exec(text.slice(end, end + 16))?.[1]?.toLowerCase();
    // Not a name reported on: "Officers said Liam Hart, 19, fled", "He said that Marcus Holloway was a regular".
    const reported = this.reportedOn(start);
    const aged = reported ? undefined : AGED_THEN_WORD.exec(text.slice(end, end + 24))?.[1];
    // "Reading's head coach, Jakob Lindqvist, had come under pressure": a name set off after the description the sentence opens with.
    const apposed = text.slice(Math.max(0, start - 2), start) === ', ' ? APPOSED_VERB.exec(text.slice(end, end + 16))?.[1]?.toLowerCase() : undefined;
    // "Besides his daughter, Mr. Okafor is survived by": a name before a verb is its subject.
    return (next !== undefined && (cueVerbs.has(next) || (SUBJECT_VERBS.has(next) && !reported))) || (aged !== undefined && !PREPOSITIONS.has(aged) && !CLAUSE_WORDS.has(aged)) ||
      (apposed !== undefined && !reported && (cueVerbs.has(apposed) || FINITE_AUXILIARIES.has(apposed))) ||
      SENTENCE_OPENING.test(text.slice(Math.max(0, start - 3), start)) || start === 0 || text[start - 1] === '\n';
  }

  private mentionUnnamed(speaker: EntityDraft, source: Span): void {
    let starts = this.anonymousMentionStarts.get(speaker);
    if (!starts) this.anonymousMentionStarts.set(speaker, (starts = new Set()));
    if (starts.has(source.start)) return;
    starts.add(source.start);
    speaker.mentions.push({ start: source.start, end: source.end, text: source.text, form: 'name', rule: speaker.rule });
  }

  private makeQuote(raw: RawQuote | null, kind: QuoteKind, attribution: Attribution | null, content?: [number, number]): Quote {
    const { text } = this.ctx;
    const start = raw ? raw.first.start : content![0];
    const end = raw ? raw.last.end : content![1];
    const block = raw ? raw.block.index : this.blockIndexAt(start);
    // "UN climate chief Simon Stiell urged": a body that opens a person's role before their name is no speaker; the person is.
    if (attribution?.source?.entity?.type === 'organization') {
      const person = this.personRoledBy(attribution.source, attribution.cue.start);
      if (person) attribution = { ...attribution, source: person };
    }
    // "The summit's president, Azerbaijan's ecology minister Rauf Hajiyev, urged … and said": the person the description is set
    // off by speaks, however the cue's clause reached the description.
    if (attribution?.source && !attribution.source.entity && !attribution.source.pronoun) {
      const person = this.apposedPerson(attribution.source);
      if (person) attribution = { ...attribution, source: person };
    }
    // "Nordhavn and Meridian said … ¶ …, the companies said": the bodies that spoke together last.
    const together = attribution?.source && (this.pairNamed(attribution.source, start) ?? (this.namesBodiesTogether(attribution.source) ? this.lastBodies : null));
    // A pronoun looks back from where it stands when that comes first ("He believes … when Morrison …").
    const speaker = together ? together[0]! : attribution ? this.resolve(attribution.source, Math.min(start, attribution.source?.start ?? start), block) : null;
    if (attribution && kind === 'direct') this.usedCues.add(attribution.cue.start);
    // Those who say it together, in text order: the first named is the speaker ("Lopez and Becker said" is Lopez's and Becker's).
    const joint = !together && speaker && attribution?.source && !speaker.anonymous ? this.coSpeakers(attribution.source, speaker) : null;
    let speakers = together ?? (joint ? [...joint.before.map((m) => m.entity), speaker!, ...joint.after.map((m) => m.entity)] : []);
    if (speakers.length < 2 && attribution?.source?.pronoun === 'they' && speaker && this.lastJoint.includes(speaker)) speakers = this.lastJoint;
    if (speaker) this.lastJoint = speakers;
    if (speakers.length >= 2 && speakers.every((e) => e.type === 'organization')) this.lastBodies = speakers;
    const source = attribution?.source ? span(text, joint?.before[0]?.start ?? attribution.source.start, attribution.source.end) : null;
    if (speaker) {
      const voice = speaker.type === 'organization' && source ? spokespersonBefore(text, source.start) : undefined;
      // Not one reported inside the last speaker's words: "She said security agents had warned them … ¶ “…,” she said" is hers.
      const last = this.lastSpeaker;
      const inside = last?.from !== undefined && start > last.from && end <= last.at;
      if (!inside) this.lastSpeaker = { entity: speaker, at: end, block, addressed: attribution ? addressedBy(text, attribution.cue) : undefined, voice, from: start, sourceAt: source?.start };
      if (namedBySource(speaker) && source) this.mentionUnnamed(speaker, source);
    }
    const quote: Quote = {
      kind, start, end, text: text.slice(start, end), speaker: (speakers[0] ?? speaker)?.id ?? null, coSpeakers: speakers.slice(1).map((e) => e.id), source, speakerText: source?.text ?? null,
      cue: attribution?.cue ?? null, fragments: raw ? raw.fragments(text) : [],
      attribution: attributionKind(attribution?.cueVerb ?? null, text, start),
      rule: attribution ? attribution.rule : 'quote.direct.no-cue',
    };
    if (raw && !attribution && this.lastSpeaker) this.speakerBeforeQuote.set(quote, this.lastSpeaker);
    this.quotes.push(quote);
    return quote;
  }

  /**
   * "Lopez and Becker said", "Maria Lopez, the mayor, and Tom Becker said", "Kenya, Uganda and Tanzania said", "…, the WHO and
   * UNICEF said": the names joined to the speaker's that say it with them, before and after it, in text order. Only names of the
   * speaker's kind (people with people), and before the source only where the first of them opens the clause: in "Kim met Lopez
   * and Becker said" Lopez says nothing.
   */
  private coSpeakers(source: Source, speaker: EntityDraft): { before: MentionRef[]; after: MentionRef[] } {
    const { text, table } = this.ctx;
    const joins = ({ entity }: MentionRef) =>
      entity !== speaker && !entity.anonymous && (entity.type === 'person') === (speaker.type === 'person') && !before.some((j) => j.entity === entity) && !after.some((j) => j.entity === entity);
    const before: MentionRef[] = [];
    const after: MentionRef[] = [];
    // Going left: an "and" before the speaker's name, then a list's commas or its "and", past a title before each name
    // ("Dutch Prime Minister Dick Schoof and Austrian Chancellor Christian Stocker said").
    for (let at = source.start, list = false; ; list = true) {
      const linkStart = linkBefore(text, titleStart(text, at), list);
      if (linkStart < 0) break;
      let named: MentionRef | undefined;
      for (let end = linkStart; end >= linkStart - APPOSITIVE_MAX && end > 0 && !named; end--) {
        const ref = table.byEnd.get(end);
        if (ref && joins(ref) && (end === linkStart || APPOSITIVE.test(text.slice(end, linkStart)))) named = ref;
      }
      if (!named) break;
      before.unshift(named);
      at = named.start;
    }
    if (before.length && !opensClause(text, titleStart(text, before[0]!.start)) && !opensClause(text, capitalizedWordBefore(text, before[0]!.start))) before.length = 0;
    // Inside the source: "the World Health Organization and UNICEF".
    let end = source.end;
    for (let k = source.start; k < source.end && end === source.end; k++) {
      const ref = table.byStart.get(k);
      if (ref?.entity === speaker) end = ref.end;
    }
    while (end < source.end) {
      const m = LINK_AFTER.exec(text.slice(end, end + 8));
      const next = m ? table.byStart.get(end + m[0].length) : undefined;
      if (!next || next.end > source.end || !joins(next)) break;
      after.push(next);
      end = next.end;
    }
    return { before, after };
  }

  /** The person named after the organization `source` and before `before` whose role opens with it ("AMP deputy chief economist"). */
  private personRoledBy(source: Source, before: number): Source | null {
    const { text } = this.ctx;
    const body = text.slice(source.start, source.end);
    for (let at = source.end; at < before && at - source.end < 60; at++) {
      const person = this.ctx.table.byStart.get(at);
      if (person?.entity.type === 'person' && person.end <= before && person.entity.roles.some((r) => r.startsWith(body))) return { start: person.start, end: person.end, entity: person.entity };
    }
    return null;
  }

  // ---- indirect quotes ---------------------------------------------------

  /**
   * "Mayor Ruiz: Budget Gap Will Close", "Poll: Voters Trust Neither Party": the name before a headline's colon said what follows; a
   * label of the piece's kind did not ("Analysis: Iraq faces a budget crunch").
   */
  private headlineColon(bw: BlockWords): void {
    const words = bw.words;
    const colon = words.findIndex((w) => w.text === ':');
    if (this.quoteThenColon(words, colon)) return;
    // "Ruiz on Housing: 'The Rents Are Too High'": words in marks after the colon are the first person's or body's before it.
    const quoted = HEADLINE_QUOTE_MARKS.hasText(words[colon + 1]);
    if (colon < 1 || colon > (quoted ? 8 : 5) || words.length - colon < 4) return;
    const ref = this.ctx.table.byStart.get(words[0]!.start);
    const source: Source | null =
      ref && ref.entity.type !== 'place' && wordAt(words, ref.end) === colon
        ? { start: ref.start, end: ref.end, entity: ref.entity }
        : colon === 1 && documentNouns.hasLower(words[0]!) && !HEADLINE_GENRES.hasLower(words[0]!)
          ? this.nounPhraseEndingAt(words, 0, 0)
          : // "Minister: 'No more money for the rail project'": a title alone is the person the text gives that role.
            colon === 1 && quoted && lowerTitleHeads.hasLower(words[0]!) && this.personByRoleWord.has(words[0]!.lower)
            ? { start: words[0]!.start, end: words[0]!.end, head: words[0]!.lower }
            : quoted
            ? this.firstActorBefore(words, colon)
            : null;
    if (!source) return;
    let last = words.length - 1;
    while (last > colon && words[last]!.kind !== 'word') last--;
    const cue = span(this.ctx.text, words[colon]!.start, words[colon]!.end);
    const attribution: Attribution = { cue, cueVerb: null, source, rule: 'quote.headline.colon' };
    // 'Starmer: "We will rebuild Britain"': the words after the colon in marks are the speaker's own; words after the marks are the
    // headline's ("'We will not back down' on NHS reform"), unless the marks hold a word or two of it ("Reports: 'streamlined' asylum
    // process"). A mark after a plural is its possessive ("Voters' anger").
    let close = -1;
    for (let k = colon + 2; quoted && close < 0 && k <= last + 1; k++) {
      const t = words[k]?.text ?? '';
      if (CLOSE_MARKS.has(t) || t === '’' || (HEADLINE_QUOTE_MARKS.has(t) && !(t === "'" && words[k - 1]!.text.endsWith('s')))) close = k;
    }
    if (close > colon + 4 || (close === last + 1 && close > colon + 2)) this.makeQuote(null, 'direct', attribution, [words[colon + 2]!.start, words[close - 1]!.end]).rule = attribution.rule;
    else this.addIndirect(words[quoted ? colon + 2 : colon + 1]!.start, words[last]!.end, attribution);
  }

  /**
   * "N. Korea fires ballistic missile into East Sea: JCS", "14 insurgents killed — Army": a wire headline may give its source last,
   * after a colon or a dash; the words before report. The source is a body or a person the text names, or people it does not.
   */
  private headlineSourceLast(bw: BlockWords): void {
    const words = bw.words;
    let last = words.length - 1;
    while (last > 0 && words[last]!.kind !== 'word') last--;
    let mark = last - 1;
    while (mark > 0 && last - mark <= 3 && !HEADLINE_SOURCE_MARKS.hasText(words[mark])) mark--;
    // A dash between words is no mark: "Dar-es-Salaam", "Jean-Paul".
    if (mark < 4 || !HEADLINE_SOURCE_MARKS.hasText(words[mark]) || (words[mark]!.text !== ':' && !words[mark + 1]!.spaced)) return;
    const named = this.ctx.table.byStart.get(words[mark + 1]!.start);
    const source: Source | null = named ? (named.end === words[last]!.end && named.entity.type !== 'place' ? { start: named.start, end: named.end, entity: named.entity } : null) : this.nounPhraseAfter(words, mark + 1, last + 1);
    if (!source || source.end !== words[last]!.end || !(source.entity || (source.anonymous && anonymousNouns.has(source.head ?? '')))) return;
    // "(LEAD) N. Korea fires …": a wire's tag in brackets opens no report.
    const first = words[0]!.text === '(' && words[2]?.text === ')' ? 3 : 0;
    const cue = span(this.ctx.text, words[mark]!.start, words[mark]!.end);
    this.addIndirect(words[first]!.start, words[mark - 1]!.end, { cue, cueVerb: null, source, rule: 'quote.headline.source-last' });
  }

  /** '"We will not back down": Nurses vow to strike': a headline opening with words in marks, then a colon, gives them to the subject after it. */
  private quoteThenColon(words: Word[], colon: number): boolean {
    if (colon < 3) return false;
    const open = words[0]!.text;
    const close = words[colon - 1]!.text;
    if (!(HEADLINE_QUOTE_MARKS.has(open) || OPEN_MARKS.has(open)) || !(HEADLINE_QUOTE_MARKS.has(close) || CLOSE_MARKS.has(close) || close === '’')) return false;
    for (let k = 1; k < colon - 1; k++) if (HEADLINE_QUOTE_MARKS.hasText(words[k]!) || CLOSE_MARKS.hasText(words[k]!)) return false;
    const source = this.nounPhraseAfter(words, colon + 1, Math.min(words.length, colon + 5));
    if (!source) return false;
    const cue = span(this.ctx.text, words[colon]!.start, words[colon]!.end);
    this.makeQuote(null, 'direct', { cue, cueVerb: null, source, rule: 'quote.headline.colon' }, [words[1]!.start, words[colon - 2]!.end]).rule = 'quote.headline.colon';
    return true;
  }

  /** The first name of a person or a body among words [0, to): "A lesson from Dana Whitfield". */
  private firstActorBefore(words: Word[], to: number): Source | null {
    for (let k = 0; k < to; k++) {
      const ref = this.ctx.table.byStart.get(words[k]!.start);
      if (ref && ref.entity.type !== 'place' && wordAt(words, ref.end) <= to) return { start: ref.start, end: ref.end, entity: ref.entity };
    }
    return null;
  }

  /** The last question quoted with its asker, and who answered it: an exchange that goes on without cues. */
  private exchange: { question: Quote; answerer: string | null } | null = null;

  /**
   * The speaker of a quote without a cue in an exchange of questions and answers: the asker of the last question quoted, for a
   * question after someone else's answer; the one who answered, for an answer after a question read so. Null outside an exchange.
   */
  private exchangeSpeaker(q: Quote, prev: Quote): string | null {
    const asks = QUESTION_END.test(q.text);
    if (QUESTION_END.test(prev.text)) return prev.rule === 'quote.speaker.exchange' && !asks ? this.exchange?.answerer ?? null : null;
    const question = this.exchange?.question;
    if (!asks || !question?.speaker || question.speaker === prev.speaker || prev.start - question.end > 1200) return null;
    this.exchange = { question: q, answerer: prev.speaker };
    return question.speaker;
  }

  /** `lemmas`: the only cue verbs to read, for headlines, where "talks stall" and "agree pact" are no reports. */
  private indirect(block: Block, bw: BlockWords, direct: Quote[], lemmas?: Set<string>): void {
    const { text } = this.ctx;
    // Quotes without a cue carry the speaker over; quotes broken by their cue merge into the one before.
    // This block's direct quotes are the last ones found; merged ones leave the list in one pass, so a
    // line of a thousand quotes stays linear.
    const first = this.quotes.length - direct.length;
    let prev: Quote | undefined = first > 0 ? this.quotes[first - 1] : undefined;
    const absorbed = new Set<Quote>();
    const grown = new Set<Quote>();
    const absorb = (into: Quote, q: Quote) => {
      if (!into.fragments.length) into.fragments.push(span(text, into.start, into.end));
      if (q.fragments.length) for (const f of q.fragments) into.fragments.push(f);
      else into.fragments.push(span(text, q.start, q.end));
      into.end = q.end;
      into.kind = 'direct';
      absorbed.add(q);
      grown.add(into);
    };
    for (const q of direct) {
      if (prev?.speaker && prev.rule !== 'quote.speaker.exchange' && QUESTION_END.test(prev.text)) this.exchange = { question: prev, answerer: null };
      // “We planted early,” she said, “and the rain never came.”: one quote around its cue (not two terms quoted after one cue).
      if (q.cue && prev?.cue && prev.cue.start === q.cue.start && prev.kind !== 'indirect' && prev.end <= q.cue.start && q.cue.end <= q.start) {
        absorb(prev, q);
        continue;
      }
      // "Among the speakers was Marijana Petković, … Her speech drew applause. ¶ “My grandfather …”": the person the paragraph before
      // introduces speaks, not the one quoted before it.
      const introduced = !q.cue && prev?.speaker ? this.introducedBefore(q.start, prev) : undefined;
      // "Jones said the plan had surprised her. “I thought it was dead.”": nor the person who reports in the quote's own paragraph.
      const reporter = !q.cue && prev?.speaker && !introduced ? this.reporterBefore(q.start, prev) : undefined;
      if (introduced || reporter) {
        Object.assign(q, { speaker: (introduced ?? reporter)!.id, coSpeakers: [], rule: introduced ? 'quote.speaker.introduced' : 'quote.speaker.reported' });
        prev = q;
        continue;
      }
      // "“…?” Osei-Grant asked. ¶ “Yes,” Achterberg said. ¶ “And you were given immunity?” ¶ “I was given an agreement.”": in an exchange,
      // a question in a paragraph of its own after an answer is the asker's again, and the answer after it the answerer's.
      const exchanged = !q.cue && prev?.speaker && prev.kind !== 'indirect' && q.start - prev.end < 1200 && text.slice(prev.end, q.start).includes('\n') ? this.exchangeSpeaker(q, prev) : null;
      if (exchanged) {
        Object.assign(q, { speaker: exchanged, coSpeakers: [], rule: 'quote.speaker.exchange' });
        prev = q;
        continue;
      }
      // So too one whose speaker the rules could not name, right after the cue ("“…?” she said. “…”"): the quote goes on, with no
      // speaker given it.
      const unnamed = !prev?.speaker && !!prev?.source && !!prev.cue && prev.cue.start >= prev.end && q.start - prev.cue.end < 4;
      if (!q.cue && prev && (prev.speaker || unnamed) && prev.kind !== 'indirect' && q.start - prev.end < 1200) {
        q.speaker = prev.speaker;
        q.coSpeakers = prev.coSpeakers;
        q.rule = 'quote.speaker.carried';
        // A quote that runs on into the next paragraph is a direct one; a few words quoted in a sentence do not. Nor one after a
        // sentence of the writer's own between them ("…," said X. She said dozens of agencies use them. "…").
        const between = text.slice(prev.end, q.start);
        if ((between.indexOf('\n') < 0 && !WRITER_SENTENCE_BETWEEN.test(between)) || (prev.kind === 'direct' && isRunOn(text, prev.end, q.start))) {
          absorb(prev, q);
          continue;
        }
      } else if (!q.cue && !q.speaker) {
        // “It was doomed.” after "Smith said the plan failed": the last speaker before it, if near.
        let last = this.speakerBeforeQuote.get(q);
        // "Asked about the call, Beaumont smiled. “The umpire was right.”": a person the quote's paragraph opens a sentence with, since.
        const block = this.ctx.blocks[this.blockIndexAt(q.start)]!;
        const subject = this.lastPersonBefore(q.start);
        const opensClause = (m: { start: number; entity: EntityDraft }) => this.isSubjectMention(m.start) || (CLAUSE_EDGE_BEFORE.test(text.slice(Math.max(block.start, m.start - 2), m.start)) && LOWER_WORD_AFTER.test(text.slice(m.entity.mentions.find((n) => n.start === m.start)?.end ?? m.start, q.start)));
        if (subject && subject.start >= block.start && (!last || subject.start > last.at) && opensClause(subject)) last = { entity: subject.entity, at: subject.start };
        // Not a place, which speaks only as the government its name stands for, in the sentence that says so.
        if (last && q.start - last.at < 1200 && last.entity.type !== 'place') {
          q.speaker = last.entity.id;
          q.rule = 'quote.speaker.carried';
        }
      }
      prev = q;
    }
    if (absorbed.size) {
      let kept = first;
      for (let k = first; k < this.quotes.length; k++) if (!absorbed.has(this.quotes[k]!)) this.quotes[kept++] = this.quotes[k]!;
      this.quotes.length = kept;
      for (const q of grown) q.text = text.slice(q.start, q.end);
    }
    // A block without a word that may open a cue reports nothing.
    if (!bw.cueWords.length) return;
    // Quotes that reach into this block: this block's, and one running on from before.
    const near: Quote[] = [];
    for (let k = this.quotes.length - 1; k >= 0; k--) {
      const q = this.quotes[k]!;
      if (q.end >= block.start) near.push(q);
      if (q.start < block.start) break;
    }
    const inside = (q: Quote, offset: number) => q.kind !== 'indirect' && offset >= q.start - 1 && offset < q.end + 1;
    // Quoted regions sorted by start, with the furthest end so far: a lookup is a binary search, not a scan.
    const regions = near.filter((q) => q.kind !== 'indirect').sort((a, b) => a.start - b.start);
    const furthestEnd: number[] = [];
    for (const q of regions) furthestEnd.push(Math.max(q.end, furthestEnd.at(-1) ?? -1));
    const added = this.quotes.length;
    const inDirect = (offset: number) => {
      const last = firstNotBefore(regions, (q) => q.start - 1 <= offset) - 1;
      if (last >= 0 && offset < furthestEnd[last]! + 1) return true;
      // Partial quotes made from this block's reported clauses: the latest few, so a giant block stays linear.
      for (let k = Math.max(added, this.quotes.length - RECENT_QUOTES_CHECKED); k < this.quotes.length; k++) if (inside(this.quotes[k]!, offset)) return true;
      return false;
    };
    const { words, cueWords, sentenceStarts } = bw;
    const quoted = doubledApostropheQuotes(block);
    let c = 0;
    for (let s = 0; s < sentenceStarts.length; s++) {
      const from = sentenceStarts[s]!;
      const to = sentenceStarts[s + 1] ?? words.length;
      // A sentence without a word that may open a cue reports nothing.
      while (c < cueWords.length && cueWords[c]! < from) c++;
      if (c === cueWords.length || cueWords[c]! >= to) continue;
      for (let at = from, n = 0; at < to && n < 2; n++) {
        const found = this.indirectIn(words, cueWords, at, to, inDirect, lemmas, quoted);
        if (!found) break;
        for (const [cs, ce, attribution, cueIdx] of found) {
          this.addIndirect(cs, ce, attribution);
          // Past an opening "according to X,": the next report may open its content.
          at = attribution.rule === 'quote.indirect.according-to' ? Math.max(cueIdx + 1, wordAt(words, cs)) : cueIdx + 1;
        }
      }
    }
  }

  private addIndirect(cs: number, ce: number, attribution: Attribution): void {
    const { text } = this.ctx;
    {
      // A reported clause that quotes a few words: one partial quote.
      const inner: Quote[] = [];
      // This block's quotes are the last few; scan them, not the whole article.
      for (let k = this.quotes.length - 1; k >= 0 && k >= this.quotes.length - 40; k--) {
        const q = this.quotes[k]!;
        if (q.kind === 'partial' && q.start >= cs && q.end <= ce) {
          inner.unshift(q);
          this.quotes.splice(k, 1);
        }
      }
      const quote = this.makeQuote(null, inner.length ? 'partial' : 'indirect', attribution, [cs, ce]);
      // "The bank said it was considering a loan": the inner report is the same source's, and already quoted.
      const outer = this.quotes.length > 1 ? this.quotes[this.quotes.length - 2] : undefined;
      // Not a report of its own after a conjunction: "According to the AIPH, …, and the agency estimates that …".
      if (outer && outer.kind !== 'direct' && quote.speaker && outer.speaker === quote.speaker && outer.start <= cs && ce <= outer.end && !(attribution.source && this.endBefore(outer, Math.min(attribution.source.start, attribution.cue.start), COORDINATORS, false))) {
        this.quotes.pop();
        return;
      }
      if (inner.length) quote.fragments = inner.map((q) => span(text, q.start, q.end));
      else if (attribution.rule === 'quote.indirect.parenthetical' && attribution.source) quote.fragments = parentheticalPieces(text, cs, ce, attribution.source.start, attribution.cue.end);
      else if (attribution.rule === 'quote.indirect.according-to' && attribution.source && attribution.cue.start > cs && attribution.source.end < ce) quote.fragments = parentheticalPieces(text, cs, ce, attribution.cue.start, attribution.source.end);
      quote.rule = attribution.rule;
    }
  }

  /**
   * Finds the first reported clause from word `from` on, in pieces where a coordinated cue splits it: [start, end, attribution, cue index]
   * each. `quoted`: is an offset inside words quoted in a way no direct quote reads (''…'')? Its cues are the speaker's, not the report's.
   */
  private indirectIn(words: Word[], cueWords: readonly number[], from: number, to: number, inDirect: (offset: number) => boolean, lemmas?: Set<string>, quoted?: (offset: number) => boolean): Reported[] | null {
    const { text } = this.ctx;
    from = afterDateline(words, from, to);
    // "… the World Health Organization (WHO).": an acronym's brackets after a name close in the content.
    const closesBracket = (at: number) => words[at]!.text === ')' && words[at - 2]?.text === '(' && at - 2 > from && ALL_CAPS_WORD.test(words[at - 1]!.text);
    const end = contentEndBefore(words, from, to, closesBracket);
    if (end - from < 4) return null;
    // "Did she fear being forgotten?": a question the writer puts reports nothing.
    if (isYesNoQuestion(words, from, from)) return null;
    const contentEnd = words[end - 1]!.end;
    // "Asked whether the bank would consider …, Aquino said": the question's words report nothing.
    let asked = -1;
    if (words[from]!.lower === 'asked') for (asked = from + 1; asked < end && words[asked]!.text !== ','; asked++);
    // Most words are no cue: only those that may open one are read.
    for (let c = firstCueFrom(cueWords, from); c < cueWords.length && cueWords[c]! < end; c++) {
      const k = cueWords[c]!;
      const w = words[k]!;
      const n = nounCueAt(words, k);
      const cue = n ? null : cueAt(words, k);
      if ((!n && !cue) || inDirect(w.start) || quoted?.(w.start) || k < asked) continue;
      // "Raducanu's support staff", "the company's plan to dig": a stance an owner opens is a noun, which reports nothing (a speech
      // noun does: "Mr. Obama's remarks that …"; and "He's claiming" is a verb).
      const owner = wordOrNone(words, k - 1);
      const owned = !!owner && ((owner.normEnd !== owner.end && !PRONOUNS.hasLower(owner) && !RELATIVES.hasLower(owner)) || possessiveDeterminers.hasLower(owner));
      if (cue?.kind === 'stance' && owned) continue;
      if (heldTalks(words, k)) continue;
      // "Rider advocates said": a word ending in -s right before a reporting verb heads that verb's subject, a plural noun; so does
      // an owned form in -ing ("familiar with the central bank's thinking said"); and before a stance in the past ("Patient advocates
      // welcomed the decision").
      const next = cue && cueAt(words, k + 1);
      if (next && (w.lower.endsWith('s') || (owned && w.lower.endsWith('ing'))) && (next.kind === 'speech' || (next.kind === 'stance' && words[k + 1]!.lower.endsWith('ed')))) continue;
      // "Power demand hit a record, the ministry said": a base form between a word that cannot be its subject and a finite verb is
      // a noun (as reportsClause reads it); the sentence's report comes later.
      if (cue && cue.words.length === 1 && w.lower === cue.lemma && FINITE_AFTER_NOUN.hasLower(words[k + 1]) && words[k - 1]?.kind === 'word' && !isPluralSubject(words[k - 1])) continue;
      // "Creditor talks are expected to be difficult": a form in -s before a plural's verb is a plural noun.
      if (cue && cue.words.length === 1 && w.lower.endsWith('s') && PLURAL_VERBS.hasLower(words[k + 1])) continue;
      if (cue && this.inTitleBeforeName(words, k, cue)) continue;
      // "A teacher, who asked not to be identified because she feared reprisal, said …": why a source is unnamed reports nothing.
      if (cue && this.inAnonymityClause(words, k, from)) continue;
      // "McDonald, whose party had supported a yes vote, said": a clause about whose something is describes; it reports nothing.
      if (cue && inWhoseClause(words, k, k + cue.words.length, from)) continue;
      // according to X, CONTENT / CONTENT, according to X
      if (n) {
        let stop = k + n;
        while (stop < end && words[stop]!.text !== ',') stop++;
        // "According to an official at the Ministry of Culture, Tourism and Civil Aviation, …": past a name with commas in it.
        for (let m = k + n; m < stop && stop < end; m++) {
          const named = this.ctx.table.byStart.get(words[m]!.start);
          if (named && named.end > words[stop]!.start) {
            stop = wordAt(words, named.end);
            while (stop < end && words[stop]!.text !== ',') stop++;
            break;
          }
        }
        // "According to X, CONTENT", or after a linking word: "However, according to X, CONTENT".
        const opening = k - from <= 1 || (k - from === 2 && words[from + 1]!.text === ',' && CLAUSE_LINKS.hasLower(words[from]));
        // After the content, the source may run past a comma to the name that follows its description: "according to her lawyer, Mark Feld".
        // "In his words, …": the cue's own possessive is the source; only where it opens the report.
        const owner = n === 3 && POSSESSIVE_PRONOUNS.has(words[k + 1]!.lower) ? pronounSource(words[k + 1]!) : null;
        if (owner && !opening) continue;
        let source = owner ?? objectPronounAt(words, k + n) ?? this.nounPhraseAfter(words, k + n, opening ? stop : end, true);
        // "Sgt. Tanya Richter said … According to Richter, …": a surname the readers passed over (a word the lexicons know otherwise).
        const surname = words[k + n];
        if ((!source || !source.entity) && surname?.capitalized && stop === k + n + 1) {
          const bearer = this.personNamed(surname.text);
          if (bearer) source = { start: surname.start, end: surname.end, entity: bearer };
        }
        if (!source) continue;
        // "According to the national weather service, Inmet, up to 150 mm fell": the name set after a description is the source.
        const apposed = opening && !source.entity && this.apposedName(words, stop);
        if (apposed) [source, stop] = [{ start: apposed.start, end: apposed.end, entity: apposed.entity }, wordAt(words, apposed.end)];
        // "…, according to its spokesman in Maputo, Carlos Nhantumbo.": so is a person named last, after an unnamed source's description.
        // Only after a word for a person, and at the first comma after it: not "according to police, who identified …, Maria Lopez".
        // So after a description in lower case up to the comma, whatever its noun: "according to the local prefect, Hélène Duvivier-Aubert".
        const lowerDescription = () => words.slice(wordAt(words, source!.start), stop).every((v) => v.kind === 'word' && !v.capitalized);
        const personal = !opening && !source.entity && (descriptorNouns.has(source.head ?? '') || lowerTitleHeads.has(source.head ?? '') || (source.anonymous && lowerDescription()));
        const last = personal ? this.ctx.table.byEnd.get(words[end - 1]!.end) : undefined;
        if (last?.entity.type === 'person' && last.start > source.end && words[wordAt(words, last.start) - 1]?.text === ',' && stop === wordAt(words, last.start) - 1) source = { start: last.start, end: last.end, entity: last.entity };
        // "according to the UN refugee agency (UNHCR)", "… by the United Nations refugee agency, UNHCR.": a body's initials after its
        // description name it, not the body the description holds.
        let described = source.entity && !source.pronoun ? wordAt(words, source.end) : -1;
        while (described >= 0 && described < end && words[described]!.kind === 'word' && !words[described]!.capitalized) described++;
        const initials = described >= 0 ? this.initialsAfter(words, described) : null;
        if (initials && initials.entity !== source.entity) source = initials;
        const attribution: Attribution = { cue: span(text, w.start, words[k + n - 1]!.end), cueVerb: null, source, rule: 'quote.indirect.according-to' };
        if (opening && stop + 1 < end) {
          // "According to two officials, who spoke on condition of anonymity, the office ...": skip the relative clause.
          let at = stop + 1;
          if (CLAUSE_WORDS.hasLower(words[at]!)) while (at < end - 1 && words[at]!.text !== ',') at++;
          // "According to John Smith, a professor at Yale, the economy …": and the description set off after a name.
          else if (source.entity && articles.hasLower(words[at])) {
            let comma = at;
            while (comma < end - 1 && words[comma]!.text !== ',') comma++;
            // Not the content's own subject: "According to a paper by the Oxford Institute, the cost of power, not equipment, …".
            // Its other name is no subject either: "According to the Federation of German Industries, the BDI, …".
            const apposition = words.slice(at, comma).some((v) => descriptorNouns.hasLower(v) || lowerTitleHeads.hasLower(v)) || this.ctx.table.byStart.get(words[at + 1]?.start ?? -1)?.entity === source.entity;
            if (words[comma]!.text === ',' && nounPhraseOnly(words, at, comma) && apposition) at = comma;
          }
          if (words[at]!.text === ',') at++;
          return [[words[Math.min(at, end - 1)]!.start, contentEnd, attribution, k]];
        }
        const before = trimBack(words, from, k);
        // Not a direct quote's own attribution before it: "“…,” he said, according to VnExpress".
        let attributed = false;
        for (let q = from; q < before && !attributed; q++) attributed = this.usedCues.has(words[q]!.start);
        // Nor the time of a report read before it: "…, X said on Sunday, according to IRNA".
        if (before > from && !attributed && afterTimePhrase(words, from, before) < before) {
          // "Most of them, according to Saleh, were locked in a box": a clause that runs on past the source set off by commas is the
          // report, both its parts.
          const resumes = wordAt(words, source.end);
          const next = words[resumes + 1];
          // Not a description of the source set off after it ("according to Kristen Wilkins, a curator at the museum"), but after a verb
          // whose complement it is ("She was, according to her daughter, an indifferent cook").
          const described = DETERMINERS.hasLower(next) && !FINITE_AUXILIARIES.hasLower(words[before - 1]);
          // Only a subject, or a subject and its verb, before the source: "The Polaroids were all donated by X, according to Y, …" is whole.
          let clause = false;
          for (let q = from; q < before - 1 && !clause; q++) clause = FINITE_AUXILIARIES.hasLower(words[q]);
          if (words[k - 1]?.text === ',' && words[resumes]?.text === ',' && resumes + 2 < end && next?.kind === 'word' && !next.capitalized && !CLAUSE_WORDS.hasLower(next) && !described && !clause) {
            return [[words[from]!.start, contentEnd, attribution, k]];
          }
          return [[words[from]!.start, words[before - 1]!.end, attribution, k]];
        }
        continue;
      }
      if (!cue || this.usedCues.has(w.start) || (lemmas && !lemmas.has(cue.lemma))) continue;
      const after = k + cue.words.length;
      // "X is considering sanctions, according to three people", "the bank agreed to settle, the regulator said": the named
      // source of the whole clause comes last.
      // But not "…, the minister said on Sunday, according to IRNA": a verb of saying and its time, then the source of that report.
      const saidThen = SAYING_LEMMAS.has(cue.lemma) && words[afterTimePhrase(words, after, end)]?.text === ',';
      if (!saidThen && (cue.kind === 'belief' || cue.kind === 'stance' || cue.kind === 'knowledge' || words[afterTimePhrase(words, after, end)]?.lower === 'to' || agreesDeal(words, k, cue) || takesObjectOnly(words, k, cue, end)) && this.accordingAfter(words, k, end)) continue;
      // "Anyone with information can call the force on 101", "called 911": a number to ring, no report.
      if (cue.lemma === 'call' && callsNumber(words, after, end)) continue;
      // "pleaded guilty to 38 counts", "pleaded not guilty": a plea, no report.
      if (cue.lemma === 'plead' && PLEAS.hasLower(words[after])) continue;
      // "says goodbye to its mill", "said no to the deal": a set phrase, no report.
      if (cue.lemma === 'say' && saysSetPhrase(words, after)) continue;
      // "declared a critical incident", "defended the cuts", "welcomed the decision": an act on a thing, no report.
      if (ACTS_ON_THINGS.has(cue.lemma) && objectOnlyInClause(words, after, end)) continue;
      // "which the ministry has recommended but not enforced": a verb joined to another reports nothing by itself.
      if (COORDINATORS.hasLower(words[after]) && words[after + 1]?.lower === 'not') continue;
      // "a gang calling itself Nightjar": a name taken, no report.
      if (cue.lemma === 'call' && REFLEXIVES.has(words[after]?.lower ?? '')) continue;
      // "can charge patients for insulin", "charges $5 a month": a price asked, no accusation.
      if (cue.lemma === 'charge' && chargesPrice(words, after, end)) continue;
      // "whose government dismissed Juan Ruiz": a person dismissed loses a post; no claim is dismissed.
      if (cue.lemma === 'dismiss' && this.ctx.table.byStart.get(words[after]?.start ?? -1)?.entity.type === 'person' && words[after]!.normEnd === words[after]!.end && words[after + 1]?.normEnd === words[after + 1]?.end) continue;
      const tell = isTell(cue.lemma);
      // "Interfax quoted Petrov as saying", "Petrov was quoted as saying": the one quoted speaks, and the report follows "as saying".
      const quotedAs = cue.lemma === 'quote' ? asSayingAt(words, after, end) : -1;
      // CONTENT, SOURCE CUE.  /  CONTENT, CUE SOURCE.
      const lastComma = lastSeparator(words, from, k);
      // ",'' said Smith": the attribution starts past the closing marks.
      const tailFrom = words[lastComma + 1]?.text === "''" ? lastComma + 2 : lastComma + 1;
      // "…, the agency quoted Foreign Ministry officials as saying."
      if (quotedAs >= 0 && lastComma > from + 3 && (quotedAs + 2 >= end || CLAUSE_END_MARKS.hasText(words[quotedAs + 2]!))) {
        const source = quotedAs > after ? this.quotedSource(words, after, quotedAs) : this.subjectBefore(words, k, tailFrom);
        const contentTo = trimBack(words, from, lastComma);
        if (source && contentTo > from) return [[words[from]!.start, words[contentTo - 1]!.end, { cue: this.cueSpan(words, k, cue), cueVerb: cue, source, rule: 'quote.indirect.tail' }, k]];
      }
      // "…, said Brian Baker, a longtime adviser to …": a name set off by a comma after the cue, however long its apposition.
      const named = k === tailFrom && !tell ? this.nameThenComma(words, after) : -1;
      // "…, passed both houses with wide support.": a stance with nothing after it is a noun; a verb of stance takes an object.
      const bareStance = cue.kind === 'stance' && after >= end;
      if (lastComma > from + 3 && !bareStance && (named >= 0 || this.tailIsAttribution(words, tailFrom, k, after, end))) {
        const subject = this.subjectBefore(words, k, tailFrom) ?? this.plainSubject(words, k, tailFrom);
        // "…, in protest at government plans to cut …": a noun after a preposition is no subject, and its verb-like word a noun
        // ("…, by one estimate" and "according to" name a source; "an analysis of … reports shows" is the analysis's).
        const preposition = wordOrNone(words, wordAt(words, subject?.start ?? -1) - 1);
        if (subject && preposition && PREPOSITIONS.hasLower(preposition) && !SOURCE_PREPOSITIONS.hasLower(preposition) && words[wordAt(words, preposition.start) - 1]?.lower !== 'according') continue;
        // "…, a measure officials described as temporary", "…, a number it expects to double": the clause describes the noun
        // before it and reports nothing of what came before.
        if (subject?.relative || (subject && DETERMINERS.hasLower(words[tailFrom]!) && wordAt(words, subject.start) === tailFrom + 2)) continue;
        // "…, said Smith", not "…, said of Smith": a preposition after the cue names its topic. Nor "NetChoice, a trade group,
        // welcomed the ruling": a stance's noun after it is what it takes a stance on.
        const joint = subject && this.jointSource(words, tailFrom, subject);
        // "…, threatening staff with a hammer": a participle's noun is its object, not a source set after it; but "…, citing officials",
        // "…, echoing Mr. Putin" and "…, according to X" name whose words these are.
        const participle = w.lower.endsWith('ing') && !SOURCE_PARTICIPLES.hasLower(w);
        let source = joint ?? (subject && !hasClauseWord(words, tailFrom, subject.start) ? subject : k === tailFrom && !tell && !participle && cue.kind !== 'stance' && !TAKES_ITS_TARGET.has(cue.lemma) && (end - after <= 6 || named >= 0 || this.endsOnApposedPerson(words, after, end)) && !PREPOSITIONS.hasLower(words[after]) && !DEMONSTRATIVES.hasLower(words[after]) ? this.nounPhraseAfter(words, after, named >= 0 ? named : end) : null);
        // "…, said workers had not been consulted": a verb after the phrase makes it a clause's subject, not the speaker.
        // Nor its last noun: "…, said several members wanted an urgent review" names no "review".
        if (source && source !== subject && source !== joint && (!this.endsTail(words, wordAt(words, source.end), end) || wordAt(words, source.start) - after > 2)) source = null;
        // "…, said ATF Special Agent in Charge Lena Whitfield.": a person who ends the sentence after a long title in capitals.
        if (!source && k === tailFrom && !tell) source = this.personAfterTitle(words, after, end);
        let contentEnd = lastComma;
        // Not when a clause follows the cue: "The party's spokesperson, Priya Raman, argued that …" reports what comes after.
        if (!source && k === tailFrom && this.clauseStart(words, after, end, cue) < 0) {
          // "…,'' Tomas Berg, director of the center, said": the speaker and an apposition stand between the content and the cue.
          const speaker = this.subjectBefore(words, k, from);
          let sep = speaker ? wordAt(words, speaker.start) - 1 : -1;
          if (wordOrNone(words, sep)?.text === "''") sep--;
          // "…, his agent, Fiona Birch, said", "…, the operator, Kyklades Lines, said": past the description set before the name.
          const described = wordOrNone(words, sep)?.text === ',' ? descriptionBefore(words, sep - 1, from) : -1;
          if (described > from) sep = described - 1;
          if (speaker && sep > from + 3 && words[sep]!.text === ',') [source, contentEnd] = [speaker, sep];
        }
        const contentTo = trimBack(words, from, contentEnd);
        // "The charity's chief scientist, Dr. Rosa Linde, urged": a description set before the name is no content; the cue reports
        // what follows it.
        const description = isDescription(words, from, contentTo) || isNamedDescription(words, from, contentTo);
        // "Speaking at a rally in Ohio, Trump said he ...": a phrase set before the subject is no content when a clause follows the cue.
        // So is "Reached by phone in Schuyler, Villalobos said he …": a participle with its agent.
        const fronted = FRONTED_OPENERS.hasLower(words[from]!) || (words[from]!.lower.endsWith('ing') && words[from]!.capitalized) || (words[from]!.capitalized && words[from + 1]?.lower === 'by' && isParticiple(uncapitalized(words[from]!)))
          || (PLACE_OPENERS.hasLower(words[from]!) && articles.hasLower(words[from + 1]));
        // "During his tour of the island, he paused to make a remark": a phrase set before the subject alone is no content either.
        const phrase = fronted && lastSeparator(words, from, lastComma) < 0;
        // Not when the content ends inside a direct quote, which has the cue; a few words quoted at its end are the content's
        // ("…military spending—“an outcome unfavorable to Beijing”—Fallon said").
        const endsQuoted = inDirect(words[lastComma - 1]!.start) && !this.partialAt(words[lastComma - 1]!.start);
        // Nor when the content holds a direct quote's own attribution: "“…,” said X, the group's leader, speaking to NOS".
        let attributed = false;
        for (let q = from; q < lastComma && !attributed; q++) attributed = this.usedCues.has(words[q]!.start);
        if (attributed) continue;
        // A name set off after the cue ("…, said Lorna Bautista, a village councilor.") opens no clause the cue could report instead.
        if (source && contentTo > from && !description && !phrase && !endsQuoted && !(fronted && named < 0 && this.clauseStart(words, after, end, cue) >= 0)) {
          return [[words[from]!.start, words[contentTo - 1]!.end, { cue: this.cueSpan(words, k, cue), cueVerb: cue, source, rule: 'quote.indirect.tail' }, k]];
        }
      }
      // CONTENT, SOURCE CUE, CONTENT.
      if (lastComma > from && words[after]?.text === ',' && !tell) {
        const subject = this.subjectBefore(words, k, lastComma + 1) ?? this.plainSubject(words, k, lastComma + 1);
        if (subject && subject.start === words[lastComma + 1]!.start) {
          // "…, two officials said, speaking on condition of anonymity": why they are unnamed, not what they said. Nor "…, she said, but
          // she declined to name them": what the speaker did after (not "…, Smith said, but they fell in Europe", still said).
          // Nor "…, the institute said, and it kept 11 districts under a warning": what the source did next, told by the writer.
          const next = words[after + 1]?.lower;
          const didNext = next === 'and' && (SPEAKER_PRONOUNS.hasLower(words[after + 2]) || words[after + 2]?.lower === 'it') && words[after + 3]?.kind === 'word' && !cueVerbsAt(words[after + 3]!);
          if (ANONYMITY_OPENERS.has(next ?? '') || (next === 'but' && SPEAKER_PRONOUNS.hasLower(words[after + 2])) || didNext) {
            const contentTo = trimBack(words, from, lastComma);
            if (contentTo > from) return [[words[from]!.start, words[contentTo - 1]!.end, { cue: this.cueSpan(words, k, cue), cueVerb: cue, source: subject, rule: 'quote.indirect.tail' }, k]];
          }
          return [[words[from]!.start, contentEnd, { cue: this.cueSpan(words, k, cue), cueVerb: cue, source: subject, rule: 'quote.indirect.parenthetical' }, k]];
        }
      }
      // SOURCE CUE (that) CONTENT; "Tane is expected to", "she was told that": a passive's subject is not who speaks.
      // But not "Petrov was quoted as saying".
      if (quotedAs < 0 && isPassive(words, k, from)) continue;
      // What the cue reports, read before its subject: a cue that reports no clause needs no subject found.
      const start = quotedAs >= 0 ? this.clauseStart(words, quotedAs + 2, end, cueAt(words, quotedAs + 1)!) : this.clauseStart(words, after, end, cue);
      if (start < 0 || inDirect(words[start]!.start) && inDirect(contentEnd - 1)) continue;
      if (contentEnd - words[start]!.start <= longestEmptyReport && emptyReports.has(this.ctx.text.slice(words[start]!.start, contentEnd).toLowerCase())) continue; // "X acknowledged as much" reports nothing
      // "who did not want to be named": why a source is unnamed, not what it said.
      if (UNNAMED_WISH.test(this.ctx.text.slice(words[start]!.start, words[start]!.start + 24))) continue;
      // "A deputy who asked not to be identified because he feared retaliation said …": a bare noun, then the sentence's verb of
      // speech: the noun is this verb's object, and the report is the later verb's.
      if (cue.kind === 'belief' && start === after && words[start]!.kind === 'word' && !words[start]!.capitalized && !PRONOUNS.hasLower(words[start]) && !anonymousNouns.has(singular(words[start]!.lower)) && SAYING_LEMMAS.has(cueAt(words, start + 1)?.lemma ?? '') && !words[start + 1]!.lower.endsWith('ing')) continue;
      // "have added surcharges for vessels", "added a second goal": what is added with no clause is a thing, not a remark.
      if (cue.lemma === 'add' && addsThing(words, start, end, start === after)) continue;
      // "Cerebras, a maker of chips for AI, filed …, revealing", "The bank cut rates …, its fourth cut, saying": a participle set
      // off by a comma has the sentence's subject, not a noun of the subject's apposition.
      // Not one set off inside the clause: "Le Matin newspaper, quoting witnesses, said" reports with "said".
      const participle = words[k - 1]?.text === ',' && w.lower.endsWith('ing') && !this.cueAfterComma(words, after, end);
      const opening = participle ? this.sentenceSubject(words, from, k) : null;
      // "Gov. Colleen Harwick toured damage on Monday and said …": a verb after "and" has the sentence's subject.
      // Or the subject of a clause of time or reason it is in: "…, days after the company halted withdrawals and admitted that".
      const joined = !opening && words[k - 1]?.lower === 'and' && SAYING_LEMMAS.has(cue.lemma);
      const clauseOpener = joined && words[k - 2]?.text !== ',' ? clauseOpenerBefore(words, from, k - 1) : -1;
      const coordinated = !joined ? null : clauseOpener >= 0 ? this.nounPhraseAfter(words, clauseOpener + 1, k - 1) : this.sentenceSubject(words, from, k);
      let source = this.subjectBefore(words, k, from) ?? (cue.kind !== 'stance' ? this.plainSubject(words, k, from) : null) ?? opening ?? coordinated;
      // "launched an $820 million appeal to help": an amount after an article is no source, and the word after it a noun (not
      // "Twelve percent indicated", a poll's respondents).
      // The one quoted speaks; the agency that quotes only carries the words.
      if (quotedAs > after) source = this.quotedSource(words, after, quotedAs) ?? source;
      if (!source || (!source.entity && AMOUNT_HEADS.has(source.head ?? '') && amountAfterArticle(words, wordAt(words, source.start)))) continue;
      if (opening && opening.end < source.start && words[wordAt(words, opening.end)]?.text === ',') source = opening;
      // Nor a noun in a phrase set before the subject: "Speaking outside the court, Odhiambo welcomed …, calling it".
      else if (opening && source.start < opening.start) source = opening;
      // Nor a body or a place in descriptions set off after a person or a body: "Halima Ishaq, a nurse at the Saudi Hospital, one of the
      // last clinics open, said", "Zaw Min Oo, a spokesman for the State Administration Council, as the junta calls itself, told".
      else if (source.entity && source.entity.type !== 'person' && words[k - 1]?.text === ',') source = this.nameBeforeDescriptions(words, wordAt(words, source.start), from) ?? source;
      // Nor one in where a person works, after their name: "Chief Ambrose Kinnewasis of the Cree Nation in northern Alberta said".
      else if (source.entity && source.entity.type !== 'person' && source.end === words[k - 1]?.end) source = this.personBeforeWorkplace(words, wordAt(words, source.start), from) ?? source;
      // "…, a number expected to triple": a participle set off with its noun describes it; no one expects.
      const sourceAt = wordAt(words, source.start);
      if (words[after]?.lower === 'to' && w.lower.endsWith('ed') && wordOrNone(words, sourceAt - 1)?.text === ',' && (words[sourceAt]!.lower === 'a' || words[sourceAt]!.lower === 'an')) continue;
      // "could change how scientists predict its melting", "unclear what investors think": the source is the subject after the
      // question word (one the phrase opens with stays, for the conjuncts: "what Trump says … and how experts say …").
      const asking = lastAskingWord(words, sourceAt + 1, wordAt(words, source.end));
      if (asking >= 0 && !source.entity) source = { ...source, start: words[asking + 1]!.start };
      // "for what prosecutors called “group violence”": a naming's subject after "what" is who names.
      else if (words[sourceAt]!.lower === 'what' && NAMING_LEMMAS.has(cue.lemma) && sourceAt + 1 < k) source = { ...source, start: words[sourceAt + 1]!.start };
      // "in protest at government plans to cut …": a noun after a preposition is no subject, and its verb-like word a noun.
      const before = wordOrNone(words, sourceAt - 1);
      if (before && PREPOSITIONS.hasLower(before) && !CONJUNCTIVE_PREPOSITIONS.hasLower(before) && !SOURCE_PREPOSITIONS.hasLower(before)) continue;
      // "…, which Japan calls the Senkaku, …": the relative pronoun is what the verb names or describes; nothing is reported.
      if (NAMING_LEMMAS.has(cue.lemma) && before && OBJECT_RELATIVES.hasLower(before) && words[wordAt(words, source.start) - 2]?.text === ',') continue;
      const attribution: Attribution = { cue: this.cueSpan(words, k, cue), cueVerb: cue, source, rule: cue.kind === 'belief' ? 'quote.indirect.belief' : 'quote.indirect.clause' };
      let clauseEnd = contrastStart(words, start, commentStart(words, start, this.relativeClauseEnd(words, source, start, end)));
      // "The union says workers were beaten; the company says the claims are false": a semicolon ends the report.
      for (let j = start + 1; j < clauseEnd; j++) if (words[j]!.text === ';') clauseEnd = j;
      // "The plan, which officials say could double output, was approved": the report ends with the relative clause it is in.
      const relative = wordAt(words, source.start) - 1;
      if (OBJECT_RELATIVES.hasLower(wordOrNone(words, relative)) && words[relative - 1]?.text === ',') {
        let comma = start;
        while (comma < clauseEnd && words[comma]!.text !== ',') comma++;
        clauseEnd = comma;
      }
      // "…, who argued the case, said": a relative clause whose verb takes a noun phrase alone reports nothing.
      if (clauseEnd < end && clauseEnd - start <= 3 && DETERMINER_ONLY.hasLower(words[start]!)) continue;
      // "proposed a new minimum wage that unions called “an insult”": the words quoted are the clause's speakers', not this cue's.
      if (quotedByRelativeClause(words, start, clauseEnd)) continue;
      return this.coordinated(words, cueWords, k, start, NAMING_LEMMAS.has(cue.lemma) ? namingEnd(words, start, clauseEnd) : clauseEnd, attribution, inDirect);
    }
    return null;
  }

  /**
   * "Holloway, who proposed the budget in October, called it …": a report in a relative clause set off by a comma ends at
   * the comma before the main clause's reporting verb; what follows is the main clause's. `end` otherwise.
   */
  private relativeClauseEnd(words: Word[], source: Source, from: number, end: number): number {
    const at = wordAt(words, source.start);
    // Or the relative ends a description set off after the name: "Erin Hawley, a lawyer with the group who argued the case, said".
    const last = wordAt(words, source.end) - 1;
    const described = last > at && RELATIVES.hasLower(words[last]) && words[at - 1]?.text === ',';
    if (!described && (!RELATIVES.hasLower(words[at]) || words[at - 1]?.text !== ',')) return end;
    for (let j = from + 1; j < end - 1; j++) if (words[j]!.text === ',' && cueAt(words, j + 1)) return j;
    return end;
  }

  /** Is the offset in or right at a partial quote found lately? */
  private partialAt(offset: number): boolean {
    for (let k = this.quotes.length - 1; k >= 0 && k >= this.quotes.length - RECENT_QUOTES_CHECKED; k--) {
      const q = this.quotes[k]!;
      if (offset >= q.start - 1 && offset < q.end + 1) return q.kind === 'partial';
    }
    return false;
  }

  /** Is there ", according to …" after word `k` in the sentence? */
  private accordingAfter(words: Word[], k: number, end: number): boolean {
    for (let j = k + 2; j < end; j++) {
      if (words[j - 1]!.text === ',' && words[j]!.lower === 'according' && nounCueAt(words, j)) return true;
      // "X is considering tariffs, three people familiar with the talks said, …": so does a source set off after it.
      if (cueAt(words, j)?.kind !== 'speech') continue;
      let separator = lastSeparator(words, k + 2, j);
      // "…, his agent, Rui Falcao, said": past a name set off after its description.
      if (separator === j - 1) {
        const named = lastSeparator(words, k + 2, separator);
        if (named > k && this.subjectBefore(words, separator, named + 1)?.entity) separator = lastSeparator(words, k + 2, named);
      }
      // Past a time: "…, the companies said on Monday."
      const next = afterTimePhrase(words, j + 1, end);
      const closes = next >= end || words[next]!.text === ',' || words[next]!.text === '.';
      // "The player wanted to move, his agent said": a plain noun phrase too, as the tail attribution reads it.
      if (separator > k && j - separator <= 7 && closes && (this.subjectBefore(words, j, separator + 1) ?? this.plainSubject(words, j, separator + 1))) return true;
    }
    return false;
  }

  /**
   * "said A, though she acknowledged B", "said A and called for B", "defended A, saying B": a cue coordinated
   * with the one before reports content of its own (PolNeAR splits there), its subject a pronoun or a phrase of
   * its own, or the first cue's. The pieces of the content [from, end) reported by the cue at `cueIdx`, its own first.
   */
  private coordinated(words: Word[], cueWords: readonly number[], cueIdx: number, from: number, end: number, attribution: Attribution, inDirect: (offset: number) => boolean): Reported[] {
    const pieces: Reported[] = [];
    // Only the words that may open a cue can coordinate one.
    for (let at = firstCueFrom(cueWords, from + 2); at < cueWords.length && cueWords[at]! < end - 2; at++) {
      const k = cueWords[at]!;
      const cue = cueAt(words, k);
      if (!cue || inDirect(words[k]!.start)) continue;
      // "flat state funding and declining enrollment": "declining" refuses only before "to".
      if (cue.lemma === 'decline' && words[k + 1]?.lower !== 'to') continue;
      const participle = words[k]!.lower.endsWith('ing');
      let j = k - 1;
      // "had not yet agreed": a "yet" after "not" is an adverb, no conjunction.
      while (j > from && (AUXILIARIES.hasLower(words[j]!) || isAdverb(words[j]!.text) || words[j]!.lower === 'not' || (words[j]!.lower === 'yet' && words[j - 1]!.lower === 'not'))) j--;
      let subject: Source | null = null;
      if (PRONOUNS.hasLower(words[j]!) && words[j]!.lower !== 'it') subject = { start: words[j]!.start, end: words[j]!.end, pronoun: words[j--]!.lower };
      else if (!COORDINATORS.hasLower(words[j]!)) {
        // "…, but the agency said B": a name or a described source of its own right after a comma and a conjunction
        // (without the comma, "the United States and its allies will seek" may join two names).
        let c = j;
        // Six words back at most, past a bracket after a name ("Tom Whitaker (R-Ky.) accused").
        for (let reach = 6; c > from && reach > 0 && !COORDINATORS.hasLower(words[c]!) && words[c]!.text !== ','; reach--) {
          const open = words[c]!.text === ')' ? openingBracket(words, c, from) : -1;
          c = open > from ? open - 1 : c - 1;
        }
        // After a comma alone, only a name or a described source the rules know ("…, Ham also noted"), not any phrase (an apposition).
        // The comma may stand inside the marks that close words quoted: "called it “a blank check,” while Whitaker accused …".
        const comma = words[c - 1]?.text === ',' || ((CLOSE_MARKS.hasText(words[c - 1]) || words[c - 1]?.text === '"') && words[c - 2]?.text === ',');
        const named = COORDINATORS.hasLower(words[c]!) && comma ? this.subjectBefore(words, k, c + 1) ?? this.plainSubject(words, k, c + 1) : words[c]!.text === ',' ? this.subjectBefore(words, k, c + 1) : null;
        if (named && opensWithTitle(words, c + 1, named.start)) [subject, j] = [named, c];
        // "…, but Greene's sister, Tasha Greene, said": a name set off after a description that a conjunction opens.
        const apposed = !subject && words[j]!.text === ',' ? this.subjectBefore(words, k, from + 1) : null;
        const at = apposed?.entity ? wordAt(words, apposed.start) : -1;
        if (at - 2 > from && words[at - 1]!.text === ',') {
          let d = at - 2;
          while (d > from && at - d < 8 && !COORDINATORS.hasLower(words[d]!) && words[d]!.text !== ',') d--;
          if (COORDINATORS.hasLower(words[d]!) && words[d - 1]?.text === ',' && isDescription(words, d + 1, at - 1)) [subject, j] = [apposed, d];
        }
      }
      // "…, which he said B", "…, who says B": a relative clause set off by a comma reports on its own, "who" as its subject.
      const relative = words[j - 1]?.text === ',' && ((words[j]!.lower === 'which' && !!subject) || (words[j]!.lower === 'who' && !subject));
      if (relative && !subject) subject = this.relativeSource(words, j, j + 1, from);
      if (relative) j--;
      // What one knows or believes, or a stance without a subject of its own ("and refused to"), is more often part of the content; not "called for",
      // nor a stance set off by a comma (", yet refuses to").
      if (cue.kind === 'belief' || cue.kind === 'knowledge' || (cue.kind === 'stance' && !participle && !subject && cue.words.length === 1 && words[j - 1]?.text !== ',')) continue;
      const w = words[j]!;
      // A comma alone coordinates a participle only: "…, saying B"; "…, she said, …" sets off an attribution.
      // With a subject of its own and words after the cue, it opens a clause of its own: "…, Ham also noted B" (not "…, she said, …").
      const own = w.text === ',' && !!subject && words[k + cue.words.length]?.kind === 'word';
      if (!relative && !own && !COORDINATORS.hasLower(w) && !(w.text === ',' && !subject && participle)) continue;
      // "…, days after the company halted withdrawals and admitted that …": a verb joined to one in a clause of time or reason has
      // that clause's subject, which the content holds; nothing says whose it is. Not past a comma: "… when Brandt was offside, and said".
      if (!subject && COORDINATORS.hasLower(w) && words[j - 1]?.text !== ',' && clauseOpenerBefore(words, from, j) >= 0) continue;
      // "said commissioners had been negotiating for months and had offered a subsidy": an auxiliary the content's own verb takes
      // joins the verb after it to the content.
      if (!subject && COORDINATORS.hasLower(w) && AUXILIARIES.hasLower(words[j + 1]) && words.slice(from, j).some((v) => v.lower === words[j + 1]!.lower)) continue;
      // "shootings and protests demands": after a cue in the past, a form in -s is a noun, not a second verb.
      const first = words[cueIdx]!.lower;
      if (!subject && !participle && words[k]!.lower.endsWith('s') && !first.endsWith('s') && !first.endsWith('ing')) continue;
      const before = contentEndBefore(words, from, j);
      const start = this.clauseStart(words, k + cue.words.length, end, cue);
      // "…, while Whitaker accused Democrats of …", "…, but one senior executive, who asked not to be named, described …": a cue
      // with a subject of its own ends the content before that subject's clause, even with no clause after the cue.
      const cut = start < 0 && subject ? (relative ? contentEndBefore(words, from, coordinatorBefore(words, j, from)) : before) : -1;
      if (cut - from >= 1) {
        pieces.push([words[from]!.start, words[cut - 1]!.end, attribution, cueIdx]);
        return pieces;
      }
      if (before - from < 1 || start < 0) break;
      pieces.push([words[from]!.start, words[before - 1]!.end, attribution, cueIdx]);
      attribution = { cue: this.cueSpan(words, k, cue), cueVerb: cue, source: subject ?? attribution.source, rule: 'quote.indirect.coordinated' };
      [from, cueIdx] = [start, k];
      at = firstCueFrom(cueWords, start + 2) - 1;
    }
    pieces.push([words[from]!.start, words[end - 1]!.end, attribution, cueIdx]);
    return pieces;
  }

  /** "said Brightwater, a charity that runs …": is the "that" at `j` inside an apposition to a name after word `from`, a relative? */
  private inApposition(words: Word[], from: number, j: number): boolean {
    let comma = j - 1;
    while (comma > from && words[comma]!.text !== ',') comma--;
    const article = words[comma + 1]?.lower;
    return comma > from && (article === 'a' || article === 'an') && this.ctx.table.byEnd.has(words[comma - 1]!.end);
  }

  /** After `CUE`: "that ..." within a few words, or a clause straight away. */
  private clauseStart(words: Word[], i: number, end: number, cue: CueVerb): number {
    let k = i;
    // "that ..." a few words on: "said on Monday that", "told MSNBC's "Morning Joe" that".
    // A verb that reports only with its complement ("states that") finds it close by.
    const reach = cue.complement === 'that' ? 10 : 14;
    // "proposed a dividend that beat forecasts": a "that" after the verb's object opens a relative clause; a listener
    // ("told reporters that") or a time ("said a day earlier that") may stand before a reported clause's "that".
    let object = !isTell(cue.lemma) && (articles.hasLower(words[k]) || OBJECT_QUANTIFIERS.hasLower(words[k]));
    let that = -1;
    // "saying it needed more evidence that inflation was falling": a clause its subject pronoun opens owns the "that" after it.
    const opensClause = PRONOUNS.hasLower(words[k]) && !isTell(cue.lemma);
    for (let j = k; j < end && j - k < reach && !opensClause; j++) {
      const w = words[j]!;
      if (TIME_WORDS.hasLower(w) || RELATIVE_TIMES.hasLower(w) || w.lower === 'day') object = false;
      // Not a relative "that" ("an industry that is becoming"): a clause's "that" is followed by its subject, not an auxiliary.
      // Nor "a chip that it says can train": a report set inside the relative, whose verb follows it.
      // 'alleged that "a vested quarter" was': past a mark that opens words quoted.
      const subject = OPEN_MARKS.hasText(words[j + 1]) || words[j + 1]?.text === '"' ? j + 2 : j + 1;
      if (w.lower === 'that' && subject < end && words[subject]!.kind === 'word' && !AUXILIARIES.hasLower(words[subject]!) && !reportsInside(words, subject) && !this.inApposition(words, k, j)) {
        // "cautioned against reading the findings as proof that phones cause …": the clause is the noun's, not the cue's.
        if (!object && !(j > k && PROOF_NOUNS.hasLower(words[j - 1]))) that = j;
        break;
      }
      if (w.kind === 'punct' && CLAUSE_END_MARKS.hasText(w)) break;
      // "said the measures would include … companies that import": a clause has begun; its "that" is a relative.
      if (j > k && FINITE_AUXILIARIES.hasLower(w)) break;
    }
    // Not past another cue: "said he would ask that" is the second cue's. Only read when there is a "that".
    if (that >= 0) {
      let cueBefore = false;
      for (let j = k + 1; j < that && !cueBefore; j++) cueBefore = !!cueAt(words, j);
      if (!cueBefore) return that + 1;
    }
    if (cue.complement === 'that') return -1;
    if (cue.complement === 'to') return words[k]?.lower === 'to' && k + 1 < end ? k : -1;
    if (isTell(cue.lemma)) {
      // "warned against the plan", "cautioned of a flood": a warning's topic after its preposition is what it reports.
      if ((cue.lemma === 'warn' || cue.lemma === 'caution') && WARNING_TOPICS.has(words[k]?.lower ?? '') && k + 2 < end && words[k + 1]!.kind === 'word') return k + 1;
      // "told reporters", "told Newsweek", "told the House of Commons" before the reported clause.
      if (words[k]?.lower === 'the' && words[k + 1] && this.ctx.table.byStart.has(words[k + 1]!.start)) k++;
      const ref = words[k] && this.ctx.table.byStart.get(words[k]!.start);
      const audience = ref || cue.lemma !== 'tell' ? -1 : audienceEnd(words, k, end);
      if (ref) k = outletEnd(words, wordAt(words, ref.end), end);
      else if (PRONOUNS.hasLower(words[k]) || LISTENERS.hasLower(words[k])) k = ownedListenerEnd(words, k + 1, end);
      else if (audience > k) k = audience;
      else return -1;
    }
    // "said on Wednesday it had agreed", "said last week the plan": a time set after the cue.
    k = afterTimePhrase(words, k, end);
    // "said in a statement it did not expect", "said in an interview the plan": where it was said, before the clause.
    const medium = words[k]?.lower === 'in' ? reportMedia.find((phrase) => phrase.every((p, n) => words[k + n]?.lower === p))?.length ?? 0 : 0;
    // Not "said in a statement carried by the agency": a participle or a preposition after it goes on describing it.
    const next = words[k + medium];
    const participle = next?.kind === 'word' && !next.capitalized && (next.lower.endsWith('ed') || next.lower.endsWith('ing'));
    if (medium && k + medium < end && !PREPOSITIONS.hasLower(next) && !participle) k = afterTimePhrase(words, k + medium, end);
    const w = words[k];
    // "Reveals ‘Painful’ Years": words in single marks (which no direct quote reads) right after the cue are its content.
    if (w?.text === '‘' && k + 1 < end && words[k + 1]!.kind === 'word') return k;
    // ", saying, “…”": a quotation right after the cue, past a comma, is its content.
    const mark = w?.text === ',' ? k + 1 : k;
    if ((OPEN_MARKS.hasText(words[mark]) || words[mark]?.text === '"') && mark + 1 < end && words[mark + 1]!.kind === 'word') return mark;
    if (!w || k >= end || w.kind !== 'word') return -1;
    // "what she called a “rant”": the name in marks is what is reported, and the marks' rules read it.
    if (object && cue.lemma === 'call' && (OPEN_MARKS.hasText(words[k + 1]) || words[k + 1]?.text === '"')) return -1;
    if (CLAUSE_STARTERS.hasLower(w) || CONTRACTED_PRONOUN.test(w.lower) || (w.capitalized && !cueAt(words, k)) || w.info.digitFirst) return k;
    // "said at least one member had argued": a count, not where it was said.
    if (w.lower === 'at' && words[k + 1]?.lower === 'least' && (words[k + 2]?.info.digitFirst || QUANTIFIERS.hasLower(words[k + 2]))) return k;
    // "said praise from ... would not", "wants to ...", "rejected the plan".
    if (end - k >= 2 && !TAIL_OPENERS.hasLower(w) && !isAdverb(w.text)) return k;
    if (w.lower === 'to' && cue.lemma !== 'say' && cue.lemma !== 'tell') return k;
    return -1;
  }

  /** Does the inverted source ending before word `i` end the attribution: "…, said Smith." or "…, said Smith, a lawyer, on Monday."? */
  private endsTail(words: Word[], i: number, end: number): boolean {
    const w = words[i];
    return i >= end || !w || w.kind !== 'word' || TAIL_OPENERS.hasLower(w);
  }

  /** The index of the comma after a name (not a place) that starts at word `i`, or -1. */
  /** "…, said the agency's chief economist, Mara Lind.": do the words [from, to) end on a person set off by a comma, a role maybe before? */
  private endsOnApposedPerson(words: Word[], from: number, to: number): boolean {
    const last = words[to - 1]?.text === '.' ? to - 2 : to - 1;
    const person = to - from <= 16 && last > from ? this.ctx.table.byEnd.get(words[last]!.end) : undefined;
    if (person?.entity.type !== 'person') return false;
    // Past "the economist": an article and a lowercase role.
    let k = wordAt(words, person.start) - 1;
    for (let n = 0; n < 3 && k > from && words[k]!.kind === 'word' && !words[k]!.capitalized; n++) k--;
    return words[k]?.text === ',';
  }

  private nameThenComma(words: Word[], i: number): number {
    // "…, said Dr. Khalil Haddad, a spokesman for …": the reader names the person without the honorific.
    if (honorifics.hasText(words[i]) && !this.ctx.table.byStart.has(words[i]!.start)) i++;
    const ref = words[i] && this.ctx.table.byStart.get(words[i]!.start);
    if (!ref || ref.entity.type === 'place') return -1;
    const j = wordAt(words, ref.end);
    return words[j]?.text === ',' ? j : -1;
  }

  /**
   * "…, the WHO and UNICEF said": two sources joined by "and" open the tail; the first speaks for both (one speaker per quote).
   * A description stays the first's alone, so that it names what it describes: "the company and state officials".
   */
  private jointSource(words: Word[], from: number, second: Source): Source | null {
    const and = wordAt(words, second.start) - 1;
    if (and - 1 < from || words[and]!.lower !== 'and' || hasClauseWord(words, from, words[and]!.start)) return null;
    const first = this.nounPhraseEndingAt(words, and - 1, from);
    if (!first || first.pronoun || wordAt(words, first.start) > from + 1) return null;
    return first.entity ? { ...first, end: second.end } : first;
  }

  /** Is `words[from..end)` just "SOURCE CUE [when/where/to whom]" or "CUE SOURCE"? */
  private tailIsAttribution(words: Word[], from: number, cueIdx: number, afterCue: number, end: number): boolean {
    // "Rep. Alicia Montfort, a Democrat, sent a letter … asking why": a participle ends no sentence's attribution, unless it opens
    // it ("…, echoing Mr. Putin").
    if (words[cueIdx]!.lower.endsWith('ing') && cueIdx > from) return false;
    // "…, with the Treasury warning that …": an absolute phrase reports what follows it, not the clause before.
    if (cueIdx - from > 12 || words[from]!.lower === 'with') return false;
    // "…, though researchers cautioned that …": a clause of its own, which reports what follows its cue.
    if (SUBORDINATORS.hasLower(words[from])) return false;
    // "…, double the number reported in 2023": a measure reports nothing; the participle describes it.
    if (MEASURE_NOUNS.hasLower(words[cueIdx - 1])) return false;
    // "The agency, based in Stockholm, has urged member states to …": a verb after the comma is the sentence's, no speaker's.
    // So is a cue: "John Peters, reached by phone, said the firm would appeal" reports with "said".
    if ((FINITE_AUXILIARIES.hasLower(words[from]) || (SAID_FORMS.hasLower(words[from]) && words[from + 1]?.kind === 'word')) && from < cueIdx) return false;
    // So does a clause of time: "…, days after the White House said it wanted …".
    let s = from;
    while (s < cueIdx && s - from < 3 && (TIME_MEASURES.hasLower(words[s]) || words[s]!.info.digitFirst)) s++;
    if (TIME_SUBORDINATORS.hasLower(words[s])) return false;
    // "…, the operator announced Monday, as it tries to …": a comma and an adverbial clause after the cue (and its time) end the attribution, however long the clause.
    const past = afterTimePhrase(words, afterCue, end);
    const opener = words[past]?.text === ',' ? words[past + 1] : undefined;
    if (opener?.kind === 'word' && !opener.capitalized && (ADVERBIAL_OPENERS.hasLower(opener) || PARTICIPLE.test(opener.lower))) return true;
    if (end - afterCue > 10) return false;
    if (afterCue >= end || cueIdx === from) return true;
    const w = words[afterCue]!;
    // "…, tsunami warning lifted": a noun before a participle, no cue.
    if (words[cueIdx]!.lower.endsWith('ing') && !w.capitalized && PAST_PARTICIPLE.test(w.lower)) return false;
    if (isTell(cueAt(words, cueIdx)?.lemma ?? '')) return true;
    if (w.kind !== 'word') return w.text === '(';
    // "Back on the picket line, Kowalczyk said she was prepared": a cue that takes a clause of its own reports that clause.
    if (SUBJECT_PRONOUNS.hasLower(w) && FINITE_AUXILIARIES.hasLower(words[afterCue + 1])) return false;
    // "…, up from a previous forecast of 8.5 billion": a cue with an amount after "of" is a noun, not a verb that ends the sentence.
    if (w.lower === 'of' && words[afterCue + 1]?.info.digitFirst) return false;
    // "…, a number expected to triple": a participle before "to" describes the noun; only speech ends a sentence before "to" ("said to reporters").
    if (w.lower === 'to' && cueAt(words, cueIdx)?.kind !== 'speech') return false;
    // "…, Union Vows to Fight": nor does one before an infinitive, which it reports ("said to reporters" names the listeners).
    const next = words[afterCue + 1];
    if (w.lower === 'to' && next?.kind === 'word' && !DETERMINERS.hasLower(next) && !OBJECT_PRONOUNS.hasLower(next) && !LISTENERS.hasLower(next) && !next.info.digitFirst && !this.ctx.table.byStart.has(next.start)) return false;
    return TAIL_OPENERS.hasLower(w) || w.capitalized || PRONOUNS.hasLower(w) || LISTENERS.hasLower(w);
  }
}

const RECENT_QUOTES_CHECKED = 64;
const ROLE_COMPLEMENTS = new Set(['of', 'for', 'at', 'in', 'to', 'with', 'from', 'on', 'and']);

/** The title words of each role met, singular: the same roles come back article after article. */
const roleWords = new Map<string, string[]>();
const ROLE_WORDS_LIMIT = 10_000;
function roleWordsOf(role: string): string[] {
  let words = roleWords.get(role);
  if (!words) {
    if (roleWords.size >= ROLE_WORDS_LIMIT) roleWords.clear();
    const own = ownCopy(role);
    roleWords.set(own, (words = titleWords(own).map(singular)));
  }
  return words;
}

/** Words that make a post a deputy's: "Lt. Gov." is no governor. */
const DEPUTY_WORDS = new Set(['lieutenant', 'vice', 'deputy', 'assistant', 'under']);

/** Does the person hold a role whose post is `word`, a deputy's if `deputy` ("the governor" is not "Lt. Gov. Antonio Delgado")? */
function holdsRole(e: EntityDraft, word: string, deputy: boolean): boolean {
  return e.roles.some((role) => {
    const head = roleHeadOf(role);
    // "Justice Meredith Okafor … the judge wrote", "the Emir of Kano … the monarch said": a justice is a judge, an emir a monarch.
    // "Vice Admiral X … the admiral said": a rank's "vice" or "lieutenant" makes no deputy.
    return !!head && (head === word || !!roleKinds.get(word)?.has(head)) && (RANKS.has(head) || roleWordsOf(role).some((w) => DEPUTY_WORDS.has(w)) === deputy);
  });
}

/**
 * The word of a role that names the post: its last title or person's word ("secretary" in "Company secretary", "director" in
 * "Institute director Prof."), else its last word. "the company" is not the company secretary.
 */
function roleHeadOf(role: string): string | undefined {
  const words = roleWordsOf(role);
  return words.findLast((w) => lowerTitleHeads.has(w) || descriptorNouns.has(w)) ?? words.at(-1);
}

/**
 * The words of a role that name the post, not its owner or its body: "litigation director" in "group's litigation director", "spokesman"
 * in "spokesman for the group"; "senator" for "Sen.".
 */
function titleWords(role: string): string[] {
  const words = role.toLowerCase().replace(/’/g, "'").split(SPACES);
  const complement = words.findIndex((w) => ROLE_COMPLEMENTS.has(w));
  const post = complement >= 0 ? words.slice(0, complement) : words;
  const owner = post.findLastIndex((w) => w.endsWith("'s") || w.endsWith("s'"));
  return post.slice(owner + 1).flatMap((w) => w.split(NOT_LETTERS)).filter(Boolean).map((w) => titleAbbreviations.get(w) ?? w);
}

/** Do the words before `end` back to the clause's start (`min` or a comma) open with an article or a possessive and hold no verb of the lexicon? */
function descriptionOpensClause(words: Word[], end: number, min: number): boolean {
  let k = end;
  while (k > min && words[k - 1]!.text !== ',') {
    if (cueAt(words, k)) return false;
    k--;
  }
  return (articles.hasLower(words[k]) || possessiveDeterminers.hasLower(words[k])) && end - k < 15;
}

/** A speaker's name the entity readers passed over, read from the source of a quote. */
const SPEAKER_NAME_RULE = 'name.speaker';
const OFFICE_RULE = 'person.office';
const OWNED_SOURCE_RULE = 'source.owned';
const UPPER_FIRST = /^\p{Lu}/u;
/** "government of Kenya": the body before "of" a name. */
const BODY_OF = /^(\p{L}+) of \p{Lu}/u;
const COUNTS = new Set(['two', 'three', 'four', 'both']);
const LOWER_POSSESSIVE = /^(\p{Ll}+)['’]s$/u;
/** "governor's": a title's possessive, which names whose a body is. */
function isTitleOwner(word: string): boolean {
  const owner = LOWER_POSSESSIVE.exec(word)?.[1];
  return !!owner && lowerTitleHeads.has(owner) && !anonymousNouns.has(owner);
}

/** The type a name the readers passed over shows by its words: "Network Rail says" (a service word), "Harlow Council said" (a head word). */
function speakerNameType(name: string): EntityType {
  const words = name.split(SPACES);
  const last = words[words.length - 1]!;
  // "ScotRail said": a word with a capital inside, past a surname's prefix ("McAllister", "DeSantis"), is a brand's.
  return (words.length >= 2 && isOrganizationsLastWord(last)) || (words.length === 1 && CAMEL_CASE.test(last) && !SURNAME_PREFIXED.test(last)) ? 'organization' : 'other';
}
const CAMEL_CASE = /^\p{Lu}\p{Ll}+\p{Lu}\p{Ll}/u;
const SURNAME_PREFIXED = /^(?:Mc|Mac|Fitz|De|Di|Da|Du|La|Le|Lo|Van|Von|Ben|Abu|Al|El)\p{Lu}/u;
/** Speakers that the quotes name (unnamed sources, and names only a source shows): mentioned where they are sources. */
/** "Prime Minister", "Chancellor", "Foreign Secretary": capitalized words ending in a title's head. */
function isOfficeTitle(name: string): boolean {
  const words = name.split(SPACES);
  return words.length <= 3 && words.every((w) => PROPER_WORD.test(w)) && lowerTitleHeads.has(words[words.length - 1]!.toLowerCase());
}
const namedBySource = (e: EntityDraft) => e.anonymous === true || e.rule === SPEAKER_NAME_RULE || e.rule === OFFICE_RULE || e.rule === OWNED_SOURCE_RULE;
const PROPER_WORD = /^\p{Lu}[\p{L}'’.&-]*$/u;
/**
 * "Airbus", "Nordic Air": capitalized words, none of them a common, describing or group word ("Analysts", "Democrats", "Dutch") nor,
 * alone, a plural ("Dealers") or the word that opens the sentence ("Assault", "Readers"), capitalized by its place.
 * `capitalizedByPlace` reads the text around the name: asked last, for a single word that passes the rest.
 */
function isProperName(name: string, capitalizedByPlace: () => boolean): boolean {
  const words = name.split(SPACES);
  if (words.length === 1 && PLURAL_END.test(name)) return false;
  const proper = words.every((w, i) => {
    // "Duke Energy said": a common word may end the name of a company or a body.
    if (i > 0 && i === words.length - 1 && isOrganizationsLastWord(w)) return true;
    if (!PROPER_WORD.test(w)) return false;
    const lower = w.toLowerCase();
    const one = singular(lower);
    return !commonWordSet.has(lower) && !anonymousNouns.has(one) && !descriptorNouns.has(one) && !groupNouns.has(w) && !demonymCountry.has(w);
  });
  // A capital inside the word ("Hydro-Québec", "PayPal") is a name's, wherever it stands.
  return proper && !(words.length === 1 && !INNER_CAPITAL.test(name) && capitalizedByPlace());
}
const INNER_CAPITAL = /^\p{Lu}\p{Ll}+-?\p{Lu}/u;
/** Does the word at `at` open its line, or its sentence (after a stop, a closing mark maybe, and a space)? */
function opensSentence(text: string, at: number): boolean {
  let k = at - 1;
  while (k >= 0 && (text[k] === ' ' || text[k] === '\t')) k--;
  if (k < 0 || text[k] === '\n' || text[k] === '\r') return true;
  if (k === at - 1) return false;
  if (CLOSING_MARKS.includes(text[k]!)) k--;
  return k >= 0 && (text[k] === '.' || text[k] === '!' || text[k] === '?');
}
const CLOSING_MARKS = '"”’)';
/** Is the word written, capitalized, inside a sentence near `at` ("jets from Airbus")? Near: a long text costs the same per source. */
function writtenInsideSentence(text: string, word: string, at: number): boolean {
  const from = Math.max(0, at - NEAR_CHARACTERS);
  const near = text.slice(from, at + NEAR_CHARACTERS);
  for (let k = near.indexOf(word); k >= 0; k = near.indexOf(word, k + 1)) {
    const i = from + k;
    const after = text.charCodeAt(i + word.length);
    if (i > 0 && text[i - 1] === ' ' && !opensSentence(text, i) && !(after >= 97 && after <= 122)) return true;
  }
  return false;
}
const NEAR_CHARACTERS = 20_000;
/** A plural's ending, not that of "Airbus" or "Congress". */
const PLURAL_END = /[^su]s$/;

// Patterns tested per quote or per word live in constants, not in literals made anew at each call.
/** A phrase for someone met before: "the official", "this spokesman". */
const DEFINITE_OPENING = /^(the|this|that)\b/i;
/** "the Vietnamese minister" is not "Indonesian Foreign Minister Retno Pratiwi": the phrase's country is none of the role's. */
function ofOtherCountry(phrase: string, person: EntityDraft): boolean {
  const countries = phrase.split(SPACES).filter((w) => demonymCountry.has(w));
  if (!countries.length) return false;
  const roleCountries = person.roles.flatMap((r) => r.split(SPACES).filter((w) => demonymCountry.has(w)));
  return roleCountries.length > 0 && !countries.some((c) => roleCountries.includes(c));
}

/** "the 34-year-old", "the Swede", "the Australian": a person named before, by age or by country. */
function describesPerson(phrase: string): boolean {
  // "the Democrat from Pennsylvania's 17th District": where one is from qualifies the description.
  const m = DESCRIPTION.exec(phrase) ?? DESCRIPTION.exec(phrase.replace(FROM_PLACE, ''));
  // A demonym that names one person ("the Australian", "the Israeli"), not a people ("the French", "the Chinese"); a city's ("the
  // Londoner", "the Glaswegian"), not a title ("the Premier"); a player's place in the team ("the striker", "the skipper").
  if (m) {
    const word = m[1]!;
    // "the grandmother", "the widow": a person named before, by what they are to their family.
    if (PEOPLE_BY_KIN.has(word)) return true;
    return AGE.test(word) || countryPersonNouns.has(word) || (demonymCountry.has(word) && ONE_PERSON_DEMONYM.test(word)) ||
      (CITY_DWELLER.test(word) && !lowerTitleHeads.has(word.toLowerCase())) || playerPositions.has(word) || word === 'captain' ||
      // "the Democrat", "the Conservative": one of a party (or another group) the lexicon names in the plural.
      (CAPITALIZED.test(word) && groupNouns.has(`${word}s`));
  }
  // "the Ulster flanker", "the Spanish midfielder": a player by country or club (not a title, which names whoever holds it: "the
  // French president").
  // "the 68-year-old retired postman": an age, then up to two words before the noun for what one does.
  const aged = AGED_PERSON.exec(phrase);
  if (aged && (descriptorNouns.has(aged[1]!) || situationNouns.has(aged[1]!) || DOER.test(aged[1]!))) return true;
  const player = PLAYER_DESCRIPTION.exec(phrase);
  if (!player) return false;
  // "the 29-year-old singer", "the 52-year-old mother": anyone described by age and what they do or are.
  // Any word for someone who does something, "the 38-year-old accountant" (not "the 70-year-old treaty"), but one of the parties to
  // an incident, who may be another than the person named: "Cyclist Emma Ward was killed … The 61-year-old driver said".
  // "the old man", "the grieving mother".
  if (PEOPLE_DESCRIBED.has(player[1]!) && (PEOPLE_BY_KIN.has(player[2]!) || sexOfNoun(player[2]!))) return true;
  if (AGE.test(player[1]!)) {
    const noun = player[2]!;
    return descriptorNouns.has(noun) || (DOER.test(noun) && !INCIDENT_PARTIES.has(noun)) || SPOKESPERSON.he.test(noun) || SPOKESPERSON.she.test(noun);
  }
  // "the Leinster centre": a position that is a common word too, after a club's name.
  const position = playerPositions.has(player[2]!) || (positionsAfterClubs.has(player[2]!) && CAPITALIZED.test(player[1]!) && !demonymCountry.has(player[1]!));
  return (position || SPORTS_PEOPLE.has(player[2]!)) && (demonymCountry.has(player[1]!) || CAPITALIZED.test(player[1]!));
}
/** The sex a noun for a person gives, by the words a spokesperson's sex is read from: "mother", "man", "widow". */
const sexOfNoun = (word: string): Pronoun | undefined => (SPOKESPERSON.she.test(word) ? 'she' : SPOKESPERSON.he.test(word) ? 'he' : undefined);
/** The sex a description's nouns give: "the 41-year-old mother of two" is a woman. */
function sexOfDescription(phrase: string): Pronoun | undefined {
  for (const word of phrase.toLowerCase().split(SPACES)) {
    const sex = sexOfNoun(word);
    if (sex) return sex;
  }
  return undefined;
}
const PEOPLE_BY_KIN = new Set(['grandmother', 'grandfather', 'widow', 'widower', 'grandparent']);
const PEOPLE_DESCRIBED = new Set(['old', 'elderly', 'young', 'older', 'younger', 'retired', 'grieving', 'bereaved', 'frail']);
const AGED_PERSON = /^[Tt]he \d{1,3}-year-old (?:[a-z-]+ ){1,2}([a-z-]+)$/;
const AGED_DESCRIPTION = /^[Tt]he (\d{1,3})-year-old\b/;
// "the 34-year-old mother of three": with how many children.
const PLAYER_DESCRIPTION = /^[Tt]he (\S+) ([a-z-]+)(?: of (?:two|three|four|five|six|seven|eight|nine|ten|\d+))?$/;
// Not a word for anyone on a road ("the British driver", "the cyclist"), who may be someone else than the person named last.
const SPORTS_PEOPLE = new Set([
  'player', 'golfer', 'sprinter', 'runner', 'athlete', 'boxer', 'swimmer', 'skier', 'jockey', 'gymnast', 'wrestler', 'rower', 'footballer', 'cricketer',
  'international', 'youngster', 'coach', 'skipper', 'veteran', 'champion', 'teenager',
]);
const CAPITALIZED = /^\p{Lu}\p{Ll}/u;
const ONE_PERSON_DEMONYM = /(?:an|i)$/;
const DESCRIPTION = /^[Tt]he (\S+)$/;
const FROM_PLACE = / from \p{Lu}.*$/u;
const AGE = /^\d+-year-old$/;
const DOER = /(?:er|or|ist|ant|ian|man)$/;
const INCIDENT_PARTIES = new Set(['driver', 'rider', 'motorist', 'cyclist', 'pedestrian', 'passenger', 'gunman', 'attacker', 'assailant', 'shooter', 'defendant',
  'survivor', 'neighbour', 'neighbor', 'officer', 'prisoner', 'offender', 'robber', 'burglar', 'intruder', 'owner', 'killer', 'stranger', 'bystander']);
/** The determiner left off an unnamed source's name: "a senior official" → "senior official". */
const DETERMINER_OPENING = /^(a|an|the|some|another|other|one)\s+/i;
const INDEFINITE_OPENING = /^(a|an|one|some|another|other)\s/i;
/** "She started feeling a tightness in her chest", "He felt a sharp pain": what one feels in the body, no clause, is no belief. */
const feltInBody = (q: Quote) => q.kind === 'indirect' && !!q.cue && FEELING.test(q.cue.text) && INDEFINITE_OPENING.test(q.text) && !FINITE_IN_CLAUSE.test(q.text);
const FEELING = /^(?:feel|feels|felt|feeling)$/i;
const FINITE_IN_CLAUSE = /\s(?:is|are|was|were|will|would|could|can|should|has|have|had|may|might|must|does|did)\s/i;
/** An indefinite phrase names someone new, though the words were met before: "another official". */
const NEW_ONE_OPENING = /^(another|a|an)\b/i;
const IMPERSONAL_SUBJECT = /^(it|there)$/i;
const SPACES = /\s+/;
/** Where the capitalized words of a title before offset `at` start ("Austrian Chancellor" before "Christian Stocker"); else `at`. */
function titleStart(text: string, at: number): number {
  let start = at;
  for (let n = 0; n < 4; n++) {
    // Most names follow a word in lower case: asked first, it spares the regex.
    if (!capitalInWordBefore(text, start)) break;
    const wordStart = titleWordStart(text, start);
    if (wordStart < 0) break;
    const word = text.slice(wordStart, start - 1);
    // And where a body is based: "Nordhavn Shipping and Singapore-based Meridian Logistics said".
    // And an honorific before a title: "Mrs Justice Adeyemi-Clarke".
    if (!(titleHeads.has(word) || lowerTitleWords.has(word.toLowerCase()) || demonymCountry.has(word) || word.endsWith('-based') || honorifics.has(word))) break;
    start = wordStart;
  }
  return start;
}
const TITLE_WORD_BEFORE = /(?<![\p{L}.])(\p{Lu}[\p{L}.'-]*) $/u;
/**
 * Where the capitalized word that a space ends right before `at` starts, as TITLE_WORD_BEFORE reads the 24 characters before `at`;
 * -1 for none. Read by hand in ASCII, where the regex costs more than all else a speaker's co-speakers ask; by the regex past it.
 */
function titleWordStart(text: string, at: number): number {
  const from = Math.max(0, at - 24);
  let run = at - 1;
  if (run < from || text.charCodeAt(run) !== 32) return -1;
  // Back over the letters, dots, apostrophes and hyphens the word may hold.
  for (; run > from; run--) {
    const code = text.charCodeAt(run - 1);
    if (code > 127) {
      const m = TITLE_WORD_BEFORE.exec(text.slice(from, at));
      return m ? at - m[0].length : -1;
    }
    if (!(isLetter(code) || code === 46 || code === 39 || code === 45)) break;
  }
  // The first capital that opens the run, or follows an apostrophe or a hyphen in it (not a letter or a dot).
  for (let k = run; k < at - 1; k++) {
    const code = text.charCodeAt(k);
    const before = text.charCodeAt(k - 1);
    if (code >= 65 && code <= 90 && (k === run || before === 39 || before === 45)) return k;
  }
  return -1;
}
/** Is there a space before `at`, and a letter that may be a capital in the word before it (as TITLE_WORD_BEFORE reads a word)? */
function capitalInWordBefore(text: string, at: number): boolean {
  if (text.charCodeAt(at - 1) !== 32) return false;
  for (let k = at - 2; k >= 0 && k >= at - 25; k--) {
    const code = text.charCodeAt(k);
    if ((code >= 65 && code <= 90) || code > 127) return true;
    if (!((code >= 97 && code <= 122) || code === 46 || code === 39 || code === 45)) return false;
  }
  return false;
}

/**
 * The people a clause opens with, whose description the words up to `j` complete across prepositions or a participle with "by":
 * "Families of victims", "Hoteliers in the hill town of Ella Vale", "A group of bondholders advised by Rothschild & Co", "A former
 * enforcer for a drug cartel". Null unless a link is crossed, the phrase opens the clause and its head names people.
 */
function peopleOpening(words: Word[], j: number, min: number, nameFrom = j): Source | null {
  let k = j;
  let inner: Word | undefined;
  // "in the Annapolis Valley and Cape Breton": an "and" between two names is the phrase's.
  const joinsNames = (i: number) => words[i]!.lower === 'and' && !!words[i - 1]?.capitalized && !!words[i + 1]?.capitalized;
  for (let hops = 0; hops < 4 && k >= min; hops++) {
    // The body's name that ends the phrase is one word of it, commas and all: "the Ministry of Science, Culture and Tourism".
    let start = hops === 0 ? Math.min(k, nameFrom) : k;
    while (start > min && (inPeoplesPhrase(words[start - 1]!) || joinsNames(start - 1)) && !PEOPLE_LINKS.hasLower(words[start - 1]!)) start--;
    const head = words[k]!;
    // A verb before the cue is no head: "Representatives from Armenia and Azerbaijan held talks".
    if (head.kind !== 'word' || !inPeoplesPhrase(head) || (k === j && (PAST_PARTICIPLE.test(head.lower) || IRREGULAR_PARTICIPLES.hasLower(head)))) return null;
    if (start === min || OPENING_BOUNDARIES.has(words[start - 1]!.text)) {
      // "The union of teachers in San Jose said": a body named by its kind speaks too; not a part of a body named after it ("The
      // three-judge panel of the 6th U.S. Circuit Court of Appeals said" is the court's).
      const body = words[start]!.lower === 'the' && !head.capitalized && orgDescriptors.hasLower(head) && !inner?.capitalized;
      return hops > 0 && (namesPeople(words, start, head, inner) || body) ? { start: words[start]!.start, end: words[j]!.end, head: singular(head.lower), anonymous: true } : null;
    }
    let link = start - 1;
    if (words[link]!.lower === 'by' && link - 1 > min && isParticiple(words[link - 1]!)) link--;
    // "Fishermen returning to this coastal town said": so does a participle in -ing with its preposition.
    else if ((PEOPLE_LINKS.hasLower(words[link]!) || words[link]!.lower === 'to') && link - 1 > min && PARTICIPLE.test(words[link - 1]!.lower)) link--;
    else if (!PEOPLE_LINKS.hasLower(words[link]!)) return null;
    inner = head;
    k = link - 1;
  }
  return null;
}
/** Where the entity's last mention before `at` starts; -1 for none. */
function lastMentionBefore(e: EntityDraft, at: number): number {
  let last = -1;
  for (const m of e.mentions) if (m.start < at && m.start > last) last = m.start;
  return last;
}
/** After the comma that ends an opening phrase a preposition or an adverb begins, before `end`: "On the Republican side, …". */
function pastOpeningPhrase(words: Word[], from: number, end: number): number {
  const w = words[from]!;
  // And a participle's phrase: "Speaking outside the court, the LSK's president welcomed …, calling it".
  if (w.kind !== 'word' || !(PREPOSITIONS.hasLower(w) || isAdverb(w.text) || (w.capitalized && w.lower.endsWith('ing')))) return from;
  for (let c = from + 1; c < end - 1 && c - from <= 8; c++) if (words[c]!.text === ',') return c + 1;
  return from;
}
/** Words that deny anyone did it: "no officer", "none of them". */
/**
 * Where ", or SJB", ", known as AEOI", ", known as the BEA", ", known by its Spanish acronym CTC" that opens at the comma `comma`
 * ends: the comma after the other name it gives (two to four capitalized words, or initials); -1 for none.
 */
function otherNameEnd(words: Word[], comma: number): number {
  let k = comma + 1;
  if (words[k]?.lower === 'or') k++;
  else if (words[k]?.lower === 'known' && words[k + 1]?.lower === 'as') k += 2;
  // "known by its Spanish acronym CTC", "known by its initials, …": the name after the word for it.
  else if (words[k]?.lower === 'known' && words[k + 1]?.lower === 'by' && possessiveDeterminers.hasLower(words[k + 2])) {
    k += 3;
    while (k < words.length && k - comma < 7 && words[k]!.kind === 'word' && !ALL_CAPS_WORD.test(words[k]!.text)) k++;
  } else return -1;
  if (words[k]?.lower === 'the') k++;
  const from = k;
  while (k < words.length && k - from < 4 && words[k]!.kind === 'word' && words[k]!.capitalized) k++;
  return k > from && words[k]?.text === ',' ? k : -1;
}
/** How a document is put out: the lexicon's verbs of authorship, and those of sending and airing. */
const ISSUING_VERBS = new WordSet([...authorshipVerbs, 'posted', 'aired', 'ran', 'sent', 'circulated', 'launched', 'filed', 'presented', 'shared']);
/** What is put out and says something: the documents, the ads and videos a campaign runs, and the data a researcher shows. */
const DOCUMENT_WORDS = new WordSet([...documentNouns, 'advertisement', 'advert', 'video', 'post', 'tweet', 'leaflet', 'flyer', 'commercial', 'data', 'figures', 'measurements', 'evidence', 'findings', 'results', 'images', 'advisory', 'bulletin', 'notice']);
/** "a statement posted online", "a letter sent yesterday": where or when a document went out. */
const POSTED_WHEN = new WordSet(['online', 'today', 'yesterday', 'earlier', 'later', 'overnight', 'late', 'jointly']);
const REQUEST_FOR_COMMENT = /^(?:\w+ )?requests? for comment\b/i;
const QUESTION_OPENERS = new WordSet(['whether', 'if', 'about', 'what', 'why', 'how', 'when', 'who']);
/** "disputed that account": a demonstrative after a verb opens its object, not a source set after it. */
const DEMONSTRATIVES = new WordSet(['that', 'this', 'these', 'those']);
const NEGATIVE_SUBJECTS = new WordSet(['no', 'none', 'nobody', 'neither', 'nor']);
/** "groups", "farmers", "analysts": a plural for people or bodies. */
const isPluralSource = (w: Word) => w.lower.endsWith('s') && (SOURCE_HEADS.hasLower(w) || SOURCE_HEADS.has(singular(w.lower)));
/** The words of a noun phrase: no clause word, verb of speech or punctuation but a name's "&", hyphen or apostrophe. */
const inPhrase = (w: Word) => (w.kind === 'word' ? !NP_STOP.hasLower(w) && !cueVerbsAt(w) : w.text === '&' || w.text === '-' || w.text === "'" || w.text === '’');
/** So too a capitalized word that may be a verb of speech, in the people who open a clause: "Residents of Rivers State". */
const inPeoplesPhrase = (w: Word) => inPhrase(w) || (w.kind === 'word' && w.capitalized && !NP_STOP.hasLower(w));
/** The heads of amounts: "$820 million", "5 percent". */
const AMOUNT_HEADS = new Set(['million', 'billion', 'trillion', 'thousand', 'hundred', 'percent', '%']);
/** Does an article stand before the amount at word `at`, past its currency sign ("an $820 million")? */
function amountAfterArticle(words: Word[], at: number): boolean {
  const before = at > 0 && words[at - 1]!.kind === 'symbol' ? at - 2 : at - 1;
  return before >= 0 && articles.hasLower(words[before]);
}
/** "would not accept any deal that left": a quantifier opens the verb's object, and a "that" after it a relative clause. */
const OBJECT_QUANTIFIERS = new WordSet(['any', 'every', 'each', 'no']);
/** "one of them", "two of those": members of a group named before. */
const ONE_OF_THEM = /^(?:one|some|two|three|several|many|most|both|each) of (?:them|those|these|the\s.+)$/i;
/** The end of a dateline's agency: its bracket, then the dash. */
const DATELINE_AGENCY_END = /^\)\s*[—–―-]/;
/** What a plea is: "pleaded guilty", "pleaded not guilty", "pleaded no contest". */
const PLEAS = new WordSet(['guilty', 'not', 'no', 'innocent']);
const PEOPLE_LINKS = new WordSet(['of', 'in', 'at', 'from', 'for', 'within', 'across', 'behind', 'along', 'near', 'around', 'outside', 'inside']);
const OPENING_BOUNDARIES = new Set([',', ';', ':', '—', '–', '(', '“', '"', 'and', 'but', 'as', 'while', 'when', 'because', 'although', 'though', 'whereas']);
/** Heads that name people by the people they hold: "a group of bondholders". */
const GROUP_HEADS = new WordSet(['group', 'groups', 'coalition', 'handful', 'number', 'couple', 'dozen', 'delegation', 'panel', 'team']);
/** Plural heads for people that no list of sources holds. */
const PEOPLE_PLURALS = new WordSet(['families', 'friends', 'relatives', 'parents', 'survivors', 'communities']);
const AGENT_SINGULAR = /^\p{Ll}{3,}(?:er|ist|ian|or)$/u;

/** Does the phrase from word `start`, headed by `head`, name people? A singular one only after "a" ("A former enforcer"). */
function namesPeople(words: Word[], start: number, head: Word, inner: Word | undefined): boolean {
  const lower = head.lower;
  if (documentNouns.has(lower)) return false;
  if (GROUP_HEADS.hasLower(head)) return !!inner && namesPeople(words, start, inner, undefined) && inner.lower.endsWith('s');
  // "fishermen", "women": plurals for people in -men.
  if (lower.endsWith('men') && lower.length > 4) return true;
  if (lower.endsWith('s')) return AGENT_PLURAL.test(lower) || anonymousNouns.has(lower) || descriptorNouns.has(singular(lower)) || PEOPLE_PLURALS.hasLower(head);
  // "The grandson of the founder of Daesung Group told": a relative is someone of their own, whoever they are the relative of.
  return (indefiniteArticles.hasLower(words[start]) && (descriptorNouns.has(lower) || AGENT_SINGULAR.test(lower))) || (words[start]!.lower === 'the' && personalRelations.has(lower));
}

/**
 * Where the link that ends at `at` starts: ", and " or " & " between two names, or with `list` a list's ", " too; -1 for none.
 * A scan, not an end-anchored regex, which would try every start on a long text.
 */
function linkBefore(text: string, at: number, list: boolean): number {
  let k = at;
  while (k > 0 && isBlank(text.charCodeAt(k - 1))) k--;
  if (k === at) return -1;
  if (list && text[k - 1] === ',') return k - 1;
  const word = text[k - 1] === '&' ? 1 : text.slice(k - 3, k) === 'and' && !isLetter(text.charCodeAt(k - 4)) ? 3 : 0;
  if (!word) return -1;
  let start = k - word;
  const beforeWord = start;
  while (start > 0 && isBlank(text.charCodeAt(start - 1))) start--;
  if (start === beforeWord && text[start - 1] !== ',') return -1;
  return text[start - 1] === ',' ? start - 1 : start;
}
const isBlank = (code: number) => code === 32 || code === 9 || code === 0xa0;
const isLetter = (code: number) => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
const LINK_AFTER = /^(?:,?\s+(?:and|&)|,)\s+/;
/** ", the mayor of Springfield" between a name and the comma before "and": an appositive, with no clause or quotation in it. */
const APPOSITIVE = /^,\s(?!(?:who|which|that|whose|where|when|said|says)\b)[^,.;:!?"“”()\n]{1,80}$/;
const APPOSITIVE_MAX = 84;
/** Words after which a coordinated subject opens a clause: "Both Lopez and Becker said", "…, but Lopez and Becker said". */
const CLAUSE_OPENERS = new Set(['both', 'but', 'and', 'while', 'whereas', 'that', 'when', 'as', 'after', 'before', 'because', 'since', 'though', 'although', 'if', 'yet', 'so', 'then', 'also']);

/**
 * "Neighbouring Kenya and Uganda said": where the capitalized word right before `at` starts, if one is there and no preposition ("In
 * Bergen"); else `at`.
 */
function capitalizedWordBefore(text: string, at: number): number {
  let start = at - 1;
  if (text[start] !== ' ') return at;
  while (start > 0 && at - start < 20 && isLetter(text.charCodeAt(start - 1))) start--;
  return start < at - 1 && UPPER_FIRST.test(text[start]!) && !PREPOSITIONS.has(text.slice(start, at - 1).toLowerCase()) ? start : at;
}

/** Whether a clause opens at `at`: the text's or a sentence's start, after a clause's punctuation or an opening word. */
function opensClause(text: string, at: number): boolean {
  let k = at - 1;
  while (k >= 0 && (text[k] === ' ' || text[k] === '\t')) k--;
  if (k < 0 || '.!?\n\r,;:"“”‘«»(—–'.includes(text[k]!)) return true;
  let start = k;
  while (start > 0 && k - start < 10 && isLetter(text.charCodeAt(start - 1))) start--;
  return CLAUSE_OPENERS.has(text.slice(start, k + 1).toLowerCase());
}
/** Marks that end the clause a "that" must be found in: "said on Monday that", not past a full stop. */
const CLAUSE_END_MARKS = new WordSet(['.', ';', ':', '!', '?']);
/** Beliefs and knowledge held rather than said: "thinks", "fears", "knows". */
const BELIEF_LEMMAS = new Set(['know', 'realize', 'realise', 'understand', 'recognize', 'recognise']);
/** Intentions: "wants", "plans to", "hopes to", "seeks". */
const INTENTION_CUES = new Set(['want', 'plan', 'intend', 'aim', 'seek', 'wish']);

/** What a cue verb reports: a statement, a belief, or an intention ("hopes to" is one, "hopes that" a belief). */
export function attributionKind(verb: CueVerb | null, text: string, contentStart: number): AttributionKind {
  if (!verb) return 'statement';
  if (INTENTION_CUES.has(verb.lemma)) return 'intention';
  if (verb.lemma === 'hope' || verb.lemma === 'expect') return /^to\b/i.test(text.slice(contentStart, contentStart + 3)) ? 'intention' : 'belief';
  if (verb.kind === 'belief' || BELIEF_LEMMAS.has(verb.lemma)) return 'belief';
  return 'statement';
}
/** The least confidence (mean probability of its words' labels) for an attribution only the model reads. */
const MODEL_MIN_CONFIDENCE = 0.1;
/** The confidence at which the model's reading, with a source it tagged, outweighs the checks of its shape. */
const MODEL_SURE_CONFIDENCE = 0.3;
/** A cue the lexicon lacks ("criticism of") needs the model surer still: "They signed … agreements covering X" reports nothing. */
const MODEL_UNLISTED_CUE_CONFIDENCE = 0.4;
/** Verbs that report an inference as readily from a thing as from a person: "the figures suggest", "his silence implies". */
const INFERENCE_LEMMAS = new Set(['imply', 'suggest', 'indicate', 'show', 'signal']);
/** The least confidence for an attribution whose source the model did not tag to take the cue's subject as its source. */
const SOURCE_FALLBACK_CONFIDENCE = 0.3;
/** The least probability, in the model's eyes, that a rule's cue is one, for a reported clause the model does not read itself. */
const CUE_BELIEF_MIN = 0.05;
/** Verbs whose "to" reports an intention: "wants to", "plans to", "vowed to". */
const REFUSALS = new Set(['decline', 'refuse']);
/**
 * What a refusal withholds says nothing either: "declined to give details", "refused to name the buyer", "declined to elaborate",
 * "declined to provide a timetable"; not "refused to give up its demands", an intention.
 */
const WITHHELD = new WordSet(['disclose', 'name', 'identify', 'elaborate', 'discuss', 'reveal', 'specify', 'confirm', 'detail', 'explain']);
const GIVING = new WordSet(['give', 'provide', 'share', 'offer']);
const GIVING_UP = new WordSet(['up', 'in', 'way', 'ground']);
const withholds = (words: Word[], k: number) => WITHHELD.hasLower(words[k]) || (GIVING.hasLower(words[k]) && !GIVING_UP.hasLower(words[k + 1]));
const INTENTION_LEMMAS = new Set(['want', 'plan', 'hope', 'intend', 'aim', 'seek', 'refuse', 'promise', 'pledge', 'vow', 'threaten', 'expect', 'decline', 'urge', 'ask', 'tell', 'call on', 'push for', 'commit', 'offer', 'agree', 'decide', 'wish', 'prefer', 'warn', 'advise', 'encourage']);
/** Verbs of stance that state a position with a plain object: "opposes the deal", "called for a repeal". */
const POSITION_LEMMAS = new Set(['support', 'oppose', 'reject', 'defend', 'endorse', 'welcome', 'attack', 'question', 'dismiss', 'call for', 'call on', 'push for', 'argue for', 'tout', 'promote', 'advocate', 'champion', 'deride', 'mock', 'ridicule', 'fault', 'challenge', 'want', 'show', 'indicate', 'demonstrate', 'express',
  'criticize', 'criticise', 'praise', 'condemn', 'denounce', 'slam', 'blast', 'hail', 'decry', 'lament', 'call', 'describe', 'characterize', 'characterise', 'accuse', 'blame', 'cite', 'quote', 'urge', 'ask', 'demand', 'propose', 'recommend']);

/**
 * The quotes whose content lies inside no other quote's content, in their order: "Aides said Smith
 * claimed the vote was rigged" is the aides' report, Smith's claim one of its words (as PolNeAR reads it).
 */
function withoutNested(quotes: Quote[]): Quote[] {
  const byStart = quotes.slice().sort((a, b) => a.start - b.start || b.end - a.end);
  const nested = new Set<Quote>();
  let outer: Quote | null = null;
  for (const q of byStart) {
    if (outer && q.end <= outer.end) nested.add(q);
    else outer = q;
  }
  return nested.size ? quotes.filter((q) => !nested.has(q)) : quotes;
}

const ANSWERING = /^(?:comment|respond|react|repl[iy]|answer)/;
/** "comment on reports", "responded to claims": a cue word after a verb of answering and its preposition. */
const answersReports = (words: Word[], cueFrom: number) =>
  (words[cueFrom - 1]?.lower === 'on' || words[cueFrom - 1]?.lower === 'to' || words[cueFrom - 1]?.lower === 'about') && ANSWERING.test(words[cueFrom - 2]?.lower ?? '');

const POSSESSIVE_PRONOUNS = new Map([['his', 'he'], ['her', 'she']]);

/** The pronoun of a possessive ("his") or a contraction ("he'll", "I've") as a source; null for any other word. */
function pronounSource(w: Word): Source | null {
  const possessive = POSSESSIVE_PRONOUNS.get(w.lower);
  if (possessive) return { start: w.start, end: w.end, pronoun: possessive };
  const contracted = CONTRACTED_PRONOUN.exec(w.lower);
  // Not "it's", "there's": they name no one.
  if (!contracted || !PRONOUNS.has(contracted[1]!) || contracted[1] === 'it') return null;
  return { start: w.start, end: w.start + contracted[1]!.length, pronoun: contracted[1]! };
}

/** Words of a title that are not capitalized: "Lord of the Rings", "Ciudad de la Paz". */
const TITLE_LINKS = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'a', 'an', 'to', 'at', 'de', 'la', 'le']);
/**
 * Every word a title's, and two of them capitalized where a small word links them: "Up to 50" is an answer with a capital to open it,
 * "Vision 2030" a title.
 */
const isTitle = (words: string[]) =>
  words.every((w) => TITLE_WORD.test(w) || TITLE_LINKS.has(w)) && (words.every((w) => TITLE_WORD.test(w)) || words.filter((w) => CAPITAL_FIRST.test(w)).length >= 2);
const CAPITAL_FIRST = /^\p{Lu}/u;

/** Does text[from, to) end with one of `marks`, past any white space? Reads back from the end, not the whole text. */
function endsWithMark(text: string, from: number, to: number, marks: string): boolean {
  let k = to - 1;
  while (k >= from && WHITE_SPACE.test(text[k]!)) k--;
  return k >= from && marks.includes(text[k]!);
}

/** "one", "some", "the", "12": an article or a number opens a noun phrase and ends none. (A possessive may: "his infamous comment".) */
const QUANTIFIERS = new WordSet(['a', 'an', 'the', 'one', 'two', 'three', 'four', 'five', 'some', 'many', 'several', 'few', 'most', 'both', 'another']);
/** "it says can", "they believe will": a pronoun at `i`, a cue after it and an auxiliary after that, a report set inside a clause. */
const reportsInside = (words: Word[], i: number) => PRONOUNS.hasLower(words[i]) && !!cueAt(words, i + 1) && AUXILIARIES.hasLower(words[i + 2]);
const isQuantifier = (w: Word) => QUANTIFIERS.hasLower(w) || w.info.digitFirst;

/** An auxiliary, an adverb, a lead-in or a negation: what may stand before a cue's verb in the cue ("has long claimed"). */
const leadsCue = (w: Word) => AUXILIARIES.hasLower(w) || isAdverb(w.text) || CUE_LEAD_INS.hasLower(w) || NEGATED.test(w.lower);

const QUOTE_PAIRS = [['“', '”'], ['"', '"']] as const;
/** Are there words between an opening and a closing mark, “…” or "…"? One pass, no backtracking. */
function hasQuotedWords(text: string): boolean {
  for (const [open, close] of QUOTE_PAIRS) {
    const a = text.indexOf(open);
    if (a < 0) continue;
    const b = text.indexOf(close, a + 1);
    if (b > a + 1 && LETTER.test(text.slice(a + 1, b))) return true;
  }
  return false;
}
/** Words that may come before the verb inside a cue: "appeared to suggest", "didn't apologize for", "needs to tell". */
const CUE_LEAD_INS = new WordSet(['to', 'not', 'never', "n't", 'appeared', 'appears', 'appear', 'seemed', 'seems', 'seem', 'needs', 'need', 'needed', 'started', 'starts', 'began', 'begins', 'went', 'goes', 'by', 'off', 'also', 'first']);
const NEGATED = /^\p{Ll}+n['’]t$/u;
/** After "urged", "asked", "told": a listener of a few words, then the clause: "urged Congress to leave". */
const LISTENER_THEN_CLAUSE = /^[^\s,.;:]+(?: [^\s,.;:]+){0,3} (?:to|that|whether|how|why|what|if) /;
/** A transcript line: a speaker's label in capitals ("WALLACE", "SEN. KAINE"), a colon, then words. */
// "McINTYRE:": a Scottish or Irish name keeps its prefix in lower case.
/** "WALLACE: …", "BERNADETTE QUAILE, HOST: …": a name in capitals, perhaps its role, then a colon. */
// A label may be followed by a note in brackets ("TORRES (recorded):") or by the speaker's name in them ("HOST (GRACE OKAFOR):").
const TRANSCRIPT_LINE = /^(["“]?)((?:[A-Z][A-Z.'’-]+ ){0,2}(?:Ma?c)?[A-Z][A-Z'’-]+)(?:, [A-Z][A-Z'’-]+(?: [A-Z][A-Z'’-]+){0,2})?(?: \((?:[a-z][^()\n]{0,40}|([A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,2}))\))?:[^\S\n]+(?=\S)/;
const ISSUED_DOCUMENT = /^[Tt]he (statement|letter|memo|filing)$/;
const DOCUMENTS_IT_MAY_BE = new WordSet(['document', 'documents', 'copy', 'letter', 'report', 'memo', 'statement', 'filing', 'email', 'study', 'survey', 'ruling', 'indictment', 'complaint', 'lawsuit']);
const SPEAKER_PRONOUNS = new WordSet(['he', 'she']);
const TRANSCRIPT_LABEL_MAX = 60;
const HEADING_OPENERS = /^(?:THE|A|AN|WHAT|WHAT'S|WHY|HOW|WHO|WHEN|WHERE|FACT|EDITOR'S|UPDATE|CORRECTION|CLAIM|VERDICT|RATING|RULING|OUR|CONTEXT|BACKGROUND|SUMMARY|ANALYSIS|NOTE|SOURCES?|BOTTOM|KEY)\b/;
const QUESTION_LINE = /^Q:\s/;
/** A clause's edge before a name: the paragraph's start, or a comma, and a space. */
const CLAUSE_EDGE_BEFORE = /(?:^|, )$/;
/** A verb in lower case right after a name, ending its sentence: "Beaumont smiled.", "Carvalho shrugged and laughed.". */
const LOWER_WORD_AFTER = /^ \p{Ll}+(?: and \p{Ll}+)?\.\s/u;
const PROOF_NOUNS = new WordSet(['proof', 'evidence', 'sign', 'signs', 'indication', 'possibility', 'notion', 'idea']);
const NEXT_DEED = /, but (?:stopped short|gave no|gave few|offered no|offered few|provided no|did not (?:say|give|elaborate|explain|provide|specify|name)|would not (?:say|give|elaborate|explain|provide|specify|name)) /;
const INTERVIEW_LABEL = /^Q ?(?:&|and) ?A$/i;
const INTERVIEWER_NARRATION = /^We (?:also |then |later )?(?:spoke|talked|returned|turned|went back|caught up|asked|met)\b/;
const ANSWER_LINE = /^A:[^\S\n]+(?=\S)/;
const NAMED_ANSWER_LINE = /^()((?:\p{Lu}[\p{Ll}'’-]+ ){0,2}\p{Lu}[\p{Ll}'’-]+):[^\S\n]+(?=\S)/u;
/** An answer's own words: the first person. */
const FIRST_PERSON = /\b(?:I|[Ww]e|[Mm]y|[Oo]ur|me|us)\b/;
/** Words in quotation marks, to be left out of a test of the writer's own words. */
const QUOTED = /[“"][^“”"]*[”"]/g;
/** "not to be named", "to be identified": why a source is unnamed. */
const UNNAMED_WISH = /^(?:not )?to be (?:named|identified|quoted)\b/i;
/** "Her daughter", "his sister": kin named by whose they are. */
const POSSESSIVE_OPENING = /^(?:his|her|their)\s/i;
/** Ranks whose "vice" or "lieutenant" makes no deputy: "Vice Admiral X … the admiral". */
const RANKS = new Set(['admiral', 'general', 'marshal', 'colonel', 'commander']);
/** Bodies that belong to the body named before them: "The Premier League club", "the Google subsidiary". */
const MEMBER_HEADS = new Set(['club', 'side', 'team', 'member', 'affiliate', 'subsidiary', 'unit', 'division', 'branch', 'chapter', 'school', 'college']);
/** "The 18-member bloc": a body's size. */
const SIZE_OR_SEAT = /^[\w.]+-(?:member|nation|country|state|party|seat|strong|based)$/;
/** A sentence end after a word in lower case (not "Mr."), then words: a sentence between two quotes. */
const WRITER_SENTENCE_BETWEEN = /\s\p{Ll}+[.!?]["”’']?\s+\p{L}/u;
const SENTENCE_END = /[.!?]["”’']?\s/;
const YEAR = /^\d{4}$/;
/** "his lawyer, Atty. ", "her spokesman, ": a person set off after a description owned by a pronoun. */
const OWNED_BY_PRONOUN = /\b(?:his|her)\s+\p{Ll}[\p{Ll}\s-]{0,30},\s+(?:\p{Lu}\p{Ll}*\.\s+)?$/u;
/** Does a relative clause set off by a comma open before word `at`, within its clause ("…, who leads the Unity Party")? */
function opensRelativeClause(words: Word[], at: number, min: number): boolean {
  let b = at - 1;
  while (b > min && words[b]!.text !== ',') b--;
  return words[b]?.text === ',' && RELATIVES.hasLower(words[b + 1]) && words[b + 1]!.lower !== 'that';
}
/** Conjunctions that join clauses, not names ("Smith, Jones, and Brown said"). */
const CLAUSE_COORDINATORS = new WordSet(['while', 'whereas', 'but', 'though', 'although', 'yet']);
/** A comma and a conjunction between words `from` and `to`: a clause of its own opens there ("of the NHS, while Morag Dunn said"). */
function runsOnBefore(words: Word[], from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) if (words[k - 1]!.text === ',' && CLAUSE_COORDINATORS.hasLower(words[k]!)) return true;
  return false;
}

/** "inflation eased", "profits rose": a noun and a verb in the past, the whole clause. */
function nounAndVerb(words: Word[], k: number): boolean {
  const [noun, verb] = [words[k], words[k + 1]];
  return !!noun && !!verb && LOWER_WORD.test(noun.text) && !DETERMINER_ONLY.hasLower(noun) && !isAdverb(noun.text) && !NUMBER_WORDS.hasLower(noun)
    && LOWER_WORD.test(verb.text) && ((verb.lower.endsWith('ed') && !NUMBER_WORDS.hasLower(verb)) || IRREGULAR_PAST.hasLower(verb));
}
const LOWER_WORD = /^\p{Ll}+$/u;
const NUMBER_WORDS = new WordSet(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'hundred', 'thousand']);
const IRREGULAR_PAST = new WordSet(['rose', 'fell', 'grew', 'shrank', 'sank', 'won', 'lost', 'held', 'stood', 'broke', 'spread', 'began', 'went', 'came', 'left', 'slid', 'soared', 'dipped', 'hit', 'cut', 'quit', 'fled', 'died', 'froze', 'sold', 'paid']);
/** "worst", "biggest": not "protest", "request", "interest". */
const SUPERLATIVE = /^(?:worst|best|most|least|(?!\p{Ll}*(?:test|quest|rest)$)\p{Ll}{3,}est)$/u;
const OBJECT_PRONOUNS = new WordSet(['him', 'her', 'them', 'us', 'me', 'it']);
const INTERVIEW_TERMS = /^(?:(?:deep )?background|(?:the )?condition (?:of|that)\b)/i;
const NOT_ALLOWED_TO = /\bnot (?:authori[sz]ed|allowed|permitted|cleared) to \S+$/i;
/** A relative clause that says why its noun goes unnamed: "who asked not to be named", "who spoke on condition of anonymity". */
const ANONYMOUS_CLAUSE = /^who (?:asked|spoke|declined|requested|did not want|does not want|was not authori[sz]ed|were not authori[sz]ed|is not authori[sz]ed|are not authori[sz]ed)\b[^.,;]*\b(?:named?|identif(?:ied|y)|anonymity|speak|comment|discuss)\b/i;
/** Words after "X said," that explain an unnamed source: "speaking on condition of anonymity", "who asked not to be named". */
const ANONYMITY_OPENERS = new Set(['speaking', 'requesting', 'asking', 'declining', 'who']);
/** Words opening a phrase for someone after an inverted cue: ", admitted one man", ", said a woman". */
const UNNAMED_OPENERS = new Set(['a', 'an', 'one', 'the', 'another', 'some']);
const BE_FORMS = new WordSet(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s"]);
/** A name after one of these is inside the subject, not its head: "assistance to the North implies that". */
const OBJECT_PREPOSITIONS = new WordSet(['to', 'against', 'toward', 'towards', 'with', 'over', 'on', 'into', 'about']);
/** Verbs that report a clause with no "that": "said the plan failed", "thinks the vote will be close". */
const BARE_CLAUSE_LEMMAS = new Set(['say', 'tell', 'add', 'think', 'believe', 'feel', 'claim', 'argue', 'insist', 'suggest', 'predict', 'warn', 'hope', 'fear', 'worry', 'expect', 'suspect', 'guess', 'reckon', 'know', 'find', 'show', 'indicate', 'write', 'agree', 'estimate', 'assume', 'presume', 'suppose', 'contend', 'allege', 'concede', 'acknowledge', 'admit', 'assert', 'explain', 'stress', 'emphasize', 'emphasise', 'recall', 'report', 'note', 'announce', 'confirm', 'deny', 'reveal', 'declare', 'complain', 'conclude', 'predict', 'promise', 'vow', 'pledge', 'swear', 'testify', 'tweet', 'post', 'respond', 'reply', 'answer', 'counter', 'observe', 'remark', 'comment', 'mention', 'point out', 'repeat', 'reiterate', 'understand', 'realize', 'realise', 'recognize', 'recognise', 'learn', 'discover', 'determine', 'doubt']);
/** How many words back the person "who" stands for may be named: past a description set off by commas. */
const RELATIVE_REACH = 12;
/** Participles whose noun after them is the source: "…, citing officials". */
/** Cues whose noun after them is who they are aimed at, never an inverted speaker: "Critics … accused the government of cuts". */
const TAKES_ITS_TARGET = new Set([
  'accuse', 'charge', 'blame', 'praise', 'thank', 'criticize', 'criticise', 'condemn', 'slam', 'blast', 'hail', 'urge', 'call', 'describe',
  'inform', 'brief', 'remind', 'encourage', 'rebuke', 'scold', 'chastise', 'berate', 'applaud', 'laud', 'lambaste', 'assail', 'denounce',
  'decry', 'nominate', 'liken', 'portray', 'characterize', 'characterise', 'instruct', 'implore', 'assure', 'reassure',
  // "…, denied the report": what is denied, rejected or disputed.
  'deny', 'reject', 'dispute', 'dismiss', 'refute', 'rebut', 'contest',
]);
const SOURCE_PARTICIPLES = new WordSet(['according', 'citing', 'quoting', 'echoing', 'paraphrasing']);
const QUESTION_WORDS = new WordSet(['why', 'how', 'what', 'who', 'whether', 'when', 'where', 'which']);
/** Words that open an indirect question, never a relative clause about a subject: "how", "why", "whether", "what". */
const ASKING_WORDS = new WordSet(['why', 'how', 'what', 'whether']);
/** The last of them in [from, to), or -1. */
const lastAskingWord = (words: Word[], from: number, to: number) => {
  for (let j = to - 1; j >= from; j--) if (ASKING_WORDS.hasLower(words[j])) return j;
  return -1;
};
const PREPOSITIONS = new WordSet(['in', 'on', 'at', 'under', 'over', 'by', 'for', 'with', 'from', 'of', 'about', 'into', 'during', 'after', 'before', 'between', 'against', 'among', 'through', 'toward', 'towards', 'upon', 'within', 'without', 'as']);
/** Prepositions that also open a clause, its subject next: "after Moscow rejected the proposal". */
const CLAUSE_OPENING_PREPOSITIONS = new WordSet(['after', 'before', 'as']);
/** Words that open a phrase set before a sentence's subject: "In a speech in Ohio, ...", "After the vote, ...", "Asked about the vote, ...". */
const FRONTED_OPENERS = new WordSet([...PREPOSITIONS, 'despite', 'if', 'when', 'while', 'although', 'though', 'since', 'because', 'once', 'unless', 'until', 'asked', 'pressed']);
/** Prepositions of place that front a phrase before "the" or "a": "Outside the stadium, fan Joana Reis said". */
const PLACE_OPENERS = new WordSet(['outside', 'inside', 'near', 'beside', 'behind', 'across', 'around', 'along', 'beyond', 'amid']);
const ORDINALS = new WordSet(['second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth']);
/** Where a count that starts at word k ends ("300", "another", "a second", "a further 20"), or -1. */
function countEnd(words: Word[], k: number): number {
  if (words[k]!.lower === 'another') return k + 1;
  let j = DETERMINER_ONLY.hasLower(words[k]!) ? k + 1 : k;
  if (j > k && words[j]?.lower === 'further') j++;
  // "added an estimated $5 billion", "added about £300,000".
  if (ROUGHLY.hasLower(words[j])) j++;
  const determined = j > k;
  if (CURRENCY_SIGNS.hasText(words[j]) && !words[j + 1]?.spaced) j++;
  const w = wordOrNone(words, j);
  return w && (w.info.digitFirst || (determined && ORDINALS.hasLower(w))) ? j + 1 : -1;
}
const ROUGHLY = new WordSet(['estimated', 'about', 'nearly', 'almost', 'roughly', 'around', 'some', 'over', 'extra', 'additional']);
const CURRENCY_SIGNS = new WordSet(['$', '£', '€', '¥']);

/** What shows a finding besides a document: a recording, a picture, an average; "it" for one named before. */
const SHOWING_NOUNS = new WordSet(['video', 'videos', 'footage', 'image', 'images', 'photo', 'photos', 'slide', 'slides', 'chart', 'map', 'average', 'averages', 'it']);

/** Does a document ("study", "survey", "report") head the subject of the verb at word `k`, in its clause: "A 2014 study by … found"? */
function documentBefore(words: Word[], k: number, others?: WordSet): boolean {
  for (let j = k - 1; j >= 0 && j >= k - 12; j--) {
    const w = words[j]!;
    if (w.kind !== 'word' || CLAUSE_WORDS.hasLower(w)) return false;
    if (documentNouns.hasLower(w) || others?.hasLower(w)) return true;
  }
  return false;
}

/** "called heat “the silent killer,” and she is right": a name given ends at a comma and a coordinator; what follows is the writer's. */
function namingEnd(words: Word[], from: number, end: number): number {
  // "called “group violence” during a demonstration": a name in marks right after the cue is all it gives, where a phrase of its
  // own follows (not "called “Sleeping Bread” Puig's “greatest gift”", whose name comes after the object).
  if (OPEN_MARKS.hasText(words[from]) || words[from]?.text === '"') {
    let close = from + 1;
    while (close < end && close - from <= 12 && !CLOSE_MARKS.hasText(words[close]) && words[close]!.text !== '"') close++;
    const next = words[close + 1];
    if (close < end && close - from <= 12 && (!next || next.kind !== 'word' || PREPOSITIONS.hasLower(next) || COORDINATORS.hasLower(next))) return close + 1;
  }
  for (let j = from + 2; j + 1 < end; j++) {
    if (words[j]!.text === ';') return j;
    if (words[j]!.text !== ',') continue;
    // Past the closing mark of a name in marks: "“the silent killer,” and".
    const mark = CLOSE_MARKS.hasText(words[j + 1]) || words[j + 1]!.text === '"' ? j + 1 : j;
    // Not before a cue of the same subject: "described it as ominous, and said …" reports on.
    if (COORDINATORS.hasLower(words[mark + 1]) && !cueAt(words, mark + 2)) return mark === j ? j : mark + 1;
  }
  return end;
}

/** "added the wharf to its World Heritage list": "to" after the object, before any verb of a clause. */
function addsTo(words: Word[], k: number): boolean {
  for (let j = k + 1; j < words.length && j < k + 8; j++) {
    const w = words[j]!;
    if (w.kind !== 'word' || AUXILIARIES.hasLower(w) || (w.lower.length > 4 && w.lower.endsWith('ed'))) return false;
    if (w.lower === 'to') return true;
  }
  return false;
}

/** Is a number to ring in the few words from `from` on: "call 999", "call the force on 101"; not "called the 1996 winner …"? */
function callsNumber(words: Word[], from: number, end: number): boolean {
  for (let j = from; j < end && j < from + 7 && words[j]!.text !== ','; j++) {
    if (words[j]!.info.digitFirst && (j === from || words[j - 1]!.lower === 'on' || words[j - 1]!.lower === 'at')) return true;
  }
  return false;
}

/** "charge patients for insulin", "charged $20": after "charge" (words from `from`), a price or what it is for, before any "with" or "that". */
function chargesPrice(words: Word[], from: number, end: number): boolean {
  for (let j = from; j < end && j < from + 5; j++) {
    const w = words[j]!;
    if (w.lower === 'with' || w.lower === 'that' || w.text === ',') return false;
    if (w.lower === 'for' || CURRENCY_SIGNS.hasText(w) || (j === from && w.info.digitFirst)) return true;
  }
  return false;
}

/**
 * Does a thing that is called, in the sense of convened, open at word `k` ("a snap election", "snap elections"), with no complement
 * after it? Not after "the" or a possessive: PolNeAR reads "had called the hearing" as a report, and "called her vote … a mistake" is one;
 * but "called the strike" is a strike's.
 */
function convenes(words: Word[], k: number): boolean {
  if (words[k]?.lower === 'the' && STOPPAGES.hasLower(words[k + 1])) return !DETERMINER_ONLY.hasLower(words[k + 2]) && !OPEN_MARKS.hasText(words[k + 2]) && words[k + 2]?.text !== '"';
  if (words[k]?.kind !== 'word' || (DETERMINER_ONLY.hasLower(words[k]) && !indefiniteArticles.hasLower(words[k]))) return false;
  let j = indefiniteArticles.hasLower(words[k]) ? k + 1 : k;
  for (let n = 0; n < 2 && words[j]?.kind === 'word' && !words[j]!.capitalized && !CONVENED_NOUNS.hasLower(words[j]!); n++) j++;
  const after = words[j + 1];
  // "called an emergency meeting to discuss the test" still reports, through the purpose's cue.
  const purpose = after?.lower === 'to' && !!cueAt(words, j + 2);
  return CONVENED_NOUNS.hasLower(words[j]) && !(DETERMINER_ONLY.hasLower(after) || OPEN_MARKS.hasText(after) || after?.text === '"' || purpose);
}
const FELT_ADJECTIVES = new WordSet(['easy', 'easier', 'hard', 'harder', 'difficult', 'tough', 'impossible', 'challenging', 'frustrating', 'painful', 'strange', 'odd', 'funny', 'useful', 'helpful', 'necessary', 'refreshing', 'rewarding', 'exhausting', 'daunting', 'comforting', 'liberating']);
const CONVENED_NOUNS = new WordSet(['strike', 'strikes', 'walkout', 'election', 'elections', 'vote', 'referendum', 'meeting', 'session', 'conference', 'summit', 'hearing', 'inquiry', 'halt', 'ceasefire', 'truce', 'recess', 'timeout', 'boycott']);

const STOPPAGES = new WordSet(['strike', 'strikes', 'walkout', 'boycott', 'stoppage']);

/** "agreed a fee with Porto", "agreed terms": "agree" (at word k) takes a deal as its object, unless a clause follows ("agreed the plan would fail"). */
function agreesDeal(words: Word[], k: number, verb: CueVerb): boolean {
  const next = words[k + verb.words.length];
  return verb.lemma === 'agree' && !!next && (DETERMINER_ONLY.hasLower(next) || next.lower === 'terms') && !hasVerbSoon(words, k + verb.words.length, true);
}

/** "offered help through its civil protection mechanism, …": a cue whose clause holds a noun phrase and no verb reports no content of its own. */
function takesObjectOnly(words: Word[], k: number, verb: CueVerb, end: number): boolean {
  const after = k + verb.words.length;
  const tail = lastSeparator(words, after, end);
  return tail > after && nounPhraseOnly(words, after, tail);
}

/** Is the clause from word `from` (to its comma or its sentence's end, before `end`) a noun phrase alone? */
function objectOnlyInClause(words: Word[], from: number, end: number): boolean {
  let stop = from;
  while (stop < end && words[stop]!.text !== ',' && words[stop]!.text !== '.' && words[stop]!.text !== ';') stop++;
  // "disputed that account": a demonstrative opens a noun phrase, not a clause.
  const start = DEMONSTRATIVES.hasLower(words[from]) ? from + 1 : from;
  return stop > start && nounPhraseOnly(words, start, stop, true);
}

/** After "add", do words [from, to) name a thing added, not a remark? */
function addsThing(words: Word[], from: number, to: number, afterVerb: boolean): boolean {
  if (!words[from] || PRONOUNS.hasLower(words[from])) return false;
  // "added 140 entities to its list": a thing added to another, "to" a preposition before a noun phrase.
  for (let j = from + 1; j < to - 1; j++) {
    const next = words[j + 1]!;
    if (words[j]!.lower === 'to' && (DETERMINERS.hasLower(next) || possessiveDeterminers.hasLower(next) || next.info.digitFirst)) return nounPhraseOnly(words, from, j, afterVerb) && nounPhraseOnly(words, j + 1, to);
  }
  return nounPhraseOnly(words, from, to, afterVerb);
}

/**
 * Do words [from, to) hold no clause: no word that opens one, no auxiliary, no verb in "-ed", no quote mark? Right after its verb,
 * a clause of time after the noun phrase is none of the verb's ("added a second after Asante fouled Ruiz", "a shot as
 * the Rangers won").
 */
function nounPhraseOnly(words: Word[], from: number, to: number, afterVerb = false): boolean {
  if (from >= words.length) return false;
  for (let j = from; j < to && j < words.length; j++) {
    const w = words[j]!;
    if ((w.text === '.' && j === to - 1) || (afterVerb && j > from && TIME_CLAUSE_OPENERS.hasLower(w))) break;
    // A hyphen joins words; a word in "-ed" after a number or in a compound is an adjective ("61 untroubled runs", "so-called").
    const joining = w.text === '-' && !w.spaced && !words[j + 1]?.spaced;
    const adjective = w.text.includes('-') || !!words[j - 1]?.info.digitFirst || (j > from && words[j - 1]!.text === '-' && !w.spaced);
    if ((w.kind !== 'word' && w.text !== ',' && !joining) || OBJECT_CLAUSE_WORDS.hasLower(w) || AUXILIARIES.hasLower(w) || (w.lower.length > 4 && w.lower.endsWith('ed') && !adjective)) return false;
  }
  return true;
}
const SET_OFF_AGE = /^\d{1,3}$/;
const OWNING_PRONOUNS = new Set(['his', 'her', 'its', 'their']);
const TRADE_NOUN = /^\p{Ll}{3,}(?:ian|ist)$/u;
const PATRONYMIC = /^\p{Lu}\p{Ll}+(?:ov|ev|yev)(ich|na)$/u;
const MUTE_RECORDS = new Set(['data', 'figures', 'statistics', 'numbers', 'records', 'filings']);
/** An unnamed source that is a document ("a statement", "the report"), never "he" or "she". */
const isDocument = (e: EntityDraft) => e.anonymous && documentNouns.has(singular(e.nameWords.at(-1)!.toLowerCase()));
const MOTION_VERBS = new WordSet(['arrived', 'came', 'went', 'left', 'returned', 'emerged', 'walked', 'marched', 'stood', 'sat', 'appeared', 'responded', 'replied', 'wrote', 'posted']);
const OBJECT_CLAUSE_WORDS = new WordSet(['that', 'to', 'who', 'which', 'whether', 'if', 'how', 'why', 'what', 'when']);

/** Does a verb follow word k within ten words of its sentence (or its clause, to the next comma)? */
function hasVerbSoon(words: Word[], k: number, inClause = false): boolean {
  for (let j = k + 1; j < words.length && j < k + 10; j++) {
    const w = words[j]!;
    if (w.text === '.' || w.text === ';' || (inClause && w.text === ',')) return false;
    // "added a second after Doyle fouled Ruiz": a verb past "after" is another clause's; so is one in a relative clause ("added 22
    // points for Denver, which has won six straight").
    if (ADVERBIAL_CLAUSE_OPENERS.hasLower(w) || (words[j - 1]?.text === ',' && (w.lower === 'which' || w.lower === 'who'))) return false;
    if (w.kind === 'word' && !w.capitalized && (AUXILIARIES.hasLower(w) || (w.lower.length > 4 && w.lower.endsWith('ed')))) return true;
  }
  return false;
}
const HEADLINE_GENRES = new WordSet(['analysis', 'review', 'explainer', 'commentary', 'editorial', 'feature', 'preview', 'profile', 'obituary', 'transcript', 'factbox', 'timeline']);
const TIME_CLAUSE_OPENERS = new WordSet(['after', 'before', 'until', 'as']);
/** Where the last clause of time or reason with a subject of its own opens between words `from` and `to`; -1 for none. */
function clauseOpenerBefore(words: Word[], from: number, to: number): number {
  for (let i = to - 2; i >= from; i--) if (REASON_OR_TIME_OPENERS.hasLower(words[i]) && (DETERMINERS.hasLower(words[i + 1]) || words[i + 1]!.capitalized)) return i;
  return -1;
}
const REASON_OR_TIME_OPENERS = new WordSet(['after', 'before', 'when', 'since', 'because', 'until', 'although', 'though', 'unless', 'whereas']);
const ADVERBIAL_CLAUSE_OPENERS = new WordSet(['after', 'before', 'when', 'while', 'because', 'since', 'until', 'as', 'following', 'despite']);
/** Clause starters that also open a noun phrase object: "the back of", "some resources". */
const DETERMINER_ONLY = new WordSet(['the', 'a', 'an', 'some', 'many', 'most', 'all', 'any', 'every', 'both', 'more', 'nearly', 'about', 'almost', 'several', 'such', 'its', 'his', 'her', 'their', 'our', 'no', 'only']);
const round2 = (x: number) => Math.round(x * 100) / 100;

/** An attribution the model read, with its content's offsets. */
interface Found {
  block: Block;
  words: Word[];
  /** Where each word's sentence starts, in `words`. */
  sentenceStart: readonly number[];
  attribution: ModelAttribution;
  start: number;
  end: number;
}
/** What may open a sentence before a participle whose subject follows its clause: "After saying …, she". */
const ADJUNCT_OPENERS = new WordSet(['after', 'before', 'when', 'while', 'upon', 'in', 'by', 'since']);
const WARNING_TOPICS = new Set(['against', 'of', 'about']);
const SPEAKING_TERMS = /\b(?:condition|background|record)\b/i;
const TOPIC_PREPOSITIONS = new Set(['of', 'about', 'on', 'upon']);
const HEADLINE_QUOTE_MARKS = new WordSet(['‘', "'", '"', '“']);
const HEADLINE_SOURCE_MARKS = new WordSet([':', '—', '–', '-']);
/** Nouns for a company, which no union, party or public body is. */
const COMPANY_NOUNS = new Set(['company', 'firm']);
const NOT_COMPANY_WORDS = new Set(['union', 'party', 'chamber', 'authority', 'bureau', 'institute', 'foundation', 'ministry', 'department', 'council', 'court', 'commission', 'agency', 'association', 'federation', 'confederation', 'university', 'police', 'army', 'government', 'parliament', 'assembly', 'committee', 'league', 'congress', 'senate', 'church', 'journal', 'reserve', 'nations', 'organization', 'organisation', 'programme', 'program', 'alliance', 'coalition', 'movement', 'tribunal', 'office']);
const HEADLINE_CUES = new Set(['say', 'tell', 'warn', 'claim', 'find', 'deny', 'insist', 'urge', 'accuse', 'admit', 'reveal', 'confirm', 'announce', 'vow', 'suggest', 'question', 'call', 'call for', 'call on', 'reject', 'argue', 'predict', 'allege', 'show']);
/** The most words and marks of a sentence after a quote that can be just its attribution: "Berg demanded on Tuesday." */
const ATTRIBUTION_SENTENCE_MAX = 12;
const SIGN_OFF_DASHES = new WordSet(['―', '—', '–', '-', '--']);

// Written so that no two repeats can match the same characters: a long gap must not backtrack.
const RUN_ON_GAP = /^[^\n]*\n\s*["“„«]?$/;
const REOPENED_GAP = /^[”"]?[^\S\n]*\n\s*["“]$/;

function isRunOn(text: string, from: number, to: number): boolean {
  const gap = text.slice(from, to);
  const trimmed = gap.trimEnd();
  const withoutClose = trimmed.endsWith('”') || trimmed.endsWith('"') ? trimmed.slice(0, -1) : gap;
  return RUN_ON_GAP.test(withoutClose) || REOPENED_GAP.test(gap);
}

/** The last comma or dash before `to` that sets off an attribution tail. */
function lastSeparator(words: Word[], from: number, to: number): number {
  for (let j = to - 1; j >= from; j--) {
    const t = words[j]!.text;
    // Not the comma inside a number: "about 1,800 deaths".
    if ((t === ',' && !inNumber(words, j)) || t === '—' || t === '–' || (t === '-' && words[j]!.spaced)) return j;
  }
  return -1;
}

const inNumber = (words: Word[], j: number) => !!words[j - 1]?.info.digitFirst && !!words[j + 1]?.info.digitFirst && !words[j]!.spaced && !words[j + 1]!.spaced;

/** Where a short description an owner opens, whatever its noun, starts when it ends at word `j` and opens its clause ("…, his agent, Fiona Birch, said"); else -1. */
function ownedDescription(words: Word[], j: number, min: number): number {
  let k = j;
  while (k > min && j - k < 3 && words[k]!.kind === 'word' && !words[k]!.capitalized && !possessiveDeterminers.hasLower(words[k]!)) k--;
  return k < j && possessiveDeterminers.hasLower(words[k]!) && (k === min || words[k - 1]!.text === ',') ? k : -1;
}

/**
 * Where a short description of a person or a body starts when it ends at word `j` and a comma sets it off before ("…, the operator",
 * "…, the ministry's spokesman", "…, his agent"); else -1.
 */
function descriptionBefore(words: Word[], j: number, min: number): number {
  const owned = ownedDescription(words, j, min);
  if (owned >= 0) return owned;
  if (!descriptorNouns.hasLower(words[j]) && !orgDescriptors.hasLower(words[j])) return -1;
  let k = j - 1;
  while (k > min && j - k < 3 && words[k]!.kind === 'word' && !words[k]!.capitalized && words[k]!.lower !== 'the') k--;
  return words[k]?.lower === 'the' && words[k - 1]?.text === ',' ? k : -1;
}

const SAID_FORMS = new WordSet(['said', 'says', 'told', 'tells', 'added', 'adds']);
/** Words that join a second cue to a first ("said A but noted B"), and set off a report of its own right before its subject ("…, and Democrats accused"). */
const COORDINATORS = new WordSet(['and', 'or', 'but', 'though', 'although', 'yet', 'while', 'whereas']);
/** The same for a report only the model reads, with a semicolon: "A; they learned B", not "while". */
const MODEL_CLAUSE_CONJUNCTIONS = new Set(['and', 'but', 'though', 'although', 'yet', 'whereas', ';']);
const RELATIVES = new WordSet(['which', 'who', 'that']);
const OBJECT_RELATIVES = new WordSet(['which', 'whom']);
const REPORTS = /\breport/i;
const RESULT_NOUNS = new WordSet(['results', 'earnings', 'figures', 'accounts']);
/** Does the content at word `k` open with a company's results as the object: "results", "its quarterly earnings"? */
function publishesResults(words: Word[], k: number): boolean {
  for (let i = k; i < k + 3 && words[i]?.kind === 'word'; i++) {
    // Not the subject of a clause: "reported results were strong".
    if (RESULT_NOUNS.hasLower(words[i])) return !FINITE_AFTER_NOUN.hasLower(words[i + 1]);
    if (words[i]!.capitalized || words[i]!.lower === 'that') return false;
  }
  return false;
}
const APOSTROPHES = new WordSet(["'", '’']);
/** Is word `k` a plural owner, its apostrophe after it: "Patients' rights"? */
const pluralOwnerAt = (words: Word[], k: number) => words[k]?.kind === 'word' && words[k]!.text.endsWith('s') && APOSTROPHES.hasText(words[k + 1]) && !words[k + 1]!.spaced;
/** Are words [from, to) a few nouns in lower case an owner may own: "rights groups"? */
function ownedNounsUpTo(words: Word[], from: number, to: number): boolean {
  if (to <= from || to - from > 3) return false;
  for (let k = from; k < to; k++) if (words[k]!.kind !== 'word' || words[k]!.capitalized || AUXILIARIES.hasLower(words[k]) || isAdverb(words[k]!.text)) return false;
  return true;
}
const WH_RELATIVES = new WordSet(['which', 'who', 'whose']);

/** "said last | year's budget was too small": a cue the reader ends on a time that owns the content's noun gives the time back to it. */
function timeOutOfCue(f: Found): Found {
  const a = f.attribution;
  const { words } = f;
  if (!a.cue || a.cue.to - a.cue.from < 2 || a.content[0]?.from !== a.cue.to) return f;
  const last = words[a.cue.to - 1]!;
  const next = words[a.cue.to];
  if ((last.lower !== 'last' && last.lower !== 'this') || !next || next.normEnd === next.end) return f;
  const to = a.cue.to - 1;
  return { ...f, start: words[to]!.start, attribution: { ...a, cue: { ...a.cue, to }, content: [{ ...a.content[0]!, from: to }, ...a.content.slice(1)] } };
}

/**
 * "The library, which opened in 2014, won …, according to the city": a report before its cue opens with the noun a relative
 * clause describes, not with the clause the model began it at.
 */
function openedAtRelativesNoun(f: Found): Found {
  const { words, attribution: a } = f;
  const opening = a.content[0]!;
  const sentence = f.sentenceStart[opening.from]!;
  if (!a.cue || opening.to > a.cue.from || wordOrNone(words, opening.from - 1)?.text !== ',' || !WH_RELATIVES.hasLower(words[opening.from])) return f;
  if (!isPlainSubject(words, sentence, opening.from - 1)) return f;
  return { ...f, start: words[sentence]!.start, attribution: { ...a, content: [{ ...opening, from: sentence }, ...a.content.slice(1)] } };
}

/**
 * "said U.S. District Judge Harold Venn had applied the wrong standard": a source the model read after its cue, then an auxiliary
 * that opens the content, is the subject of what is said; the speaker is found as if the model had tagged none.
 */
function sourceAsSubject(f: Found): Found {
  const { words, attribution: a } = f;
  const opening = a.content[0]!;
  if (!a.cue || !a.source || a.source.from < a.cue.to || opening.from !== a.source.to || !AUXILIARIES.hasLower(words[opening.from])) return f;
  return { ...f, start: words[a.cue.to]!.start, attribution: { ...a, source: null, content: [{ ...opening, from: a.cue.to }, ...a.content.slice(1)] } };
}

/**
 * "promised to continue the programs of her predecessor, Andres Manuel Lopez Obrador": after a cue that opens the content, a name
 * after the content is no source; the speaker is found as if the model had tagged none.
 */
function sourceAfterContent(f: Found): Found {
  const a = f.attribution;
  if (!a.cue || !a.source || a.cue.to > a.content[0]!.from || a.source.from < a.content.at(-1)!.to) return f;
  return { ...f, attribution: { ...a, source: null } };
}

/** Are words [from, to) a short noun phrase that could be a clause's subject: words only, none a preposition first or a cue? */
function isPlainSubject(words: Word[], from: number, to: number): boolean {
  if (to <= from || to - from > 6 || PREPOSITIONS.hasLower(words[from]!)) return false;
  for (let k = from; k < to; k++) if (words[k]!.kind !== 'word' || cueAt(words, k)) return false;
  return true;
}
const SOURCE_PREPOSITIONS = new WordSet(['by', 'of']);
/** Prepositions that also open a clause: "as officials feared that", "after the minister said". */
const CONJUNCTIVE_PREPOSITIONS = new WordSet(['as', 'after', 'before', 'for']);
const NAMING_LEMMAS = new Set(['call', 'describe', 'dub', 'term', 'label', 'brand', 'characterize', 'characterise', 'name']);
const INCLUSIONS = new Set(['including', 'among', 'notably', 'especially']);
/** A reported clause found: its content's offsets, its attribution and its cue's word. */
type Reported = [number, number, Attribution, number];
/** Where the marks around a short capitalized title that close at word `close` open, or -1: "“The Exorcist: Believer”". */
function quotedTitleStart(words: Word[], close: number, min: number): number {
  for (let k = close - 1; k >= min && close - k <= 8; k--) {
    const w = words[k]!;
    // A title, not a sentence quoted: it opens with a capital and ends in a word, not a stop or a comma.
    if (OPEN_MARKS.hasText(w) || w.text === '"') return words[k + 1]?.capitalized && words[close - 1]!.kind === 'word' ? k : -1;
    if (CLOSE_MARKS.hasText(w) || w.text === ',' || w.text === '.') return -1;
  }
  return -1;
}
const SPEECH_AFTER = /^\s+(\p{Ll}+)/u;
const APPOSED_VERB = /^,\s+(\p{Ll}+)/u;
const YES_NO_OPENERS = new WordSet(['did', 'does', 'do', 'is', 'was', 'are', 'were', 'will', 'would', 'can', 'could', 'should', 'has', 'have', 'had']);
/**
 * Is the sentence that opens at word `start` and holds word `at` a question opening on an auxiliary, which no verb of asking in it
 * reports: "Did she fear …?", not "Could the Prime Minister confirm, he asked, how many …?"
 */
function isYesNoQuestion(words: Word[], start: number, at: number): boolean {
  if (!words[start]?.capitalized || !YES_NO_OPENERS.hasLower(words[start]!)) return false;
  for (let k = start + 1; k < words.length; k++) {
    const t = words[k]!.text;
    if (ASKING_FORMS.hasLower(words[k]!)) return false;
    if (t === '?') return k >= at;
    if (t === '.' || t === '!') return false;
  }
  return false;
}
const ASKING_FORMS = new WordSet(['asked', 'asks', 'ask', 'wondered', 'wonders', 'demanded', 'demands']);
/** "held talks with a trade delegation": talks held are a meeting, no report ("had talked about" is one). */
const heldTalks = (words: Word[], k: number) => words[k]!.lower === 'talks' && HOLDING.hasLower(words[k - 1]);
const HOLDING = new WordSet(['held', 'hold', 'holds', 'holding', 'had', 'have', 'has', 'began', 'begin', 'opened', 'resumed', 'concluded']);
/** The parts of a body that speak for it: "country office", "regional bureau". */
const BODY_UNITS = new Set(['office', 'bureau', 'branch', 'unit', 'division', 'mission', 'delegation', 'secretariat', 'headquarters', 'chapter', 'affiliate']);
/** The words of a quote without the marks, stops and spaces around them; a loop, as a pattern anchored at the end backtracks. */
function withoutEdges(text: string): string {
  let from = 0;
  let to = text.length;
  while (from < to && QUOTE_EDGE.test(text[from]!)) from++;
  while (to > from && QUOTE_EDGE.test(text[to - 1]!)) to--;
  return text.slice(from, to);
}
const QUOTE_EDGE = /[\s"“”‘’'.,!?]/;
const NICKNAMING = new WordSet(['nicknamed', 'nickname', 'aka']);
const DOUBLE_MARKS_ALL = /["“”]/g;
/** An odd count of double quotation marks: the paragraph's last quote runs on. */
const leavesQuoteOpen = (text: string) => (text.match(DOUBLE_MARKS_ALL)?.length ?? 0) % 2 === 1;
const SAYING_FORMS = new Set(['said', 'says', 'told', 'tells', 'added', 'adds', 'explained', 'explains', 'recalled', 'recalls', 'insisted', 'insists', 'argued', 'argues', 'wrote', 'writes']);
const SUBJECT_VERBS = new Set(['is', 'was']);
const COPULAS = new WordSet(['is', 'was', 'are', 'were']);
const QUESTION_END = /\?["”’]?\s*$/;
const RELATIVE_THEN_SUBJECT = /\b(?:which|who|that)\s+\S+\s+$/i;
const POSSESSIVE_AFTER = /^['’]s?/;
const ASKED_OPENING = /^(?:When )?[Aa]sked\b/;
const AGED_THEN_WORD = /^, \d{1,3}, (\p{Ll}+)/u;
const REPORTED_BEFORE = /\b(?:said|says|told|that)\s+$/;
const SENTENCE_OPENING = /[.!?]["”’]?\s+$/;
const DESCRIBED_BY_PARTICIPLES = new WordSet(['champion', 'champions', 'titleholder', 'titleholders', 'party', 'parties', 'coalition', 'sign', 'signs', 'shot', 'shots', 'label', 'labels', 'light', 'lights']);
/** "officials", "they": a word that can be the subject of a verb's base form. */
const isPluralSubject = (w: Word | undefined) => !!w && w.kind === 'word' && ((w.lower.endsWith('s') && !w.lower.endsWith('ss')) || BASE_FORM_SUBJECTS.hasLower(w));
const BASE_FORM_SUBJECTS = new WordSet(['they', 'we', 'i', 'you', 'who', 'people', 'police']);
const PLURAL_VERBS = new WordSet(['are', 'were', 'have']);
const FINITE_AFTER_NOUN = new WordSet(['was', 'were', 'is', 'are', 'has', 'have', 'had', 'will', 'would', 'beat', 'missed', 'fell', 'rose', 'grew', 'dropped', 'climbed', 'jumped', 'slipped', 'gained', 'surged', 'soared', 'tumbled', 'plunged', 'shows', 'showed', 'hit', 'reached', 'topped', 'exceeded', 'remained', 'doubled', 'tripled', 'eased', 'declined', 'increased', 'rebounded', 'outpaced', 'slowed', 'stalled']);
/** Verbs that make a clause finite: a "that" after one is no longer the cue's. */
const FINITE_AUXILIARIES = new WordSet(['will', 'would', 'has', 'have', 'had', 'was', 'were', 'is', 'are', 'can', 'could', 'may', 'might', 'should', 'must', 'shall']);
const CLAUSE_WORDS = new WordSet(['which', 'who', 'whom', 'that', 'where', 'when', 'while', 'as', 'if', 'because', 'and', 'but', 'or', 'although', 'though']);
function hasClauseWord(words: Word[], from: number, beforeOffset: number): boolean {
  // Not one in capitals, a body's initials: "…, WHO spokesperson Sara Lind told".
  for (let j = from; j < words.length && words[j]!.start < beforeOffset; j++) if (CLAUSE_WORDS.hasLower(words[j]!) && !inCapitals(words[j]!)) return true;
  return false;
}

const inCapitals = (w: Word) => w.text.length > 1 && w.text !== w.lower && w.text === w.text.toUpperCase();

/** Moves an end index back over punctuation and connectives ("..., and"), not over a number's per cent sign ("rose 5%, he said"). */
function trimBack(words: Word[], from: number, end: number): number {
  const kept = (w: Word) => (w.kind === 'word' ? w.lower !== 'and' && w.lower !== 'but' : CLOSE_MARKS.hasText(w) || isPercentSign(w));
  while (end > from && !kept(words[end - 1]!)) end--;
  return end;
}

const LEADING_ARTICLE = /^(?:the|a|an) /;
const OPENING_THE = /^the /i;

/** Words that open or head no phrase naming a speaker: "despite admitting", "perhaps recognizing", "fueling worries", "he'll promote". */
const NAMES_NO_ONE = new WordSet(['despite', 'including', 'perhaps', 'together', 'now', 'then', 'also', 'even', 'still', 'instead', 'however', 'here', 'there']);
function namesNoOne(w: Word): boolean {
  return PREPOSITIONS.hasLower(w) || NAMES_NO_ONE.hasLower(w) || isAdverb(w.text) || (!w.capitalized && w.lower.endsWith('ing') && !documentNouns.hasLower(w)) || CONTRACTED_PRONOUN.test(w.lower);
}

/** Words quoted between doubled apostrophes, as some archives print quotation marks (''…''); undefined when there are none. */
function doubledApostropheQuotes(block: Block): ((offset: number) => boolean) | undefined {
  const t = block.text;
  const regions: [number, number][] = [];
  for (let a = t.indexOf("''"); a >= 0; ) {
    const b = t.indexOf("''", a + 2);
    if (b < 0) break;
    regions.push([block.start + a + 2, block.start + b]);
    a = t.indexOf("''", b + 2);
  }
  if (!regions.length) return undefined;
  return (offset) => {
    const r = regions[firstNotBefore(regions, ([, b]) => b <= offset)];
    return !!r && r[0] <= offset;
  };
}

/** Is the name, in capitals or not, a place of the gazetteer: "NEW DELHI", "Lagos"? */
const isPlaceName = (name: string) => isGazetteerPlace(name.split(' ').map((w) => w[0]! + w.slice(1).toLowerCase()));

/**
 * Who word `k` names as a subject: a person or group (`ref`, the mention there), unless it follows a
 * preposition ("at a rally in Michigan", "a letter to Senate leaders"); else a personal pronoun but "it".
 */
function subjectAt(words: Word[], k: number, ref: MentionRef | undefined): Source | null {
  if (ref && ref.entity.type !== 'place' && !afterPreposition(words, wordAt(words, ref.start))) return { start: ref.start, end: ref.end, entity: ref.entity };
  const w = words[k]!;
  return PRONOUNS.hasLower(w) && w.lower !== 'it' ? { start: w.start, end: w.end, pronoun: w.lower } : null;
}

/** "- ", "• ": a list's item marks (chrome.json's bulletPrefixes). */
const LIST_BULLETS = new Set(bulletPrefixes);
/** "MANILA, Philippines (AP) — Typhoon …": the first word past a dateline opening the sentence, else `from`. */
function afterDateline(words: Word[], from: number, to: number): number {
  // "- The ship was sailing …": a list's bullet opens the item and is no part of it.
  if (from + 1 < to && LIST_BULLETS.has(words[from]!.text) && words[from + 1]!.spaced) from++;
  // "UPDATE: 11:40 a.m. — The death toll …": a live update's label, then its time stamp.
  if (words[from]?.text === 'UPDATE' && words[from + 1]?.text === ':' && from + 2 < to) from += 2;
  const first = words[from];
  // "(Bloomberg) -- The US government …": an agency's name in brackets, then a dash.
  if (first?.text === '(' && words[from + 1]?.capitalized && words[from + 2]?.text === ')' && DATELINE_DASHES.hasText(words[from + 3]) && from + 4 < to) return from + 4;
  // "14:05 GMT — The eye of the storm …": a live blog's time stamp opens its entry.
  if (first?.info.digitFirst) {
    let k = from;
    while (k < to && k - from < 6 && (words[k]!.info.digitFirst || words[k]!.text === ':' || words[k]!.text === '.' || TIME_ZONES.hasLower(words[k]!))) k++;
    if (k > from + 1 && k + 1 < to && DATELINE_DASHES.hasText(words[k]) && words[k]!.spaced) return k + 1;
    return from;
  }
  // A dateline opens with a word in capitals: a word in lower case, or one whose second letter is ("The"), opens none.
  const second = first?.text.charCodeAt(1) ?? 0;
  if (first?.capitalized && second >= 97 && second <= 122) return titleCaseDatelineEnd(words, from, to);
  if (!first?.capitalized) return from;
  const dash = datelineDash(words, from);
  if (dash >= 0 && dash + 1 < to && placeInCapitals(words, from, dash)) return dash + 1;
  // "LAGOS: Nigeria's central bank…".
  let colon = from + 1;
  while (colon < to && colon <= from + 3 && words[colon]!.text !== ':') colon++;
  if (colon + 1 >= to || words[colon]!.text !== ':') return from;
  const label = words.slice(from, colon).map((w) => w.text);
  return label.every((w) => ALL_CAPS_WORD.test(w)) && isPlaceName(label.join(' ')) ? colon + 1 : from;
}

/** "Pruitt: 26 of 38, 318 yards, 3 TD, 0 INT", "Kurbanov: Age 29, height 5-10, reach 72 inches": a stat box's line, no sentence, not words said. */
function isFigureList(content: string): boolean {
  return !ENDS_SENTENCE.test(content) && (content.match(FIGURE) ?? []).length >= 3;
}
const FIGURE = /(?:^|[\s,(])\d/g;
const ENDS_SENTENCE = /[.!?…]["”’)]?$/;

/** "NEW YORK, N.Y. —", "KYIV, Ukraine (AP) —": a dateline's place is in capitals up to its comma or bracket; "MP Kavinda Rajapakshe —" is none. */
function placeInCapitals(words: Word[], from: number, dash: number): boolean {
  for (let k = from; k < dash && words[k]!.text !== ',' && words[k]!.text !== '('; k++) if (words[k]!.kind === 'word' && !ALL_CAPS_WORD.test(words[k]!.text)) return false;
  return true;
}

const TIME_ZONES = new WordSet(['gmt', 'utc', 'bst', 'cet', 'cest', 'et', 'est', 'edt', 'pt', 'pst', 'pdt', 'ist', 'jst', 'aest', 'a.m.', 'p.m.', 'am', 'pm', 'local', 'time']);

/**
 * "Madrid, July 12 (EFE) —", "Paris (AFP) -": a dateline in title case, told from a sentence's opening by the agency in brackets
 * before the dash, after capitalized words, commas and a date only. Past it; else `from`.
 */
function titleCaseDatelineEnd(words: Word[], from: number, to: number): number {
  let k = from;
  while (k < to && k - from < 8 && ((words[k]!.kind === 'word' && (words[k]!.capitalized || words[k]!.info.digitFirst)) || words[k]!.text === ',')) k++;
  if (words[k]?.text !== '(' || words[k + 1]?.kind !== 'word' || !words[k + 1]!.capitalized) return from;
  let close = k + 2;
  while (close < to && close - k <= 4 && words[close]!.text !== ')' && words[close]!.kind === 'word' && words[close]!.capitalized) close++;
  const dash = words[close + 1];
  return words[close]?.text === ')' && dash && DATELINE_DASHES.hasText(dash) && close + 2 < to ? close + 2 : from;
}

const TIME_WORDS = new WordSet(['yesterday', 'today', 'tonight', 'earlier', 'later', 'recently', 'previously']);
const PARTS_OF_DAY = new WordSet(['morning', 'afternoon', 'evening', 'night']);
const RELATIVE_TIMES = new WordSet(['week', 'month', 'year', 'night', 'weekend', 'spring', 'summer', 'fall', 'autumn', 'winter']);

/** Past "on Wednesday", "Wednesday", "on March 4", "last week", "yesterday" at word `k`, to the clause after it; else `k`. */
function afterTimePhrase(words: Word[], k: number, end: number): number {
  const w = words[k];
  if (!w || k + 1 >= end) return k;
  // A time that owns a noun is the content's: "said today's vote", "said this year's competition".
  const owns = (t: Word) => t.normEnd !== t.end;
  if (TIME_WORDS.hasLower(w) && !w.capitalized) return owns(w) ? k : k + 1;
  // News style drops the "on": "announced Monday", "said Friday afternoon".
  if (weekdays.hasText(w)) return owns(w) ? k : PARTS_OF_DAY.hasLower(words[k + 1]!) ? k + 2 : k + 1;
  const next = words[k + 1]!;
  if ((w.lower === 'last' || w.lower === 'this') && (RELATIVE_TIMES.hasLower(next) || weekdays.hasText(next))) return owns(next) ? k : k + 2;
  if (w.lower !== 'on' || !(weekdays.hasText(next) || months.hasText(next))) return k;
  return months.hasText(next) && words[k + 2]?.info.digitFirst ? k + 3 : k + 2;
}

/** Before "on Wednesday", "Wednesday", "on March 4", "last week", "yesterday" ending at word `j`: the word before it; else `j`. */
function beforeTimePhrase(words: Word[], j: number): number {
  const w = wordOrNone(words, j);
  if (!w || w.kind !== 'word') return j;
  if (TIME_WORDS.hasLower(w) && !w.capitalized) return j - 1;
  if (PARTS_OF_DAY.hasLower(w) && weekdays.hasText(words[j - 1])) return beforeTimePhrase(words, j - 1);
  const on = (k: number) => (words[k]?.lower === 'on' ? k - 1 : k);
  if (weekdays.hasText(w)) return (words[j - 1]?.lower === 'last' || words[j - 1]?.lower === 'this') ? j - 2 : on(j - 1);
  if (RELATIVE_TIMES.hasLower(w) && (words[j - 1]?.lower === 'last' || words[j - 1]?.lower === 'this')) return j - 2;
  if (w.info.digitFirst && months.hasText(words[j - 1])) return on(j - 2);
  // "in April".
  if (months.hasText(w) && words[j - 1]?.lower === 'in') return j - 2;
  return j;
}

/** "of Bernstein", "at the University of Arizona": words [from, to) say only where someone works. */
function isAffiliation(words: Word[], from: number, to: number): boolean {
  if (to - from < 2 || to - from > 10 || !WORKPLACE_PREPOSITIONS.hasLower(words[from]!)) return false;
  // "of the Lagos-based firm Okafor & Partners": a description of the body may stand before its name.
  for (let k = from + 1; k < to; k++) if (words[k]!.kind !== 'word' && words[k]!.text !== '&' && !(words[k]!.text === '-' && !words[k]!.spaced)) return false;
  return words[to - 1]!.capitalized;
}

/**
 * The "of" before the name at word `k` that makes it complete a description ("critics of the Bureau"), alone or joined
 * by "and" to a name after "of"; or -1.
 */
function complementOf(words: Word[], k: number, min: number): number {
  let j = k - 1;
  let kind = false;
  // "of the opposition National Action Party", "of the Nairobi-based think tank Mzalendo": up to four modifiers between the article
  // and the name, a compound joined by a hyphen among them.
  for (let m = 0; m < 4 && j > min; m++) {
    const w = words[j]!;
    // "of the German NGO Lieferkette Jetzt": a nationality and a kind of body written in capitals describe it too.
    const describes = w.kind === 'word' && (!w.capitalized || demonymCountry.has(w.norm) || orgDescriptors.hasLower(w));
    if (describes && w.lower !== 'the' && w.lower !== 'of') [j, kind] = [j - 1, kind || orgDescriptors.hasLower(w)];
    else if (w.text === '-' && !w.spaced && !words[j + 1]!.spaced && words[j - 1]!.kind === 'word') j -= 2;
    else break;
  }
  // "of consultancy Vértice Macro": a kind of body needs no article.
  if (wordOrNone(words, j)?.lower === 'the') j--;
  else if (!kind || wordOrNone(words, j)?.lower !== 'of') j = k - 1;
  if (wordOrNone(words, j)?.lower === 'and') for (j -= 2; j > min && words[j]!.capitalized; j--);
  return j >= min && words[j]!.lower === 'of' ? j : -1;
}

const isComplement = (words: Word[], k: number, min: number) => complementOf(words, k, min) >= 0;

/** Is the cue at word `k` a passive ("is expected", "was told", "has been said")? */
function isPassive(words: Word[], k: number, min: number): boolean {
  if (endsIn(words[k]!.lower, 'ing')) return false;
  let j = k - 1;
  while (j >= min && (isAdverb(words[j]!.text) || PASSIVE_ADVERBS.hasLower(words[j]!))) j--;
  return j >= min && BE_FORMS.hasLower(words[j]!);
}
const HOLDER_PREPOSITIONS = new WordSet(['to', 'for', 'of']);
const SUBJECT_FORMS = new Map([['him', 'he'], ['her', 'she'], ['them', 'they']]);

/** "quoted Petrov as saying": the index of the "as" before a participle of saying, within the clause after the cue; else -1. */
function asSayingAt(words: Word[], from: number, end: number): number {
  for (let j = from; j < end - 1 && j - from < 24; j++) {
    if (CLAUSE_END_MARKS.hasText(words[j]!)) return -1;
    if (words[j]!.lower === 'as' && words[j + 1]!.lower.endsWith('ing') && SAYING_LEMMAS.has(cueAt(words, j + 1)?.lemma ?? '')) return j;
  }
  return -1;
}

/** Words that stand between a form of "be" and its participle: "are now expected", "is not thought". */
const PASSIVE_ADVERBS = new WordSet(['not', "n't", 'now', 'still', 'also', 'already', 'long', 'often', 'even', 'again']);

/** Does a preposition come before word `i`, past an article: "in Michigan", "to the NAACP board"? Not one that names an author: "by", "from", "according to". */
function afterPreposition(words: Word[], i: number): boolean {
  let k = i - 1;
  // Past a name joined by "and" or "or": "between North Korea and Russia".
  if (wordOrNone(words, k)?.lower === 'and' || wordOrNone(words, k)?.lower === 'or') {
    let j = k - 1;
    while (j >= 0 && words[j]!.capitalized && words[j]!.kind === 'word') j--;
    if (j < k - 1) k = j;
  }
  if (k >= 0 && (words[k]!.lower === 'the' || words[k]!.lower === 'a' || words[k]!.lower === 'an')) k--;
  const w = wordOrNone(words, k)?.lower ?? '';
  // "was criticised by the union" names who criticised; "a startup backed by Sequoia" names no speaker: a participle that is no cue,
  // nor a passive's verb ("was triggered by the resignation of X, who …").
  if (w === 'by') return PAST_PARTICIPLE.test(words[k - 1]?.text ?? '') && !cueAt(words, k - 1) && !(k > 1 && BE_FORMS.hasLower(words[k - 2]!));
  if (w === 'from' || (w === 'to' && words[k - 1]?.lower === 'according')) return false;
  return PREPOSITIONS.has(w) || OBJECT_PREPOSITIONS.has(w);
}

function singular(word: string): string {
  return word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
}

/** Words that cannot be all a report says; not "her" or "him", which can ("spoke about her"). */
const FUNCTION_WORDS = new WordSet(['the', 'a', 'an', 'that', 'this', 'these', 'those', 'which', 'who', 'whom', 'what', 'whether', 'how', 'why', 'when', 'where', 'such', 'so', 'some', 'other', 'another', 'it', 'there']);

/** Is a content one function word or adverb ("that", "such", "basically"), which reports nothing? */
function isEmptyContent(content: string): boolean {
  const words = lexicalWords(content, 2);
  return words.length === 1 && (FUNCTION_WORDS.has(words[0]!.toLowerCase()) || isAdverb(words[0]!));
}
