// Finds named persons, organizations and places, links their mentions (full
// names, surnames, honorifics, acronyms, capitals standing for states), and
// reads their roles from titles and appositives.
import { foldApostrophes, ownCopy, TextTest, WordSet, type Block, type Sentence } from './structure';
import type { Entity, EntityType, Mention, MentionForm } from './types';
import { sentenceIsTitleCase, wordOrNone, wordsOf, type Word } from './tokens';
import { firstNotBefore } from './search';
import { hashString } from './learn/hash';
import { nerModel } from './learn/models';
import { documentContext, nameBounds, SentenceMode, sentenceMode, tagNames, type DocumentContext, type NameSpan, type NameType, type NerInput } from './learn/ner';
import {
  anonymousModifiers, articles, commonWordSet, countryPersonNouns, newspaperHeads, femaleNames, maleNames, femaleHonorifics, maleHonorifics, indefiniteArticles, possessiveDeterminers, cueVerbs, cueVerbsAt, demonymCountry, descriptorNouns, jobNouns, familyNamesFirst, firstNames, groupNouns, burmeseNames, honorifics, japaneseFamilyNames, japaneseGivenNames, mostCommonFamilyNames, placeGivenNames, vietnameseFamilyNames,
  capitalBodies, stagePerformers, stageGroups, legislaturesByFirstWord, countryOfCode, fieldsOfWork, linkedCountryNames, situationNouns, stateOfAbbreviation, nationalTeamRegions, isGazetteerPlace, isPluralOfPlaceNames, legalSuffixes, locativePrepositions, placeFeatureNouns, placeNamePrefixes, placeNameSuffixes, settlementNouns, cityNouns, lowerTitleHeads, lowerTitleWords, matchGazetteer, matchGazetteerTokens, months, nameParticles, orgDescriptors, companyNameEnds, genericOrgNouns, orgShortNames, postNominals, orgHeads, rankAbbreviations, regnalTitles, honorificsAfterReader, portfolioWords, kunyas,
  agencyDomains, kinPronouns, knownOrganizations, otherCapitalized, eventHeads, thingHeads, treatyHeads, placeHeads, serviceWords, sportsWords, sharedSportsWords, clubHeads, clubPrefixes, clubSuffixes, nationalBodySports, playerPositions, positionsAfterClubs, foreignCompanyOpeners, foreignBodyOpeners, companyEndsAfterReader, numberedUnits, isOrganizationsLastWord, companyTradeWords, personalRelations, companyRelations, titleHeads, weekdays, type GazetteerEntry, type GazetteerKind,
} from './lexicon';

const CONNECTORS = new WordSet(['of', 'for', 'on', 'the', 'and', '&', 'to', 'de', 'du', 'del', 'des', 'la', 'le', 'da', 'di', 'van', 'von', 'der', 'den', 'bin', 'ibn', 'al']);
const FUNCTION_WORDS = new WordSet(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'his', 'her', 'their', 'our', 'my', 'your']);
/** Words between an organization's head and its complement: "Ministry of Culture". */
const HEAD_LINKS = new WordSet(['of', 'for', 'on']);
const DETERMINER_OR_NUMBER = /^(a|an|the|these|those|some|many|several|\d[\d,.]*)$/;
/** Gazetteer kinds that also occur as the first word of a person's name: "Helena Marsh". */
const TOWN_KINDS = new Set<GazetteerEntry['kind']>(['city', 'capital', 'state']);
const OPENERS = new WordSet(['"', '“', '‘', "'", '(', '[', ':', '—', '–', '-', '«']);
/** Capitalized words that start no name: months, weekdays and the like; one lookup rather than three. */
const NOT_NAME_CAPITALS = new WordSet([...months, ...weekdays, ...otherCapitalized]);

interface Unit {
  kind: 'gaz' | 'cap' | 'conn';
  from: number;
  to: number;
  /** Set for 'gaz' units; present (undefined) on all, so units share one shape. */
  entry: GazetteerEntry | undefined;
}

/** A proposed mention, before it is linked to an entity. */
interface Candidate {
  sentence: Sentence;
  words: Word[];
  from: number;
  to: number;
  start: number;
  end: number;
  name: string;
  nameWords: string[];
  type: EntityType | 'unknown';
  /** 3: lexicon or head word; 2: context; 1: shape of a name; 0: unknown. */
  strength: number;
  rule: string;
  form: MentionForm;
  metonym?: boolean;
  roles: string[];
  /** The entity this mention was linked to. */
  entity?: EntityDraft;
  /** Started with "the": "the Post". */
  definite?: boolean;
  /** A title standing for a person named before: "the President". */
  titleOnly?: boolean;
  /** A common word that counts only as the surname of a person already named: "Marsh". */
  surnameOnly?: boolean;
  /** The entity reader's confidence in this name, when it read it. */
  confidence?: number;
  /** The entity reader's type for this mention: a country can act as a state ("North Korea fired"). */
  mentionType?: EntityType;
  /** A name inside an organization's name ("Texas" in "University of Texas"): it overlaps its host. */
  nested?: boolean;
  /** The name with the nickname the text gives it: "Bobby Scott" for 'Robert C. "Bobby" Scott'. */
  nicknamed?: string;
}

/** The word `n` before the candidate's first, none before its sentence's start (see wordOrNone). */
const wordBefore = (c: Candidate, n = 1) => wordOrNone(c.words, c.from - n);

export interface EntityDraft extends Omit<Entity, 'aliases' | 'metonyms' | 'roles'> {
  aliases: Set<string>;
  metonyms: Set<string>;
  roles: string[];
  strength: number;
  nameWords: string[];
}

export interface MentionRef {
  entity: EntityDraft;
  start: number;
  end: number;
}

export interface EntityTable {
  entities: EntityDraft[];
  /** Mention end offset (with and without a possessive) → mention. */
  byEnd: Map<number, MentionRef>;
  byStart: Map<number, MentionRef>;
  add(draft: Omit<EntityDraft, 'id'>): EntityDraft;
}

// Unicode-property regexes live in constants: the bundle turns inline ones into a `new RegExp` per call.
const ACRONYM = /^(?:\p{Lu}\.?){2,6}$/u;
const NAME_WORD = /^\p{Lu}[\p{L}'.-]*$/u;
const ALL_CAPS = /^\p{Lu}{2,}$/u;
const INNER_CAPITAL = /\p{Ll}\p{Lu}/u;
const NAME_PREFIX = /^(Mc|Mac|O'|De|Di|La|Le|Van|Von)\p{Lu}/u;
const LOWER_HYPHENATED = /^\p{Ll}+-\p{Ll}+$/u;
const LOWER_WORD = /^\p{Ll}+$/u;
const LOWER_FIRST = /^\p{Ll}/u;
const DIGITS = /^\d+$/;
/** Does the text hold a digit? A loop over its few letters costs less than a pattern's call. */
function hasDigit(text: string): boolean {
  for (let k = 0; k < text.length; k++) if (isDigit(text.charCodeAt(k))) return true;
  return false;
}
const JOINED_ACRONYM = /^\p{Lu}{3,}(?:-\p{Lu}{3,})+$/u;
/** "AFL-CIO", "SAG-AFTRA"; not places in capitals ("NATO-RUSSIA"). */
const isJoinedAcronym = (w: string) => w.includes('-') && JOINED_ACRONYM.test(w) && !w.split('-').some((part) => matchGazetteer([part[0] + part.slice(1).toLowerCase()], 0));
/** A stock's code as wire copy writes it after the company's name: "Equinor EQNR.OL", "Toyota 7203.T", "Maersk MAERSKb.CO"; not a web address ("GOV.UK"). */
const TICKER = /^(?:\p{Lu}[\p{Lu}\d]{1,6}[a-z]?|\d{4,6})\.(?!(?:UK|US|EU|COM|ORG|NET|GOV|IO|AI)$)\p{Lu}{1,3}$/u;
const ROMAN_NUMERAL = /^[IVXLC]+$/;
/** A letter in lower case after the first rules out an acronym at once: most names are asked nothing more. */
const isAcronym = (w: string) => !isLowerAsciiLetter(w.charCodeAt(1)) && ACRONYM.test(w) && !ROMAN_NUMERAL.test(w) && !TICKER.test(w);
/**
 * A king's or a war's number, I to LXXXIX ("Henry VIII", "Super Bowl LVIII"): not "ICC", "CCI" or "VC", which are bodies' initials
 * when linked. The rules the readers were trained beside read any run of these letters as a numeral (ROMAN_NUMERAL).
 */
const REGNAL_NUMBER = /^(?=[IVXL])L?X{0,3}(?:IX|IV|V?I{0,3})$/;
const isInitials = (w: string) => !isLowerAsciiLetter(w.charCodeAt(1)) && ACRONYM.test(w) && !REGNAL_NUMBER.test(w) && !TICKER.test(w);
const isLowerAsciiLetter = (code: number) => code >= 97 && code <= 122;
/** A word that is a ticker; most words hold no full stop, and are asked nothing more. */
export const isTicker = (w: Word) => w.text.includes('.') && TICKER.test(w.text);
const foldedText = (w: Word) => foldApostrophes(w.text);

/** Where "known as", "also known as" or "known by its acronym" starts before word `at` ("…, known as Cocobod"); -1 for none. */
function knownAsStart(words: Word[], at: number): number {
  const before = wordOrNone(words, at - 1);
  // "The National Action Party, or PAN, won": an acronym offered as the name's other form.
  if (before?.lower === 'or') return wordOrNone(words, at - 2)?.text === ',' && ALL_CAPS_ACRONYM.test(words[at]!.text) && words[at + 1]?.kind !== 'word' ? at - 1 : -1;
  // "The National Civil Defense Institute, INDECI, says", "the Federation of German Industries, the BDI,": set off by commas,
  // with no name of a list after it ("the Fed, ECB, BOJ and …").
  const opening = before?.lower === 'the' ? at - 1 : at;
  if (wordOrNone(words, opening - 1)?.text === ',' && ALL_CAPS_ACRONYM.test(words[at]!.text) && words[at + 1]?.text === ',') {
    const after = words[at + 2];
    return after?.kind === 'word' && !after.capitalized && !CONJUNCTIONS_IN_LISTS.hasLower(after) ? opening : -1;
  }
  // "known as the NSWRA": past the article.
  const as = before?.lower === 'the' && wordOrNone(words, at - 2)?.lower === 'as' ? at - 1 : at;
  if (words[as - 1]?.lower === 'as') return wordOrNone(words, as - 2)?.lower !== 'known' ? -1 : KNOWN_AS_ADVERBS.hasLower(wordOrNone(words, as - 3)) ? as - 3 : as - 2;
  if (!SHORT_NAME_NOUNS.hasLower(before)) return -1;
  for (let k = at - 2; k >= 0 && at - k <= 5; k--) if (words[k]!.lower === 'known') return words[k + 1]?.lower === 'by' ? k : -1;
  return -1;
}
const SHORT_NAME_NOUNS = new WordSet(['acronym', 'abbreviation', 'initials']);
const CONJUNCTIONS_IN_LISTS = new WordSet(['and', 'or', 'as', 'plus']);
const ALL_CAPS_ACRONYM = /^\p{Lu}{2,6}$/u;
/** Are `a` and `b` the same letters, in any order? */
/**
 * "Partido Acción Nacional, or PAN", "Vietnam Electricity, or EVN", "Japan Aerospace Exploration Agency, or JAXA": the name's initials
 * in any order, one of them left out or one letter added at most.
 */
function nearlySameLetters(acronym: string, initials: string): boolean {
  const left = [...initials.toUpperCase()];
  let missing = 0;
  for (const letter of acronym) {
    const at = left.indexOf(letter);
    if (at >= 0) left.splice(at, 1);
    else missing++;
  }
  return left.length <= 1 && missing <= 1 && acronym.length >= 3 && initials.length >= 2;
}
const KNOWN_AS_ADVERBS = new WordSet(['also', 'formerly', 'commonly', 'better', 'widely', 'locally']);

/** "Ghana Cocoa Board (Cocobod)": the body's name, or its name after the country's. */
const abbreviatesBody = (short: string, body: Candidate) =>
  abbreviates(short, body.name) || (body.nameWords.length >= 3 && isCountry(body.nameWords[0]!) && abbreviates(short, body.nameWords.slice(1).join(' ')));
/** A short name with a small letter past its first, not a plural of capitals: "Balpa", "TETFund"; not "GDRs". */
const SHORT_NAME_CASE = /^(?!\p{Lu}+s$)\p{Lu}.*\p{Ll}/u;
/** "AfD", "PiS": an acronym of a name in another language, capitals and small letters mixed. */
const MIXED_CASE_ACRONYM = /^\p{Lu}\p{Ll}?\p{Lu}\p{Ll}?\p{Lu}?$/u;

/** Is `short` a word made of letters of `name` in order, from its first ("Balpa" of "British Airline Pilots Association")? */
function abbreviates(short: string, name: string): boolean {
  const letters = name.toLowerCase();
  const wanted = short.toLowerCase();
  if (wanted.length < 3 || wanted[0] !== letters[0]) return false;
  let at = 0;
  for (const ch of wanted) {
    at = letters.indexOf(ch, at) + 1;
    if (at === 0) return false;
  }
  return true;
}

function isInitial(words: Word[], i: number): boolean {
  // After a dash or colon a new clause starts: "GENEVA (Reuters) - Talks ...".
  const prev = wordOrNone(words, i - 1);
  if (prev && (prev.text === '-' || prev.text === '—' || prev.text === '–' || prev.text === ':') && prev.spaced) return true;
  for (let j = i - 1; j >= 0; j--) {
    const w = words[j]!;
    if (w.kind === 'word') return false;
    if (!OPENERS.hasText(w)) return false;
  }
  return true;
}

/** `possessive`: some word has a possessive cut off, so its text and norm differ. */
function gazetteerAt(words: Word[], possessive: boolean, i: number): GazetteerEntry | undefined {
  const b = matchGazetteerTokens(words, i, false);
  const a = possessive ? matchGazetteerTokens(words, i, true) : b;
  const best = !a ? b : !b ? a : b.length > a.length ? b : a;
  if (!best) return undefined;
  // A gazetteer match must be made of words only.
  for (let j = i; j < i + best.length; j++) if (words[j]!.kind !== 'word') return undefined;
  return best;
}

function runsOf(words: Word[], titleCase: boolean): Unit[][] {
  const possessive = words.some((w) => w.normEnd !== w.end);
  const runs: Unit[][] = [];
  let run: Unit[] = [];
  const flush = () => {
    while (run.length && run[run.length - 1]!.kind === 'conn') run.pop();
    // Most words end no run: keep the empty array rather than make a new one.
    if (run.length) {
      runs.push(run);
      run = [];
    }
  };
  for (let i = 0; i < words.length; ) {
    const w = words[i]!;
    const next = words[i + 1];
    if (w.kind !== 'word') {
      // Punctuation ends the run that is open, if one is: most words are read with none open.
      if (run.length) {
        // A plural possessive inside an organization's name: "Growers’ Cooperative".
        const pluralPossessive = (w.text === '’' || w.text === "'") && !w.spaced && words[i - 1]!.text.endsWith('s') && next?.capitalized && orgHeads.hasNorm(next);
        // Editorial brackets sit inside names: "[President Joe] Biden".
        if (!pluralPossessive && !((w.text === '[' || w.text === ']') && (next?.capitalized || words[i - 1]!.capitalized))) flush();
      }
      i++;
      continue;
    }
    if (!w.capitalized) {
      if (run.length && next?.capitalized && next.kind === 'word' && (CONNECTORS.hasLower(w) || nameParticles.hasText(w))) {
        run.push({ kind: 'conn', from: i, to: i + 1, entry: undefined });
      } else if (run.length && next?.lower === 'the' && HEAD_LINKS.hasLower(w) && words[i + 2]?.capitalized && words[i + 2]!.kind === 'word' && isOrgHead(words, run[run.length - 1]!)) {
        // "Foundation for the Visual Arts", "Bank of the West": the head's complement keeps its article.
        run.push({ kind: 'conn', from: i, to: i + 1, entry: undefined }, { kind: 'conn', from: i + 1, to: i + 2, entry: undefined });
        i++;
      } else if (next?.capitalized && i > 0 && w.info.digitFirst && DIGITS.test(w.text) && orgDescriptors.hasLower(words[i - 1]!)) {
        // "analysis group 38 North"
        flush();
        run.push({ kind: 'cap', from: i, to: i + 1, entry: undefined });
      } else {
        flush();
      }
      i++;
      continue;
    }
    if (NOT_NAME_CAPITALS.hasNorm(w) || (titleCase && commonWordSet.hasLower(w))) {
      flush();
      i++;
      continue;
    }
    const entry = gazetteerAt(words, possessive, i);
    const to = entry ? i + entry.length : i + 1;
    run.push({ kind: entry ? 'gaz' : 'cap', from: i, to, entry });
    i = to;
    // A possessive ends a name ("Kim's father"), unless an organization's head follows.
    const last = words[to - 1]!;
    if (last.normEnd !== last.end && !(words[to]?.capitalized && orgHeads.hasNorm(words[to]!))) flush();
  }
  flush();
  return runs;
}

const unitWord = (words: Word[], u: Unit) => words[u.to - 1]!;
const isTitleUnit = (u: Unit) => u.kind === 'gaz' && (u.entry!.kind === 'title' || u.entry!.kind === 'honorific');
const isOrgHead = (words: Word[], u: Unit) => u.kind === 'cap' && isOrgHeadWord(unitWord(words, u).norm);
/** The head words and their plurals: one lookup per word. */
const ORG_HEAD_FORMS: ReadonlySet<string> = new Set([...orgHeads].flatMap((h) => [h, `${h}s`]));
/** "Council", or a plural: "Forces". */
const isOrgHeadWord = (norm: string) => ORG_HEAD_FORMS.has(norm);
const LONG_ORG_HEADS = new Set([...orgHeads].filter((h) => h.length >= 7 && !h.includes(' ')).map((h) => h.toLowerCase()));
/** A word's ending of at least seven letters, after at least three, is a long organization head word. */
function endsWithOrgHead(norm: string): boolean {
  for (let at = 3; at <= norm.length - 7; at++) if (LONG_ORG_HEADS.has(norm.slice(at).toLowerCase())) return true;
  return false;
}
/** The rule of a place the lexicon knows, by its kind: made once, not per name. */
const LEXICON_PLACE_RULES: Partial<Record<GazetteerKind, string>> = {
  country: 'place.lexicon.country', capital: 'place.lexicon.capital', city: 'place.lexicon.city', state: 'place.lexicon.state', region: 'place.lexicon.region',
};
const isPlaceHead = (words: Word[], u: Unit) => u.kind === 'cap' && placeHeads.has(unitWord(words, u).norm);

const ENGLISH_HYPHEN_SUFFIX = /(?:ed|ing|er|ers|era|style|type|like|born|made|wide|free|run|only)$/;

/** "Lee Jae-myung", "Moon Jae-in": a short syllable after a hyphen ends a given name the hyphen split. */
function givenNameEnd(words: Word[], from: number, to: number): number {
  const syllable = words[to - 1]!;
  const hyphen = words[to];
  const rest = words[to + 1];
  if (to - from < 2 || syllable.kind !== 'word' || syllable.text.length > 5 || hyphen?.text !== '-' || hyphen.spaced || !rest || rest.spaced) return to;
  // By the normal form: "Lai Ching-te's party".
  return rest.kind === 'word' && rest.norm.length <= 5 && LOWER_WORD.test(rest.norm) && !ENGLISH_HYPHEN_SUFFIX.test(rest.norm) ? to + 2 : to;
}

function candidate(sentence: Sentence, words: Word[], from: number, to: number, type: Candidate['type'], strength: number, rule: string, form: MentionForm = 'name'): Candidate {
  if (type === 'person' || type === 'unknown') to = givenNameEnd(words, from, to);
  const last = words[to - 1]!;
  // Most names are one word: no parts to grow and join.
  if (to - from === 1 && last.kind === 'word' && last.text !== '&') return newCandidate(sentence, words, from, to, last.norm, [last.norm], type, strength, rule, form);
  // The name keeps apostrophes inside it ("O'Brien") and drops a final possessive.
  const nameParts: string[] = [];
  const nameWords: string[] = [];
  for (let i = from; i < to; i++) {
    const w = words[i]!;
    // "Johnson & Johnson", "AT&T": an ampersand belongs to the name.
    if (w.text === '&') nameParts.push('&');
    // "Ministry of Agriculture, Fisheries and Food": a comma in a name stays in it.
    if (w.text === ',' && nameParts.length) nameParts[nameParts.length - 1] += ',';
    // "Jae-myung": a lower-case syllable after a hyphen belongs to the word before it; so does a capitalized one that a headline's
    // split left ("Okonkwo-Bell", as the text writes it).
    if (w.text === '-' && !w.spaced && nameParts.length && i + 1 < to && !words[i + 1]!.spaced && (LOWER_WORD.test(words[i + 1]!.norm) || words[i + 1]!.capitalized)) {
      const rest = words[++i]!;
      nameParts[nameParts.length - 1] += `-${i === to - 1 ? rest.norm : foldedText(rest)}`;
      nameWords[nameWords.length - 1] += `-${rest.norm}`;
      continue;
    }
    if (w.kind !== 'word') continue;
    nameParts.push(i === to - 1 ? w.norm : foldedText(w));
    nameWords.push(w.norm);
  }
  return newCandidate(sentence, words, from, to, nameParts.join(' '), nameWords, type, strength, rule, form);
}

function newCandidate(sentence: Sentence, words: Word[], from: number, to: number, name: string, nameWords: string[], type: Candidate['type'], strength: number, rule: string, form: MentionForm): Candidate {
  return {
    sentence, words, from, to, start: words[from]!.start, end: words[to - 1]!.normEnd,
    name, nameWords,
    type, strength, rule, form, roles: [],
    // Fields set later are present from the start, so all candidates share one shape.
    metonym: undefined, entity: undefined, definite: undefined, titleOnly: undefined, surnameOnly: undefined, confidence: undefined, mentionType: undefined,
    nested: undefined, nicknamed: undefined,
  };
}

function lastCapIndex(units: Unit[]): number {
  for (let k = units.length - 1; k >= 0; k--) if (units[k]!.kind === 'cap') return k;
  return -1;
}

function surnameOnly(c: Candidate): Candidate {
  c.surnameOnly = true;
  return c;
}

/** Candidates from one run of capitalized words. */
function interpretRun(sentence: Sentence, words: Word[], units: Unit[], out: Candidate[]): void {
  // "Jake Sullivan and Chinese Foreign Minister Wang Yi" are two names; "Centre for Strategic and International Studies" is one.
  const and = conjunctionAt(words, units);
  if (and > 0 && !isOrgHead(words, units[units.length - 1]!)) {
    interpretRun(sentence, words, units.slice(0, and), out);
    interpretRun(sentence, words, units.slice(and + 1), out);
    return;
  }
  let definite = false;
  // Leading function words and sentence-initial common words are not names.
  while (units.length) {
    const u = units[0]!;
    const w = words[u.from]!;
    if (u.kind === 'conn' || (u.kind === 'cap' && (FUNCTION_WORDS.hasLower(w) || (isInitial(words, u.from) && commonWordSet.hasLower(w) && !firstNames.hasNorm(w))))) {
      if (w.lower === 'the') definite = true;
      // "Marsh said ...": a common word opening a sentence may still be a surname met before.
      else if (u.kind === 'cap' && units.length === 1 && !FUNCTION_WORDS.hasLower(w)) out.push(surnameOnly(candidate(sentence, words, u.from, u.to, 'unknown', 0, 'name.surname-only')));
      units = units.slice(1);
    } else break;
  }
  if (!units.length) return;
  if (wordOrNone(words, units[0]!.from - 1)?.lower === 'the') definite = true;
  let lastCap = lastCapIndex(units);
  // A title after a name is a surname: "Sean King". Only the unit right after the last plain word can be one.
  const afterName = lastCap >= 0 ? units[lastCap + 1] : undefined;
  if (afterName && isTitleUnit(afterName) && afterName.to - afterName.from === 1) {
    units = units.slice();
    units[++lastCap] = { kind: 'cap', from: afterName.from, to: afterName.to, entry: undefined };
  }

  const push = (c: Candidate) => {
    c.definite = definite;
    out.push(c);
  };
  // "the President", "The Home Secretary": a title standing for someone named before.
  if (definite && units.every(isTitleUnit) && units.every((u) => u.entry!.kind === 'title')) {
    const c = candidate(sentence, words, units[0]!.from, units[units.length - 1]!.to, 'person', 0, 'person.title-only', 'alias');
    c.titleOnly = true;
    push(c);
    return;
  }
  const emitGazetteer = (u: Unit) => {
    const e = u.entry!;
    if (e.kind === 'title' || e.kind === 'honorific' || e.kind === 'demonym') return;
    const type: EntityType = e.kind === 'org' ? 'organization' : 'place';
    const c = candidate(sentence, words, u.from, u.to, type, 3, type === 'place' ? LEXICON_PLACE_RULES[e.kind]! : 'org.lexicon.org');
    // "McDonald's said", "Moody's": a name that ends on its own possessive keeps it.
    const last = words[u.to - 1]!;
    if (e.name.endsWith("'s") && last.normEnd !== last.end && foldApostrophes(last.text).endsWith("'s")) {
      c.end = last.end;
      c.name = `${c.name}'s`;
    }
    if (e.kind === 'capital') c.nameWords = c.name.split(' ');
    else {
      if (e.name !== c.name) c.form = 'alias';
      c.name = e.name;
      c.nameWords = e.nameWords;
    }
    if (e.kind === 'capital' && isMetonym(words, u.from, u.to)) {
      c.name = e.name;
      c.nameWords = e.nameWords;
      c.metonym = true;
      c.form = 'metonym';
      c.rule = 'place.metonym.capital';
    }
    push(c);
  };

  // Title before a name: "Russian President Vladimir Putin", "U.S. Ambassador to the United Nations Linda Thomas-Greenfield".
  const last = units[units.length - 1]!;
  const orgHeaded = isOrgHead(words, last);
  const headed = orgHeaded || isPlaceHead(words, last);
  const titleAt = lastTitleBefore(units, lastCap);
  let nameFrom = titleAt + 1;
  if (titleAt >= 0 && units[nameFrom]?.kind === 'conn') {
    // Skip the title's complement: "to the United Nations", "of State".
    while (units[nameFrom]?.kind === 'conn') nameFrom++;
    if (units[nameFrom]?.kind === 'gaz') nameFrom++;
    else while (nameFrom < units.length - 1 && !firstNames.hasNorm(words[units[nameFrom]!.from]!)) nameFrom++;
  }
  const nameUnits = titleAt >= 0 ? units.slice(nameFrom) : [];
  // After "Dr." or "Mrs." comes a person, whatever the name's last word looks like ("Dr. Helena Marsh").
  const honorific = titleAt >= 0 && units[titleAt]!.entry!.kind === 'honorific';
  if (titleAt >= 0 && nameUnits.length && wordCount(nameUnits) <= 4 && nameUnits.every((u) => u.kind !== 'conn') && (honorific || !headed) && !nameUnits.some((u) => u.kind === 'gaz' && (u.entry!.kind === 'country' || u.to - u.from > 1))) {
    const name = nameUnits;
    const person = candidate(sentence, words, name[0]!.from, name[name.length - 1]!.to, 'person', 3, 'person.title');
    // The role runs back from the title over adjoining words, not across "of": "Critics of U.S. President".
    let roleFrom = titleAt;
    while (roleFrom > 0 && units[roleFrom - 1]!.kind !== 'conn') roleFrom--;
    const roleUnits = units.slice(roleFrom, nameFrom);
    const onlyHonorific = roleUnits.every((u) => u.kind === 'gaz' && u.entry!.kind === 'honorific');
    if (onlyHonorific) {
      person.form = name.length === 1 ? 'short' : 'name';
      person.rule = 'person.honorific';
      person.start = words[roleUnits[0]!.from]!.start;
    } else if (!roleUnits.every((u) => u.to - u.from === 1 && honorifics.hasText(words[u.from]!))) {
      // "Prof." is an honorific as well as a title: no role of its own.
      // "Work and Pensions Secretary": the words the run split off at "and" belong to the title.
      let first = roleUnits[0]!.from;
      // Not a name before "and": "Russia and Chinese President Xi Jinping".
      while (wordOrNone(words, first - 1)?.lower === 'and' && wordOrNone(words, first - 2)?.kind === 'word' && words[first - 2]!.capitalized && commonWordSet.hasLower(words[first - 2])) first -= 2;
      const from = words[first]!.start;
      // "Superintendent Dr. Paul Okafor": an honorific before the name is no part of the role.
      let last = roleUnits.length - 1;
      while (last > 0 && roleUnits[last]!.to - roleUnits[last]!.from === 1 && honorifics.hasText(words[roleUnits[last]!.from]!)) last--;
      const to = words[roleUnits[last]!.to - 1]!.end;
      person.roles.push(sentence.block.text.slice(from - sentence.block.start, to - sentence.block.start));
    }
    push(person);
    // Places and organizations named inside the role.
    interpretRole(sentence, words, roleUnits, push, emitGazetteer);
    return;
  }

  // A head word makes the whole run an organization or a place: "Carnegie China Center", "Senkaku Islands".
  if (headed) {
    let start = 0;
    // "the General Medical Council", "General Water Directorate": "General" opening the run is the name's, not a rank.
    const general = units.length > 2 && units[0]!.to - units[0]!.from === 1 && words[units[0]!.from]!.text === 'General' && units[1]!.kind === 'cap';
    const firstTitle = general ? -1 : units.findIndex(isTitleUnit);
    if (firstTitle >= 0) {
      // "Chairman of the National People's Congress": the organization follows the title.
      start = firstTitle + 1;
      while (start < units.length && (units[start]!.kind === 'conn' || isTitleUnit(units[start]!))) start++;
      interpretRole(sentence, words, units.slice(0, start), push, emitGazetteer);
    }
    const lone = units.length - start === 1 && units[start]!.kind === 'cap' && !definite && isInitial(words, units[start]!.from);
    // A lone head word opening a sentence ("Marsh said", "Council met") is a surname or nothing.
    if (lone) push(surnameOnly(candidate(sentence, words, units[start]!.from, last.to, 'unknown', 0, 'name.surname-only')));
    else if (start < units.length && !orgHeaded && personAfterJob(words, units.slice(start))) {
      push(candidate(sentence, words, units[start]!.from, last.to, 'person', 3, 'person.first-name'));
    } else if (start < units.length) {
      const org = orgHeaded;
      push(candidate(sentence, words, units[start]!.from, last.to, org ? 'organization' : 'place', 3, org ? 'org.head-word' : 'place.head-word'));
      // A person an organization is named after: "Edda Okoro Foundation".
      const named = units.slice(start);
      if (named.length >= 3 && named[0]!.kind === 'cap' && named[1]!.kind === 'cap' && firstNames.hasNorm(words[named[0]!.from]!)) {
        push(candidate(sentence, words, named[0]!.from, named[1]!.to, 'person', 2, 'person.in-organization-name'));
      }
      // Places named inside: "University of Texas", "Carnegie China Center".
      for (const u of units.slice(start)) if (u.kind === 'gaz' && u.entry!.kind !== 'org' && u.entry!.kind !== 'region' && u.entry!.kind !== 'demonym' && u.entry!.kind !== 'title' && u.entry!.kind !== 'honorific') emitGazetteer(u);
    }
    return;
  }

  // "U.S. National Security Council": a state before a known organization belongs to its name.
  if (units.length === 2 && units[1]!.kind === 'gaz' && units[1]!.entry!.kind === 'org' && units[0]!.kind === 'gaz' && (units[0]!.entry!.kind === 'country' || units[0]!.entry!.kind === 'demonym')) {
    push(candidate(sentence, words, units[0]!.from, units[1]!.to, 'organization', 3, 'org.lexicon.with-state'));
    emitGazetteer(units[0]!);
    return;
  }

  // "Ministry of Culture", "Department of Agriculture", "Medical Journal of Australia": a head word before "of" names the whole run.
  const ofAt = headLinkAt(words, units);
  if (ofAt > 0 && units.slice(0, ofAt).every((u) => !isTitleUnit(u))) {
    push(candidate(sentence, words, units[0]!.from, units[units.length - 1]!.to, 'organization', 3, 'org.head-word.of'));
    for (const u of units) if (u.kind === 'gaz' && u.entry!.kind !== 'region') emitGazetteer(u);
    return;
  }

  // "Helena Marsh, an associate professor": a place name that starts a person's name.
  const head = units[0]!;
  if (units.length >= 2 && units.length <= 3 && head.kind === 'gaz' && head.to - head.from === 1 && TOWN_KINDS.has(head.entry!.kind) && units.slice(1).every((u) => u.kind === 'cap' && isNameWord(unitWord(words, u).norm))) {
    const end = units[units.length - 1]!.to;
    if (roleAfter(words, end, false) || isSpeechWord(words[end]?.lower ?? '')) {
      push(candidate(sentence, words, head.from, end, 'person', 2, 'person.name-with-place-word'));
      return;
    }
  }

  // Otherwise: lexicon entries stand alone, and runs of other capitalized words are names.
  let i = 0;
  while (i < units.length) {
    const u = units[i]!;
    if (u.kind === 'gaz') {
      if (u.entry!.kind === 'demonym' && groupNouns.has(unitWord(words, u).text)) push(candidate(sentence, words, u.from, u.to, 'person', 2, 'person.group'));
      else emitGazetteer(u);
      i++;
      continue;
    }
    if (u.kind === 'conn') {
      i++;
      continue;
    }
    let j = i;
    while (j < units.length && units[j]!.kind === 'cap') j++;
    push(nameCandidate(sentence, words, u.from, units[j - 1]!.to));
    i = j;
  }
}

/** Where "and" or "&" joins two names in a run, or -1. */
function conjunctionAt(words: Word[], units: Unit[]): number {
  for (let k = 0; k < units.length; k++) {
    const u = units[k]!;
    if (u.kind === 'conn' && (words[u.from]!.lower === 'and' || words[u.from]!.text === '&')) return k;
  }
  return -1;
}

/** The last title before the unit at `end`, or -1. */
function lastTitleBefore(units: Unit[], end: number): number {
  for (let k = end - 1; k >= 0; k--) if (isTitleUnit(units[k]!)) return k;
  return -1;
}

/** Where "of", "for" or "on" follows an organization's head word ("Ministry of Culture"), or -1. */
function headLinkAt(words: Word[], units: Unit[]): number {
  for (let k = 1; k < units.length; k++) {
    const u = units[k]!;
    if (u.kind === 'conn' && HEAD_LINKS.hasLower(words[u.from]!) && isOrgHead(words, units[k - 1]!)) return k;
  }
  return -1;
}

const wordCount = (units: Unit[]) => units.reduce((n, u) => n + u.to - u.from, 0);

function interpretRole(sentence: Sentence, words: Word[], units: Unit[], push: (c: Candidate) => void, emitGazetteer: (u: Unit) => void): void {
  const title = units.findIndex(isTitleUnit);
  for (let k = 0; k < units.length; k++) {
    const u = units[k]!;
    // A state before the title qualifies it ("U.S. President"); one after it is named ("Ambassador to the United States").
    if (u.kind === 'gaz' && !(k < title && u.entry!.kind === 'country')) emitGazetteer(u);
    // "the National Security Council" inside a role: caps ending in an organization head
    // (not a head word that qualifies the title: "Communications Advisor").
    if (u.kind === 'cap' && isOrgHead(words, u) && !(units[k + 1] && isTitleUnit(units[k + 1]!))) {
      let s = k;
      while (s > 0 && units[s - 1]!.kind === 'cap' && !isTitleUnit(units[s - 1]!)) s--;
      push(candidate(sentence, words, units[s]!.from, u.to, 'organization', 3, 'org.head-word'));
    }
  }
}

const isDigit = (code: number) => code >= 48 && code <= 57;

function isSportsSentence(sentence: Sentence, words: Word[]): boolean {
  sentence.sports ??= words.some((w) => w.info.digitFirst || w.lower === 'match' || w.lower === 'cup') && words.some((w) => sportsWords.hasLower(w) || sharedSportsWords.hasLower(w));
  return sentence.sports;
}

/**
 * A word only sport uses, or two that general news shares with it: "the largest penalty" is a fine, and "China beat forecasts" or "Germany
 * defeated a proposal by 14 votes to 9" no match.
 */
function onlySportsWords(words: Word[]): boolean {
  let shared: string | undefined;
  for (const w of words) {
    if (sportsWords.hasLower(w)) return true;
    if (!sharedSportsWords.hasLower(w)) continue;
    if (shared !== undefined && shared !== w.lower) return true;
    shared = w.lower;
  }
  return false;
}

/**
 * "At the Warsaw summit", "at the Emirates": a preposition of place before the name's article. A post-filter on the metonyms:
 * isMetonym, whose verdicts are the entity reader's features, does not look past the article.
 */
const isPlaceAfterArticle = (c: Candidate) => wordBefore(c)?.lower === 'the' && locativePrepositions.hasLower(wordBefore(c, 2));

/**
 * "a London derby", "the Paris metro", "the north London club": a capital an article opens, before a noun, names the city; not
 * "the Beijing government". So does one before the people who live there or a noun of a city's, article or not: "Khartoum
 * resident Amal Osman", "Tokyo stocks fell".
 */
const isCityModifier = (c: Candidate) => {
  const next = c.words[c.to];
  // "Warsaw Mayor Rafal Trzaskowski": a city's mayor.
  if (next?.kind !== 'word' || next.capitalized) return MAYORS.hasLower(next);
  // Past words that describe the noun too: "a three-year-old Berlin company", "the same Berlin stadium".
  let at = CITY_PARTS.hasLower(wordBefore(c)) ? c.from - 2 : c.from - 1;
  for (let n = 0; n < 2 && wordOrNone(c.words, at)?.kind === 'word' && (PLAIN_ADJECTIVES.hasLower(c.words[at]) || (c.words[at]!.text.includes('-') && LOWER_FIRST.test(c.words[at]!.text))); n++) at--;
  const opener = wordOrNone(c.words, at);
  // Not a possessive: "Moscow's stocks" of shells are the state's.
  const possessive = c.words[c.to - 1]!.normEnd !== c.words[c.to - 1]!.end;
  return INHABITANTS.hasLower(next) || (cityNouns.hasLower(next) && !possessive) || (articles.hasLower(opener) && !GOVERNING_NOUNS.hasLower(next));
};
const MAYORS = new WordSet(['mayor', 'mayor-elect']);
/** Adjectives that describe a noun after a city's name, not the city: "the same Berlin stadium", "a small Berlin company". */
const PLAIN_ADJECTIVES = new WordSet(['same', 'small', 'new', 'young', 'little', 'local', 'leading', 'major', 'large', 'big', 'tiny', 'private']);
/** "south of Seoul", "20 km north of Kyiv": a place's bearing from a capital is from the city. */
const isBearingFrom = (c: Candidate) => wordBefore(c)?.lower === 'of' && COMPASS_POINTS.hasLower(wordBefore(c, 2));
/**
 * "ferries between Holyhead and Dublin", "flights from Paris to Lagos": an end of a way to travel is a city; not of "talks between
 * Washington and Beijing", where capitals stand for their states.
 */
function onRoute(c: Candidate): boolean {
  const [before, after] = [wordBefore(c)?.lower, c.words[c.to]?.lower];
  let opener = -1;
  if ((before === 'between' && after === 'and') || (before === 'from' && after === 'to')) opener = c.from - 1;
  else if (before === 'and' || before === 'to') {
    // The other end: a name of up to three words after the opening word.
    for (let k = c.from - 2; k >= 0 && c.from - k <= 5 && opener < 0; k--) {
      const w = c.words[k]!;
      if (w.lower === (before === 'and' ? 'between' : 'from') && k < c.from - 2) opener = k;
      else if (w.kind !== 'word' || !w.capitalized) return false;
    }
  }
  return opener > 0 && ROUTE_NOUNS.hasLower(c.words[opener - 1]);
}
/** "the Dhaka-Tangail highway", "the Kyiv-Odesa train": a capital joined by a hyphen to another place's name before a route is the city. */
function onHyphenedRoute(c: Candidate): boolean {
  const joined = (k: number) => c.words[k]?.text === '-' && !c.words[k]!.spaced && !c.words[k + 1]?.spaced && !!c.words[k + 1]?.capitalized;
  let end = c.to;
  while (joined(end)) end += 2;
  return (end > c.to || (c.from >= 2 && joined(c.from - 1))) && ROUTE_NOUNS.hasLower(c.words[end]);
}
const ROUTE_NOUNS = new WordSet(['flight', 'flights', 'ferry', 'ferries', 'train', 'trains', 'bus', 'buses', 'services', 'service', 'route', 'routes', 'road', 'highway', 'motorway', 'railway', 'line', 'journey', 'trip', 'drive', 'crossing', 'border', 'pipeline', 'corridor']);

/** "in central Nairobi", "across northern Kyiv", "over south-west London": a part of a capital after a preposition of place is the city. */
const isPartOfCity = (c: Candidate) => {
  const part = wordBefore(c);
  const before = wordBefore(c, 2);
  return (CITY_PARTS.hasLower(part) || COMPASS_POINTS.hasLower(part)) && (isLocative(before) || OVERHEAD.hasLower(before));
};
/** "showers over London": what is over a capital is over the city. Not "sanctions over Moscow's invasion", about it. */
const OVERHEAD = new WordSet(['over', 'above']);
const isUnderWeather = (c: Candidate) => OVERHEAD.hasLower(wordBefore(c)) && WEATHER_NOUNS.hasLower(wordBefore(c, 2));
const WEATHER_NOUNS = new WordSet(['showers', 'rain', 'snow', 'storm', 'storms', 'thunderstorms', 'clouds', 'skies', 'smoke', 'fog', 'haze', 'sunshine', 'drones', 'jets']);
const CITY_PARTS = new WordSet(['central', 'downtown', 'northern', 'southern', 'eastern', 'western', 'north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest', 'inner', 'outer', 'greater']);
const COMPASS_POINTS = new WordSet(['north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest', 'north-east', 'north-west', 'south-east', 'south-west']);
const INHABITANTS = new WordSet(['resident', 'residents', 'native', 'natives', 'commuters', 'dwellers', 'locals']);
/** "is due to visit Kyiv", "fled Kabul": a capital one goes to, through or from is the city. */
const VISITING_VERBS = new WordSet(['visit', 'visits', 'visited', 'visiting', 'tour', 'tours', 'toured', 'touring', 'left', 'leave', 'leaves', 'leaving', 'fled', 'flee', 'fleeing', 'reached', 'reach', 'reaching', 'entered', 'enter', 'entering']);
const GOVERNING_NOUNS = new WordSet(['government', 'governments', 'regime', 'administration', 'authorities', 'leadership', 'officials', 'establishment']);

/**
 * A capital after a preposition of place and its article or in a list after one (locativeListBefore), or that qualifies a noun after
 * an article, is the city, not its state.
 */
function readCapitalsAfterArticles(candidates: Candidate[]): void {
  // "Birmingham, London and Greater Manchester have recorded the most cases": a capital listed beside a city is a city too.
  const isCity = (d: Candidate | undefined) => d?.rule === 'place.lexicon.city' || d?.rule === 'place.lexicon.state' || d?.rule === 'place.lexicon.region';
  const listed = (a: Candidate, b: Candidate) => a.sentence === b.sentence && b.from === a.to + 1 && (a.words[a.to]!.text === ',' || a.words[a.to]!.lower === 'and' || a.words[a.to]!.lower === 'or');
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k]!;
    if (c.rule !== 'place.metonym.capital') continue;
    // "in Renton and Everett, Washington": a capital set after a town and a comma is where the town lies.
    const previous = k > 0 ? candidates[k - 1] : undefined;
    const town = previous?.type === 'place' && !previous.metonym && previous.rule !== 'place.lexicon.country' && previous.rule !== 'place.lexicon.capital' && previous.words[previous.to]?.text === ',' && listed(previous, c);
    const besideCity = town || (isCity(previous) && listed(previous!, c)) || (isCity(candidates[k + 1]) && listed(c, candidates[k + 1]!));
    // "the people of Jakarta", "the mayor of Kyiv": a capital that completes a noun is the city (not "of Beijing's support").
    const last = c.words[c.to - 1]!;
    const visited = VISITING_VERBS.hasLower(wordBefore(c)) || (wordBefore(c)?.lower === 'of' && last.normEnd === last.end);
    // "across Montana, Idaho and eastern Washington": a part of the place by its bearing is no government.
    const bearing = COMPASS_ADJECTIVE.test(wordBefore(c)?.lower ?? '');
    if (!(besideCity || visited || bearing || locativeListBefore(c.words, c.from, c.to) || isCityModifier(c) || isBearingFrom(c) || isPartOfCity(c) || isUnderWeather(c) || onRoute(c) || onHyphenedRoute(c))) continue;
    const city = candidate(c.sentence, c.words, c.from, c.to, 'place', 3, 'place.lexicon.capital');
    Object.assign(c, { name: city.name, nameWords: city.nameWords, metonym: false, form: 'name', rule: city.rule });
  }
}

/** Capitals stand for their state unless they are a place something happens in. */
function isMetonym(words: Word[], from: number, to: number): boolean {
  const before = wordOrNone(words, from - 1);
  const after = words[to];
  if (after?.text === '-' && words[to + 1] && !words[to + 1]!.capitalized) return false; // "Brussels-based"
  return !(before && locativePrepositions.hasLower(before)) && after?.text !== ',';
}

/**
 * "towns like Bhagalpur and Satna", "cities such as Lisbon and Porto", "districts including Sylhet": names listed as examples of a
 * kind of place are places (a person the rules are sure of stays one). A post-filter.
 */
function readPlacesListedAsKinds(candidates: Candidate[]): void {
  for (let k = 0; k < candidates.length; k++) {
    const { words, from, sentence } = candidates[k]!;
    const opener = wordOrNone(words, from - 1)?.lower;
    const kind = opener === 'like' || opener === 'including' ? from - 2 : opener === 'as' && wordOrNone(words, from - 2)?.lower === 'such' ? from - 3 : -1;
    if (kind < 0 || !KINDS_OF_PLACE.hasLower(words[kind])) continue;
    for (let j = k; j < candidates.length && candidates[j]!.sentence === sentence; j++) {
      const d = candidates[j]!;
      if (j > k && !LIST_JOINS.has(words.slice(candidates[j - 1]!.to, d.from).map((w) => w.lower).join(' '))) break;
      if (d.type === 'person' && (d.to - d.from > 1 || d.rule === 'person.title' || d.rule === 'person.honorific')) break;
      if (d.rule === 'place.metonym.capital') asCity(d);
      else if (d.type === 'organization' || d.type === 'person') Object.assign(d, { type: 'place', mentionType: 'place', rule: 'place.listed-kind' });
    }
  }
}
const KINDS_OF_PLACE = new WordSet(['towns', 'cities', 'villages', 'districts', 'provinces', 'regions', 'counties', 'neighborhoods', 'neighbourhoods', 'suburbs',
  'islands', 'municipalities', 'destinations', 'capitals', 'ports', 'states']);
const LIST_JOINS = new Set([',', 'and', 'or', ', and', ', or']);

/**
 * "the capital, Bucharest", "their capital Tripoli": a capital named as one is the city, not its country's metonym. A post-filter: the
 * entity reader learned from the rules' metonyms as they were.
 */
function readCapitalsNamedAsCities(candidates: Candidate[]): void {
  for (const c of candidates) {
    if (c.rule !== 'place.metonym.capital') continue;
    const before = wordBefore(c);
    // "Paris prosecutor Laure Beccuau", "Moscow police": a capital before a city's own office is the city.
    // "had left for Nairobi to look for work", "flew to Beijing": where one goes is the city.
    const goneTo = (before?.lower === 'to' || before?.lower === 'for') && GOING.hasLower(wordBefore(c, 2));
    if (!CITY_WORDS.hasLower(before?.text === ',' ? wordBefore(c, 2) : before) && !CITY_OFFICES.hasLower(c.words[c.to]) && !goneTo) continue;
    asCity(c);
  }
}

/** A capital read as its country's metonym, read as the city. */
function asCity(c: Candidate): void {
  const nameWords = c.words.slice(c.from, c.to).map((w) => w.text);
  Object.assign(c, { name: nameWords.join(' '), nameWords, metonym: false, form: 'name', rule: LEXICON_PLACE_RULES.capital });
}
const CITY_WORDS = new WordSet(['capital', 'city']);
const GOING = new WordSet(['left', 'leave', 'leaves', 'leaving', 'flew', 'fly', 'flies', 'flying', 'travelled', 'traveled', 'travel', 'travels', 'travelling', 'traveling',
  'moved', 'move', 'moving', 'headed', 'heading', 'returned', 'return', 'returning', 'fled', 'flee', 'fleeing', 'went', 'go', 'going', 'came', 'come', 'drove',
  'relocated', 'migrated', 'bound', 'trip', 'journey', 'flight', 'flights', 'commute', 'commuted']);
const CITY_OFFICES = new WordSet(['prosecutor', 'prosecutors', 'police', 'mayor', 'mayoral', 'municipal', 'court', 'courts', 'prefect', 'prefecture', 'metro', 'subway', 'airport', 'marathon', 'zoo', 'council', 'councillor', 'councilor', 'councilman', 'councilwoman']);

/** "Sri Lanka Cricket officials said", "Cricket Australia said": a country and its sport's name a body that runs the sport there. A post-filter. */
function readNationalSportsBodies(candidates: Candidate[]): void {
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k]!;
    const { words, from, to } = c;
    if (c.type !== 'place') continue;
    // "According to Tennis Australia": the reader's place over both words.
    if (to - from === 2 && nationalBodySports.hasText(words[from]) && matchGazetteerTokens(words, from + 1, false)?.kind === 'country') {
      Object.assign(c, { type: 'organization', mentionType: 'organization', metonym: false, strength: 3, rule: 'org.national-sport' });
      continue;
    }
    if (matchGazetteerTokens(words, from, false)?.kind !== 'country') continue;
    const after = nationalBodySports.hasText(words[to]) && !words[to + 1]?.capitalized;
    const before = !after && nationalBodySports.hasText(wordOrNone(words, from - 1)) && !wordOrNone(words, from - 2)?.capitalized && !isInitial(words, from - 1);
    if (!after && !before) continue;
    const body = candidate(c.sentence, words, before ? from - 1 : from, after ? to + 1 : to, 'organization', 3, 'org.national-sport');
    candidates.splice(k, 1, Object.assign(body, { confidence: c.confidence }));
  }
}

/**
 * A preposition of place before the name or before the list it is in: "to Madrid and Paris", "in Hungary, Poland and
 * the Czech Republic". Not "In Washington, Moscow's envoy said": after a comma, only a name that "and" or "or" follows.
 */
function locativeListBefore(words: Word[], from: number, to: number): boolean {
  const isLink = (w: Word | undefined) => w?.lower === 'and' || w?.lower === 'or';
  let i = from - 1;
  if (wordOrNone(words, i)?.lower === 'the') i--;
  if (wordOrNone(words, i)?.text === ',' && !isLink(words[to])) return false;
  // Up to four names back, each one word or two, "the" before it or not.
  for (let names = 0; names < 4 && (isLink(wordOrNone(words, i)) || wordOrNone(words, i)?.text === ','); names++) {
    i--;
    if (wordOrNone(words, i)?.text === ',') i--; // ", and"
    if (!wordOrNone(words, i)?.capitalized) return false;
    if (wordOrNone(words, i - 1)?.capitalized) i--;
    i--;
    if (wordOrNone(words, i)?.lower === 'the') i--;
  }
  return locativePrepositions.hasLower(wordOrNone(words, i));
}

/** "councillor Fiona Marsh", "nurse Grace Fields": a first name and a place's head word, right after a person's job, name a person. */
function personAfterJob(words: Word[], units: readonly Unit[]): boolean {
  const before = wordOrNone(words, units[0]!.from - 1);
  return units.length === 2 && units.every((u) => u.kind === 'cap' && u.to - u.from === 1) && firstNames.hasNorm(words[units[0]!.from])
    && !!before && !before.capitalized && (jobNouns.hasLower(before) || lowerTitleHeads.hasLower(before));
}

/** Types a run of plain capitalized words from its shape and context. */
function nameCandidate(sentence: Sentence, words: Word[], from: number, to: number): Candidate {
  const c = candidate(sentence, words, from, to, 'unknown', 0, 'name.unknown');
  const first = words[from]!;
  const count = to - from;
  let back = from - 1;
  while (back >= 0 && (OPENERS.hasText(words[back]!) || words[back]!.lower === 'the' || demonymCountry.has(words[back]!.text))) back--;
  const before = wordOrNone(words, back);
  const direct = wordOrNone(words, from - 1);
  const after = words[to];
  const digits = c.nameWords.some((w) => hasDigit(w) && !DIGITS.test(w));
  const set = (type: Candidate['type'], strength: number, rule: string) => {
    c.type = type;
    c.strength = strength;
    c.rule = rule;
  };
  if (digits) set('other', 1, 'other.has-digit');
  // "@AgencyX" is a handle; "NZ$" or "HK $" a currency.
  else if ((direct?.text === '@' && !first.spaced) || (after?.text === '$' && count === 1)) set('other', 1, 'other.handle-or-currency');
  // Not a pronoun that opens a quote: 'told this newspaper: "We are …"'.
  else if (before && orgDescriptors.hasLower(before) && !firstNames.hasNorm(first) && !SUBJECT_PRONOUNS.hasLower(first)) set('organization', 2, 'org.descriptor');
  else if (count === 1 && isAcronym(first.norm)) set('organization', 2, 'org.acronym');
  else if (count >= 2 && firstNames.hasNorm(first)) set('person', 3, 'person.first-name');
  else if (count === 1 && isLocative(direct) && !firstNames.hasNorm(first)) set('place', 2, 'place.preposition');
  else if (count === 1 && after?.text === ',' && isPlaceAt(words, to + 1)) set('place', 2, 'place.comma-region');
  else if (featureNounFollows(words, to)) set('place', 2, 'place.feature-noun');
  else if (count >= 2 && direct?.lower === 'the' && isLocative(wordOrNone(words, from - 2)) && !firstNames.hasNorm(first)) set('place', 2, 'place.preposition');
  else if (count >= 2 && endsWithOrgHead(words[to - 1]!.norm)) set('organization', 2, 'org.compound-head');
  else if (count >= 2 && count <= 4 && c.nameWords.every(isNameWord)) set('person', 1, 'person.name-shape');
  else if (count === 1 && firstNames.hasNorm(first)) set('person', 2, 'person.first-name');
  else if (after && cueVerbsAt(after) && !first.norm.endsWith('s')) set('person', 1, 'person.speaker');
  if (count === 1 && groupNouns.hasText(first)) set('person', 2, 'person.group');
  return c;
}

/** "the Amu Darya river", or one plural noun shared by names: "the Osh and Batken regions". */
function featureNounFollows(words: Word[], to: number): boolean {
  const next = words[to];
  if (next?.kind === 'word' && !next.capitalized && isFeatureNoun(next.lower)) return true;
  for (let k = to; k < to + 8 && k < words.length; k++) {
    const w = words[k]!;
    if (w.capitalized || w.text === ',' || w.lower === 'and') continue;
    return k > to && w.kind === 'word' && w.lower.endsWith('s') && isFeatureNoun(w.lower);
  }
  return false;
}

const isFeatureNoun = (lower: string) => placeFeatureNouns.has(lower) || (lower.endsWith('s') && placeFeatureNouns.has(lower.slice(0, -1)));

const AGE = /^(?:[1-9]|[1-9]\d|10\d)$/;
const PARTY_AND_STATE = /^[RDI]-\p{Lu}/u;
/** ", 47," or ", 47." after word `to` - 1; not ", 6,000". */
const hasAge = (words: Word[], to: number) =>
  words[to]?.text === ',' && AGE.test(words[to + 1]?.text ?? '') && (words[to + 2]?.text === '.' || (words[to + 2]?.text === ',' && words[to + 3]?.spaced !== false));
const YEARS_OLD = /^\d+-year-old$/;
/** "a retired schoolteacher", "a local farmer": up to three plain words from `from`, one a word for someone who is not reporting. */
function someoneAfterArticle(words: Word[], from: number): boolean {
  for (let k = from; k < words.length && k < from + 3; k++) {
    const w = words[k]!;
    if (w.kind !== 'word' || w.capitalized) return false;
    // Not the source of a report the sentence ends on: "off Cape Dunmore, a spokesman said".
    if (descriptorNouns.hasLower(w) || situationNouns.hasLower(w) || SOMEONE.test(w.lower)) return !words[k + 1] || !cueVerbsAt(words[k + 1]!);
  }
  return false;
}
const SOMEONE = /^\p{Ll}{3,}(?:ist|ian|ant)$/u;
const STATES_AND_COUNTRIES: ReadonlySet<GazetteerKind> = new Set(['state', 'country']);
/** Where a town lies, named after it: "Everett, Washington" (the state the lexicon lists as a capital). */
const REGIONS_OF_TOWNS: ReadonlySet<GazetteerKind> = new Set(['state', 'country', 'capital']);
/** "along", "near", "in": a place tends to follow. Not "to", which people follow as often. */
const isLocative = (w: Word | undefined) => !!w && locativePrepositions.hasLower(w) && w.lower !== 'to';

/** Could this be part of a person's name? Not a common word, an acronym or a brand ("PlayStation"). */
function isNameWord(w: string): boolean {
  if (!NAME_WORD.test(w) || commonWordSet.has(w.toLowerCase())) return false;
  if (ALL_CAPS.test(w)) return false;
  return !INNER_CAPITAL.test(w) || NAME_PREFIX.test(w);
}

function isPlaceAt(words: Word[], i: number): boolean {
  const w = words[i];
  if (!w?.capitalized) return false;
  const e = matchGazetteer(words.slice(i, i + 8).map((x) => x.norm), 0);
  return !!e && (e.kind === 'country' || e.kind === 'state' || e.kind === 'region');
}

function isSpeechWord(lower: string): boolean {
  return SPEECH_WORDS.has(lower);
}
/** Verbs of speech of one word ("said", "added"), found once among the cue verbs. */
const SPEECH_WORDS: ReadonlySet<string> = new Set([...cueVerbs].filter(([, verbs]) => verbs.some((v) => v.words.length === 1 && v.kind === 'speech')).map(([word]) => word));


// ---- Roles ---------------------------------------------------------------

const SENTENCE_ADVERBS = new WordSet([
  'only', 'even', 'also', 'then', 'meanwhile', 'now', 'still', 'yet', 'so', 'just', 'later', 'earlier', 'instead', 'however', 'too', 'separately',
  'elsewhere', 'overall', 'additionally', 'moreover', 'nevertheless', 'nonetheless', 'similarly', 'likewise', 'ultimately', 'finally', 'notably',
  'furthermore', 'indeed', 'previously', 'initially', 'eventually', 'besides', 'therefore', 'thus', 'consequently',
]);
const ROLE_STOP = new WordSet(['said', 'says', 'told', 'and', 'but', 'who', 'which', 'that', 'when', 'while', 'as', 'is', 'was', 'has', 'had', 'by', 'with']);
const ROLE_LINKS = new WordSet(['of', 'for', 'at', 'the', 'to', 'on', 'in', 'and']);
const FRONTING_PREPOSITIONS = new WordSet(['in', 'at', 'on', 'outside', 'inside', 'near', 'after', 'before', 'during', 'from', 'under', 'behind', 'across', 'through', 'into', 'despite', 'within', 'beyond', 'around']);
const PARTICIPLE_END = /(?:ed|ing)$/;
const WORKPLACE_LINKS = new WordSet(['at', 'with', 'for']);
/** Links between another person's description and a title of the named one's. */
const HOLDER_LINKS = new Set(['for', 'to', 'at', 'on']);
/** Professions the lexicon need not list one by one: "neurologist", "psychiatrist", "statistician". */
const PROFESSION = /^[a-z]+(?:olog|iatr)ists?$|^[a-z]+icians?$/;
/** More of them, read only after a person the rules are sure of (no feature moves) and an article: "a former trawlerman", "a florist". */
const OCCUPATION = /^[a-z]{3,}(?:wo)?man$|^[a-z]{3,}ist$/;
const RELATIVE_PRONOUNS = new WordSet(['who', 'whom', 'whose', 'which']);
const SUBJECT_PRONOUNS = new WordSet(['i', 'we', 'you', 'he', 'she', 'they']);
const CONJUNCTIONS = new WordSet(['and', 'or', 'but']);
const APPOSITION_ENDS = new Set([',', '.', ';', '!', '?']);
/** Words before a title that are no part of it: times ("Monday night coach") and verbs in the past ("Trump sent envoy"). */
const NOT_ROLE_NOUNS = new WordSet(['night', 'morning', 'afternoon', 'evening', 'week', 'weekend', 'year', 'month', 'day', 'time', 'today', 'sent', 'cast', 'lost', 'put',
  'set', 'met', 'told', 'hit', 'cut', 'let', 'led', 'left', 'won', 'held', 'made', 'gave', 'took', 'brought', 'kept', 'paid', 'sold', 'bought', 'fought', 'caught',
  'found', 'beat', 'became', 'came', 'ran', 'saw', 'said', 'chose', 'sought', 'thought', 'heard', 'named', 'spent', 'struck', 'wrote', 'drew', 'threw']);
const PREFIXED_TITLE = /^(?:co|vice|deputy|acting|interim)-(\p{Ll}+)$/u;

/** "Asia scholar Sean King", "Center for Naval Analyses senior analyst Ken Gause". `person`: the rules are sure the name is a person's. */
function roleBefore(words: Word[], from: number, to: number, person = false, moreHeads?: WordSet): [number, number] | null {
  let i = from - 1;
  // "The Transport Secretary, Sir Graham Ashby, …": the honorific is no part of the role. A comma, a bracket or the sentence's
  // end after the name tells an apposition from a new clause ("…at the museum, Mr. Obama said").
  // So is one right after a word in lower case, which may be the role's noun: "Political scientist Dr Aroha Ngata said".
  if (i >= 0 && honorifics.hasText(words[i]!) && (APPOSITION_ENDS.has(words[to]?.text ?? '.') || words[to]?.text === '(' || (words[i - 1]?.kind === 'word' && LOWER_WORD.test(words[i - 1]!.text)))) i--;
  const comma = wordOrNone(words, i)?.text === ',';
  if (i >= 0 && ((OPENERS.hasText(words[i]!) && words[i]!.text !== '(') || comma)) i--;
  let head = wordOrNone(words, i);
  if (!head || head.kind !== 'word') return null;
  const end = head.end;
  // "The council's director of planning services, Declan Byrne", "its vice-president for Indigenous relations, Marie Belanger": set
  // off by a comma, a title's complement of a few words; the title heads the role.
  if (comma && !head.capitalized && !lowerTitleHeads.hasLower(head) && !descriptorNouns.hasLower(head)) {
    for (let k = i - 1; k >= 1 && i - k <= 4 && words[k]!.kind === 'word'; k--) {
      // "Somerset's head of talent, Andrea Mulcahy": "head" heads a role before "of" alone.
      if ((words[k]!.lower === 'of' || words[k]!.lower === 'for') && (isLowerTitle(words[k - 1]!) || (words[k]!.lower === 'of' && words[k - 1]!.lower === 'head'))) {
        i = k - 1;
        head = words[i]!;
        break;
      }
    }
  }
  // A title set off by a comma: "The Chancellor, Priya Malhotra" (right before the name, the title rules read it).
  // A capitalized title right before it too, where no title rule read it: "Crown Prince Mohammed bin Faisal".
  // Or a title's complement set off by a comma: "The museum's chair of trustees, Eve Salomon".
  const complement = comma && !head.capitalized && wordOrNone(words, i - 1)?.lower === 'of' && lowerTitleHeads.hasLower(wordOrNone(words, i - 2));
  const title = (comma && lowerTitleHeads.hasLower(head)) || (!comma && head.capitalized && i === from - 1 && titleHeads.hasText(head)) || complement;
  // "co-leader", "vice-chair": a partner's or a deputy's title is the title's.
  const prefixed = PREFIXED_TITLE.exec(head.lower)?.[1];
  const personWord = descriptorNouns.hasLower(head) || title || !!moreHeads?.hasLower(head) || (!!prefixed && (descriptorNouns.has(prefixed) || lowerTitleHeads.has(prefixed)));
  // A body's word that owns the name is no role: "the Bloc's Jean-Philippe Ouellet".
  if (!personWord && (!orgDescriptors.hasLower(head) || head.normEnd !== head.end)) return null;
  // A capitalized organization word inside a sentence ends a name, not a description: "…the Securities and Exchange Commission, Harbor Logistics employs".
  if (!personWord && head.capitalized && head.index > 0 && words[i - 1]?.capitalized) return null;
  let s = i;
  for (let j = i - 1; j >= 0 && i - j < 10; j--) {
    const w = words[j]!;
    if (w.kind !== 'word') {
      if (w.text === '-' && wordOrNone(words, j - 1)?.kind === 'word') continue;
      break;
    }
    // An acronym written like one of them is a name: "WHO spokesperson". A date is no part of a role: "on Monday in the journal".
    if ((ROLE_STOP.hasLower(w) && !ALL_CAPS_WORD.test(w.text)) || weekdays.hasNorm(w) || months.hasNorm(w)) break;
    // "a spokesman for Governor Elaine Duarte", "an aide to President Park": the title is the named one's; the words before
    // "for" or "to" describe someone else. A description ends in its own head: "Center for Policy Studies analyst Jo Ames".
    // Set off by a comma, the whole description is the named one's: "A spokeswoman for the governor, Anna Kowalska".
    if (title && HOLDER_LINKS.has(w.text) && !(comma && descriptorNouns.hasLower(words[j - 1]))) break;
    // "a senior official at the state oil company, NNPC": the company's description ends at the person who works there; a
    // person's ("a spokesperson for the company, Dana Whitfield") is that person's.
    if (!personWord && !person && descriptorNouns.hasLower(w) && WORKPLACE_LINKS.hasLower(words[j + 1])) break;
    // Cross "of" only inside a role: "director of ...", not "Critics of U.S. President"; nor after a relation, which is someone
    // else's: "the daughter of former leader Thaksin Shinawatra".
    if (w.lower === 'of' && (!(descriptorNouns.hasLower(wordOrNone(words, j - 1)) || titleHeads.hasText(wordOrNone(words, j - 1)) || (complement && j === i - 1)) || personalRelations.has(words[j - 1]!.lower))) break;
    // "EU competition chief": a plain noun between an organization's name and the title.
    // So is one right before the title after any name: "Scuderia Ardente team principal", "Apple board member"; not a verb or a
    // link word ("Yeltsin visits wife", "under President").
    const plainNoun = j === i - 1 && !w.lower.endsWith('s') && !FUNCTION_WORDS.hasLower(w) && !CONJUNCTIONS.hasLower(w) && !NOT_ROLE_NOUNS.hasLower(w) && !locativePrepositions.hasLower(w) && !FRONTING_PREPOSITIONS.hasLower(w);
    const field = !w.capitalized && j > 0 && words[j - 1]!.capitalized && words[j - 1]!.kind === 'word' && (ALL_CAPS_WORD.test(words[j - 1]!.text) || plainNoun) && LOWER_WORD.test(w.text) && !PARTICIPLE_END.test(w.lower);
    const ok = w.capitalized || descriptorNouns.hasLower(w) || lowerTitleWords.hasLower(w) || ROLE_LINKS.hasLower(w) || LOWER_HYPHENATED.test(w.text) || w.lower === 'based' || field;
    if (!ok) {
      // "Liverpool's sporting director", "its head coach": after an owner, a plain word is the title's modifier.
      const owner = wordOrNone(words, j - 1);
      if (comma && j === i - 1 && LOWER_WORD.test(w.text) && owner && (possessiveDeterminers.hasLower(owner) || (owner.normEnd !== owner.end && owner.capitalized))) s = j;
      break;
    }
    s = j;
  }
  while (s < i && (ROLE_LINKS.hasLower(words[s]!) || possessiveDeterminers.hasLower(words[s]!) || indefiniteArticles.hasLower(words[s]!) || words[s]!.text === '-')) s++;
  // "Only Prime Cabinet Secretary X kept his job": an adverb capitalized by opening the sentence is no part of the title.
  if (s === 0 && s < i && SENTENCE_ADVERBS.hasLower(words[0])) s++;
  // "Speaking outside court, Pyle's daughter said": a phrase of place or time set before the sentence, no apposition.
  if (comma && FRONTING_PREPOSITIONS.hasLower(wordOrNone(words, s - 1))) return null;
  // "…, who serves as chief technology officer, Kudira offers": a role after a verb's "as" is the clause's subject's (not "In 2019,
  // as finance minister, Jane Doe", set before the sentence).
  if (comma && wordOrNone(words, s - 1)?.lower === 'as' && wordOrNone(words, s - 2)?.kind === 'word') return null;
  return [words[s]!.start, end];
}
/** "director", "vice-president": a title in lower case, a deputy's or a partner's too. */
function isLowerTitle(w: Word): boolean {
  const prefixed = PREFIXED_TITLE.exec(w.lower)?.[1];
  return lowerTitleHeads.hasLower(w) || (!!prefixed && lowerTitleHeads.has(prefixed));
}

/**
 * "U.S. Ambassador to the United Nations Linda Thomas-Greenfield", "Minister of Health Jane Doe": a title, its complement, the name.
 * Set off by a comma, the title may be in lower case: "The mayor of Bristol, Marvin Rees,".
 */
function titleWithComplement(words: Word[], from: number): [number, number] | null {
  // Past an honorific: "Standing counsel for the GHMC, Ms. Shabnam Qadri".
  if (honorifics.hasText(wordOrNone(words, from - 1))) from--;
  else if (wordOrNone(words, from - 1)?.text === '.' && honorifics.hasText(wordOrNone(words, from - 2))) from -= 2;
  const comma = wordOrNone(words, from - 1)?.text === ',';
  const end = comma ? from - 2 : from - 1;
  let k = end;
  // "The mayor of Alvorada do Sul, Paulo Carvalho": a place's name may hold a particle in lower case.
  while (k > 0 && words[k]!.kind === 'word' && (words[k]!.capitalized || (k < end && nameParticles.has(words[k]!.text) && words[k - 1]!.capitalized)) && end - k < 6) k--;
  if (k === end) return null;
  if (words[k]?.lower === 'the') k--;
  // Set off by a comma, a person's word after "the" heads it too: "The head of the IAEA, Rafael Grossi"; not "A resident of
  // Leeds", one of many, nor a relation, who is someone else.
  const head = wordOrNone(words, k - 1);
  const held = descriptorNouns.hasLower(head) && wordOrNone(words, k - 2)?.lower === 'the' && !personalRelations.has(head!.lower);
  const titled = comma ? lowerTitleHeads.hasLower(head) || held : titleHeads.hasText(head);
  if (!COMPLEMENT_LINKS.hasLower(wordOrNone(words, k)) || !titled) return null;
  let s = k - 1;
  while (s > 0 && s >= k - 4 && words[s - 1]!.kind === 'word' && (words[s - 1]!.capitalized || lowerTitleWords.hasLower(words[s - 1]!)) && !COMPLEMENT_LINKS.hasLower(words[s - 1]!)) s--;
  while (s < k - 1 && (words[s]!.lower === 'the' || indefiniteArticles.hasLower(words[s]!) || possessiveDeterminers.hasLower(words[s]!))) s++;
  return [words[s]!.start, words[end]!.end];
}
const COMPLEMENT_LINKS = new WordSet(['to', 'of', 'for']);

const TIME_PREPOSITIONS = new WordSet(['in', 'on', 'since', 'until']);
const isTimeWord = (w: Word | undefined) => !!w && (months.hasText(w) || weekdays.hasText(w) || /^(1[89]|20)\d\d$/.test(w.text));
const ROLE_END_PUNCTUATION = /^[.!?:"“”]$/;
const APPOINTED = new WordSet(['named', 'appointed', 'elected', 'chosen', 'voted', 'crowned', 'promoted', 'made']);

/**
 * "Theresa Fallon, director of ...," / "Tong Zhao, a political expert at ...". `pastAge`: the rules are sure of the person, so the
 * role may run past an age and an owner's name ("Tomas Ferreira, 45, a fisherman", "the group's litigation director").
 * `spokenEnds`: a role whose head a verb of speech follows is none, but an attribution's speaker ("off Cape Marlow, a spokesman
 * said"); the rules' proposals keep the reading the entity reader was trained with.
 */
function roleAfter(words: Word[], to: number, pastAge: boolean, spokenEnds = false): [number, number] | null {
  let i = to;
  let copular = false;
  // "Tomas Ferreira, 45, a fisherman": past the age.
  if (pastAge && words[i]?.text === ',' && words[i + 1]?.info.digitFirst && words[i + 2]?.text === ',' && words[i + 1]!.text.length <= 3) i += 2;
  if (words[i]?.text === ',') i++;
  else if (words[i] && (words[i]!.lower === 'is' || words[i]!.lower === 'was')) {
    i++;
    copular = true;
  } else return null;
  // "was named player of the match", "was appointed chief executive": the role follows the appointing verb.
  if (copular && APPOINTED.hasLower(words[i])) i++;
  if (articles.hasLower(words[i])) i++;
  // "a 40-year-old farmer from Nyeri": the age is no part of the role.
  if (pastAge && YEARS_OLD.test(words[i]?.text ?? '') && articles.hasLower(wordOrNone(words, i - 1))) i++;
  const s = i;
  let hasHead = false;
  for (let k = 0; k < 4 && words[i + k]; k++) {
    const w = words[i + k]!;
    if (w.kind !== 'word') break;
    const head = descriptorNouns.hasLower(w) || titleHeads.hasText(w) || PROFESSION.test(w.lower) || (pastAge && w.text === w.lower && articles.hasLower(wordOrNone(words, s - 1)) && OCCUPATION.test(w.text));
    // "the group's litigation director": an owner before the title, for a person the rules are sure of (no feature moves).
    const owner = pastAge && !head && w.normEnd !== w.end && LOWER_WORD.test(w.lower);
    if (head || lowerTitleWords.hasLower(w)) hasHead ||= head;
    else if (!owner && (!(w.capitalized || LOWER_WORD.test(w.text)) || (ROLE_STOP.hasLower(w) && !w.capitalized))) break;
    if (hasHead) break;
  }
  if (!hasHead) return null;
  let e = i;
  while (e < words.length && e - s < 22) {
    const w = words[e]!;
    if (w.text === ',' || w.text === ';' || w.text === '(' || w.text === '—' || w.text === '–' || (w.kind === 'punct' && ROLE_END_PUNCTUATION.test(w.text))) break;
    if (copular && w.text === '.') break;
    if (isSpeechWord(w.lower) && e > s) {
      const before = words[e - 1]!;
      if (spokenEnds && (descriptorNouns.hasLower(before) || titleHeads.hasText(before) || PROFESSION.test(before.lower))) return null;
      if (e > s + 1) break;
    }
    // "was appointed chief executive in May": nor is the time it took effect.
    if (e > s && TIME_PREPOSITIONS.hasLower(w) && isTimeWord(words[e + 1])) break;
    // "a neurologist at King's College London who was not involved": the relative clause is no part of the role;
    // "a player we have followed": nor is one without its pronoun.
    if (e > s && (RELATIVE_PRONOUNS.hasLower(w) || SUBJECT_PRONOUNS.hasLower(w)) && (!w.capitalized || w.text === 'I')) break;
    e++;
  }
  while (e > s && CONJUNCTIONS.hasLower(words[e - 1]!)) e--;
  if (e === s) return null;
  return [words[s]!.start, words[e - 1]!.end];
}

// ---- Linking -------------------------------------------------------------

/** "activist from the state of Pará" cut at "the": a role does not end on an article or a preposition, which name what it leaves out. */
function withoutDanglingWords(role: string): string {
  let end = role.length;
  for (let space = role.lastIndexOf(' ', end - 1); space > 0 && DANGLING.has(role.slice(space + 1, end)); space = role.lastIndexOf(' ', end - 1)) end = space;
  return role.slice(0, end);
}
const COPULA_AFTER = /^ (?:is|was|has been|had been) (?:an? |the )?/;
/** Is offset `at` inside words in quotation marks opened since `from` (a paragraph's start)? */
function insideQuotation(text: string, from: number, at: number): boolean {
  let open = false;
  for (let k = from; k < at; k++) {
    const ch = text[k];
    if (ch === '“') open = true;
    else if (ch === '”') open = false;
    else if (ch === '"') open = !open;
  }
  return open;
}

/** A subject pronoun or a participle of speaking opening a phrase: the phrase is a clause ("speaking at a conference in Izmir"). */
const OPENS_CLAUSE = /^(?:they|he|she|we|it|i|you|speaking|talking|writing|testifying)\s/i;
const DANGLING = new Set(['the', 'a', 'an', 'of', 'from', 'at', 'in', 'for', 'and', 'to', 'with', 'on']);

/**
 * An organization's name without a legal form at its end, lower case: "Lumen Foods Plc" and "Lumen Foods" share one. So do "Toyota
 * Motor Corp" and "Toyota": a group's word before the legal form goes too, when a name that is no common word is left.
 */
function companyKey(nameWords: readonly string[]): string {
  let words = nameWords.length > 1 && legalSuffixes.has(nameWords.at(-1)!) ? nameWords.slice(0, -1) : nameWords;
  // "Serum Institute of India" is "Serum Institute"; not "Bank of England", whose name without its country is one word.
  const of = words.indexOf('of');
  if (of >= 2) {
    const place = matchGazetteer(words as string[], of + 1);
    if (place && REGION_KINDS.has(place.kind) && of + 1 + place.length === words.length) words = words.slice(0, of);
  }
  // "Harcourt & Vane Logistics" is "Harcourt & Vane": a name of two words or more before the word for its trade.
  if (words.length >= 3 && companyTradeWords.has(words.at(-1)!)) words = words.slice(0, -1);
  // "Toyota Motor Corp" is "Toyota"; so is "BHP Group" "BHP", an acronym needing no legal form to be the company's own word.
  if (words.length === 2 && (words !== nameWords || isAcronym(words[0]!)) && GROUP_WORDS.has(words[1]!) && !commonWordSet.has(words[0]!.toLowerCase())) words = words.slice(0, 1);
  return words.join(' ').toLowerCase();
}
const GROUP_WORDS = new Set(['Motor', 'Motors', 'Group', 'Holdings', 'Industries']);
/** Head words of bodies of people that end no place's name (not "Union": "the Soviet Union"; nor "Center", "Bank", "Front"). */
const BODY_HEADS = new Set(['Association', 'Federation', 'Confederation', 'Forum', 'Council', 'Committee', 'Commission', 'League', 'Party', 'Alliance', 'Coalition', 'Agency', 'Authority', 'Ministry', 'Bureau', 'Organization', 'Organisation', 'Society', 'Foundation', 'Institute', 'Corporation', 'Movement', 'Caucus', 'Secretariat', 'Directorate', 'Syndicate', 'Consortium', 'Guild']);

/**
 * "National Unity Party" → "national unity": a name of three words or more without its last, an organization's head word, unless what
 * is left is a place ("New York University" is not "New York").
 */
function withoutHeadWord(nameWords: readonly string[]): string | undefined {
  if (nameWords.length < 3 || !orgHeads.has(nameWords.at(-1)!) || isGazetteerPlace(nameWords.slice(0, -1))) return undefined;
  return nameWords.slice(0, -1).join(' ').toLowerCase();
}

/** "Lumen Foods Plc": a name of more than one word whose last is a legal form. */
function hasLegalForm(name: string): boolean {
  const space = name.lastIndexOf(' ');
  return space > 0 && legalSuffixes.has(name.slice(space + 1));
}

/** A name's initials, with those of "of", "for" and "and" if `withConnectors` ("BOJ" for "Bank of Japan"). */
function initials(nameWords: string[], withConnectors = false): string {
  let letters = '';
  for (const w of nameWords) {
    // Connectors have three letters at most: a longer word is none, with no lower-case copy made.
    if (w.length <= 3 && CONNECTORS.has(w.toLowerCase()) && !(withConnectors && INITIALLED_CONNECTORS.has(w))) continue;
    // "U.S. Department of Agriculture" is the USDA: an abbreviation gives all its letters.
    letters += w.includes('.') && DOTTED_ABBREVIATION.test(w) ? w.replace(/\./g, '') : NUMBER_WORDS.get(w) ?? w.charAt(0);
  }
  return letters.toUpperCase();
}
/** "Group of Seven" is the G7, "Group of Twenty" the G20. */
const NUMBER_WORDS = new Map([['Two', '2'], ['Three', '3'], ['Four', '4'], ['Five', '5'], ['Six', '6'], ['Seven', '7'], ['Eight', '8'], ['Nine', '9'], ['Ten', '10'], ['Twenty', '20']]);
/** "G7", "G20", "P5": capitals and a number. */
const NUMBERED_ACRONYM = /^\p{Lu}{1,3}\d{1,2}$/u;
const DOTTED_ABBREVIATION = /^(?:\p{Lu}\.){2,3}$/u;
const INITIALLED_CONNECTORS = new Set(['of', 'for', 'and']);
/** "BoE", "DfT": an acronym with a connector's letter in lower case. */
const MIXED_ACRONYM = /^\p{Lu}\p{Ll}\p{Lu}{1,3}$/u;
/**
 * The initials an acronym stands for, as `initials` writes them ("U.S." → "US", "BoE" → "BOE"); undefined for a word no acronym.
 * No acronym ends in a small letter: most words are asked nothing more.
 */
const acronymKey = (word: string) =>
  !isLowerAsciiLetter(word.charCodeAt(word.length - 1)) && (isInitials(word) || MIXED_ACRONYM.test(word) || NUMBERED_ACRONYM.test(word)) ? word.replace(/\./g, '').toUpperCase() : undefined;

/** Adds the organizations' initials with "of", "for" and "and" ("BOJ" for "Bank of Japan") where no name's plain initials give the same. */
function addInitialsWithConnectors(byInitials: Map<string, EntityDraft>, entities: Iterable<EntityDraft>): void {
  for (const e of entities) {
    if (e.type !== 'organization' || e.nameWords.length < 2) continue;
    const key = initials(e.nameWords, true);
    if (!byInitials.has(key)) byInitials.set(key, e);
  }
}

/**
 * Where a country is only where someone comes from or where something is: "Pete Sampras (U.S.)",
 * "Karlsruhe of Germany", "BIRMINGHAM, England", "in Hungary, Poland and ...".
 */
function isHomeCountry(c: Candidate): boolean {
  const before = wordBefore(c)?.text;
  if (before === '(') return c.words[c.to]?.text === ')';
  if (before === 'of') return !!wordBefore(c, 2)?.capitalized;
  const place = before === ',' ? wordBefore(c, 2)?.text : undefined;
  return !!place && ALL_CAPS_WORD.test(place);
}

/** "Southampton 2 Tottenham Hotspur 1": a name, then a score of one or two digits, then the other side's name and its score. */
function isScoreSide(c: Candidate): boolean {
  const { words } = c;
  const score = (w: Word | undefined) => !!w && SCORE.test(w.text);
  if (!score(words[c.to]) || !words[c.to + 1]?.capitalized) return false;
  let k = c.to + 1;
  while (k < words.length && k - c.to <= 4 && words[k]!.capitalized) k++;
  return score(words[k]);
}

const SCORE = /^\d{1,2}$/;

/** The cities that play are their clubs, and so are their other mentions but where something happens ("fans in Liverpool"). */
function readCitiesAsClubs(candidates: Candidate[], playing: Candidate[]): void {
  const clubs = new Set(playing.map((c) => c.name));
  for (const c of candidates) {
    if ((c.type !== 'place' && c.type !== 'unknown') || !clubs.has(c.name) || isLocative(wordBefore(c)) || isPlaceAfterArticle(c)) continue;
    Object.assign(c, { type: 'organization', mentionType: 'organization', rule: 'org.club.city' });
  }
}

const PLACE_KINDS = new Set<GazetteerEntry['kind']>(['country', 'capital', 'city', 'state', 'region']);

/** A match report: three sentences or more, and a sixth of them, about sport. Counting reads the whole article, so it is asked only when it matters, once. */
function sportsArticleTest(sentences: Sentence[]): () => boolean {
  let sportsArticle: boolean | undefined;
  return () => {
    if (sportsArticle === undefined) {
      let sporty = 0;
      for (const s of sentences) if (isSportsSentence(s, wordsOf(s))) sporty++;
      sportsArticle = sporty >= 3 && sporty >= sentences.length / 6;
    }
    return sportsArticle;
  };
}

const isTown = (c: Candidate) => c.type === 'place' && c.rule !== 'place.lexicon.country' && c.rule !== 'place.lexicon.region';

/** In sports reporting a country's name stands for its team: "Belgium beat Panama 3-0". */
function readCountriesAsTeams(sentences: Sentence[], candidates: Candidate[], isSportsArticle: () => boolean): void {
  /** "Korea", which "South Korea" plays as. */
  const nationShortNames = new Set<string>();
  const asTeam = (c: Candidate) => {
    // "Yorkshire all-rounder Joe Root": a region that fields no national team plays as its club.
    if (c.rule === 'place.lexicon.region' && !nationalTeamRegions.has(c.name) && !nationShortNames.has(c.name)) {
      Object.assign(c, { type: 'organization', mentionType: 'organization', rule: 'org.club.region' });
      return;
    }
    Object.assign(c, { type: 'organization', mentionType: 'organization', name: `${c.name} national team`, metonym: true, form: 'metonym', rule: 'org.metonym.national-team' });
    c.nameWords = c.name.split(' ');
  };
  const teams = new Set<string>();
  const rest: Candidate[] = [];
  // Past an article or a list: "at the Emirates", "in Hungary, Poland and the Czech Republic".
  // In an article with a sentence that only sport would write: one sentence sport shares its words with is not enough.
  let aboutSport: boolean | undefined;
  const sportWritten = () => (aboutSport ??= sentences.some((s) => onlySportsWords(wordsOf(s))));
  // "beat Italy's Jannik Sinner": a country that owns a name is the player's nationality, unless it plays elsewhere in the article.
  const nationality = (c: Candidate) => c.words[c.to - 1]!.normEnd !== c.words[c.to - 1]!.end && !!c.words[c.to]?.capitalized;
  // "at Molineux in Wolverhampton, England": the country of a town named before it is a place too (not one of a list of countries:
  // "Sweden, Belgium, England win").
  let townEnds: Set<number> | undefined;
  // Set off, as an address writes it: not "At the Oval, Surrey captain Chris Lewis".
  const ofPlace = (c: Candidate) => wordBefore(c)?.text === ',' && !!wordBefore(c, 2)?.capitalized && c.words[c.to]?.kind !== 'word'
    && (townEnds ??= new Set(candidates.filter(isTown).map((d) => d.words[d.to - 1]!.end))).has(wordBefore(c, 2)!.end);
  const plays = (c: Candidate) =>
    isMetonym(c.words, c.from, c.to) && !locativeListBefore(c.words, c.from, c.to) && !isHomeCountry(c) && !nationality(c) && !ofPlace(c) && isSportsSentence(c.sentence, c.words) && sportWritten();
  // "Liverpool beat Brentford 3-1": a city that plays in a match report is its club; not an event ("Paris 2024").
  const cities: Candidate[] = [];
  const playing: Candidate[] = [];
  for (const c of candidates) {
    // Not a capital: few clubs are named after one alone, and "London" in "a north London club" is the city.
    if (c.rule === 'place.lexicon.city') {
      // Not an event ("Paris 2024"); but a score's side ("Southampton 2 Tottenham Hotspur 1").
      if (isScoreSide(c) || (plays(c) && !c.words[c.to]?.info.digitFirst)) cities.push(c);
      continue;
    }
    if (c.rule !== 'place.lexicon.country' && c.rule !== 'place.lexicon.region') continue;
    if (!plays(c)) {
      rest.push(c);
      continue;
    }
    teams.add(c.name);
    // "South Korea" plays as "Korea" too.
    const last = c.nameWords.length > 1 ? matchGazetteerTokens(c.words, c.to - 1, false, PLACE_KINDS) : undefined;
    if (last?.length === 1) [teams, nationShortNames].forEach((names) => names.add(last.name));
    playing.push(c);
  }
  playing.forEach(asTeam);
  if (cities.length && (cities.some(isScoreSide) || isSportsArticle())) readCitiesAsClubs(candidates, cities);
  // One sense per article: the team that won also takes the lead "for Belgium" and loses "to England"; "in Belgium" stays a place.
  if (!teams.size || !isSportsArticle()) return;
  for (const c of rest) if (teams.has(c.name) && !isLocative(wordBefore(c)) && !isHomeCountry(c) && !ofPlace(c)) asTeam(c);
  // "the Belgians won": the players of a team that plays in the report.
  const byStart = new Map(candidates.map((c) => [c.start, c]));
  for (const s of sentences) {
    const words = wordsOf(s);
    for (let i = 1; i < words.length; i++) {
      const w = words[i]!;
      const country = words[i - 1]!.lower === 'the' && w.text.endsWith('s') ? demonymCountry.get(w.text.slice(0, -1)) : undefined;
      if (!country || !teams.has(country)) continue;
      const read = byStart.get(w.start);
      if (read && (read.to - read.from !== 1 || read.type === 'organization')) continue;
      const players = read ?? candidate(s, words, i, i + 1, 'organization', 3, 'org.metonym.national-team');
      Object.assign(players, { name: country, nameWords: country.split(' '), surnameOnly: false });
      asTeam(players);
      players.form = 'alias';
      if (!read) candidates.push(players);
    }
  }
  sortedByStart(candidates);
}

/**
 * "beat Exeter City 2-1": a town's name and "City", "Town" or "County" in a match report is a club, and
 * so is the town's name alone in the same article ("Exeter led"), unless something happens in it. "Mexico City"
 * and "Kansas City" are places the lexicon knows.
 */
function readTownClubs(candidates: Candidate[], isSportsArticle: () => boolean): void {
  const clubs = new Map<string, string>();
  let clubNamed: boolean | undefined;
  // A match report, or an article that names a club by its suffix ("Blackmoor Rovers").
  const aboutClubs = () => (clubNamed ??= isSportsArticle() || candidates.some((c) => c.type === 'organization' && c.nameWords.length > 1 && clubSuffixes.has(c.nameWords.at(-1)!)));
  for (const c of candidates) {
    if (c.type !== 'place' || c.nameWords.length < 2 || !clubHeads.has(c.nameWords.at(-1)!)) continue;
    // There, also where the sentence tells no sport: "Rovers travel to Harbour City next weekend".
    if (!isSportsSentence(c.sentence, c.words) && (isLocative(wordBefore(c)) || !aboutClubs())) continue;
    // Nor one in capitals that the lexicon knows as written in title case: "CAPE TOWN, South Africa (AP) —".
    if (matchGazetteerTokens(c.words, c.from, false)?.length === c.to - c.from || isGazetteerPlace(c.nameWords)) continue;
    Object.assign(c, { type: 'organization', mentionType: 'organization', rule: 'org.club' });
    clubs.set(c.nameWords.slice(0, -1).join(' '), c.name);
  }
  if (!clubs.size) return;
  const clubNames = new Set(clubs.values());
  for (const c of candidates) {
    // The club's whole name anywhere in the article ("Harbour City now sit second"), and the town alone in it.
    if (c.type === 'place' && clubNames.has(c.name)) {
      Object.assign(c, { type: 'organization', mentionType: 'organization', rule: 'org.club' });
      continue;
    }
    const club = c.type === 'place' || c.type === 'unknown' ? clubs.get(c.name) : undefined;
    if (!club || isLocative(wordBefore(c))) continue;
    asClub(c, club);
  }
}

/**
 * "Wessex City … City took the lead", "Former City striker": a club's last word alone ("City", "Rovers") is the club, where one club
 * of the article ends on it, and the word is no part of another name ("City Hall", "City of London"). So, in a match report, is a
 * team's nickname after its town, with "the" too ("the Buffalo Bills … The Bills led"). A post-filter.
 */
function readClubSuffixesAlone(readings: readonly NameReading[], candidates: Candidate[], isSportsArticle: () => boolean): void {
  const clubs = new Map<string, string | null>();
  const nicknames = new Set<string>();
  for (const c of candidates) {
    const last = c.nameWords.at(-1)!;
    if (c.type !== 'organization' || c.nameWords.length < 2 || c.nameWords[0] === 'Former') continue;
    const nickname = isTeamNickname(c);
    if (!(nickname || clubHeads.has(last) || clubSuffixes.has(last))) continue;
    clubs.set(last, clubs.has(last) && clubs.get(last) !== c.name ? null : c.name);
    if (nickname) nicknames.add(last);
  }
  if (![...clubs.values()].some(Boolean) || (nicknames.size === clubs.size && !isSportsArticle())) return;
  const byStart = new Map(candidates.map((c) => [c.start, c]));
  for (const { sentence, words, input } of readings) {
    if (input.mode !== SentenceMode.Normal) continue;
    for (let i = 0; i < words.length; i++) {
      const w = words[i]!;
      const club = w.capitalized ? clubs.get(w.text) : undefined;
      const nickname = nicknames.has(w.text);
      if (!club || (nickname && !isSportsArticle()) || words[i + 1]?.capitalized || words[i + 1]?.lower === 'of' || (i > 0 && words[i - 1]!.capitalized && words[i - 1]!.text !== 'Former' && !(nickname && isInitial(words, i - 1) && articles.hasLower(words[i - 1]))) || (words[i - 1]?.lower === 'the' && !nickname)) continue;
      // "Former City striker": the adjective is no part of the club's name.
      const former = i > 0 && words[i - 1]!.text === 'Former' ? byStart.get(words[i - 1]!.start) : undefined;
      const read = former?.to === i + 1 ? Object.assign(former, candidate(sentence, words, i, i + 1, 'organization', 3, 'org.club')) : byStart.get(w.start);
      if (read && read.to !== i + 1) continue;
      const c = read ?? candidate(sentence, words, i, i + 1, 'organization', 3, 'org.club');
      if (!read) {
        candidates.push(c);
        byStart.set(c.start, c);
      }
      asClub(c, club);
    }
  }
}

/** "Buffalo Bills", "Ottawa Senators": a known town, then a plural that no company's name ends on. */
function isTeamNickname(c: Candidate): boolean {
  const last = c.words[c.to - 1]!;
  return c.to - c.from >= 2 && PLURAL_NICKNAME.test(last.text) && !orgHeads.hasText(last) && !companyTradeWords.hasText(last) && matchGazetteerTokens(c.words, c.from, false, TOWN_KINDS)?.length === c.to - c.from - 1;
}
const PLURAL_NICKNAME = /^\p{Lu}\p{Ll}+s$/u;

/** The candidate as a mention of the club by another name. */
const asClub = (c: Candidate, club: string) =>
  Object.assign(c, { type: 'organization', mentionType: 'organization', name: club, nameWords: club.split(' '), form: 'alias', rule: 'org.club', surnameOnly: false });

/**
 * "Lech Poznan … Lech took the lead", "Wisla Krakow … Wisla coach": in a match report, a club named by a word and its city goes by
 * the word alone, even one that is a given name, unless a person of the article bears it.
 */
function readClubsByFirstWord(candidates: Candidate[], isSportsArticle: () => boolean): void {
  let clubs: Map<string, string> | undefined;
  for (const c of candidates) {
    if (c.type !== 'organization' || c.nameWords.length !== 2 || c.to - c.from !== 2) continue;
    const city = matchGazetteerTokens(c.words, c.from + 1, false);
    if (city?.length === 1 && (city.kind === 'city' || city.kind === 'capital')) (clubs ??= new Map()).set(c.nameWords[0]!, c.name);
  }
  if (!clubs || !isSportsArticle()) return;
  for (const c of candidates) if (c.type === 'person' && c.nameWords.length > 1) clubs.delete(c.nameWords[0]!);
  for (const c of candidates) {
    const club = c.to - c.from === 1 && (c.type === 'unknown' || c.type === 'place' || (c.type === 'person' && c.strength <= 2)) ? clubs.get(c.name) : undefined;
    if (!club || isLocative(wordBefore(c))) continue;
    asClub(c, club);
  }
}

const CLUB_LINKS = new WordSet(['and', 'or', 'v', 'vs', 'versus']);
/** The higher number of a score written "2-1" or "6-4", or -1. */
const scoreTop = (text: string) => {
  const first = text.charCodeAt(0);
  if (first < 48 || first > 57) return -1;
  const m = /^(\d{1,2})-(\d{1,2})$/.exec(text);
  return m ? Math.max(Number(m[1]), Number(m[2])) : -1;
};
/** A match's score, "2-1"; not a tennis set's ("6-4", "7-6"), whose players are people. */
const isScore = (text: string) => {
  const top = scoreTop(text);
  return top >= 0 && top < 6;
};
const SCORE_LINKS = new Set(['against', 'over', 'to']);
// Not "led" or "trailed", which players do in frames and sets: "Trump led 5-3".
/** Any sport's score: "3-0", "27-24", "78-74". */
const ANY_SCORE = /^\d{1,3}[-–]\d{1,3}$/;
const RESULT_VERBS = new Set(['won', 'lost', 'drew', 'beat', 'edged', 'wins', 'loses', 'draws']);
const VOTING_VERBS = new Set(['ruled', 'voted', 'decided', 'sided', 'split']);
const MATCH_RESULTS = new Set(['win', 'victory', 'defeat', 'loss', 'draw', 'triumph', 'thrashing', 'home', 'away']);
const RESULT_WORDS = new Set(['beat', 'beats', 'beating', 'defeated', 'defeat', 'thrashed', 'edged', 'overcame', 'hammered', 'routed', 'stunned', 'against', 'with', 'to', 'over']);

/**
 * "Chelsea and Manchester City", "Everton v Leeds United": a one-word name beside a club is a club, all through the article.
 * Not the surname of a person the article names ("Guardiola and Manchester City").
 */
function readClubsBesideClubs(candidates: Candidate[]): void {
  const isClub = (d: Candidate | undefined) =>
    !!d && d.type === 'organization' && (d.rule === 'org.club' || (d.nameWords.length > 1 && (clubHeads.has(d.nameWords.at(-1)!) || clubSuffixes.has(d.nameWords.at(-1)!))));
  // The words between two names are one link word, and the full stop of "v.", or a score ("Arsenal 2-1 Chelsea"), where the other
  // name need only be an organization.
  const linked = (c: Candidate, from: number, to: number, other: Candidate | undefined) => {
    const { words } = c;
    if (!other || other.words !== words || !(to === from + 1 || (to === from + 2 && words[from + 1]!.text === '.'))) return false;
    if (isClub(other) && CLUB_LINKS.hasLower(words[from]!)) return true;
    return to === from + 1 && isScore(words[from]!.text) && other.type === 'organization' && c.type !== 'place';
  };
  // "beat Chelsea 2-1": a name after a result and before one score plays as a team. (A place that plays is read by the rules for
  // countries and cities.)
  const beforeScore = (c: Candidate) => isScore(c.words[c.to]?.text ?? '') && !isScore(c.words[c.to + 1]?.text ?? '') && RESULT_WORDS.has(wordBefore(c)?.lower ?? '') && c.type !== 'place';
  // "won 2-1 against Chelsea", "a 3-0 win over Leeds": the name after a score and a result plays as a team too.
  const afterScore = (c: Candidate) => {
    const { words, from } = c;
    if (c.type === 'place' || !SCORE_LINKS.has(wordOrNone(words, from - 1)?.lower ?? '')) return false;
    const at = MATCH_RESULTS.has(wordOrNone(words, from - 2)?.lower ?? '') ? from - 3 : from - 2;
    // Not a court's or a board's vote: "ruled 2-1 against Trump".
    return isScore(wordOrNone(words, at)?.text ?? '') && !VOTING_VERBS.has(wordOrNone(words, at - 1)?.lower ?? '');
  };
  // "Chelsea won 1-0 at Wolves": the name before a result and a score.
  const beforeResult = (c: Candidate) => c.type !== 'place' && RESULT_VERBS.has(c.words[c.to]?.lower ?? '') && isScore(c.words[c.to + 1]?.text ?? '');
  // "Villarreal beat Porto 3-0": a word no one typed before a result, then the other team and any sport's score ("Biden beat Trump
  // 306-232" is about people, whom the reader typed).
  const beatsTeam = (c: Candidate, after: Candidate | undefined) =>
    c.type === 'unknown' && RESULT_VERBS.has(c.words[c.to]?.lower ?? '') && after?.words === c.words && after.from === c.to + 1 && after.to - after.from === 1 && after.type !== 'person' && ANY_SCORE.test(c.words[after.to]?.text ?? '');
  // "Leinster were beaten 27-24 by Toulouse", and the winner after "by".
  const beatenBy = ({ type, words, to }: Candidate) => type === 'unknown' && (words[to]?.lower === 'were' || words[to]?.lower === 'was') && words[to + 1]?.lower === 'beaten' && ANY_SCORE.test(words[to + 2]?.text ?? '');
  const winner = (c: Candidate, after: Candidate | undefined) => after?.words === c.words && after.from === c.to + 4 && c.words[c.to + 3]?.lower === 'by' && after.to - after.from === 1 && after.type !== 'person';
  const surnames = new Set<string>();
  for (const c of candidates) if (c.type === 'person' && c.nameWords.length > 1) surnames.add(c.nameWords.at(-1)!);
  const clubs = new Set<string>();
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i]!;
    if (c.to - c.from !== 1 || c.type === 'organization' || surnames.has(c.name)) continue;
    const before = i > 0 ? candidates[i - 1] : undefined;
    const after = candidates[i + 1];
    if (linked(c, c.to, after?.from ?? -1, after) || linked(c, before?.to ?? -1, c.from, before) || beforeScore(c) || afterScore(c) || beforeResult(c)) clubs.add(c.name);
    else if (beatsTeam(c, after)) clubs.add(c.name).add(after!.name);
    else if (beatenBy(c)) {
      clubs.add(c.name);
      if (winner(c, after)) clubs.add(after!.name);
    }
  }
  if (!clubs.size) return;
  for (const c of candidates) {
    if (clubs.has(c.name) && c.type !== 'organization' && !isLocative(wordBefore(c))) Object.assign(c, { type: 'organization', mentionType: 'organization', surnameOnly: false, rule: 'org.club.beside-club' });
  }
}

/** "6-4", "7-6": a tennis set, which players win, not teams. */
const isSetScore = (text: string) => text.length === 3 && scoreTop(text) >= 6;

/** "Federer beat Nadal 7-6": the names on either side of a result before a set score are players, all through the article. */
function readPlayersBesideSets(candidates: Candidate[]): void {
  const players = new Set<string>();
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i]!;
    if (!isSetScore(c.words[c.to]?.text ?? '') || !RESULT_WORDS.has(wordBefore(c)?.lower ?? '')) continue;
    const winner = i > 0 ? candidates[i - 1] : undefined;
    players.add(c.name);
    if (winner && winner.words === c.words && winner.to === c.from - 1) players.add(winner.name);
  }
  if (!players.size) return;
  for (const c of candidates) {
    if (players.has(c.name) && c.type !== 'person' && c.type !== 'place' && c.to - c.from <= 2) Object.assign(c, { type: 'person', mentionType: 'person', rule: 'person.beside-sets' });
  }
}

// Not "were": "if Clinton were elected" is a wish.
const PLURAL_VERBS = new WordSet(['have', 'are']);
const LIST_LINKS = new Set(['and', 'or', '&', ',']);

/**
 * "Chelsea have signed", "Tellmark are in talks": a name of one word that takes a plural verb is a team or a firm, as British
 * English writes them, not a person, all through the article. Not in a list ("Tom and Mr. Morial are"), nor a people's
 * name ("Republicans are").
 */
function readCollectiveNames(candidates: Candidate[]): void {
  let groups: Set<string> | undefined;
  for (const c of candidates) {
    if (c.type !== 'person' || c.to - c.from !== 1 || c.nameWords.length !== 1 || c.name.endsWith('s') || !PLURAL_VERBS.hasLower(c.words[c.to])) continue;
    let listed = false;
    for (let k = Math.max(0, c.from - 3); k < c.from; k++) listed ||= LIST_LINKS.has(c.words[k]!.lower);
    if (!listed) (groups ??= new Set()).add(c.name);
  }
  if (!groups) return;
  for (const c of candidates) if (c.type === 'person' && c.nameWords.length > 1) groups.delete(c.nameWords[0]!);
  for (const c of candidates) {
    if (c.type === 'person' && c.nameWords.length === 1 && groups.has(c.name)) Object.assign(c, { type: 'organization', mentionType: 'organization', rule: 'org.plural-verb', surnameOnly: false });
  }
}

/** Titles that Indian, British and Australian news writes as initials after "the". */
const TITLE_ACRONYMS = new Map([['PM', 'prime minister'], ['CM', 'chief minister']]);

/**
 * "Prime Minister Narendra Modi … The PM said", "the CM added": the initials of a title after "the" stand for the person named before
 * with the title, as "the President" does; they name no body. A post-filter.
 */
function readTitleAcronyms(readings: readonly NameReading[], candidates: Candidate[]): void {
  const people: Candidate[] = [];
  for (const { sentence, words, capitalizedAt } of readings) {
    for (const i of capitalizedAt) {
      if (!TITLE_ACRONYMS.has(words[i]!.text) || words[i - 1]?.lower !== 'the') continue;
      const c = candidate(sentence, words, i, i + 1, 'person', 0, 'person.title-only', 'alias');
      c.titleOnly = true;
      c.definite = true;
      people.push(c);
    }
  }
  if (!people.length) return;
  // The names read over the initials give way, in one pass: "the PM" may come back thousands of times in a long text.
  const at = new Map<Word[], number[]>();
  for (const c of people) addTo(at, c.words, c.from);
  dropCandidates(candidates, (c) => !!at.get(c.words)?.some((i) => c.from <= i && c.to > i));
  for (const c of people) candidates.push(c);
}

/** Reads the names of the sentences into the table; returns why the entity reader was not used, or null. */
export function extractEntities(sentences: Sentence[], table: EntityTable, text: string): string | null {
  const { model, problem } = nerModel();
  const { readings, context } = readNames(sentences, text);
  const namedAlone = namesWrittenAlone(readings);
  const candidates: Candidate[] = [];
  const events = new Set<string>();
  for (const r of readings) {
    // Each sentence's names are settled while its words are fresh in memory: a dateline's place, and events dropped.
    for (const c of model ? readWithModel(r.sentence, r.words, tagNames(model, r.input, context), r.proposed, text, namedAlone, context.lowercase) : r.proposed) {
      readDatelinePlace(c);
      if (isEventName(c)) events.add(c.nameWords.at(-1)!);
      else candidates.push(c);
    }
  }
  // "Hurricane Delia roared ashore. By midday Delia had weakened": the storm's name alone is the storm too.
  if (events.size) dropCandidates(candidates, (c) => c.type === 'person' && c.to - c.from === 1 && events.has(c.name));
  readCoordinatedPlaces(candidates);
  readPlacesListedAsKinds(candidates);
  readCapitalsNamedAsCities(candidates);
  readNationalSportsBodies(candidates);
  readTitlesAfterThe(readings, candidates);
  readTitleAcronyms(readings, candidates);
  readAppositiveOrganizations(readings, candidates);
  readTitleOffices(readings, candidates);
  readGivenNamesFirst(readings, candidates, text);
  readTitleCaseAcronyms(readings, candidates);
  readLegislatures(readings, candidates);
  readServiceCompanies(readings, candidates);
  readNumberedChannels(readings, candidates);
  readNumberedUnits(candidates);
  readPartiesOfMembers(readings, candidates);
  readPlaceLists(readings, candidates);
  readPartiesBeforeMembers(candidates);
  readGeographicNames(readings, candidates);
  readHyphenatedGivenNames(readings, candidates);
  readVietnameseNames(readings, candidates);
  readArabicAndChineseNames(readings, candidates);
  readParticleNames(candidates);
  // The five above push the names they find; the passes below read neighbours in text order.
  sortedByStart(candidates);
  cutThingsNamedAfterPeople(candidates);
  cutProductsOfCompanies(candidates);
  cutCreditLabels(candidates);
  cutBillsAndTimes(candidates);
  const writtenInText = capitalizedInText(readings);
  cutHeadlineNameShapes(candidates, writtenInText);
  cutHeadlineEpithets(candidates, writtenInText);
  splitListedCompanies(candidates);
  splitCompaniesOfPlaces(candidates);
  cutTitlesOfPlaces(candidates, text);
  splitNamesOffTitledBodies(candidates, text);
  cutBasedConjuncts(candidates);
  readPossessiveNames(candidates);
  readJoinedBodyNames(candidates);
  joinBodyNamesPastAnd(candidates);
  joinBodiesForTheirWork(candidates);
  cutOpeningJobNouns(candidates);
  readSharedTitles(candidates);
  readGeneralBodies(candidates);
  cutOpeningDemonyms(candidates);
  splitPeopleOfBodies(candidates);
  cutThingNames(candidates);
  cutAwardNames(candidates);
  cutWorkTitles(candidates);
  cutCaseNames(candidates);
  cutSchemeNames(candidates);
  cutCrudeGrades(candidates);
  readCompaniesNamedAsCountries(candidates);
  joinOwningGroups(candidates);
  readCompanyNames(candidates);
  joinLegalSuffixes(candidates);
  readTeamNames(candidates);
  cutResidents(candidates);
  readStreets(candidates);
  readNumberedNames(candidates);
  readPlacesByContext(candidates);
  readBodiesBeforeTheirKind(candidates);
  readDomainAgencies(candidates);
  readAppointedRoles(candidates, text);
  readTitledGivenNames(candidates);
  readForeignCompanies(candidates);
  readPluralPlaces(candidates);
  readPlacesAsGivenNames(candidates);
  readStageNames(candidates);
  readResidences(candidates);
  readCompanyShortNames(candidates);
  readHeadWordSurnames(candidates);
  readServiceDistricts(candidates);
  cutPartyLabels(candidates);
  cutOpeningFields(candidates);
  readOwnedByDescriptors(candidates);
  readPlayerPositions(candidates);
  readSituationRoles(candidates, text);
  readNamedRelatives(candidates);
  readClubsBeforePositions(candidates);
  readClubsNamedAfterCities(candidates);
  joinForeignBodyNames(candidates);
  dropMedicineNames(candidates);
  dropLanguagesSpokenIn(candidates);
  dropCommonCapitals(candidates);
  readSeatsAfterBodies(candidates);
  readBodiesAfterAdjectives(candidates);
  readRankAbbreviations(candidates);
  readCapitalBylines(candidates);
  readBylineNames(candidates);
  readTranscriptLabels(candidates);
  readStateUniversities(candidates);
  readBracketedAcronymBodies(candidates);
  joinBodiesToTheirInitials(candidates);
  readVenues(candidates);
  readNewspaperTowns(candidates);
  cutOpeningAdverbs(candidates);
  joinPlaceParticles(candidates);
  joinHyphenatedNames(candidates);
  joinGivenNamesBefore(candidates);
  joinFamilyNamesBeforeOf(candidates);
  joinCampaignNames(candidates);
  joinOpeningParticles(candidates);
  joinHonouredParticles(candidates);
  joinOpeningCompassPoints(candidates);
  joinFamilyArticles(candidates);
  cutOpeningTrades(candidates, text);
  cutPluralTitles(candidates, text);
  joinOrganizationComplements(candidates);
  joinMembersOfCountries(candidates);
  joinDanglingLinks(candidates);
  joinCourtCircuits(candidates);
  joinComplementConjuncts(candidates);
  joinConjoinedBodies(candidates);
  cutOpeningPrepositions(candidates);
  cutPeopleOfOrganizations(candidates);
  cutPostNominals(candidates);
  cutPortfolios(candidates);
  splitPortfolioNames(candidates);
  joinGivenNamesAfterPortfolios(candidates);
  readEmployersBeforeRoles(readings, candidates);
  readNamesAfterDescriptors(readings, candidates);
  readNamesAfterOrgDescriptors(readings, candidates);
  readConstituencies(readings, candidates);
  joinListedCommittees(candidates);
  joinConjunctsOfPlaces(candidates);
  readChambers(candidates);
  readPeopleByCopularRoles(candidates, text);
  candidates.push(...repeatedNames(readings, candidates));
  readBodiesNamedAfterPlaces(candidates);
  // After the repeated names, which would read "Labour" again in "Labour costs rose" after "Labour said".
  cutGenericOpeners(candidates);
  cutEponyms(readings, candidates);
  candidates.push(...nestedNames(candidates));
  sortedByStart(candidates);
  // After the repeated names, which would read a product's code again where the text names the road.
  cutProductCodes(candidates);
  joinOpeningWords(candidates);
  joinNicknames(candidates);
  joinFamilyNamesLikePronouns(candidates);
  // A country that plays in a match report is its team: a metonym the rules read, whoever found the name.
  const isSportsArticle = sportsArticleTest(sentences);
  readCountriesAsTeams(sentences, candidates, isSportsArticle);
  readCapitalsAfterArticles(candidates);
  readCapitalBodies(candidates);
  readBracketsAfterPeople(candidates);
  readSharedSurnames(candidates);
  readCompaniesByContext(candidates);
  readTownClubs(candidates, isSportsArticle);
  readClubsByFirstWord(candidates, isSportsArticle);
  readClubsBesideClubs(candidates);
  readClubSuffixesAlone(readings, candidates, isSportsArticle);
  readPlayersBesideSets(candidates);
  readCollectiveNames(candidates);
  keepOrganizationRoles(candidates);
  joinNamesOfAcronyms(candidates);
  dropTitlesReadAsNames(candidates);
  link(candidates, table, text);
  return problem;
}

export interface NameReading {
  sentence: Sentence;
  words: Word[];
  /** The rules' names. */
  proposed: Candidate[];
  /** What the entity reader reads. */
  input: NerInput;
  /** The indexes of the capitalized words, in order: most passes look only at or beside one. */
  capitalizedAt: number[];
}

/**
 * Made by constructors, not literals: a reading lives as long as its document is read, so in a long document all of a literal's
 * objects outlive a collection, and V8 then makes that literal's objects in the old generation for good ("pretenuring"), where every
 * later article's readings, and all they hold, die only in a full collection.
 */
class ParsedNameReading implements NameReading {
  declare sentence: Sentence;
  declare words: Word[];
  declare proposed: Candidate[];
  declare input: NerInput;
  declare capitalizedAt: number[];
  constructor(sentence: Sentence, words: Word[], proposed: Candidate[], input: NerInput, capitalizedAt: number[]) {
    this.sentence = sentence;
    this.words = words;
    this.proposed = proposed;
    this.input = input;
    this.capitalizedAt = capitalizedAt;
  }
}

class ReaderInput implements NerInput {
  declare words: readonly Word[];
  declare mode: SentenceMode;
  declare block: string;
  declare ruleTags: readonly number[];
  constructor(words: readonly Word[], mode: SentenceMode, block: string, ruleTags: readonly number[]) {
    this.words = words;
    this.mode = mode;
    this.block = block;
    this.ruleTags = ruleTags;
  }
}

/** The rules' names sentence by sentence, each sentence's input to the entity reader, and what the document says of its words. */
export function readNames(sentences: Sentence[], text: string): { readings: NameReading[]; context: DocumentContext } {
  const readings = sentences.map((sentence): NameReading => {
    const titleCase = sentence.block.kind === 'headline' || sentenceIsTitleCase(sentence.tokens);
    const words = wordsOf(sentence, titleCase);
    const proposed = proposeNames(sentence, words, titleCase, text);
    // Not `[]` nor literals: see ParsedNameReading.
    const capitalizedAt = Array.of<number>();
    for (let i = 0; i < words.length; i++) if (words[i]!.capitalized) capitalizedAt.push(i);
    return new ParsedNameReading(sentence, words, proposed, new ReaderInput(words, sentenceMode(words, titleCase), sentence.block.kind, ruleTags(proposed, words.length)), capitalizedAt);
  });
  const proposed: Candidate[] = [];
  for (const r of readings) for (const c of r.proposed) proposed.push(c);
  return { readings, context: documentContext(readings, proposed) };
}

/**
 * An organization's role names a kind of body or a company's relation ("French newspaper", "Nvidia rival"); a person's words before
 * or after its name are someone else's ("Castleford host Wigan Athletic", "Clinton spokesman Jesse Lehrich" after "Yahoo News").
 * A person's role names a person: "The rainy-day fund, Pruitt said," describes no one.
 */
function keepOrganizationRoles(candidates: Candidate[]): void {
  for (const c of candidates) {
    if (c.type === 'person' && c.roles.length) c.roles = c.roles.filter((role) => !isNoPersonsRole(role));
    if (c.type !== 'organization' || !c.roles.length) continue;
    c.roles = c.roles.filter((role) => {
      const words = role.toLowerCase().split(' ');
      const head = words.at(-1)!;
      // "a collective of social justice groups": a plural of the kind too.
      return orgDescriptors.has(head) || orgDescriptors.has(head.replace(/s$/, '')) || orgDescriptors.has(words.slice(-2).join(' ')) || companyRelations.has(head);
    });
  }
}

/**
 * Words beside a name that are no role of its own: a body's description with no word for a person in it ("rainy-day fund";
 * "member of the committee" has one), someone else's title and name ("Takeda, 61, defeated Agriculture Minister Morimoto
 * Hiroshi"), or a predicate ("held her infant son").
 */
function isNoPersonsRole(role: string): boolean {
  let known = noPersonsRoles.get(role);
  if (known === undefined) {
    if (noPersonsRoles.size >= 10_000) noPersonsRoles.clear();
    noPersonsRoles.set(ownCopy(role), (known = readNoPersonsRole(role)));
  }
  return known;
}
/** isNoPersonsRole's answers: the same roles recur across a workspace's articles. */
const noPersonsRoles = new Map<string, boolean>();

function readNoPersonsRole(role: string): boolean {
  const words = role.split(' ');
  const lower = words.map((w) => w.toLowerCase());
  if (orgDescriptors.has(lower.at(-1)!) && !lower.some((w) => descriptorNouns.has(w) || situationNouns.has(w) || lowerTitleWords.has(w) || PROFESSION.test(w))) return true;
  // "Keisha Batiste, 34, held her infant son": a verb in the past and its object are a predicate, no role ("retired police officer",
  // "avowed opponent" are roles).
  const first = words[0]!;
  const verb = PAST_VERBS.has(first) || (first.endsWith('ed') && OBJECT_OPENERS.has(lower[1] ?? ''));
  if (verb && LOWER_FIRST.test(first) && !lowerTitleWords.has(first) && !descriptorNouns.has(first)) return true;
  // "chief of staff to President Bill Clinton" and "Prime Minister Boris Johnson's former adviser" are roles.
  const titled = words.findIndex((w, k) => titleHeads.has(w) && CAPITALIZED_WORD.test(words[k + 1] ?? '') && !lowerTitleWords.has(lower[k + 1]!));
  const owned = /['’]s\b/.test(role) && (descriptorNouns.has(lower.at(-1)!) || lowerTitleWords.has(lower.at(-1)!));
  return titled >= 0 && !lower.slice(0, titled).some((w) => ROLE_HOLDER_LINKS.has(w)) && !owned;
}
const ROLE_HOLDER_LINKS = new Set(['to', 'for', 'of', 'at', 'with']);
/** Words that open a verb's object: "defeated the", "raised her". */
const OBJECT_OPENERS = new Set(['the', 'a', 'an', 'her', 'his', 'their', 'its', 'our', 'my']);
const PAST_VERBS = new Set(['held', 'told', 'said', 'took', 'made', 'gave', 'won', 'lost', 'led', 'met', 'left', 'sat', 'stood', 'ran', 'spent', 'saw', 'felt', 'kept', 'sent', 'brought', 'went', 'came']);

/** Adds a role, unless one already says it; a longer one replaces the part it holds ("England Governor" → "Bank of England Governor"). */
function addRole(roles: string[], role: string): void {
  if (roles.some((r) => r.includes(role))) return;
  for (let k = roles.length - 1; k >= 0; k--) if (role.includes(roles[k]!)) roles.splice(k, 1);
  roles.push(role);
}

const COUNTING_OPENING = /^(?:[Aa]nother|[Oo]ne) (?=\p{Ll})/u;
/** Adds the roles written next to the name ("Asia scholar Sean King", "Theresa Fallon, director of ..."); returns where they were. */
function addRoles(c: Candidate, text: string): { before: [number, number] | null; after: [number, number] | null } {
  // Only for a person the rules are sure of: a role changes no rule's verdict here, so the entity reader's features stay as trained.
  const sure = c.type === 'person' && c.strength >= 2;
  const before = roleBefore(c.words, c.from, c.to, sure) ?? (sure ? titleWithComplement(c.words, c.from) : null);
  // Past an age only for a person the rules are sure of: for others, a role decides their type and strength, which the entity
  // reader reads as features (and was trained with).
  const after = roleAfter(c.words, c.to, sure);
  // "Another analyst, Chen Weiming,", "One analyst, …": the role is the analyst's.
  if (before) addRole(c.roles, text.slice(before[0], before[1]).replace(COUNTING_OPENING, ''));
  if (after) {
    const role = text.slice(after[0], after[1]);
    // "Adani, his nephew Sagar Adani and six others": a person's relation set after a company's name is someone else's role.
    const [first, second] = c.type === 'organization' ? role.toLowerCase().split(' ') : [];
    if (!(c.type === 'organization' && (personalRelations.has(first!) || personalRelations.has(second ?? '')))) addRole(c.roles, role);
  }
  return { before, after };
}

/** The rules' names in one sentence, with their roles: what the entity reader confirms, types or drops. */
function proposeNames(sentence: Sentence, words: Word[], titleCase: boolean, text: string): Candidate[] {
  const candidates: Candidate[] = [];
  for (const run of runsOf(words, titleCase)) {
    const before = candidates.length;
    interpretRun(sentence, words, run, candidates);
    for (let k = before; k < candidates.length; k++) {
      const c = candidates[k]!;
      if (c.type === 'person' || c.type === 'organization' || c.type === 'unknown') {
        const { before, after } = addRoles(c, text);
        if (c.roles.length && c.type === 'person') c.strength = Math.max(c.strength, 2);
        if (c.type === 'unknown' && (after || (before && c.nameWords.length >= 2))) Object.assign(c, { type: 'person', strength: 2, rule: 'person.role' });
      }
    }
  }
  return candidates;
}

const RULE_TAG_TYPES = ['person', 'organization', 'place', 'other', 'unknown'];
/** Per rule, by position, type and strength: no key string built per candidate. */
const ruleTagHashes = new Map<string, number[]>();
/** The hash of what the rules say of a word ("B:person:3:person.title"), made once per kind of candidate. */
function ruleTagHash(position: 'B' | 'I', c: Candidate): number {
  let hashes = ruleTagHashes.get(c.rule);
  if (!hashes) ruleTagHashes.set(c.rule, (hashes = []));
  const slot = (c.strength * RULE_TAG_TYPES.length + RULE_TAG_TYPES.indexOf(c.type)) * 2 + (position === 'B' ? 0 : 1);
  return (hashes[slot] ??= hashString(`${position}:${c.type}:${c.strength}:${c.rule}`));
}

/** Per word, what the rules say of it, hashed: a feature of the entity reader. A plain array: cheaper to make than a typed one. */
function ruleTags(candidates: Candidate[], n: number): number[] {
  // A loop, not fill(0): the builtin's call costs more than the stores on a sentence's few words.
  const tags = new Array<number>(n);
  for (let i = 0; i < n; i++) tags[i] = 0;
  for (const c of candidates) {
    if (c.from >= n) continue;
    tags[c.from] = ruleTagHash('B', c);
    if (c.to - c.from > 1) {
      const inside = ruleTagHash('I', c);
      for (let i = c.from + 1; i < c.to && i < n; i++) tags[i] = inside;
    }
  }
  return tags;
}

/** Prefixes a name may join to a lower-case word with a hyphen: "Co-operation", "Non-proliferation", "Anti-doping". */
const NAME_PREFIXES = new Set(['Co', 'Anti', 'Non', 'Pro', 'Inter', 'Multi', 'Counter', 'Self', 'Semi', 'Trans', 'Pan', 'Post', 'Pre']);
const NAME_LINKS = new WordSet(['of', 'for', 'on', 'and']);

/** Where a word like "Co-operation" that starts at word i ends: a capitalized prefix, a hyphen and a lower-case word, unspaced; or -1. */
function prefixedWordEnd(words: Word[], i: number): number {
  const hyphen = words[i + 1];
  const rest = words[i + 2];
  return NAME_PREFIXES.has(words[i]?.text ?? '') && hyphen?.text === '-' && !hyphen.spaced && rest?.kind === 'word' && !rest.spaced && !rest.capitalized ? i + 3 : -1;
}

/**
 * A reader's span, as the passes below make them: a span spread at each site (`{ ...span, to }`) would take a shape of its own
 * there, and the passes that read spans from all those sites would read their fields the slow way.
 */
const nameSpan = (from: number, to: number, type: NameType, confidence: number): NameSpan => ({ from, to, type, confidence });
/** The span as a name of another type. */
const retyped = (span: NameSpan, type: NameType): NameSpan => nameSpan(span.from, span.to, type, span.confidence);

/**
 * "Bosnia and Herzegovina", "the England and Wales Cricket Board": the reader may cut at its "and" a place's name, or the name of
 * a body named for two places. A lexicon place that runs over the "and" is one name; so is a body after "the" that opens on a place.
 * So is a place cut before its possessive ("South | Korea's Ministry of Culture"), which the possessive then splits off whole.
 */
function joinCutPlaces(words: Word[], spans: NameSpan[]): NameSpan[] {
  if (spans.length < 2) return spans;
  const out: NameSpan[] = [spans[0]!];
  for (let k = 1; k < spans.length; k++) {
    const left = out[out.length - 1]!;
    const right = spans[k]!;
    const place = left.type === 'place' ? matchGazetteerTokens(words, left.from, false, PLACE_KINDS)?.length ?? 0 : 0;
    const ownerEnd = left.from + place - 1;
    if (place && right.from === left.to && ownerEnd >= right.from && ownerEnd < right.to - 1 && words[ownerEnd]!.normEnd !== words[ownerEnd]!.end) {
      out[out.length - 1] = nameSpan(left.from, right.to, right.type, right.confidence);
      continue;
    }
    if (!place || right.from !== left.to + 1 || words[left.to]!.lower !== 'and') {
      out.push(right);
      continue;
    }
    const country = right.type === 'place' && left.from + place === right.to;
    // The body's place is one of two places ("England and Wales"), or one named with "and" ("Trinidad and Tobago"); the body is a
    // public one ("the United States and Qatar Airways" are two).
    const opensOnPlace = place === left.to - left.from ? matchGazetteerTokens(words, right.from, false, PLACE_KINDS)?.length ?? 0 : left.from + place - right.from;
    const body = right.type === 'organization' && wordOrNone(words, left.from - 1)?.lower === 'the' && opensOnPlace > 0 && opensOnPlace < right.to - right.from && PLACE_BODY_HEADS.hasText(words[right.to - 1]);
    if (country || body) out[out.length - 1] = { from: left.from, to: right.to, type: right.type, confidence: Math.min(left.confidence, right.confidence) };
    else out.push(right);
  }
  return out.length === spans.length ? spans : out;
}

/** "Umm Khaled Odeh", "Abu Karim": "mother of" or "father of" that the reader left out opens the person's name. */
function joinKunyas(words: Word[], spans: NameSpan[]): NameSpan[] {
  let out: NameSpan[] | undefined;
  for (const [k, span] of spans.entries()) {
    if (span.type !== 'person' || span.from < 1 || !kunyas.hasText(words[span.from - 1]) || spans[k - 1]?.to === span.from) continue;
    out ??= spans.slice();
    out[k] = nameSpan(span.from - 1, span.to, span.type, span.confidence);
  }
  return out ?? spans;
}

/**
 * "Jessica Hull-Davies": a surname joined by a hyphen to a place's name is split where the text pairs places ("Hull-Davies" like
 * "Moscow-Pyongyang"), and the reader ends the name at the place. The person's name runs on over the hyphen, to a word no name
 * of its own starts on ("Putin-Trump summit" names two), unless the text writes the name whole elsewhere. In a byline, so does a given
 * name joined by a hyphen before it.
 */
function joinHyphenedSurnames(words: Word[], byline: boolean, namedAlone: NamesAlone, spans: NameSpan[]): NameSpan[] {
  spans = joinPlaceSurnames(words, spans);
  let out: NameSpan[] | undefined;
  for (let k = 0; k < spans.length; k++) {
    let span = spans[k]!;
    // "By Daniel Fairweather and Mei-Lin Cho": a byline's given name joined by a hyphen, which the reader cut at it.
    const given = words[span.from - 2];
    if (byline && span.type === 'person' && span.from >= 2 && words[span.from - 1]!.text === '-' && words[span.from - 1]!.spaced === false && words[span.from]!.spaced === false && given!.kind === 'word' && given!.capitalized && spans[k - 1]?.to !== span.from - 1) {
      out ??= spans.slice();
      const joined = nameSpan(span.from - 2, span.to, span.type, span.confidence);
      out[out.indexOf(span)] = joined;
      span = joined;
    }
    const to = span.to;
    const next = words[to + 1];
    if (span.type !== 'person' || words[to]?.text !== '-' || words[to]!.spaced || next?.kind !== 'word' || !next.capitalized || next.spaced) continue;
    // Nor a headline's compound ("Clinton-Supporting"); a byline's words are all capitalized ("By Maria Ashcroft-Lindqvist | Dec. 3").
    // The reader may read the surname's second part as a name of its own, which the full name takes in ("Jessica Hull | Davies"),
    // but not one surname's ("Putin | Trump").
    const read = spans[k + 1]?.from === to + 1 ? spans[k + 1] : undefined;
    // Where the text writes the name whole elsewhere, with a given name, a headline or a results line joins it too: "Okafor-Lindqvist
    // stays cool" after "Tomas Okafor-Lindqvist".
    const whole = ` ${words[to - 1]!.text}-${next.text}`;
    const written = namedAlone.names.some((n) => n.includes(whole));
    if ((read && (read.to !== to + 2 || (to - span.from < 2 && !written))) || isGazetteerPlace([next.norm]) || commonWordSet.hasLower(next) || (!byline && !written && sentenceIsTitleCase(words))) continue;
    out ??= spans.slice();
    out[out.indexOf(span)] = nameSpan(span.from, to + 2, span.type, span.confidence);
    if (read) out.splice(out.indexOf(read), 1);
  }
  return out ?? spans;
}

/**
 * "Alicia Montenegro-Park", "Sofia Jordan-Blake": a given name, then a surname of two parts joined by a hyphen, the first a place's
 * name, which the reader reads as a place (with or without the given name) and a name after it. One person.
 */
function joinPlaceSurnames(words: Word[], spans: NameSpan[]): NameSpan[] {
  let out: NameSpan[] | undefined;
  for (let h = 2; h + 1 < words.length; h++) {
    // Most words are no hyphen: the one test before the rest.
    if (words[h]!.text !== '-' || words[h]!.spaced) continue;
    const given = words[h - 2]!;
    const place = words[h - 1]!;
    const part = words[h + 1]!;
    if (part.kind !== 'word' || !part.capitalized || part.spaced || !place.capitalized || !isGazetteerPlace([place.norm]) || isGazetteerPlace([part.norm])) continue;
    const current = out ?? spans;
    // A given name the lexicon knows, or one the reader read with the place as one name ("Sofia Jordan"; not "New York-Boston").
    if (!firstNames.hasNorm(given) && !(current.some((s) => s.from === h - 2 && s.to === h) && given.capitalized && !isGazetteerPlace([given.norm, place.norm]))) continue;
    if (current.some((s) => s.from < h + 2 && h - 2 < s.to && s.type === 'person' && (s.from < h - 2 || s.to > h + 2))) continue;
    out = current.filter((s) => s.to <= h - 2);
    out.push(nameSpan(h - 2, h + 2, 'person', 0.5), ...current.filter((s) => s.from >= h + 2));
  }
  return out ?? spans;
}

/**
 * "Organisation for Economic Co-operation and Development", "Shanghai Co-operation Organisation", "World Co-operation Council": the
 * parser splits "Co-operation" at its hyphen, and the reader's names end at "Co" or start after "operation" (the weights learned
 * the split words; this post-filter leaves them as trained). A name ending on such a prefix runs on over the word, and over the
 * capitalized words and links after it; an organization right after such a word starts with it and the capitalized words before it.
 */
function joinPrefixedWords(words: Word[], spans: NameSpan[]): NameSpan[] {
  if (!spans.some((s) => prefixedWordEnd(words, s.to - 1) > 0 || (s.from >= 3 && prefixedWordEnd(words, s.from - 3) === s.from))) return spans;
  const out: NameSpan[] = [];
  for (const span of spans) {
    let { from, to } = span;
    const previous = out[out.length - 1];
    if (previous && previous.to > from) {
      // Taken into the name before.
      if (span.type === 'organization') previous.type = 'organization';
      previous.to = Math.max(previous.to, to);
      previous.confidence = Math.min(previous.confidence, span.confidence);
      continue;
    }
    const tail = prefixedWordEnd(words, to - 1);
    if (tail > 0) {
      let end = tail;
      for (;;) {
        const w = words[end];
        const next = prefixedWordEnd(words, end);
        if (next > 0) end = next;
        else if (w?.kind === 'word' && w.capitalized) end++;
        else if (w && NAME_LINKS.hasLower(w) && words[end + 1]?.capitalized && words[end + 1]!.kind === 'word') end += 2;
        else break;
      }
      // "Organization for Security and Co-operation": a name of three words or more may end on it.
      if (end > tail || (span.type === 'organization' && to - from >= 3)) to = end;
    } else if (span.type === 'organization' && from >= 3 && prefixedWordEnd(words, from - 3) === from && !isInitial(words, from - 3)) {
      // Not a prefix capitalized by its place: "Self-styled Islamic State", "Post-war Britain".
      from -= 3;
      while (from > 0 && words[from - 1]!.kind === 'word' && words[from - 1]!.capitalized && !isInitial(words, from - 1)) from--;
    }
    if (from === span.from && to === span.to) out.push(span);
    else {
      while (out.length && out[out.length - 1]!.to > from) out.pop();
      out.push(nameSpan(from, to, to !== span.to || from !== span.from ? 'organization' : span.type, span.confidence));
    }
  }
  return out;
}

/** "son of", "daughter of": particles that only a person's name holds. */
const PATRONYMICS = new WordSet(['bin', 'ibn', 'bint', 'binti']);

/**
 * One name the model read as two: across an editorial bracket ("[President Joe] Biden"), a
 * lower-case particle ("Palais des Nations", "Ludwig van Beethoven"), or the "of" or "for" of an
 * organization the rules read whole ("Centre for Eastern Shipping Studies").
 */
function joinSplitNames(words: Word[], spans: NameSpan[], ruled: Candidate[]): NameSpan[] {
  const out: NameSpan[] = [];
  for (let index = 0; index < spans.length; index++) {
    let span = spans[index]!;
    let last = out.length ? out[out.length - 1] : undefined;
    // The model's part of a name the rules read across the bracket ("[President Joe] Biden"), or inside the name it grew into.
    if (last && span.from < last.to) {
      if (span.to > last.to) out[out.length - 1] = last = nameSpan(last.from, span.to, last.type, last.confidence);
      continue;
    }
    const bracket = words[span.to]?.text;
    if (bracket === ']' || bracket === '[') {
      const whole = ruled.find((r) => r.type === span.type && r.from <= span.from && r.to > span.to + 1);
      if (whole) span = nameSpan(span.from, whole.to, span.type, span.confidence);
    }
    const between = wordOrNone(words, span.from - 1);
    // Over a particle, or over "of" inside an organization's name the rules read whole.
    const joins = between && (between.text === ']' || between.text === '[' ||
      (between.kind === 'word' && !between.capitalized && (nameParticles.hasText(between) || (!!last && HEAD_LINKS.hasLower(between) && ruledOrganization(ruled, last.from, span.to)))));
    // "Faisal bin Farhan | Al Saud": a person's name that goes on with a capitalized particle.
    const goesOn = last && last.to === span.from && last.type === 'person' && words[span.from]!.capitalized && nameParticles.hasText(words[span.from])
      && (span.type === 'person' || PATRONYMICS.hasLower(wordOrNone(words, last.to - 2)));
    // A surname after particles goes with the person the reader read before them, whatever it typed the surname: "Dr. Claudia | von |
    // Steinbach", where the company is the family's.
    const surname = !!joins && last?.type === 'person' && span.to - span.from === 1;
    if (last && isFounderOf(words, last, span)) out[out.length - 1] = nameSpan(last.from, span.to, 'organization', Math.min(last.confidence, span.confidence));
    else if (goesOn || (last && last.to === span.from - 1 && ((joins && (last.type === span.type || surname)) || joinsFirm(words, last, span)))) {
      // As sure as the reader was of the given name.
      const confidence = surname && last!.type !== span.type ? last!.confidence : Math.min(last!.confidence, span.confidence);
      out[out.length - 1] = nameSpan(last!.from, span.to, joins || goesOn ? last!.type : 'organization', confidence);
    } else out.push(span);
    // "Faisal | bin Farhan": a person's name goes on over a lower-case particle and the capitalized word after it, when the model
    // read no name there (else the join above takes it). "bin" and "ibn" (son of) make a person of any name: "Hamdan | bin Saif".
    const named = out[out.length - 1]!;
    const nextFrom = spans[index + 1]?.from;
    let to = named.to;
    let son = false;
    while (words[to] && isLowerParticle(words[to]!) && words[to + 1]?.kind === 'word' && words[to + 1]!.capitalized && words[to + 1]!.spaced && nextFrom !== to + 1) {
      son ||= PATRONYMICS.hasLower(words[to]!);
      if (named.type !== 'person' && !son) break;
      to += 2;
    }
    if (to > named.to) out[out.length - 1] = { ...named, to, type: 'person' };
  }
  return out;
}

const CURRENCY_AMOUNT = /^\p{Lu}\d[\d.,]*$/u;
const MAGNITUDES = new WordSet(['thousand', 'million', 'billion', 'trillion', 'bn', 'mn', 'm', 'crore', 'lakh']);

/**
 * "by Karl | von | Steinbach AG", "in Pieter van | Dijk Holding NV": a given name the reader read as a person's, particles, and a
 * company's name it is surer of, or which a legal form or a body's word ends, are a company named after a person.
 */
function isFounderOf(words: Word[], given: NameSpan, company: NameSpan): boolean {
  if (given.type !== 'person' || company.type !== 'organization' || company.from - given.from < 2) return false;
  for (let k = given.from + 1; k < company.from; k++) if (!isLowerParticle(words[k]!)) return false;
  const end = words[company.to - 1]!;
  return company.confidence > given.confidence || legalSuffixes.hasText(end) || orgHeads.hasText(end);
}

/** Did the rules read an organization's name over exactly the words [from, to)? */
function ruledOrganization(ruled: Candidate[], from: number, to: number): boolean {
  for (const r of ruled) if (r.type === 'organization' && r.from === from && r.to === to) return true;
  return false;
}

/**
 * "Senate Republican Leader Darnell | Whitcomb of Klamath Falls": a given name alone, then a place the reader read from the next word
 * across "of": that word is the person's family name, and the place is what follows "of". A post-filter.
 */
function joinFamilyNamesBeforeOf(candidates: Candidate[]): void {
  for (let k = 1; k < candidates.length; k++) {
    const [person, place] = [candidates[k - 1]!, candidates[k]!];
    const { words, from, to } = place;
    if (place.type !== 'place' || person.type !== 'person' || person.words !== words || person.to !== from || person.to - person.from !== 1) continue;
    // The word alone is a given name: a known one, or one after a title.
    const given = isGivenName(words[person.from]!) || titleHeads.hasText(wordOrNone(words, person.from - 1));
    if (to - from < 3 || words[from + 1]!.lower !== 'of' || !given || placeHeads.hasNorm(words[from]!) || orgHeads.hasNorm(words[from]!)) continue;
    candidates[k - 1] = Object.assign(candidate(person.sentence, words, person.from, from + 1, 'person', person.strength, person.rule), { roles: person.roles, confidence: person.confidence });
    candidates[k] = Object.assign(candidate(place.sentence, words, from + 2, to, 'place', place.strength, place.rule), { confidence: place.confidence });
  }
}

/**
 * "Students for Divestment Now", "Mothers Against Gun Violence": a capitalized plural inside the sentence, then "for" or "against",
 * opens the name of the campaign the reader read from the word after. A post-filter.
 */
function joinCampaignNames(candidates: Candidate[]): void {
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k]!;
    const { words, from } = c;
    const link = wordOrNone(words, from - 1)?.lower;
    const plural = wordOrNone(words, from - 2);
    if (c.type !== 'organization' || (link !== 'for' && link !== 'against') || !plural?.capitalized || plural.kind !== 'word' || !plural.lower.endsWith('s') || isInitial(words, from - 2)) continue;
    // The plural alone, read as a name no rule could type, is part of it.
    const before = k > 0 ? candidates[k - 1] : undefined;
    if (before?.words === words && before.to > from - 2) {
      if (before.from !== from - 2 || before.to !== from - 1 || before.type !== 'unknown') continue;
      candidates.splice(--k, 1);
    }
    candidates[k] = Object.assign(candidate(c.sentence, words, from - 2, c.to, 'organization', c.strength, c.rule), { confidence: c.confidence });
  }
}

/** Titles that places and institutions are named after with their holder's name. */
const NAMESAKE_TITLES = new WordSet(['Prince', 'Princess', 'King', 'Queen', 'Emperor', 'Empress', 'Pope', 'Saint', 'St', 'St.']);

/** Common words, none a given name, then a demonym: "East Asian", "Northern Irish". */
function isDemonymPhrase(words: Word[], from: number, to: number): boolean {
  for (let k = from; k < to - 1; k++) if (!commonWordSet.hasLower(words[k]!) || firstNames.hasNorm(words[k]!)) return false;
  return matchGazetteerTokens(words, to - 1, false)?.kind === 'demonym';
}

/**
 * "shares in Nordic Air", "Nordic Air shares", "chief executive of Nordic Air", "an analyst at Fearnley": words that make the name
 * [from, to) a company's, owned or employing.
 */
function actsAsCompany(words: Word[], from: number, to: number): boolean {
  const before = wordOrNone(words, from - 1)?.lower;
  const owned = (before === 'in' && STAKE_NOUNS.has(wordOrNone(words, from - 2)?.lower ?? '')) || SHARE_WORDS.hasLower(words[to]);
  // Not a name that qualifies what follows it: "director of Brussels-based think tank", "soldiers at the al-Ram checkpoint".
  const qualifies = words[to]?.text === '-' || (words[to]?.kind === 'word' && !words[to]!.capitalized);
  const employs = !qualifies && ((before === 'of' && (descriptorNouns.hasLower(wordOrNone(words, from - 2)) || lowerTitleHeads.hasLower(wordOrNone(words, from - 2)))) || isWorkplace(words, from));
  return owned || employs;
}
const SHARE_WORDS = new WordSet(['shares', 'stock']);

/** "Sydney Water", "Scottish Power", "Water UK": a place (or its demonym) and a service word, in either order. */
function isServiceName(words: Word[], from: number, to: number): boolean {
  const place = (at: number, length: number) => {
    const entry = matchGazetteerTokens(words, at, false);
    return !!entry && entry.length === length && (PLACE_KINDS.has(entry.kind) || entry.kind === 'demonym');
  };
  if (serviceWords.hasText(words[to - 1]!)) return place(from, to - 1 - from);
  return serviceWords.hasText(words[from]!) && place(from + 1, to - from - 1);
}

/** "Ukrainian" in "the Ukrainian military": a demonym written as a word (not "UK"), before a word in lower case. */
function isDemonymAdjective(words: Word[], i: number): boolean {
  const next = words[i + 1];
  // The lexicon first: few words are demonyms, and the others are asked no pattern.
  return !!next && next.kind === 'word' && demonymCountry.has(words[i]!.text) && LOWER_FIRST.test(next.text) && CAPITALIZED_WORD.test(words[i]!.text);
}
const CAPITALIZED_WORD = /^\p{Lu}\p{Ll}+$/u;

/** "Jr.", "Sr", "III", "XIV": what follows a person's name to tell them from a parent or a predecessor. Not "I", "V" or "X" alone. */
const GENERATION_SUFFIX = /^(?:[JS]r\.?|(?=[IVX]{2})X{0,3}(?:IX|IV|V?I{0,3}))$/;
const SUFFIX_FIRST = new Set(['J', 'S', 'I', 'V', 'X']);
const isGenerationSuffix = (text: string) => text.length <= 5 && SUFFIX_FIRST.has(text[0]!) && GENERATION_SUFFIX.test(text);

/** Where the generation suffix after person span k is ("King Jr.", ", Jr."), or the legal form after organization span k, or -1. */
function suffixAfter(words: Word[], spans: NameSpan[], k: number): number {
  const span = spans[k]!;
  // "Fjordvind AS", "Maersk A/S": a company's legal form, which the reader may leave out, ends its name.
  if (span.type === 'organization') return words[span.to]?.spaced && legalSuffixes.hasText(words[span.to]!) ? span.to : -1;
  if (span.type !== 'person') return -1;
  let at = span.to;
  if (words[at]?.capitalized && NAME_WORD.test(words[at]!.text) && !isGenerationSuffix(words[at]!.text) && spans[k + 1]?.from !== at) at++;
  if (words[at]?.text === ',' && /^[JS]r/.test(words[at + 1]?.text ?? '')) at++;
  const suffix = words[at];
  return suffix && suffix.spaced && isGenerationSuffix(suffix.text) ? at : -1;
}

/**
 * "Dr. Sunday Ikechukwu Nwachukwu", "Chief Monday Okpara": a weekday between a title and a person's name is their given name; so is
 * a month that names women ("Harold and June Brinkerhoff", "June Brinkerhoff said"), but after a word of time ("in June Smith said").
 */
function joinWeekdayNames(words: Word[], spans: NameSpan[]): NameSpan[] {
  let out: NameSpan[] | undefined;
  for (const span of spans) {
    if (span.type !== 'person') continue;
    const [title, day] = [wordOrNone(words, span.from - 2), wordOrNone(words, span.from - 1)];
    const titled = () => honorifics.hasText(title) || honorificsAfterReader.hasText(title) || titleHeads.hasText(title);
    const given = () => GIVEN_MONTHS.hasText(day) && !PREPOSITIONS_OF_TIME.hasLower(title) && !(title?.kind === 'word' && !title.capitalized && title.lower !== 'and');
    if (!((weekdays.hasText(day) && titled()) || given())) continue;
    out ??= spans.slice();
    out[out.indexOf(span)] = nameSpan(span.from - 1, span.to, span.type, span.confidence);
  }
  return out ?? spans;
}
const GIVEN_MONTHS = new WordSet(['April', 'May', 'June', 'August']);
const PREPOSITIONS_OF_TIME = new WordSet(['in', 'on', 'since', 'by', 'until', 'till', 'from', 'of', 'to', 'through', 'last', 'next', 'this', 'early', 'late', 'mid', 'during', 'before', 'after']);

/**
 * "the Sonoma Valley Fire Protection District", "the Lowell Prairie Community School District": a place the reader read, then words
 * that end a service's district, are one body, which the reader cut at the place.
 */
function joinServiceDistricts(words: Word[], spans: NameSpan[]): NameSpan[] {
  let out: NameSpan[] | undefined;
  for (const span of spans) {
    if (span.type !== 'place' && span.type !== 'organization') continue;
    let end = span.to;
    while (end < words.length && end - span.to < 5 && words[end]!.kind === 'word' && words[end]!.capitalized && words[end]!.text !== 'District') end++;
    if (words[end]?.text !== 'District' || !DISTRICT_SERVICES.hasText(words[end - 1]) || spans.some((o) => o !== span && o.from < end + 1 && o.to > span.to)) continue;
    out ??= spans.slice();
    out[out.indexOf(span)] = nameSpan(span.from, end + 1, 'organization', span.confidence);
  }
  return out ?? spans;
}

/**
 * "Martin Luther King Jr.", "Robert Downey Jr", "John Smith, Jr.": a person's name runs on over a generation suffix, and over a
 * name word no span holds before it ("King", which the rules read as a title); a span of the suffix alone is none of its own.
 */
function joinNameSuffixes(words: Word[], spans: NameSpan[]): NameSpan[] {
  let first = 0;
  while (first < spans.length && suffixAfter(words, spans, first) < 0) first++;
  if (first === spans.length) return spans;
  const out: NameSpan[] = spans.slice(0, first);
  for (let k = first; k < spans.length; k++) {
    const span = spans[k]!;
    const at = suffixAfter(words, spans, k);
    if (at < 0) {
      out.push(span);
      continue;
    }
    let to = at + 1;
    // The model's own span of the suffix goes into the name, and its words' confidence into the name's.
    let sure = span.confidence * (span.to - span.from);
    let read = span.to - span.from;
    while (spans[k + 1] && spans[k + 1]!.from <= at) {
      const next = spans[++k]!;
      to = Math.max(to, next.to);
      sure += next.confidence * (next.to - next.from);
      read += next.to - next.from;
    }
    out.push(nameSpan(span.from, to, span.type, sure / read));
  }
  return out;
}

/**
 * Two names joined by "&" are a firm ("Marks & Spencer"). Joined by "and" after "the", a word with no head of its own and an
 * organization ending in a head word are one body ("the Marine and Coastal Protection Agency"), unless the first is a known name.
 */
function joinsFirm(words: Word[], first: NameSpan, second: NameSpan): boolean {
  const between = words[second.from - 1]!;
  if (between.text === '&') return true;
  return (
    between.lower === 'and' && first.type === 'organization' && second.type === 'organization' && wordOrNone(words, first.from - 1)?.lower === 'the' &&
    first.to - first.from <= 3 && !orgHeads.hasText(words[first.to - 1]!) && orgHeads.hasText(words[second.to - 1]!) && !matchGazetteerTokens(words, first.from, false)
  );
}

/**
 * "South Korea's Lee Jae-myung", "Mizuho's Laura Klee", "Alphabet's Google": a span the model read as one name across a possessive is
 * two, when the rules read the owner and either the owner is a lexicon place, or what it owns is a person's full name, or a name the
 * document also writes on its own ("… at Google"). An organization's own possessive stays ("National People's Congress", "Moody's
 * Investors Service", "McDonald's Corp"), and so does "St. John's University … the University".
 */
function splitAtPossessives(words: Word[], spans: NameSpan[], ruled: Candidate[], namedAlone: NamesAlone): NameSpan[] {
  const out: NameSpan[] = [];
  for (let span of spans) {
    // "Wolves' Matheus Cardoso": a plural owner's apostrophe, a word of its own, before a person's name: two or three capitalized
    // words, none a body's.
    const mark = span.to - span.from >= 4 ? pluralPossessiveMark(words, span.from + 1, span.to - 2) : -1;
    if (mark >= 0 && span.to - mark <= 4 && words.slice(mark + 1, span.to).every((w) => w.kind === 'word' && w.capitalized && !orgHeads.hasNorm(w))) {
      out.push(nameSpan(span.from, mark, span.type === 'person' ? 'organization' : span.type, span.confidence), nameSpan(mark + 1, span.to, 'person', span.confidence));
      continue;
    }
    let k = span.from;
    while (k < span.to - 1 && !(words[k]!.kind === 'word' && words[k]!.normEnd !== words[k]!.end && words[k + 1]!.capitalized)) k++;
    // Most spans hold no possessive.
    if (k === span.to - 1) {
      out.push(span);
      continue;
    }
    // "Saudi Arabia's Public Investment Fund", where the reader began at "Arabia's": the place the possessive ends owns it, whole.
    const place = k === span.from ? ruled.find((r) => r.to === k + 1 && r.from < span.from && LEXICON_PLACE.test(r.rule)) : undefined;
    if (place) {
      if (out.at(-1)?.to === span.from && out.at(-1)!.from >= place.from) out.pop();
      span = nameSpan(place.from, span.to, span.type, span.confidence);
    }
    const owns = (r: Candidate) => r.from === span.from && r.to === k + 1;
    const owner = ruled.find((r) => owns(r) && LEXICON_PLACE.test(r.rule)) ?? ruled.find((r) => owns(r) && !r.titleOnly);
    if (!owner) {
      out.push(span);
      continue;
    }
    const ownerType = (type: NameSpan['type']): NameSpan['type'] => (owner.type !== 'unknown' ? (owner.type as NameSpan['type']) : type === 'person' ? 'organization' : type);
    // "activist Nelson Peltz's Trian Partners": a person's company after the possessive, which its last word names.
    if (owner.type === 'person' && PERSON_EVIDENCE.test(owner.rule) && span.to - k > 2 && isOrganizationsLastWord(words[span.to - 1]!.norm)) {
      out.push(nameSpan(span.from, k + 1, 'person', span.confidence), nameSpan(k + 1, span.to, 'organization', span.confidence));
      continue;
    }
    // "Mizuho's Jordan Klee": a known first name and a surname after the possessive are a person, whatever else the first name may be.
    if (isFullName(words, k + 1, span.to)) {
      out.push(nameSpan(span.from, k + 1, ownerType(span.type), span.confidence), nameSpan(k + 1, span.to, 'person', span.confidence));
      continue;
    }
    // "Japan's Ministry of Health", "Kenya's Finance Ministry": a body a lexicon place owns is the place's, not named after it (not a
    // head word alone: "St. John's University").
    const body = span.to - k > 2 && (orgHeads.hasNorm(words[k + 1]) || orgHeads.hasNorm(words[span.to - 1]));
    if (LEXICON_PLACE.test(owner.rule) && span.type === 'organization' && body) {
      out.push(nameSpan(span.from, k + 1, 'place', span.confidence), nameSpan(k + 1, span.to, span.type, span.confidence));
      continue;
    }
    const owned = ruled.find((r) => r.from === k + 1 && !r.titleOnly && r.type !== 'unknown');
    // "Yemen's Houthi movement", "Panama City's Albrook airport": what a lexicon place owns is a name of its own, known or not;
    // not a body named after a saint ("St. John's University"), nor a brand of common words ("Victoria's Secret").
    if (!owned && LEXICON_PLACE.test(owner.rule) && !orgHeads.hasNorm(words[span.to - 1]) && !words.slice(k + 1, span.to).every((w) => commonWordSet.hasLower(w))) {
      out.push(nameSpan(span.from, k + 1, 'place', span.confidence), nameSpan(k + 1, span.to, span.type, span.confidence));
      continue;
    }
    const split =
      owned &&
      (LEXICON_PLACE.test(owner.rule) ||
        // "Alphabet's Google": a company the lexicon knows, owned by another.
        (owned.rule.startsWith('org.lexicon') && owned.to === span.to && owner.type === 'organization') ||
        // "Oxford's Jenner Institute", "Harvard's Kennedy School": a body of two words or more, its head word last, that a name owns
        // ("Moody's Investors Service" is one name: its body begins with a common word).
        (owned.to === span.to && owned.to - owned.from >= 2 && isOrgHeadWord(owned.nameWords.at(-1)!) && owner.to - owner.from === 1 &&
          ![owner.nameWords[0]!, owned.nameWords[0]!].some((w) => commonWordSet.has(w.toLowerCase()))) ||
        (namedAloneElsewhere(namedAlone, owned.name, words, span.from, span.to) &&
          !(owned.to - owned.from === 1 && isOrgHeadWord(owned.nameWords[0]!)) &&
          !owner.nameWords.some((w) => commonWordSet.has(w.toLowerCase()))));
    if (!split) {
      out.push(span);
      continue;
    }
    out.push(nameSpan(span.from, k + 1, ownerType(span.type), span.confidence), nameSpan(owned.from, owned.to, owned.type as NameSpan['type'], span.confidence));
  }
  return out;
}

/** Where in [from, to) an apostrophe stands right after a word ending in "s": "Wolves' ", "the Joneses' "; else -1. */
function pluralPossessiveMark(words: Word[], from: number, to: number): number {
  for (let k = from; k < to; k++) {
    const w = words[k]!;
    if ((w.text === "'" || w.text === '’') && words[k - 1]!.end === w.start && words[k - 1]!.text.endsWith('s')) return k;
  }
  return -1;
}

/** A month cut short, with or without its full stop: "Jan", "Sept.". */
export const SHORT_MONTH = /^(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?$/;
const DAY = /^(?:[1-9]|[12]\d|3[01])$/;

/** The candidate as the organization a person works at. */
function worksAt(c: Candidate): Candidate {
  return Object.assign(c, { type: 'organization', strength: 2, rule: 'org.owner', surnameOnly: false });
}

/**
 * "Wedbush's Dan Ives", "Liverpool's Mohamed Salah", "Norwood manager Ellis Grady": a word the model passed over or doubts, written as
 * the owner of a person's full name the model read, or before that person's role and name, is where the person works or plays. A
 * known place or person is read by other rules.
 */
function employsPerson(words: Word[], c: Candidate, spans: readonly NameSpan[], lowercase: ReadonlySet<string>): boolean {
  const w = words[c.from]!;
  if (c.type === 'place' || c.type === 'person' || firstNames.hasNorm(w)) return false;
  const owner = w.normEnd !== w.end;
  const name = owner ? c.to : roleEnd(words, c.to);
  // Before a role, only a word that is no adjective of its own ("Republican nominee", "senior adviser"), field of work ("Fashion
  // designer") nor known name.
  if (!owner && (name === c.to || commonWordSet.hasLower(w) || anonymousModifiers.hasLower(w) || fieldsOfWork.hasLower(w) || matchGazetteerTokens(words, c.from, false))) return false;
  // Opening a sentence, not a word the text also writes in lower case: "Competition chief Teresa Ribera" after "EU competition law".
  // Nor a word that qualifies titles: "Ward councillor Tom Hale", "Regional director …".
  if (!owner && c.to - c.from === 1 && (lowercase.has(w.lower) || lowerTitleWords.hasLower(w)) && isInitial(words, c.from)) return false;
  const person = spans.find((s) => s.from === name && s.type === 'person');
  return !!person && isFullName(words, person.from, person.to);
}

/** "Karl-Anthony", "Anna-Lena": known given names joined by a hyphen. */
const isJoinedGivenNames = (text: string) => text.includes('-') && text.split('-').every((part) => part.length > 1 && firstNames.has(part));

/** A known given name at word `i`, then a family name joined to its article ("Majed al-Ansari"; not "Jebel al-Akhdar", a mountain). */
function hasArticleSurname(words: Word[], i: number): boolean {
  return firstNames.hasNorm(words[i]!) && isArticleSurname(words[i + 1]?.text ?? '');
}

/** Capitalized words that no lexicon knows as a place or a body's head: "Nguyen Thanh Long", not "Ho Chi Minh City". */
function isPlainName(words: Word[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (words[i]!.kind !== 'word' || !NAME_WORD.test(words[i]!.text) || orgHeads.hasNorm(words[i]!) || placeHeads.hasNorm(words[i]!)) return false;
  return !matchGazetteerTokens(words, from, false);
}

/** Words [from, to) that read as a person's full name: two or three capitalized words, the first a known first name. */
function isFullName(words: Word[], from: number, to: number): boolean {
  if (to - from < 2 || to - from > 3 || !firstNames.hasNorm(words[from]!)) return false;
  for (let i = from; i < to; i++) if (words[i]!.kind !== 'word' || !words[i]!.capitalized || orgHeads.hasNorm(words[i]!)) return false;
  return true;
}

/** "Tom Lee of Fundstrat": a person's full name, then "of" and a name, is the person and where they work, though the reader read one name. */
function splitAtOf(words: Word[], spans: NameSpan[]): NameSpan[] {
  if (!spans.some((s) => s.type === 'person' && s.to - s.from >= 4)) return spans;
  const out: NameSpan[] = [];
  for (const span of spans) {
    let of = span.from + 2;
    while (span.type === 'person' && of < span.to - 1 && words[of]!.lower !== 'of') of++;
    if (of < span.to - 1 && isFullName(words, span.from, of)) out.push(nameSpan(span.from, of, span.type, span.confidence), nameSpan(of + 1, span.to, 'organization', span.confidence));
    else out.push(span);
  }
  return out;
}

/**
 * "Google and Apple Inc.", "Procter & Gamble Co. and Johnson & Johnson": an organization's name read across "and" is two, when its first
 * part ends in a legal form, or the document names the first part on its own and the second part on its own or with a legal form.
 * "Marks and Spencer" and "Standard and Poor's" stay whole.
 */
function splitAtConjunctions(words: Word[], spans: NameSpan[], text: string, namedAlone: NamesAlone): NameSpan[] {
  const out: NameSpan[] = [];
  for (const span of spans) {
    let k = span.from + 1;
    while (k < span.to - 1 && !(words[k]!.lower === 'and' && words[k]!.kind === 'word')) k++;
    if (span.type !== 'organization' || k >= span.to - 1) {
      out.push(span);
      continue;
    }
    const nameOf = (from: number, to: number) => words.slice(from, to).filter((w) => w.kind === 'word').map((w) => w.norm).join(' ');
    const left = nameOf(span.from, k);
    const right = nameOf(k + 1, span.to);
    const leftLegal = hasLegalForm(text.slice(words[span.from]!.start, words[k - 1]!.end));
    const rightLegal = hasLegalForm(text.slice(words[k + 1]!.start, words[span.to - 1]!.end));
    const elsewhere = (name: string) => namedAloneElsewhere(namedAlone, name, words, span.from, span.to);
    // "a loan from Mizuho Bank and MUFG Bank": two names that each end on the same head word (not "First Citizens Bank and Trust
    // Company", "Tang Teaching Museum and Art Gallery").
    const bothHeaded = k - span.from >= 2 && span.to - k >= 3 && words[k - 1]!.norm === words[span.to - 1]!.norm && isOrgHeadWord(words[k - 1]!.norm);
    const split = left !== right && (leftLegal || bothHeaded || (elsewhere(left) && (elsewhere(right) || rightLegal)));
    if (split) out.push(nameSpan(span.from, k, span.type, span.confidence), nameSpan(k + 1, span.to, span.type, span.confidence));
    else out.push(span);
  }
  return out;
}

/** Where the rules read each name in the document, but not where a possessive owns it: "Google" in "… at Google", not in "Alphabet's Google". */
function namesWrittenAlone(readings: readonly NameReading[]): NamesAlone {
  const alone: NamesAlone = { names: [], starts: [] };
  for (const r of readings) {
    for (const c of r.proposed) {
      const before = wordOrNone(r.words, c.from - 1);
      if (before && before.kind === 'word' && before.normEnd !== before.end) continue;
      alone.names.push(c.name);
      alone.starts.push(c.start);
    }
  }
  return alone;
}
/** Each name and where it starts, in two lists: kept for every article, asked of few, so not indexed. */
type NamesAlone = { names: string[]; starts: number[] };

/** Does the document name `name` on its own outside the words [from, to)? */
function namedAloneElsewhere(namesAlone: NamesAlone, name: string, words: Word[], from: number, to: number): boolean {
  const { names, starts } = namesAlone;
  for (let k = 0; k < names.length; k++) if (names[k] === name && (starts[k]! < words[from]!.start || starts[k]! >= words[to - 1]!.end)) return true;
  return false;
}

/**
 * "Shares of BP BP.L", "Bavarian Nordic BAVA.CO said": a ticker after a company's name is no part of it, but says it is a company's;
 * the capitalized words before a ticker the reader read alone are the company's name.
 */
function cutTickers(words: Word[], spans: NameSpan[]): NameSpan[] {
  if (!spans.some((s) => isTicker(words[s.to - 1]!))) return spans;
  const out: NameSpan[] = [];
  for (const span of spans) {
    let to = span.to;
    while (to > span.from && isTicker(words[to - 1]!)) to--;
    let from = span.from;
    if (from === to) {
      while (from > 0 && words[from - 1]!.kind === 'word' && words[from - 1]!.capitalized && !(isInitial(words, from - 1) && commonWordSet.hasLower(words[from - 1]!))) from--;
      while (out.length && out.at(-1)!.from >= from) out.pop();
    }
    if (from < to) out.push(to === span.to ? span : nameSpan(from, to, 'organization', span.confidence));
  }
  return out;
}

/** "U.S.-Japan-South Korea drills", "Moscow-Pyongyang ties": known names joined by hyphens are each named. */
function splitAtHyphens(words: Word[], spans: NameSpan[]): NameSpan[] {
  const out: NameSpan[] = [];
  for (const span of spans) {
    let from = span.from;
    for (let k = span.from + 1; k < span.to - 1; k++) {
      const hyphen = words[k]!;
      if (hyphen.text !== '-' || hyphen.spaced || words[k + 1]!.spaced) continue;
      if (matchGazetteerTokens(words, from, false)?.length !== k - from || !matchGazetteerTokens(words, k + 1, false)) continue;
      out.push(nameSpan(from, k, span.type, span.confidence));
      from = k + 1;
    }
    out.push(from === span.from ? span : nameSpan(from, span.to, span.type, span.confidence));
  }
  return out;
}

/** What venues name themselves by that is also a surname, so no head word of the reader's features: "at Mabel Park". */
const VENUE_HEADS = new WordSet(['Park', 'Gardens', 'Green', 'Field', 'Fields', 'Oval', 'Ground', 'Grounds']);
/** The gazetteer's kinds whose names stand for their entries (a capital keeps its own: "Brussels" is a city, its country a metonym). */
const CANONICAL_KINDS = new Set<GazetteerKind>(['country', 'city', 'state', 'region', 'org']);
const COMPASS_COMPOUND = /^(?:North|South|East|West)(?:-(?:North|South|East|West))+$/;
const MODEL_ALONE_MIN_CONFIDENCE = 0.4;
/** A word alone opening its sentence, with no rule for it (chosen on gum-news and conllpp-dev: precision up, recall as it was). */
const INITIAL_WORD_MIN_CONFIDENCE = 0.75;
/** Below this confidence the model's type gives way to a rule that read the context ("along the Velora Tam": a place). */
const RULE_TYPE_OVER_MODEL_BELOW = 0.6;
/** A word inside a person's name that may be their first family name: no initial, particle or given name ("Mary Ann Hale"). */
const isSecondSurname = (word: string) => word.length > 2 && !word.endsWith('.') && !firstNames.has(word) && !nameParticles.has(word) && CAPITALIZED_WORD.test(word);
/** Words that follow a sentence's subject: auxiliaries and modals. */
const SUBJECT_VERBS = new WordSet(['has', 'had', 'is', 'was', 'will', 'would', 'could', 'can', 'may', 'might', 'should', 'did', 'does', 'also']);
/** Rules whose evidence of a person outweighs the model's type: a title, an honorific, a known first name. */
/** Features of the land that a text names by their own word after naming them in full: "the Mwomboshi River", "the Gobi Desert". */
const SHORTENED_FEATURES = new Set(['River', 'Desert', 'Mountains', 'Basin', 'Delta']);
/**
 * The place's own word a text may name it by: "Mwomboshi" of "the Mwomboshi River"; "Donegal" of "County Donegal" or "Co. Donegal",
 * as Irish and British papers write counties. Not a word that names a place of its own ("County Cork" is not the city of Cork).
 */
function ownWordOfPlace(nameWords: readonly string[]): string | undefined {
  if (nameWords.length !== 2) return undefined;
  const own = SHORTENED_FEATURES.has(nameWords[1]!) ? nameWords[0]! : nameWords[0] === 'County' || nameWords[0] === 'Co.' ? nameWords[1]! : undefined;
  return own && !isGazetteerPlace([own]) && !firstNames.has(own) ? own : undefined;
}
/** "al-Sudani", "el-Sisi": an Arabic surname and, captured, the name after its article. */
const ARABIC_ARTICLE = /^(?:al|el|Al|El)-(\p{Lu}\p{Ll}+)$/u;
/** Is one surname a part of the other, double-barrelled: "Okonkwo" and "Okonkwo-Bello", "Bello" and "Okonkwo-Bello"? */
function sharesBarrel(a: string, b: string): boolean {
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return long.length > short.length + 1 && (long.startsWith(`${short}-`) || long.endsWith(`-${short}`)) && !ARABIC_ARTICLE.test(long);
}

/** Below this confidence, the reader's place may be a person's surname the text gives elsewhere. */
const UNSURE_PLACE = 0.5;
/**
 * A test of rules' names, its answers kept: the names are the rules' constants, a few hundred, and a lookup costs less than a
 * regular expression's match.
 */
class RuleTest {
  private readonly answers = new Map<string, boolean>();
  constructor(private readonly pattern: RegExp) {}
  test(rule: string): boolean {
    let holds = this.answers.get(rule);
    if (holds === undefined) this.answers.set(rule, (holds = this.pattern.test(rule)));
    return holds;
  }
}
const PERSON_EVIDENCE = new RuleTest(/^person\.(first-name|title|honorific)$/);
const LEXICON_PLACE = new RuleTest(/^place\.(lexicon|metonym|dateline)/);

/** Words that end a body's name, not a title's qualifiers, before a title: "Chicago Police Department Superintendent". */
const NAMED_BODY_HEADS = new WordSet(['Department', 'Ministry', 'Agency', 'Bureau', 'Authority', 'Commission', 'Corporation', 'Bank', 'Company', 'Institute', 'University']);

/**
 * The entity reader decides which words are names and of what type. A rule's
 * candidate with the same words keeps its canonical name, roles and metonymy.
 */
function readWithModel(sentence: Sentence, words: Word[], spans: NameSpan[], ruled: Candidate[], text: string, namedAlone: NamesAlone, lowercase: ReadonlySet<string>): Candidate[] {
  // "the President" links to a person named before; a word alone the model passed over ("Tursunov said") may be the surname of one.
  const out: Candidate[] = [];
  // "Majed al-Ansari": a given name, then a family name joined to its article. The rules read the given name alone; the reader
  // passes over the name, or reads the family name alone as another kind of name.
  const articleNames = ruled.filter((c) => c.to - c.from === 1 && !c.titleOnly && hasArticleSurname(words, c.from) && !overlapsSpan(spans, c.from, c.to));
  if (articleNames.length) spans = spans.filter((s) => !articleNames.some((c) => s.from === c.to && s.to === c.to + 1));
  for (const c of ruled) {
    if (c.titleOnly) out.push(c);
    else if (c.nameWords.length === 1 && !overlapsSpan(spans, c.from, c.to)) {
      // "Prosecutors said Hale, 34, had been …": a word with an age set off after it names a person, named before or not.
      const aged = hasAge(words, c.to) && c.type !== 'place' && c.type !== 'organization';
      if (aged) out.push(Object.assign(c, { type: 'person', strength: 2, rule: 'person.age', surnameOnly: false }));
      // "Cybersecurity firm Mandiant, which …": a word right after a word for a company names one, though the reader passed it over.
      else if (c.rule === 'org.descriptor' && !wordOrNone(words, c.from - 1)?.capitalized) out.push(c);
      else if (articleNames.includes(c)) out.push(candidate(sentence, words, c.from, c.to + 1, 'person', 2, 'person.article-surname'));
      else if (employsPerson(words, c, spans, lowercase)) out.push(worksAt(c));
      // "SINGAPORE, Jan 9 (Reuters)": a month cut short before a day is no one's name.
      else if (!(SHORT_MONTH.test(c.name) && DAY.test(words[c.to]?.text ?? ''))) out.push(surnameOnly(c));
    } else if (isJoinedGivenNames(words[c.from]!.text) && !overlapsSpan(spans, c.from, c.to)) {
      // "praised Karl-Anthony Towns": known given names joined by a hyphen open a person's name, though the reader passed it over.
      out.push(Object.assign(c, { type: 'person', strength: 2, rule: 'person.first-name' }));
    }
  }
  // "Son Heung-min added": a family name that comes first, then a given name of two syllables joined by a hyphen, is a person's name,
  // though the family name is an English word opening the sentence, and the parser writes the second syllable as a word of its own.
  // Only a sentence whose hyphenated words were split (tokens.ts) can hold one.
  for (let k = 0; words !== sentence.tokens && k + 3 < words.length; k++) {
    if (isKoreanName(words, k) && !overlapsSpan(spans, k, k + 4) && !ruledFrom(ruled, k + 1)) out.push(candidate(sentence, words, k, k + 4, 'person', 2, 'person.korean-name'));
  }
  for (let span of cutTickers(words, splitAtHyphens(words, splitAtConjunctions(words, splitAtOf(words, splitAtPossessives(words, joinSplitNames(words, joinNameSuffixes(words, joinPrefixedWords(words, joinHyphenedSurnames(words, sentence.block.kind === 'byline', namedAlone, joinKunyas(words, joinWeekdayNames(words, joinServiceDistricts(words, joinCutPlaces(words, spans))))))), ruled), ruled, namedAlone)), text, namedAlone)))) {
    // "shares in Nordic Air", "chief executive of Nordic Air": an other name that is owned or employs is a company's.
    if (span.type === 'other' && actsAsCompany(words, span.from, span.to)) span = retyped(span, 'organization');
    // "Karl-Anthony Towns": known given names joined by a hyphen open a person's name, not a compound like "Anglo-American".
    if (span.type !== 'person' && span.to - span.from >= 2 && isJoinedGivenNames(words[span.from]!.text)) span = retyped(span, 'person');
    // "Brussels-based", "Kremlin-backed": the reader learned such words as other names (CoNLL's convention); a known place keeps its name.
    if (span.type === 'other') {
      const place = words[span.to]?.text === '-' && !words[span.to]!.spaced && LOWER_FIRST.test(words[span.to + 1]?.text ?? '') ? ruledName(ruled, span.from, span.to) : undefined;
      if (place && LEXICON_PLACE.test(place.rule)) out.push(place);
      // "Al-Mansouri said": a word alone read as another kind of name may still be the surname of a person named before.
      const alone = span.to - span.from === 1 ? ruledName(ruled, span.from, span.to) : undefined;
      // But a body the lexicon knows that speaks is that body: "Airbus said" (the reader learned the maker's name from its planes,
      // "Airbus A320"; an index, "the Nikkei", stays another kind of name).
      if (alone?.rule === 'org.lexicon.org' && cueVerbsAt(words[span.to])) out.push(alone);
      else if (alone && !place && alone.rule !== 'person.group') out.push(employsPerson(words, alone, spans, lowercase) ? worksAt(alone) : surnameOnly(alone));
      continue;
    }
    let bounds = nameBounds(words, span.from, span.to, span.type);
    // "Martin Luther King Jr.": a title word right before a generation suffix is a surname, and the name runs from the start.
    if (bounds[1] - bounds[0] === 1 && bounds[0] > span.from && isGenerationSuffix(words[bounds[0]]!.text)) bounds = nameBounds(words, span.from, span.to, 'other');
    let to = span.type === 'person' ? withParticleSurname(words, bounds[0], withKoreanGivenName(words, bounds[0], bounds[1])) : bounds[1];
    let from = bounds[0];
    // "White House National Security Communications Advisor John Kirby": the words that qualify a title are the title's; the name
    // is the known one before them, if any. Not a body's name before the title: "Chicago Police Department Superintendent".
    if (span.type !== 'person' && titleHeads.hasText(words[to]) && !(span.type === 'organization' && NAMED_BODY_HEADS.hasText(words[to - 1]))) {
      const known = matchGazetteerTokens(words, from, false)?.length ?? 0;
      let k = from + known;
      while (k < to && lowerTitleWords.hasLower(words[k]!)) k++;
      if (k === to && known < to - from) to = from + known;
    }
    // "Cook County State's Attorney Eileen Burke": a title's own possessive word ends the name before it.
    if (to - from >= 2 && words[to - 1]!.normEnd !== words[to - 1]!.end && lowerTitleWords.hasLower(words[to - 1]!) && titleHeads.hasText(words[to])) to--;
    // "the city's Sands Centre": a lower-case word opens no name ("de Gaulle" and "eBay" do).
    while (to - from > 1 && LOWER_FIRST.test(words[from]!.text) && words[from]!.norm === words[from]!.lower && !nameParticles.hasText(words[from]!)) from++;
    // "The President", "the Home Secretary": a title alone names no one; the rules link it to the person who holds it.
    if (from === to || (span.type === 'person' && isTitleOnly(words, from, to)) || isOtherCapitalized(words, from, to)) continue;
    // "placed losses at P430 million": a currency's letter written onto an amount is no name.
    if (to - from === 1 && CURRENCY_AMOUNT.test(words[from]!.text) && MAGNITUDES.hasLower(words[to])) continue;
    // "the Londoner told Sky Sports", "the Glaswegian", "the Scot": where one lives or comes from, after "the", describes a person; it
    // names no one.
    if (span.type === 'person' && to - from === 1 && wordOrNone(words, from - 1)?.text === 'the' && (CITY_DWELLER.test(words[from]!.text) || countryPersonNouns.has(words[from]!.text)) && !firstNames.hasNorm(words[from]!)) continue;
    // "Our Sports Correspondent | Rajkot": the paper's own writer, named by a job, is no one's name.
    if (span.type !== 'place' && possessiveDeterminers.hasLower(words[from]!) && (descriptorNouns.hasLower(words[to - 1]!) || jobNouns.hasLower(words[to - 1]!))) continue;
    // "as Climate Crisis and Civil Protection Minister": a word joined to the subjects of a title, with no name after the title, is one of them.
    if (span.type === 'person' && isTitleSubject(words, from)) continue;
    // "Tribute: Ines Aldana-Ruiz, Harbour Pilot, Dies at 90": a headline capitalizes every word, so there words that end on a job,
    // with no given name before them, are a role (in the text, "Black Widow" may be a name).
    if (span.type === 'person' && to - from >= 2 && jobNouns.hasLower(words[to - 1]!) && !firstNames.hasNorm(words[from]!) && !words[to]?.capitalized && (ruledName(ruled, from, to)?.strength ?? 0) < 2 && sentence.block.kind === 'headline') continue;
    // "East Asian and Southeast Asian affairs", "Northern Irish voters": a demonym after common words describes people and names
    // no one. A given name before it is a person's ("Dawn French"), and so is a word the lexicon does not know ("Viorel Moldovan").
    if (span.type === 'person' && to - from >= 2 && isDemonymPhrase(words, from, to) && !ruledName(ruled, from, to)) continue;
    // "the Ukrainian military", "Kenyan officials": a demonym alone before a word in lower case describes; it names no body.
    if (to - from === 1 && span.type !== 'place' && isDemonymAdjective(words, from)) continue;
    // "North-South cooperation", "East-West ties": compass points joined name no one.
    if (to - from === 1 && COMPASS_COMPOUND.test(words[from]!.text)) continue;
    // "Sen. John Cornyn, R-Texas, said": a party and a state after a lawmaker's name are no body of their own.
    if (to - from === 1 && PARTY_AND_STATE.test(words[from]!.text) && (wordOrNone(words, from - 1)?.text === ',' || wordOrNone(words, from - 1)?.text === '(')) continue;
    // "Q: How bad was this season?": a letter opening its line before a colon labels an interview's question or answer.
    if (to - from === 1 && from === 0 && words[0]!.text.length === 1 && words[1]?.text === ':' && sentence.start === sentence.block.start) continue;
    // "By Ingrid Solberg, Health Editor", "Local Democracy Reporter": in a byline, the words before a job title are the beat, not a body.
    if (sentence.block.kind === 'byline' && ((span.type !== 'person' && descriptorNouns.hasLower(words[to])) || descriptorNouns.hasLower(words[to - 1]!))) continue;
    // "Several smaller parties objected": a common word opening the sentence is no name on its own.
    if (to - from === 1 && isInitial(words, from) && commonWordSet.hasLower(words[from]!) && !ruledFrom(ruled, from)) continue;
    // "an analyst at Peel Hunt", "economists at Carrow Dunn": where people work is a body, neither a place nor a person.
    // Not a name that qualifies the noun after it: "an adviser at the Clinton campaign".
    const workplace = isWorkplace(words, from) && words[to - 1]!.normEnd === words[to - 1]!.end && !(words[to]?.kind === 'word' && !words[to]!.capitalized && words[from - 1]!.lower === 'the');
    if (workplace && (span.type === 'person' || (span.type === 'place' && !placeHeads.hasText(words[to - 1]!) && !matchGazetteerTokens(words, from, false)))) span = retyped(span, 'organization');
    // "John Smith of Charta Politika said", "Sajith Premadasa of the Samagi Jana Balawegaya": a name the reader took for a person's,
    // after a person's full name and "of", is where they work.
    const previous = out.at(-1);
    const of = wordOrNone(words, from - 1)?.lower === 'the' ? from - 2 : from - 1;
    if (span.type === 'person' && wordOrNone(words, of)?.lower === 'of' && previous?.type === 'person' && previous.to === of && isFullName(words, previous.from, previous.to)) span = retyped(span, 'organization');
    // "said Tina Marsh, 47, who works …", "Helena Marsh, a councillor": an age or a person's role set off after a name makes it a
    // person's, whatever its words name elsewhere (a town, a bank, a marsh).
    // "Councillor Helena Marsh": an office, then what reads as a given name and a family name, is a person's name, whatever its words
    // name elsewhere.
    // Not a monarch's or a saint's name, which places and institutions take ("Prince William Sound", "King Edward Hospital").
    const named = titleHeads.hasText(words[from]!) ? from + 1 : from;
    if (span.type !== 'person' && to - named >= 2 && (named > from || titleHeads.hasText(wordOrNone(words, from - 1))) && !NAMESAKE_TITLES.hasText(words[named - 1]) && isGivenAndFamilyName(words, named, to)) {
      [span, from] = [retyped(span, 'person'), named];
    }
    // "Nguyen Thanh Long, who led …": a known family name that comes first, before a given name of two words, names a person; so
    // does a name the reader took for a person's set off before "who".
    const familyFirst = to - from === 3 && span.type !== 'place' && familyNamesFirst.hasText(words[from]!) && isPlainName(words, from, to);
    const who = span.type === 'person' && words[to]?.text === ',' && words[to + 1]?.lower === 'who';
    // "Rodel Santiago, a 58-year-old rice farmer,": an age set off after the name in a description of someone.
    // So does "Graciela Montenegro, a retired schoolteacher": a person's role after "a", for a name that is no known place.
    const someoneSetOff = words[to]?.text === ',' && indefiniteArticles.hasLower(words[to + 1]) && (YEARS_OLD.test(words[to + 2]?.text ?? '')
      || (span.type === 'place' && to - from >= 2 && someoneAfterArticle(words, to + 2) && !matchGazetteerTokens(words, from, false)));
    // "Portugal's central bank chief, Rui Albuquerque Neves, said": so does a given and a family name set off after a person's title.
    const titled = words[to]?.text === ',' && words[from - 1]?.text === ',' && lowerTitleHeads.hasLower(wordOrNone(words, from - 2)) && !words[from - 2]!.capitalized && !endsWithOrgHead(words[to - 1]!.norm);
    // "The actor Sorcha Lyons was superb": so does one right after a word for a person's job in lower case, or in brackets after a
    // person's name, as a review gives a character's actor ("her daughter Maeve (Sorcha Lyons)").
    const job = wordOrNone(words, from - 1);
    // Not a verb after its subject: "Barcelona host Atletico Madrid".
    const beforeJob = wordOrNone(words, from - 2);
    const jobBefore = !!job && job.kind === 'word' && !job.capitalized && (jobNouns.hasLower(job) || descriptorNouns.hasLower(job)) && !orgDescriptors.hasLower(job)
      && !(beforeJob?.capitalized && !PRODUCT_DETERMINERS.hasLower(beforeJob));
    const actor = job?.text === '(' && words[to]?.text === ')' && out.at(-1)?.type === 'person' && out.at(-1)!.to === from - 1;
    const described = hasAge(words, to) || someoneSetOff || familyFirst || who || (span.type !== 'person' && to - from >= 2 && (personRoleAfter(words, to) || titled || jobBefore || actor) && isGivenAndFamilyName(words, from, to));
    if (described) span = retyped(span, 'person');
    // "Hargreaves, asked whether he had seen the replay, smiled": one who opens the sentence, asked about himself or herself, is a person.
    else if (span.type !== 'person' && from === 0 && words[to]?.text === ',' && words[to + 1]?.lower === 'asked' && words.slice(to + 2, to + 8).some((w) => w.lower === 'he' || w.lower === 'she')) span = retyped(span, 'person');
    // "Central and West Kalimantan": a compass point opens a region's name, no person's.
    else if (span.type === 'person' && to - from >= 2 && (COMPASS_POINTS.hasLower(words[from]) || words[from]!.text === 'Central') && !titleHeads.hasText(wordOrNone(words, from - 1))) span = retyped(span, 'place');
    // "West Ham United", "Blackburn Rovers": a football club, whatever words come before its last.
    // "Sydney Water", "Water UK": a place and what a utility or a carrier sells name a company (the reader may leave a service word
    // that opens the sentence out).
    if (span.type === 'place' && from > 0 && words[from - 1]!.capitalized && isServiceName(words, from - 1, to)) from--;
    // "in The Hague": the reader learned names without their article, but some towns' names keep it (not "the Netherlands").
    if (span.type === 'place' && wordOrNone(words, from - 1)?.text === 'The' && matchGazetteerTokens(words, from - 1, true, TOWN_KINDS)?.length === to - from + 1) from--;
    const club = to - from > 1 && (clubSuffixes.hasText(words[to - 1]!) || isServiceName(words, from, to));
    if (club && span.type !== 'organization') span = retyped(span, 'organization');
    // "AFL-CIO", "SAG-AFTRA": acronyms joined by a hyphen name one body, however unsure the reader is of the rare word.
    if (to - from === 1 && isJoinedAcronym(words[from]!.text)) span = nameSpan(span.from, span.to, 'organization', Math.max(span.confidence, MODEL_ALONE_MIN_CONFIDENCE));
    // "the General Medical Council": a body's name the rules read with "General" before it, which the reader left out.
    if (from > 0 && words[from - 1]!.text === 'General' && ruledName(ruled, from - 1, to)?.rule === 'org.head-word') {
      from--;
      span = nameSpan(from, to, 'organization', span.confidence);
    }
    let c = ruledName(ruled, from, to);
    // "Muscles draw glucose": a word alone that opens its sentence is capitalized by its place; with nothing else for it, the model
    // must be sure. A dateline in capitals ("GARLAND, Texas") and a word glossed in brackets ("Sherbatov (Israel)") are left to the model.
    const alone = to - from === 1 ? words[from]! : undefined;
    // "Tottenham manager Ange Postecoglou": a word before a person's role is where they work, whatever opens the sentence.
    const hesitantOpening = alone && isInitial(words, from) && (!c || c.strength < 2) && span.confidence < INITIAL_WORD_MIN_CONFIDENCE && alone.text !== alone.text.toUpperCase() && words[to]?.text !== '(' && !opensRole(words, to);
    // A name only the shape of the words suggests needs a confident model; a nationality word alone is none ("Kazakh farms").
    // "BRUSSELS (Reuters) -": capitals before the dateline's dash name a place, however unsure the reader is of it.
    // "Vantara Energy Plc said": a legal form ends a company's name, however unsure the reader is of it.
    const company = span.type === 'organization' && to - from >= 2 && legalSuffixes.hasText(words[to - 1]!);
    const unsure = c && c.strength < 2 && span.confidence < MODEL_ALONE_MIN_CONFIDENCE && !described && !company && !(span.type === 'organization' && opensRole(words, to));
    if ((hesitantOpening || unsure) && !isDatelineName(sentence, words, from, to)) {
      // "Tursunov said": a surname alone still links to the person named before (or a town to its club).
      if (c?.nameWords.length === 1) out.push(surnameOnly(c));
      continue;
    }
    if (c?.rule !== 'person.group' && to - from === 1 && matchGazetteerTokens(words, from, false)?.kind === 'demonym') continue;
    if (c) {
      c.surnameOnly = false;
      // A lexicon place read as an organization is a state acting: the entity stays the place, the mention says so.
      const acting = span.type === 'organization' && LEXICON_PLACE.test(c.rule);
      // A title, an honorific or a known first name before a surname makes a person, whatever the model's type;
      // an organization's head word at the end ("Andy Warhol Foundation") makes an organization.
      if (!workplace && !club && PERSON_EVIDENCE.test(c.rule)) span = retyped(span, 'person');
      // Not a name the reader took for a person's with a person's role set off after it: "Therese Chambers, the FCA's director".
      else if (c.rule.startsWith('org.head-word') && (span.type === 'person' || (span.type === 'place' && BODY_HEADS.has(words[to - 1]!.norm))) && !described && !personRoleAfter(words, to)) span = retyped(span, 'organization');
      else if (c.strength >= 2 && c.type !== 'unknown' && !acting && !workplace && !described && span.confidence < RULE_TYPE_OVER_MODEL_BELOW) span = retyped(span, c.type);
      else if (c.type !== span.type && !acting) {
        // "“…,” Santiago said": a capital the reader takes for a person's name is that name, not its country.
        if (c.metonym && span.type === 'person') {
          const written = candidate(sentence, words, from, to, 'person', 2, 'ner.model');
          [c.name, c.nameWords] = [written.name, written.nameWords];
        }
        c.type = span.type;
        c.rule = described && c.type === 'person' ? 'person.described' : 'ner.model';
        c.metonym = false;
        if (c.form === 'metonym') c.form = 'alias';
        // The rules look for roles beside people and organizations only ("Councillor Helena Marsh" was a town's name to them).
        if (c.type === 'person' && !c.roles.length) addRoles(c, text);
      }
      if (c.type === 'person' && c.strength < 2) {
        // A person now sure: a role after the age too ("Ada Lind, 45, a lawyer").
        c.strength = 2;
        addRoles(c, text);
      }
      c.strength = Math.max(c.strength, 2);
    } else {
      // A name no rule proposed stands on the model alone: not when it hesitates.
      if (span.confidence < MODEL_ALONE_MIN_CONFIDENCE && !isDatelineName(sentence, words, from, to)) continue;
      // "the Pacific Islands Forum", "the Women's Tennis Association": a body's head word ends no place, whatever place it opens with.
      if (span.type === 'place' && to - from >= 2 && BODY_HEADS.has(words[to - 1]!.norm)) span = retyped(span, 'organization');
      c = candidate(sentence, words, from, to, span.type, 2, 'ner.model');
      c.definite = wordOrNone(words, from - 1)?.lower === 'the';
      // "U.S. Secretary of State …": a name of the gazetteer the model read on its own goes by the gazetteer's name, as the rules' do.
      const entry = span.type === 'person' ? undefined : matchGazetteerTokens(words, from, false);
      if (entry && entry.length === to - from && CANONICAL_KINDS.has(entry.kind) && entry.name !== c.name) {
        c.form = 'alias';
        c.name = entry.name;
        c.nameWords = entry.nameWords;
      }
      for (const r of ruled) {
        // Not the roles of a rule name that runs from another name to this one: "Detective Inspector Sarah Okonjo of Westshire
        // Police" gives "Westshire Police" no role.
        if (r.to <= from || to <= r.from || (r.from < from && words.slice(r.from, from).some((w) => w.lower === 'of'))) continue;
        // "Patients at Leeds General" for the rules' "Infirmary": no role that ends inside the name.
        const before = r.from > from ? text.slice(words[from]!.start, words[r.from - 1]!.end) : '';
        for (const role of r.roles) if (!c.roles.includes(role) && !(before && role.endsWith(before))) c.roles.push(role);
      }
      if (c.type === 'person' || c.type === 'organization') addRoles(c, text);
    }
    // "played at Mabel Park", "rallied in Jackson Square": a name after a preposition of place that ends on a place's head word is
    // the place, though its first word is a given name.
    const last = words[to - 1]!;
    if (c.type === 'person' && isLocative(wordOrNone(words, from - 1)) && (placeHeads.hasText(last) || VENUE_HEADS.hasText(last)) && last.normEnd === last.end) {
      Object.assign(c, { type: 'place', rule: 'place.head-after-preposition', metonym: false, roles: [] });
      span = retyped(span, 'place');
    }
    // "based in Santa Clara, California": a name after "in" and before its state or country is a town, whatever its words.
    if (c.type === 'person' && isLocative(wordOrNone(words, from - 1)) && words[to]?.text === ',' && matchGazetteerTokens(words, to + 1, false, STATES_AND_COUNTRIES)) {
      Object.assign(c, { type: 'place', rule: 'place.town-before-region', metonym: false });
      span = retyped(span, 'place');
    }
    // "The Kent, Washington-based company": a place before its state or country is a town there, not a body that acts.
    if (c.type === 'place' && span.type === 'organization' && words[to]?.text === ',' && matchGazetteerTokens(words, to + 1, false, REGIONS_OF_TOWNS)) span = retyped(span, 'place');
    // "Houston-based Halcyon Energy": so is a place a body is based in.
    if (c.type === 'place' && span.type === 'organization' && words[to]?.text === '-' && words[to + 1]?.lower === 'based') span = retyped(span, 'place');
    c.confidence = span.confidence;
    c.mentionType = span.type;
    out.push(c);
  }
  // A surname the model's name grew over ("Bakker" in "Maarten den Bakker") is no mention of its own.
  const inside = (c: Candidate) => c.surnameOnly && out.some((o) => o !== c && o.from <= c.from && c.to <= o.to && o.to - o.from > c.to - c.from);
  return sortedByStart(out.some(inside) ? out.filter((c) => !inside(c)) : out);
}

/**
 * "Helena Marsh", "Georgia Banks", "Victoria Adeyemi": two or three name words, the first no common word, the last no legal form,
 * and no name the lexicon knows as a whole ("Morgan Stanley", "New Zealand").
 */
function isGivenAndFamilyName(words: Word[], from: number, to: number): boolean {
  if (to - from < 2 || to - from > 3 || !isNameWord(words[from]!.text) || legalSuffixes.hasText(words[to - 1]!)) return false;
  for (let k = from + 1; k < to; k++) if (!NAME_WORD.test(words[k]!.text) || ALL_CAPS.test(words[k]!.text)) return false;
  return (matchGazetteerTokens(words, from, false)?.length ?? 1) === 1;
}

/** "Tottenham manager Ange Postecoglou", "Nvidia chief executive Jensen Huang": a name word, then a role in lower case, then a name. */
function opensRole(words: Word[], to: number): boolean {
  if (!isNameWord(words[to - 1]!.text)) return false;
  const k = roleEnd(words, to);
  return k > to && !!words[k]?.capitalized && NAME_WORD.test(words[k]!.text);
}

/** Where the role words in lower case from `to` end ("manager", "chief executive"): `to` when there are none. */
function roleEnd(words: Word[], to: number): number {
  let k = to;
  while (k < to + 3 && words[k]?.kind === 'word' && !words[k]!.capitalized && (descriptorNouns.hasLower(words[k]!) || lowerTitleWords.hasLower(words[k]!))) k++;
  return k;
}

/** Roles that a company or a country holds as often as a person: they tell no one's kind. */
const SHARED_ROLES = new WordSet([
  'adviser', 'advisor', 'ally', 'member', 'owner', 'shareholder', 'stakeholder', 'investor', 'partner', 'rival', 'leader', 'supporter', 'host',
  'developer', 'regulator', 'monitor', 'observer', 'successor', 'predecessor', 'opponent', 'incumbent', 'challenger', 'defendant', 'plaintiff',
  'victim', 'suspect', 'witness', 'head', 'founder', 'co-founder', 'cofounder', 'player', 'critic', 'broker', 'trader', 'employee', 'heir',
]);

/** "…, a councillor in the district", "…, the company's chief executive": a role after the name that only a person holds. */
function personRoleAfter(words: Word[], to: number): boolean {
  const role = roleAfter(words, to, false, true);
  if (!role) return false;
  let head: Word | undefined;
  for (let k = to + 1; k < words.length && words[k]!.start < role[1]; k++) {
    const w = words[k]!;
    // "Apple Inc, chief executive Tim Cook said": a title before another name is that person's.
    if (head && w.capitalized && (descriptorNouns.hasLower(words[k - 1]!) || lowerTitleWords.hasLower(words[k - 1]!))) return false;
    // "the Treasury Committee, Dame Helena Marchbank MP,": a letter after a name is its bearer's, not a role.
    if (!head && postNominals.hasText(w) && words[k - 1]!.capitalized) continue;
    if (!head && (descriptorNouns.hasLower(w) || titleHeads.hasText(w) || PROFESSION.test(w.lower))) head = w;
  }
  return !!head && !SHARED_ROLES.hasLower(head);
}

const SYLLABLE = /^\p{Lu}\p{Ll}{1,5}$/u;
const LOWER_SYLLABLE = /^\p{Ll}{1,5}$/u;
/** "Son Heung-min", "Park Ji-sung" at word k: a family name that comes first, a syllable, a hyphen, a syllable in lower case. */
function isKoreanName(words: Word[], k: number): boolean {
  return familyNamesFirst.hasText(words[k]!) && hasHyphenatedGivenName(words, k);
}
/** After word k, a given name of two syllables joined by a hyphen, the second in lower case: "Heung-min", "Ming-hsien". */
function hasHyphenatedGivenName(words: Word[], k: number): boolean {
  const [given, hyphen, syllable] = [words[k + 1], words[k + 2], words[k + 3]];
  return hyphen?.kind === 'punct' && hyphen.text === '-' && !hyphen.spaced && !!syllable && !syllable.spaced && !!given && SYLLABLE.test(given.text) &&
    LOWER_SYLLABLE.test(syllable.text) && words[k + 4]?.text !== '-';
}

/**
 * "Moon Jae-in", "Park Min-jun": the words split the given name at its hyphen ("Obama-era" is two words); after a family name
 * that comes first, the person's name runs on over it. Returns the name's end.
 */
function withKoreanGivenName(words: Word[], from: number, to: number): number {
  if (!familyNamesFirst.hasText(words[from]!)) return to;
  let end = to;
  if (end === from + 1 && words[end]?.capitalized && words[end + 1]?.text === '-') end++;
  if (end > from + 1 && words[end]?.text === '-' && !words[end]!.spaced && words[end + 1]?.kind === 'word' && !words[end + 1]!.spaced && LOWER_WORD.test(words[end + 1]!.text)) end += 2;
  return end;
}

/** "Mark van den Oever": a person's name runs on over lower-case particles to the surname after them. Returns the name's end. */
function withParticleSurname(words: Word[], from: number, to: number): number {
  let end = to;
  while (end > from + 1 && isLowerParticle(words[end - 1]!)) end--;
  let k = end;
  while (k < words.length && k - end < 3 && isLowerParticle(words[k]!)) k++;
  const surnameEnd = k > end && words[k]?.kind === 'word' && words[k]!.capitalized ? k + 1 : to;
  // "Abdel Karim al-Mansouri": an Arabic family name keeps its article.
  return isArticleSurname(words[surnameEnd]?.text ?? '') ? surnameEnd + 1 : surnameEnd;
}
const ARTICLE_SURNAME = /^(?:al|el|ad|an|ar|as|ash|at|az)-\p{Lu}/u;
const CHINESE_GIVEN_NAME = /^\p{Lu}\p{Ll}+-\p{L}\p{Ll}+$/u;
/** The pattern is asked only of a word with a hyphen after its article's two or three letters: most words have none. */
const isArticleSurname = (text: string) => (text.charCodeAt(2) === 45 || text.charCodeAt(3) === 45) && ARTICLE_SURNAME.test(text);
const isLowerParticle = (w: Word) => w.kind === 'word' && !w.capitalized && nameParticles.hasText(w);

/** Each ending of a name after a space: "P. St. Clair", "St. Clair" and "Clair" for "Jonah P. St. Clair". */
export function* nameEndings(name: string): Generator<string> {
  for (let at = name.indexOf(' '); at >= 0; at = name.indexOf(' ', at + 1)) yield name.slice(at + 1);
}

/** The endings of the names of people named in more than one word. */
function personNameEndings(candidates: readonly Candidate[]): Set<string> {
  const endings = new Set<string>();
  for (const c of candidates) if (c.type === 'person' && c.nameWords.length >= 2) for (const ending of nameEndings(c.name)) endings.add(ending);
  return endings;
}

/**
 * "a member of Shrewsbury Wheelers cycling club": a name only its shape made a person's, right before a word for a body in lower case
 * (with one word of its field before it), is that body. A post-filter.
 */
function readBodiesBeforeTheirKind(candidates: Candidate[]): void {
  for (const c of candidates) {
    if (c.type !== 'person' || c.rule !== 'person.name-shape' || c.to - c.from < 2) continue;
    const next = c.words[c.to];
    const kind = BODY_KIND_WORDS.hasLower(next) ? next : c.words[c.to + 1];
    if (next?.kind === 'word' && !next.capitalized && kind?.kind === 'word' && !kind.capitalized && BODY_KIND_WORDS.hasLower(kind)) {
      Object.assign(c, { type: 'organization', mentionType: 'organization', metonym: false, surnameOnly: false, rule: 'org.before-kind' });
    }
  }
}
const BODY_KIND_WORDS = new WordSet(['club', 'team', 'society', 'association', 'charity', 'band', 'choir']);

/**
 * "the mayor of Redmarsh", "residents of Kellan", "north of Dunmore", "fled to Ostley": a name that a mayor or a governor runs, people
 * live in, a compass point is taken from or people travel to is a place, whatever the reader or the rules made of it; so is one that
 * opens on a word that opens only places' names (`namePrefixes`: "Sungai Muar"). A post-filter:
 * the readers' features do not see it.
 */
function readPlacesByContext(candidates: Candidate[]): void {
  let surnamesOfPeople: Set<string> | undefined;
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k]!;
    // "travel to Arequipa": where one travels is the place there, not its government acting.
    if (c.type === 'place' && c.mentionType === 'organization' && wordBefore(c)?.lower === 'to' && TRAVEL_VERBS.hasLower(wordBefore(c, 2))) c.mentionType = 'place';
    // "Harlow travel to Bristol Rovers": a club's last word ends no place's name.
    if (c.type === 'place' || c.titleOnly || c.nested || endsWithOrgHead(c.words[c.to - 1]!.norm) || clubSuffixes.hasText(c.words[c.to - 1])) continue;
    const link = wordBefore(c)?.lower;
    const before = wordBefore(c, 2);
    // "Sungai Muar", "Beit Lahia": a word of another language that opens only places' names.
    // Not a person's ("Midfielder Kota Watanabe", "Prince Bandar bin Sultan").
    // So does "St." with a name after it ("St. Vincent", "St. Thomas"), which opens no person's name the reader read alone.
    // Not a person's surname: "St. Clair said" after "Jonah P. St. Clair".
    const saint = c.words[c.from]!.text === 'St.' && c.to - c.from >= 2 && c.type === 'person' && c.rule === 'person.name-shape' && !(surnamesOfPeople ??= personNameEndings(candidates)).has(c.name);
    // "Camarines Sur", "Ilocos Norte": so does one that ends only places' names.
    const shaped = c.to - c.from >= 2 && c.type !== 'organization' && !PERSON_EVIDENCE.test(c.rule) && !c.roles.length;
    const suffixed = shaped && placeNameSuffixes.hasText(c.words[c.to - 1]);
    const prefixed = saint || suffixed || (shaped && placeNamePrefixes.hasText(c.words[c.from]) && !japaneseFamilyNames.has(c.nameWords.at(-1)!));
    // "Troops entered Nova Kakhovka", "residents fled Ras Lanuf": a name read as a person's by its shape alone, after a verb whose
    // object is a place. A given name, a title or a role says person.
    const placeObject = c.type === 'person' && PLACE_OBJECT_VERBS.hasLower(wordBefore(c)) && !PERSON_EVIDENCE.test(c.rule) && !c.roles.length && !firstNames.hasNorm(c.words[c.from]!);
    if ((link === 'of' && PLACE_OF_NOUNS.hasLower(before)) || (link === 'to' && TRAVEL_VERBS.hasLower(before)) || placeObject || beforeItsRegion(c) || describedAsSettlement(c) || apposedToSettlement(c) || prefixed) {
      Object.assign(c, { type: 'place', mentionType: 'place', metonym: false, surnameOnly: false, strength: Math.max(c.strength, 2), rule: suffixed ? 'place.name-suffix' : prefixed ? 'place.name-prefix' : 'place.context' });
      // "Residents of Vila Esperança and Campo Alegre": a name joined to the place that its shape alone made a person's is a place too.
      for (let j = k + 1; j < candidates.length; j++) {
        const next = candidates[j]!;
        const joiner = wordBefore(next);
        const joined = next.sentence === c.sentence && next.from === candidates[j - 1]!.to + 1 && (joiner?.lower === 'and' || joiner?.lower === 'or' || joiner?.text === ',');
        if (!joined || next.type !== 'person' || PERSON_EVIDENCE.test(next.rule) || next.roles.length || firstNames.hasNorm(next.words[next.from]!)) break;
        Object.assign(next, { type: 'place', mentionType: 'place', metonym: false, surnameOnly: false, strength: Math.max(next.strength, 2), rule: 'place.coordinated' });
      }
    }
  }
}

/**
 * "Foreign Minister Shah Mahmood Qureshi", "prime minister Sheikh Hasina": a word that is a title and a given name, right after
 * another title, opens the name, and the role ends before it. A post-filter.
 */
function readTitledGivenNames(candidates: Candidate[]): void {
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k]!;
    const { words, from } = c;
    const given = wordOrNone(words, from - 1);
    // So is a title that is a common given name before a surname alone: "state Treasurer Dean Holcombe".
    const givenName = GIVEN_NAME_TITLES.hasText(given) || (c.to - c.from === 1 && TITLES_THAT_ARE_GIVEN_NAMES.hasText(given));
    // After a title, or a description in lower case: "senior meteorologist Dean Harrowfield".
    const title = wordOrNone(words, from - 2);
    const described = !!title && !title.capitalized && descriptorNouns.hasLower(title);
    // Or set off after one, or with an age after it: "the driver, Dean Pritchard, 48,".
    const person = wordOrNone(words, from - 3);
    const setOff = title?.text === ',' && !!person && !person.capitalized && (descriptorNouns.hasLower(person) || lowerTitleHeads.hasLower(person));
    const aged = c.to - c.from === 1 && TITLES_THAT_ARE_GIVEN_NAMES.hasText(given) && hasAge(words, c.to);
    if (c.type !== 'person' || !given || !givenName || !(titleHeads.hasText(title) || lowerTitleHeads.hasLower(title) || described || setOff || aged)) continue;
    const suffix = ` ${given.text}`;
    const roles = c.roles.flatMap((r) => (r === given.text ? [] : [r.endsWith(suffix) ? r.slice(0, -suffix.length) : r]));
    candidates[k] = Object.assign(candidate(c.sentence, words, from - 1, c.to, 'person', c.strength, c.rule), { roles, confidence: c.confidence });
  }
}
const GIVEN_NAME_TITLES = new WordSet(['Shah', 'Sheikh', 'Sultan', 'Emir', 'Malik', 'Raja', 'Nawab']);
// Not "Major": "Sergeant Major Jones" is a rank.
const TITLES_THAT_ARE_GIVEN_NAMES = new WordSet(['Dean', 'Earl']);

/**
 * "Boric named Carolina Toha, a former mayor, as interior minister": the post after "as" that a person is named or appointed to is
 * a role. A role read before the name does not open with the verb ("elected veteran lawmaker Om Birla": "veteran lawmaker").
 * A post-filter: roles the rules read before the reader may move its features; this one comes after it.
 */
function readAppointedRoles(candidates: Candidate[], text: string): void {
  for (const c of candidates) {
    if (c.type !== 'person') continue;
    const { words } = c;
    for (let r = 0; r < c.roles.length; r++) {
      // A role of one word has no words after a verb to keep.
      if (!c.roles[r]!.includes(' ')) continue;
      const roleWords = c.roles[r]!.split(' ');
      const appointed = roleWords.findLastIndex((w) => APPOINTING_VERBS.has(w));
      if (appointed >= 0 && appointed < roleWords.length - 1) c.roles[r] = roleWords.slice(appointed + 1).join(' ');
    }
    // Past a role before the name: "elected veteran lawmaker Om Birla as speaker".
    let verb = c.from - 1;
    const inRole = (w: Word | undefined) => !!w && w.kind === 'word' && !w.capitalized && !APPOINTING_VERBS.hasLower(w) && (lowerTitleWords.hasLower(w) || descriptorNouns.hasLower(w));
    while (verb > c.from - 4 && inRole(wordOrNone(words, verb))) verb--;
    // Past an apposition: "Carolina Toha, a former mayor of Santiago, as …".
    let k = c.to;
    if (words[k]?.text === ',') {
      let close = k + 1;
      while (close < words.length && close < c.to + 12 && words[close]!.text !== ',' && words[close]!.text !== '.') close++;
      if (words[close]?.text === ',') k = close + 1;
    }
    if (words[k]?.lower !== 'as' || !APPOINTING_VERBS.hasLower(wordOrNone(words, verb))) continue;
    let s = k + 1;
    if (indefiniteArticles.hasLower(words[s]) || DESCRIPTION_OPENERS.hasLower(words[s])) s++;
    let e = s;
    let head = false;
    while (e < words.length && e - s < 6 && (lowerTitleWords.hasLower(words[e]) || descriptorNouns.hasLower(words[e]))) {
      head ||= lowerTitleHeads.hasLower(words[e]) || descriptorNouns.hasLower(words[e]);
      e++;
    }
    if (head && e > s) addRole(c.roles, text.slice(words[s]!.start, words[e - 1]!.end));
  }
}
const APPOINTING_VERBS = new WordSet(['named', 'names', 'appointed', 'appoints', 'elected', 'elects', 'nominated', 'nominates', 'picked', 'picks', 'chose', 'chosen', 'tapped', 'installed', 'confirmed']);
const LEXICON_OR_METONYM_PLACE = new RuleTest(/^place\.(lexicon|metonym)/);

/**
 * "Environment Canada issued", "Statistics Norway said", "Public Health England": a country or a region after the domain a national
 * agency names itself by (data: `agencyDomains`) is that agency. A post-filter: the reader's features do not see it.
 */
function readDomainAgencies(candidates: Candidate[]): void {
  const joined = new Set<Candidate>();
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k]!;
    if (c.type !== 'place' || !LEXICON_OR_METONYM_PLACE.test(c.rule)) continue;
    const { words, from } = c;
    const domainWord = (i: number) => wordOrNone(words, i)?.kind === 'word' && words[i]!.capitalized;
    const two = domainWord(from - 2) && domainWord(from - 1) && agencyDomains.has(`${words[from - 2]!.text} ${words[from - 1]!.text}`);
    const start = two ? from - 2 : domainWord(from - 1) && agencyDomains.has(words[from - 1]!.text) ? from - 1 : -1;
    if (start < 0) continue;
    // The reader may have read the domain as a name of its own ("Public Health"), which the agency's name takes in.
    const before = k > 0 ? candidates[k - 1] : undefined;
    if (before?.words === words && before.to > start) {
      if (before.from < start) continue;
      joined.add(before);
    }
    candidates[k] = Object.assign(candidate(c.sentence, words, start, c.to, 'organization', 3, 'org.agency'), { confidence: c.confidence, mentionType: 'organization' });
  }
  if (joined.size) dropCandidates(candidates, (c) => joined.has(c));
}

const TITLED_PERSON = new RuleTest(/^person\.(title|honorific)$/);
/**
 * "The Santa Clara, California-based company", "in Harwell, Oxfordshire, on Monday": a name set before a state, a region or a
 * country, then "-based" or a stop, is a town's; not a person's by a title or a role ("Rep. Ana Ruiz, Texas Republican").
 */
function beforeItsRegion(c: Candidate): boolean {
  const { words, to } = c;
  if (words[to]?.text !== ',' || c.roles.length || TITLED_PERSON.test(c.rule) || c.nameWords.some((w) => isOrgHeadWord(w) || legalSuffixes.has(w))) return false;
  const region = words[to + 1]?.capitalized ? matchGazetteerTokens(words, to + 1, false) : undefined;
  if (!region || !REGION_KINDS.has(region.kind)) return false;
  const next = words[to + 1 + region.length];
  // Not a list's next name: "Norwest Corp., Ohio-based KeyCorp".
  const based = next?.text === '-' && !next.spaced && words[to + 2 + region.length]?.lower === 'based' && !words[to + 3 + region.length]?.capitalized;
  // Not an athlete in a results line: "2. Hanne Bjørklund, Norway, 3:59.71."
  if (next?.text === ',' && RESULT_MARK.test(words[to + 2 + region.length]?.text ?? '')) return false;
  return !next || based || (next.kind !== 'word' && next.text !== '-');
}
const RESULT_MARK = /^\d{1,2}[:.]\d\d/;
const REGION_KINDS = new Set<GazetteerKind>(['country', 'state', 'region']);

/**
 * "Minas Gerais, the main growing state,", "Kakamega, a town in western Kenya": a name that an apposition calls a settlement or a
 * region is one. Not a person named with evidence or a role, nor a description the noun only opens ("a county commissioner").
 */
function describedAsSettlement(c: Candidate): boolean {
  const { words, to } = c;
  if (words[to]?.text !== ',' || !APPOSITION_ARTICLES.hasLower(words[to + 1]) || c.roles.length || PERSON_EVIDENCE.test(c.rule) || c.titleOnly) return false;
  for (let k = to + 2; k < to + 6 && words[k]?.kind === 'word' && !words[k]!.capitalized; k++) {
    if (words[k]!.normEnd !== words[k]!.end) return false;
    if (!settlementNouns.has(words[k]!.lower)) continue;
    const next = words[k + 1];
    return !next || next.kind !== 'word' || SETTLEMENT_LINKS.hasLower(next);
  }
  return false;
}
const APPOSITION_ARTICLES = new WordSet(['the', 'a', 'an']);

/**
 * "In Azmeria's capital, Bakhtar, …", "the port city, Odesa,": a name set off after a word for a settlement is the settlement. Not a
 * person with a given name or other evidence, nor one set off after a title's complement ("the mayor of the town, Novak,").
 */
function apposedToSettlement(c: Candidate): boolean {
  const { words, from, to } = c;
  const noun = wordOrNone(words, from - 2);
  // The comma first: most names have none before them, and are asked nothing more.
  if (wordOrNone(words, from - 1)?.text !== ',' || !noun || noun.capitalized || !(settlementNouns.has(noun.lower) || noun.lower === 'capital')) return false;
  const complement = wordOrNone(words, from - 3)?.lower === 'of' || wordOrNone(words, from - 4)?.lower === 'of';
  // Nor one set off before a verb of speech: "The AfD's lead candidate in the state, Dietmar Grauel, accused".
  const speaks = words[to]?.text === ',' && !!words[to + 1] && !words[to + 1]!.capitalized && !!cueVerbsAt(words[to + 1]!);
  return !complement && !speaks &&
    (words[to]?.text === ',' || words[to]?.text === '.') && !PERSON_EVIDENCE.test(c.rule) && !c.titleOnly && !firstNames.hasNorm(words[from]!) && !describedAsPerson(words, to);
}

/** "…, a mother of four": a description of a person set off at word `comma`, its noun among the next three words. */
function describedAsPerson(words: Word[], comma: number): boolean {
  if (words[comma]?.text !== ',' || !indefiniteArticles.hasLower(words[comma + 1])) return false;
  for (let k = comma + 2; k <= comma + 4 && words[k]?.kind === 'word'; k++) if (descriptorNouns.hasLower(words[k])) return true;
  return false;
}
const SETTLEMENT_LINKS = new WordSet(['in', 'of', 'on', 'near']);
const TRAVEL_VERBS = new WordSet(['fled', 'flee', 'flew', 'fly', 'travelled', 'traveled', 'travel', 'evacuated', 'deported', 'relocated', 'emigrated', 'sailed', 'drove', 'driven', 'flown', 'returned', 'return', 'moved', 'move']);
/**
 * Verbs whose object is a place one enters, flees or fights over: "entered", "fled", "shelled", "recaptured". Not verbs that take
 * people as often: "left", "reached" ("reached Smith by phone"), "captured", "seized", "evacuated".
 */
const PLACE_OBJECT_VERBS = new WordSet([
  'entered', 'enter', 'enters', 'fled', 'flee', 'flees', 'fleeing', 'shelled', 'shelling', 'bombed', 'bombing', 'recaptured',
  'recapture', 'retook', 'retake', 'besieged', 'stormed', 'occupied', 'occupy', 'invaded', 'invade', 'encircled',
]);
const PLACE_OF_NOUNS = new WordSet([
  'mayor', 'mayors', 'governor', 'governors', 'residents', 'inhabitants', 'outskirts', 'suburbs', 'streets',
  'north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest', 'north-east', 'north-west', 'south-east', 'south-west',
]);

/** After "<person noun> at (the)": "an analyst at", "economists at", "an expert at the". */
function isWorkplace(words: Word[], from: number): boolean {
  // "a political expert at the Carnegie China Center"
  const at = wordOrNone(words, from - 1)?.lower === 'the' ? from - 2 : from - 1;
  if (wordOrNone(words, at)?.lower !== 'at') return false;
  const noun = wordOrNone(words, at - 1)?.lower ?? '';
  return descriptorNouns.has(noun) || (noun.endsWith('s') && descriptorNouns.has(noun.slice(0, -1)));
}

// Loops, not closures: these run for every name of every sentence.
function overlapsSpan(spans: NameSpan[], from: number, to: number): boolean {
  for (const span of spans) if (span.from < to && from < span.to) return true;
  return false;
}

function ruledFrom(ruled: Candidate[], from: number): boolean {
  for (const r of ruled) if (r.from === from) return true;
  return false;
}

/** The rules' name with exactly these words, not a title standing alone. */
function ruledName(ruled: Candidate[], from: number, to: number): Candidate | undefined {
  for (const r of ruled) if (!r.titleOnly && r.from === from && r.to === to) return r;
  return undefined;
}

/** Sorts by start: names and mentions mostly come in order already, and those are left as they are. */
function sortedByStart<T extends { start: number }>(items: T[]): T[] {
  for (let k = 1; k < items.length; k++) if (items[k - 1]!.start > items[k]!.start) return items.sort((a, b) => a.start - b.start);
  return items;
}

/**
 * "homes in Leyte and Samar": a lone word joined by "and" or "or" to a place after "in", "from" or "near" is
 * a place too, though it reads as a first name; not the surname of a person the text names.
 */
function readCoordinatedPlaces(candidates: Candidate[]): void {
  readSettlementNames(candidates);
  const surnames = new Set<string>();
  for (const c of candidates) if (c.type === 'person' && c.nameWords.length >= 2) surnames.add(c.nameWords.at(-1)!);
  for (let k = 1; k < candidates.length; k++) {
    const c = candidates[k]!;
    // Or a body the reader hesitates over: "from Novosibirsk and Kemerovo".
    const doubted = c.type === 'organization' && c.rule === 'ner.model' && (c.confidence ?? 1) < RULE_TYPE_OVER_MODEL_BELOW;
    if ((c.type !== 'person' && !doubted) || c.to - c.from !== 1 || c.rule === 'person.title' || c.rule === 'person.honorific' || surnames.has(c.name)) continue;
    const place = candidates[k - 1]!;
    const joiner = wordBefore(c)?.lower;
    // "sailing from Igoumenitsa to Brindisi": a journey's end after its start.
    const journey = joiner === 'to' && wordOrNone(c.words, place.from - 1)?.lower === 'from';
    if (place.type !== 'place' || place.sentence !== c.sentence || place.to !== c.from - 1 || (joiner !== 'and' && joiner !== 'or' && !journey)) continue;
    // The list's places before it, "Mombasa, Kisumu and Nakuru": two of them, or one after a preposition of place.
    let first = k - 1;
    while (first > 0 && candidates[first - 1]!.type === 'place' && candidates[first - 1]!.sentence === c.sentence && candidates[first - 1]!.to === candidates[first]!.from - 1 && c.words[candidates[first]!.from - 1]!.text === ',') first--;
    if (!journey && first === k - 1 && !isLocative(wordOrNone(c.words, place.from - 1))) continue;
    Object.assign(c, { type: 'place', mentionType: 'place', rule: 'place.coordinated' });
  }
  // "trains between Preston and Glasgow", "from Preston to Glasgow": the same with the place second.
  for (let k = 0; k + 1 < candidates.length; k++) {
    const c = candidates[k]!;
    if (c.type !== 'person' || c.to - c.from !== 1 || c.rule === 'person.title' || c.rule === 'person.honorific' || surnames.has(c.name)) continue;
    const place = candidates[k + 1]!;
    const joiner = c.words[c.to]?.lower;
    const opener = wordBefore(c)?.lower;
    if (place.type !== 'place' || place.sentence !== c.sentence || place.from !== c.to + 1) continue;
    if (!((opener === 'between' && joiner === 'and') || (opener === 'from' && joiner === 'to'))) continue;
    Object.assign(c, { type: 'place', mentionType: 'place', rule: 'place.coordinated' });
  }
  // "for Plymouth, Falmouth and Exeter": a name the model hesitates over between two places of a list is one too; so is any name
  // the rules are not sure of in a list of places after a preposition of place ("in Kisumu, Migori and Homa Bay").
  for (let k = 1; k + 1 < candidates.length; k++) {
    const [before, c, after] = [candidates[k - 1]!, candidates[k]!, candidates[k + 1]!];
    if (c.type === 'place' || c.type === 'unknown' || c.strength >= 3) continue;
    if (before.type !== 'place' || after.type !== 'place' || before.sentence !== c.sentence || after.sentence !== c.sentence) continue;
    if ((c.confidence ?? 1) >= RULE_TYPE_OVER_MODEL_BELOW && !isLocative(wordOrNone(c.words, before.from - 1))) continue;
    const joiner = c.words[c.to]?.lower;
    if (before.to !== c.from - 1 || c.words[c.from - 1]!.text !== ',' || after.from !== c.to + 1 || (joiner !== ',' && joiner !== 'and' && joiner !== 'or')) continue;
    Object.assign(c, { type: 'place', mentionType: 'place', rule: 'place.coordinated' });
  }
}

/**
 * Places by the words around them, where neither the reader nor the rules read one (readSettlementNames retypes those they read),
 * or only as a word that names someone by a surname:
 * - names listed after a settlement noun and "of", or before its plural: "the provinces of Cagayan, Kalinga and Abra", "Kern,
 *   Monterey and Santa Barbara counties";
 * - a list after a preposition of place that holds a place the gazetteer or the reader knows, and no body: "in Ulsan and Geoje";
 * - where a person named with an age lives: "Eleanor Szabo, 81, of Kettering,".
 * A post-filter.
 */
function readPlaceLists(readings: readonly NameReading[], candidates: Candidate[]): void {
  // The candidates of each sentence, gathered once: a lookup per list would make the pass quadratic on a long text.
  let bySentence: Map<Word[], Candidate[]> | undefined;
  const inSentence = (words: Word[]): Candidate[] => {
    if (!bySentence) {
      bySentence = new Map();
      for (const c of candidates) {
        const list = bySentence.get(c.words);
        if (list) list.push(c);
        else bySentence.set(c.words, [c]);
      }
    }
    let list = bySentence.get(words);
    if (!list) bySentence.set(words, (list = []));
    return list;
  };
  // The surnames of people named in full: "in Iraq, Obama and Clinton withdrew" lists no places.
  let surnames: Set<string> | undefined;
  const isSurname = (name: string) => (surnames ??= new Set(candidates.filter((c) => c.type === 'person' && c.nameWords.length > 1).map((c) => c.nameWords.at(-1)!))).has(name);
  // `people`: the words say place surely enough to retype a name the reader read as a person's.
  // `examples`: the names are given as examples of places ("towns such as Selma and Lindsay"): a first name is no evidence against.
  const place = (sentence: Sentence, words: Word[], from: number, to: number, rule: string, people = true, examples = false) => {
    // "19 Northern and Northeastern states": a compass word describes the places.
    if (to - from === 1 && (CITY_PARTS.hasLower(words[from]) || COMPASS_ADJECTIVE.test(words[from]!.lower))) return;
    const read = inSentence(words).find((d) => d.from < to && d.to > from);
    if (!read) {
      const found = Object.assign(candidate(sentence, words, from, to, 'place', 3, rule), { surnameOnly: false });
      candidates.push(found);
      inSentence(words).push(found);
    } else if (((people && read.type === 'person' && !isSurname(read.name)) || read.type === 'unknown') && read.from === from && read.to === to && !(examples ? TITLE_EVIDENCE : PERSON_EVIDENCE).test(read.rule) && !read.titleOnly) {
      Object.assign(read, { type: 'place', mentionType: 'place', strength: Math.max(read.strength, 3), surnameOnly: false, rule });
    }
  };
  for (const { sentence, words, input, capitalizedAt } of readings) {
    if (input.mode !== SentenceMode.Normal) continue;
    // Every trigger is one of a few words, with a capitalized word right before it or up to three after it: only the words from
    // three before each capitalized word to the one after it are asked, in order.
    let i = 1;
    for (const c of capitalizedAt) {
      for (i = Math.max(i, c - 3); i <= c + 1 && i < words.length; i++) {
        const w = words[i]!;
        if (w.capitalized || !PLACE_LIST_WORDS.hasLower(w) || w.kind !== 'word' || !(words[i - 1]!.capitalized || words[i + 1]?.capitalized || words[i + 2]?.capitalized || words[i + 3]?.capitalized)) continue;
        const next = words[i + 1]?.lower ?? '';
        if (isSettlementNoun(w) && w.lower.endsWith('s') && EXAMPLE_OPENERS.has(next === 'such' ? `such ${words[i + 2]?.lower}` : next)) {
          // "small towns such as Selma, Reedley and Lindsay", "villages including Dao Thuc": examples of the places named.
          for (const [from, to] of listedAfter(words, next === 'such' ? i + 3 : i + 2)) place(sentence, words, from, to, 'place.settlement', true, true);
        } else if (isSettlementNoun(w)) {
          const runs = words[i + 1]?.lower === 'of' ? listedAfter(words, i + 2) : w.lower.endsWith('s') ? listedBefore(words, i) : [];
          // Before the plural, a name the reader read as a person's stays one: "Clinton and Trump counties" voted for them. Not in a
          // list of three: "Kakamega, Kisii and Narok counties".
          const before = words[i + 1]?.lower !== 'of';
          if (runs.length >= (before ? 2 : 1)) for (const [from, to] of runs) place(sentence, words, from, to, 'place.settlement', !before || runs.length >= 3);
        } else if ((LIST_LOCATIVES.hasLower(w) || (w.lower === 'to' && TRAVEL_VERBS.hasLower(words[i - 1]))) && words[i + 1]?.capitalized) {
          const runs = listedAfter(words, i + 1);
          const known = ([from, to]: [number, number]) =>
            matchGazetteerTokens(words, from, false, SETTLED_KINDS)?.length === to - from || inSentence(words).some((d) => d.from === from && d.to === to && d.type === 'place');
          // Places' names are short: not "in Family and Medical Leave Act benefits". The list ends the phrase: not "in Britain and
          // Ozempic is sold", "at Walmart and Target stores".
          // A list ends with "and" or "or": "in Oslo, Per Lunde." names a person after the place.
          if (runs.length < 2 || !(words[runs.at(-1)![0] - 1]?.lower === 'and' || words[runs.at(-1)![0] - 1]?.lower === 'or')) continue;
          const after = words[runs.at(-1)![1]];
          // A list of three is one however the clause goes on, and names places only: "factories in Gazipur, Savar and Narayanganj had
          // failed".
          // Not a phrase that opens the sentence: "Elsewhere in Nigeria, Adewale, Okafor and Musa were freed".
          const ends = !after || after.kind !== 'word' || PREPOSITIONS_AFTER_PLACES.hasLower(after) || (runs.length >= 3 && i > 2);
          if (!ends || !runs.some(known) || runs.some((run) => run[1] - run[0] > 2 && !known(run))) continue;
          const bodies = (from: number, to: number) => inSentence(words).some((d) => d.from < to && d.to > from && d.type === 'organization');
          if (!runs.some(([from, to]) => bodies(from, to))) for (const [from, to] of runs) place(sentence, words, from, to, 'place.listed', runs.length >= 3 && i > 2);
        } else if (w.lower === 'of' && i >= 4 && words[i - 1]?.text === ',' && words[i - 2]?.info.digitFirst && words[i - 3]?.text === ',' && words[i - 4]?.capitalized) {
          const end = nameRunEnd(words, i + 1, 3);
          if (end > i + 1 && (words[end]?.text === ',' || words[end]?.text === '.')) place(sentence, words, i + 1, end, 'place.residence');
        }
      }
    }
  }
}
const EXAMPLE_OPENERS = new Set(['such as', 'including', 'like']);
const TITLE_EVIDENCE = /^person\.(title|honorific)$/;
const SETTLED_KINDS: ReadonlySet<GazetteerKind> = new Set(['country', 'capital', 'city', 'state', 'region']);
const PREPOSITIONS_AFTER_PLACES = new WordSet(['on', 'in', 'at', 'for', 'to', 'from', 'and', 'or', 'since', 'after', 'before', 'during', 'last', 'this']);
/** Prepositions that place what follows, not people: not "to" or "from" ("a letter to Trump and Clinton", but "travel to"), nor "at" (a workplace). */
const LIST_LOCATIVES = new WordSet(['in', 'across', 'throughout', 'near', 'around']);

const COMPASS_ADJECTIVE = /^(?:north|south)?(?:east|west)ern$|^(?:north|south)ern$/;

/**
 * "Hellwig Chocolatiers and Pennsylvania-based Brandywine Confections": a name read across "and" into a place before "-based" ends
 * before "and"; the place is where the next company is based. A post-filter.
 */
function cutBasedConjuncts(candidates: Candidate[]): void {
  for (let k = candidates.length - 1; k >= 0; k--) {
    const c = candidates[k]!;
    const { words, to } = c;
    if (c.type !== 'organization' || words[to]?.text !== '-' || words[to + 1]?.lower !== 'based') continue;
    let and = to - 1;
    while (and > c.from + 1 && words[and]!.lower !== 'and') and--;
    if (words[and]!.lower !== 'and' || and === to - 1) continue;
    const place = candidate(c.sentence, words, and + 1, to, 'place', 3, 'place.based');
    const company = Object.assign(candidate(c.sentence, words, c.from, and, 'organization', c.strength, c.rule), { confidence: c.confidence });
    candidates.splice(k, 1, company, place);
  }
}

/**
 * The runs of capitalized words listed from word `at` on: "Cagayan, Kalinga and Abra". A list closes with "and" or "or": in "the
 * town of Konga, Maria Goreti Kolin, a farmer" the name after the comma is no place of the list.
 */
function listedAfter(words: Word[], at: number): [number, number][] {
  const runs: [number, number][] = [];
  let k = at;
  while (runs.length < 6) {
    const end = nameRunEnd(words, k, 4);
    if (end === k) break;
    runs.push([k, end]);
    k = end;
    if (words[k]?.text === ',') k++;
    if (words[k]?.lower === 'and' || words[k]?.lower === 'or') k++;
    else if (words[k - 1]?.text !== ',') break;
  }
  const closer = wordOrNone(words, (runs.at(-1)?.[0] ?? 0) - 1)?.lower;
  return runs.length < 2 || closer === 'and' || closer === 'or' ? runs : runs.slice(0, 1);
}

/** The runs of capitalized words listed before word `at`: "Kern, Monterey and Santa Barbara" before "counties". */
function listedBefore(words: Word[], at: number): [number, number][] {
  const runs: [number, number][] = [];
  let k = at;
  while (runs.length < 6) {
    let start = k;
    while (start > 0 && k - start < 4 && words[start - 1]!.kind === 'word' && words[start - 1]!.capitalized && !NOT_NAME_CAPITALS.hasNorm(words[start - 1]!)) start--;
    if (start === k) break;
    runs.unshift([start, k]);
    k = start;
    const link = wordOrNone(words, k - 1)?.lower === 'and' || wordOrNone(words, k - 1)?.lower === 'or';
    if (link) k--;
    if (wordOrNone(words, k - 1)?.text === ',') k--;
    else if (!link) break;
  }
  // The first run may open the sentence with a capital of its own: not a word the lexicon knows as common. A nationality
  // ("Canadian ports") describes the places.
  if (runs.length && isInitial(words, runs[0]![0]) && commonWordSet.hasLower(words[runs[0]![0]])) runs.shift();
  // Nor a faith ("between Christian and Muslim villages").
  if (runs.some(([from, to]) => to - from === 1 && (demonymCountry.has(words[from]!.norm) || groupNouns.has(`${words[from]!.norm}s`)))) return [];
  return runs;
}

/** The settlement nouns and their plurals ("county", "counties"), so that a word is asked once, with no string made. */
const SETTLEMENT_FORMS = new WordSet([...settlementNouns].flatMap((n) => [n, n.endsWith('y') ? `${n.slice(0, -1)}ies` : `${n}s`]));
/** The words readPlaceLists reads a list at: a settlement noun, a preposition of place, "to" after a verb of travel, "of". */
const PLACE_LIST_WORDS = new WordSet([...SETTLEMENT_FORMS, ...LIST_LOCATIVES, 'to', 'of']);
/** "towns", "cities": a settlement noun, singular or plural. */
function isSettlementNoun(w: Word | undefined): boolean {
  return !!w && !w.capitalized && SETTLEMENT_FORMS.hasLower(w);
}

/**
 * "the town of São Leopoldo", "the villages of Arroio Pinto and Vila Nova": names after a settlement noun and "of", and those
 * listed with them, are places, whatever their shape says. Not a person named with a title or an honorific.
 */
function readSettlementNames(candidates: Candidate[]): void {
  let listed: Candidate | undefined;
  let listStarts = new Set<number>();
  for (const c of candidates) {
    const before = wordBefore(c);
    // "in the Lyari district", "the nearby Dover Flats neighborhood": a name between "the" (and a describing word maybe) and a word for
    // a settlement names one (not "the Obama state visit"), though the reader alone read a body.
    const opened = before?.lower === 'the' || (wordBefore(c, 2)?.lower === 'the' && !!before && before.kind === 'word' && !before.capitalized && !FUNCTION_PREPOSITIONS.hasLower(before));
    // Not a word describing the settlement named after "of": "the central Transylvanian town of Bistrita".
    const named = opened && c.words[c.to]?.lower !== 'state' && isSettlementNoun(c.words[c.to]) && c.words[c.to + 1]?.lower !== 'of';
    if (named && (c.type === 'person' || c.type === 'unknown' || (c.type === 'organization' && c.rule === 'ner.model')) && !PERSON_EVIDENCE.test(c.rule) && !c.titleOnly) {
      Object.assign(c, { type: 'place', mentionType: 'place', strength: Math.max(c.strength, 3), surnameOnly: false, rule: 'place.settlement' });
      listed = undefined;
      continue;
    }
    const opensList = before?.lower === 'of' && isSettlementNoun(wordBefore(c, 2));
    // The list goes on across ",", "and", "or" (", and"), in the same sentence, as far as listedAfter reads it.
    const joiner = listed && listed.sentence === c.sentence ? c.words.slice(listed.to, c.from).map((w) => w.lower).join(' ') : '';
    const continuesList = (joiner === ',' || joiner === 'and' || joiner === 'or' || joiner === ', and' || joiner === ', or') && listStarts.has(c.from);
    if (!opensList && !continuesList) {
      listed = undefined;
      continue;
    }
    if (opensList) listStarts = new Set(listedAfter(c.words, c.from).map(([from]) => from));
    listed = c;
    // A body the reader alone read, or one read only by being beside one ("Kalulu" after "Chipepo"), is no body here.
    const readAsBody = c.type === 'organization' && (c.rule === 'ner.model' || c.rule === 'org.beside-organization');
    if (c.type !== 'person' && c.type !== 'unknown' && !readAsBody) continue;
    if (c.rule === 'person.title' || c.rule === 'person.honorific' || c.titleOnly) continue;
    // A place for sure, not a word that names someone only as a surname.
    Object.assign(c, { type: 'place', mentionType: 'place', strength: Math.max(c.strength, 3), surnameOnly: false, rule: 'place.settlement' });
  }
}

const STAKE_NOUNS = new Set(['share', 'shares', 'stake', 'stakes', 'holding', 'holdings', 'investment', 'investments', 'interest']);
/** "shares in X", "a stake in X": X is owned, so a company, whatever the preposition says. */
function isStakeIn(c: Candidate, nouns: ReadonlySet<string> = STAKE_NOUNS): boolean {
  return wordBefore(c)?.lower === 'in' && nouns.has(wordBefore(c, 2)?.lower ?? '');
}

const SHARE_NOUNS = new Set(['share', 'shares', 'stake', 'stakes']);
/** What a company has, before "of" its name: "the board of Eisai", "chief executive of Eisai". */
const COMPANY_OF_NOUNS = new WordSet(['board', 'shareholders', 'executive', 'ceo', 'chairman', 'chairwoman']);
/** What a company has, after its name: "Eisai shares", "Eisai shareholders". */
const COMPANY_AFTER_NOUNS = new WordSet(['shares', 'stock', 'shareholders']);
/** "cheaper local rivals such as Luckin Coffee": kinds of company that a list of them follows. */
const COMPANY_KINDS = new WordSet(['rivals', 'competitors', 'companies', 'firms', 'brands', 'chains', 'retailers', 'lenders', 'carmakers', 'automakers', 'airlines', 'insurers', 'startups', 'conglomerates', 'chipmakers', 'drugmakers']);

/** Is the name at word `from` listed after "such as" and a word of `kinds` ("rivals such as Luckin Coffee", "…such as A, B and C")? */
function namedAfterSuchAs(words: Word[], from: number, kinds: WordSet): boolean {
  let k = from - 1;
  while (k > 1 && from - k < 12 && (words[k]!.capitalized || words[k]!.text === ',' || words[k]!.lower === 'and' || words[k]!.lower === 'or')) k--;
  return k >= 2 && words[k]?.lower === 'as' && words[k - 1]?.lower === 'such' && kinds.hasLower(words[k - 2]);
}

/** Could the name be a company's, whatever the reader said: no known place, no person named with evidence, no common word opening its sentence ("Total shares"). */
function mayBeCompany(c: Candidate): boolean {
  const w = c.words[c.to - 1]!;
  if (c.titleOnly || w.normEnd !== w.end || PERSON_EVIDENCE.test(c.rule) || LEXICON_PLACE.test(c.rule)) return false;
  return !(commonWordSet.hasLower(c.words[c.from]) && isInitial(c.words, c.from)) && !matchGazetteerTokens(c.words, c.from, false);
}

/** Is candidate `k` joined by "and" or "or" to an organization right before or after it? */
function besideOrganization(candidates: Candidate[], k: number): boolean {
  const c = candidates[k]!;
  const before = k > 0 ? candidates[k - 1] : undefined;
  const after = candidates[k + 1];
  const link = (w: Word | undefined) => w?.lower === 'and' || w?.lower === 'or';
  return (before?.words === c.words && before.type === 'organization' && before.to === c.from - 1 && link(c.words[c.from - 1])) ||
    (after?.words === c.words && after.type === 'organization' && after.from === c.to + 1 && link(c.words[c.to]));
}

/** "agreed to buy Dutch rival Lafarge Benelux", "will merge with its parent Orvane": a name bought as a company's relation or kind is a company. */
function boughtAsCompany(c: Candidate): boolean {
  const { words, from } = c;
  let k = from - 1;
  let kind = false;
  for (; k >= 0 && from - k <= 4 && words[k]!.kind === 'word' && !BUYING_VERBS.hasLower(words[k]); k--) kind ||= companyRelations.has(words[k]!.lower) || orgDescriptors.has(words[k]!.lower);
  return kind && BUYING_VERBS.hasLower(wordOrNone(words, k));
}
/**
 * "Kelvora agreed to buy Tenvik", "Kelvora bought Tenvik", "agreed to sell Tenvik to Brannock": a name alone that buys, sells or is
 * bought in a deal.
 */
function isDealParty(c: Candidate): boolean {
  const { words, from, to } = c;
  if (to - from !== 1) return false;
  // In lower case, as prose writes a verb: not a title's "Buy Mines, Sell Coal".
  const deals = (w: Word | undefined) => !!w && !w.capitalized && (BUYING_VERBS.hasLower(w) || SELLING_VERBS.hasLower(w));
  const before = wordOrNone(words, from - 1);
  if (deals(before) || (before?.lower === 'to' && SELLING_VERBS.hasLower(wordOrNone(words, from - 3)))) return true;
  let k = to;
  if (words[k]?.lower === 'has' || words[k]?.lower === 'will') k++;
  if (AGREEING.hasLower(words[k]) && words[k + 1]?.lower === 'to') k += 2;
  // Right before the verb, only where a name is bought: "Smith bought the house" is a person's.
  return deals(words[k]) && words[k + 1]?.kind === 'word' && (k > to || !!words[k + 1]!.capitalized);
}
const AGREEING = new WordSet(['agreed', 'agrees', 'agree', 'plans', 'offered']);
const SELLING_VERBS = new WordSet(['sell', 'sells', 'sold', 'selling']);
const BUYING_VERBS = new WordSet(['buy', 'buys', 'bought', 'buying', 'acquire', 'acquires', 'acquired', 'acquiring', 'purchase', 'purchased', 'merge', 'merged', 'merging']);

/**
 * "Shares in Eisai rose", "Eisai shareholders", "the board of Eisai": what is owned in shares or has a board is a company, as is a
 * name listed after a kind of company ("rivals such as Luckin Coffee") or bought as one ("buy Dutch rival Lafarge Benelux"), and
 * so is every other mention of its name ("agreed to buy Eisai"), unless the lexicon knows a place ("shares in Asia") or a person is
 * named with evidence. Not an owner of what follows ("a stake in Warhol's legacy").
 */
function readCompaniesByContext(candidates: Candidate[]): void {
  /** The rule that makes each name a company's. */
  let companies: Map<string, string> | undefined;
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k]!;
    // "Vantor Health Inc." makes "Vantor Health" a company wherever the reader typed it otherwise.
    if (c.type === 'organization') {
      if (c.nameWords.length >= 3 && hasLegalForm(c.name)) (companies ??= new Map()).set(c.nameWords.slice(0, -1).join(' '), 'org.legal-form');
      continue;
    }
    if (!mayBeCompany(c)) continue;
    const { words, to } = c;
    const after = words[to];
    const owned = isStakeIn(c, SHARE_NOUNS) || (COMPANY_AFTER_NOUNS.hasLower(after) && after!.spaced);
    if (owned || (wordBefore(c)?.lower === 'of' && COMPANY_OF_NOUNS.hasLower(wordBefore(c, 2)))) (companies ??= new Map()).set(c.name, 'org.stake-in');
    else if (namedAfterSuchAs(words, c.from, COMPANY_KINDS)) (companies ??= new Map()).set(c.name, 'org.such-as');
    else if (boughtAsCompany(c) || isDealParty(c)) (companies ??= new Map()).set(c.name, 'org.bought');
    // "Tokyo-based Hanwa Electric": a name right after where it is based is a body's; a person has a noun between ("London-based
    // designer Ana Ruiz").
    else if (c.type === 'person' && wordBefore(c)?.lower === 'based' && wordBefore(c, 2)?.text === '-') (companies ??= new Map()).set(c.name, 'org.based');
    // "makers such as Sonova and Demant, whose shares fell": so are both names of a pair.
    else if (after?.text === ',' && words[to + 1]?.lower === 'whose' && COMPANY_AFTER_NOUNS.hasLower(words[to + 2])) {
      (companies ??= new Map()).set(c.name, 'org.stake-in');
      const other = k > 0 ? candidates[k - 1] : undefined;
      const link = wordBefore(c)?.lower;
      if (other?.sentence === c.sentence && other.to === c.from - 1 && (link === 'and' || link === 'or') && other.type !== 'organization' && mayBeCompany(other)) companies.set(other.name, 'org.stake-in');
    }
    // "a joint venture of GE Aerospace and Safran": a word the reader alone took for a person or a place, paired with an
    // organization, is one.
    else if ((c.type === 'person' || c.type === 'place') && c.rule === 'ner.model' && c.to - c.from === 1 && besideOrganization(candidates, k)) (companies ??= new Map()).set(c.name, 'org.beside-organization');
  }
  if (!companies) return;
  // Not a surname of a person the article names in full ("Bill Gates … Microsoft and GATES", "Kim Soo-jin … Kim shares the award"),
  // in any case.
  for (const c of candidates) {
    if (c.type !== 'person' || c.nameWords.length < 2) continue;
    const surname = familyNameFirst(c.nameWords) ? c.nameWords[0]! : c.nameWords.at(-1)!;
    companies.delete(surname);
    companies.delete(surname.toUpperCase());
  }
  for (const c of candidates) {
    // Not the same words inside the company's own name ("Vantor Health" in "Vantor Health Inc."), a mention of it already.
    const rule = c.type === 'organization' || c.nested ? undefined : companies.get(c.name);
    if (!rule || !mayBeCompany(c)) continue;
    Object.assign(c, { type: 'organization', mentionType: 'organization', metonym: false, surnameOnly: undefined, strength: Math.max(c.strength, 3), rule });
  }
}

const eventHeadFirstWords = new WordSet([...eventHeads].map((h) => h.split(' ')[0]!));

const isEventHead = (w: Word | undefined) => !!w && eventHeads.hasNorm(w);
const isEventHeadPair = (a: Word | undefined, b: Word | undefined) => !!a && !!b && eventHeadFirstWords.hasNorm(a) && eventHeads.has(`${a.norm} ${b.norm}`);

/** "Hurricane Milton", "Typhoon Amihan", "Operation Sea Lion": a storm or an operation is an event, no actor. */
function isEventName(c: Candidate): boolean {
  const { words, from } = c;
  // The head opens the name ("Tropical Storm Alberto") or stands just before it, outside the span.
  return isEventHead(words[from]) || isEventHeadPair(words[from], words[from + 1]) || isEventHead(wordOrNone(words, from - 1)) || isEventHeadPair(wordOrNone(words, from - 2), wordOrNone(words, from - 1));
}

/**
 * "the Warhol Polaroids", "a Chen exhibit": a person's surname before another capitalized word names a
 * thing after them, not another person. The surname alone stays, a mention of the person.
 */
function cutThingsNamedAfterPeople(candidates: Candidate[]): void {
  // Surnames of people the text names with evidence: a title, an honorific, a known first name.
  const surnames = new Set<string>();
  for (const c of candidates) if (c.type === 'person' && c.nameWords.length >= 2 && PERSON_EVIDENCE.test(c.rule)) surnames.add(c.nameWords.at(-1)!);
  if (!surnames.size) return;
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k]!;
    if (c.type !== 'person' || c.nameWords.length !== 2 || PERSON_EVIDENCE.test(c.rule)) continue;
    const [first, last] = c.nameWords as [string, string];
    if (!surnames.has(first) || surnames.has(last) || firstNames.has(last)) continue;
    const surname = candidate(c.sentence, c.words, c.from, c.from + 1, 'person', c.strength, 'person.surname-before-thing', 'short');
    surname.confidence = c.confidence;
    candidates[k] = surname;
  }
}

/** What ends the description in an apposition: "a trade group that …", "a charity based in …", "a unit of …". */
const DESCRIPTION_ENDS = new WordSet(['that', 'which', 'who', 'whose', 'based', 'with', 'in', 'of', 'for', 'at', 'on', 'from', 'and', 'or', 'founded', 'led', 'run', 'backed', 'owned', 'representing']);
const APPOSITION_CLOSES = new Set([',', '.', ';', ')', '—', '–']);

/**
 * The organization noun heading an apposition that opens at word `i` ("a trade group that …", "the Oslo-based chipmaker,"), or -1.
 * Not "the group's leader": a possessive heads nothing.
 */
function organizationAppositionEnd(words: Word[], i: number): number {
  // Or an owner's: "AWS, Amazon's cloud computing unit,".
  const owner = !!words[i]?.capitalized && words[i]!.normEnd !== words[i]!.end;
  if (!/^(a|an|the)$/.test(words[i]?.lower ?? '') && !owner) return -1;
  let j = i + 1;
  // "an Abu Dhabi-based technology group": "based" after a hyphen ends no description.
  // "the software maker best known for its app": nor how well it is known.
  const ends = (k: number) => (DESCRIPTION_ENDS.hasLower(words[k]) || KNOWN_FOR.hasLower(words[k])) && words[k - 1]!.text !== '-';
  // "the Santa Clara, Calif.-based chipmaker": a seat's comma before its region inside the description.
  const seatComma = (k: number) => words[k]!.text === ',' && !!words[k + 1]?.capitalized && words.slice(k + 1, k + 5).some((w) => w.lower === 'based');
  while (j < words.length && j - i <= 10 && (words[j]!.kind === 'word' || words[j]!.text === '-' || (words[j]!.text === '.' && words[j + 1]?.text === '-') || seatComma(j)) && !ends(j)) j++;
  const head = words[j - 1]!;
  const stop = words[j];
  if (j === i + 1 || head.kind !== 'word' || head.capitalized || head.normEnd !== head.end) return -1;
  if (stop && !APPOSITION_CLOSES.has(stop.text) && !DESCRIPTION_ENDS.hasLower(stop) && !KNOWN_FOR.hasLower(stop)) return -1;
  // "a group of Republicans", "a coalition of states": what the noun counts, not an organization ("the party of former
  // Catalan leader Carles Puigdemont" is one).
  const counted = words[j + 1];
  // "Pellucid Optics, a maker of optical transceivers": what a business makes or provides.
  const trade = stop?.lower === 'of' && TRADE_AGENTS.hasLower(head);
  if (stop?.lower === 'of' && !OWNED_BODIES.hasLower(head) && !trade && (!counted?.capitalized || groupNouns.hasText(counted))) return -1;
  // "the Dutch arm of Friends of the Earth": a body that belongs to a named one is one.
  const owned = (stop?.lower === 'of' && OWNED_BODIES.hasLower(head)) || trade;
  return owned || orgDescriptors.hasLower(head) || genericOrgNouns.has(head.lower) || orgDescriptors.has(`${words[j - 2]?.lower} ${head.lower}`) ? j - 1 : -1;
}

const KNOWN_FOR = new WordSet(['best', 'known', 'widely']);

/** Businesses by what they make or provide: "a maker of …", "a supplier of …". */
const TRADE_AGENTS = new WordSet(['maker', 'manufacturer', 'supplier', 'provider', 'lender', 'insurer']);
const SEATED = new WordSet(['headquartered', 'based', 'registered', 'listed', 'incorporated']);
/** Bodies that belong to someone: "the party of …", "a unit of …". */
const OWNED_BODIES = new WordSet(['party', 'unit', 'subsidiary', 'arm', 'wing', 'division', 'affiliate']);
const BODY_VERBS = new WordSet([
  'represents', 'represent', 'owns', 'operates', 'employs', 'lobbies', 'manufactures', 'publishes', 'runs', 'builds', 'makes', 'sells', 'manages', 'oversees', 'regulates', 'supplies',
]);
/** Determiners that open a description of an organization set before its name: "its parent company, Alphabet". */
const DESCRIPTION_OPENERS = new WordSet(['the', 'its', 'their', 'his', 'her', 'our']);
/** Words that make a description the complement of another noun: "a spokesman for the company, Okoro, said". */
const COMPLEMENT_WORDS = new WordSet(['for', 'of', 'at', 'with', 'by', 'from', 'to']);

/**
 * Does the comma at word `i` close a description an organization noun heads, opened by a determiner or an owner's name:
 * "Denmark's parliament, the Folketing", "its parent company, Alphabet"? Not one that completes another noun ("a spokesman for
 * the company, Okoro, said").
 */
function closesOrganizationDescription(words: Word[], i: number): boolean {
  // "The association of private pension funds, Asofondos": the head may come before an "of" and its lower-case complement.
  let at = i - 1;
  while (at > 1 && i - at <= 6 && words[at]!.kind === 'word' && !words[at]!.capitalized && words[at]!.lower !== 'of') at--;
  const h = words[at]?.lower === 'of' && at < i - 1 && orgDescriptors.hasLower(words[at - 1]) ? at - 1 : i - 1;
  const head = words[h];
  if (!head || head.kind !== 'word' || head.capitalized || !orgDescriptors.hasLower(head)) return false;
  let j = h - 1;
  // Past a plural's possessive mark too: "the pilots' union, Vereinigung Cockpit".
  const possessiveMark = (k: number) => (words[k]!.text === "'" || words[k]!.text === '’') && !words[k]!.spaced && !!wordOrNone(words, k - 1)?.lower.endsWith('s');
  while (j >= 0 && h - j <= 3 && ((words[j]!.kind === 'word' && !words[j]!.capitalized && !DESCRIPTION_OPENERS.hasLower(words[j])) || possessiveMark(j))) j--;
  const opener = words[j];
  if (!opener || !(DESCRIPTION_OPENERS.hasLower(opener) || (opener.capitalized && opener.normEnd !== opener.end))) return false;
  // "according to the utility, Coastal Electric": a source's preposition completes no noun.
  return !COMPLEMENT_WORDS.hasLower(wordOrNone(words, j - 1)) || (words[j - 1]!.lower === 'to' && wordOrNone(words, j - 2)?.lower === 'according');
}

/** A capitalized common word opening the sentence that may open a name: no article, adverb, title, month or weekday ("Blue", "Fast"). */
const isOpeningAdjective = (words: Word[], at: number) => {
  const w = words[at]!;
  return isInitial(words, at) && commonWordSet.hasLower(w) && !FUNCTION_WORDS.hasLower(w) && !SENTENCE_ADVERBS.hasLower(w) && !NOT_NAME_CAPITALS.hasText(w) && !lowerTitleWords.hasLower(w);
};

/**
 * "NetChoice, a trade group that represents …", "Brightwater, a charity based in Ohio", "Denmark's parliament, the Folketing,": a
 * name set off by an apposition that an organization noun heads, or set after one, is an organization, whatever the reader made of
 * it, and found though the reader missed it. Not a person named with evidence, nor a place the lexicon knows ("In Ohio, a charity
 * …"), nor a common word opening the sentence.
 */
function readAppositiveOrganizations(readings: readonly NameReading[], candidates: Candidate[]): void {
  let byEnd: Map<number, Candidate> | undefined;
  const mark = (sentence: Sentence, words: Word[], from: number, to: number) => {
    byEnd ??= new Map(candidates.map((c) => [c.end, c]));
    const found = byEnd.get(words[to - 1]!.end);
    // "said Focus Ireland, a homelessness charity": capitalized words before a place the lexicon knows, the whole described as a
    // body, are the body's name. Not a place something happens in: "in Northern Ireland, a …".
    // Not a common word opening the sentence: "But Qatar, the world's largest exporter,".
    const named = isInitial(words, from) && commonWordSet.hasLower(words[from]!) ? from + 1 : from;
    if (found && found.words === words && found.from > named && LEXICON_PLACE.test(found.rule) && !isLocative(wordOrNone(words, named - 1))) {
      Object.assign(found, candidate(sentence, words, named, found.to, 'organization', 3, 'org.apposition'), { roles: found.roles });
      return;
    }
    if (found) {
      const kept = found.type === 'organization' || PERSON_EVIDENCE.test(found.rule) || found.titleOnly || LEXICON_PLACE.test(found.rule) || !!matchGazetteerTokens(found.words, found.from, false);
      // "in the Capitol, a group …": a place something happens in opens the clause the description starts.
      const locative = found.type === 'place' && isLocative(wordOrNone(found.words, wordBefore(found)?.lower === 'the' ? found.from - 2 : found.from - 1));
      if (!kept && !locative) Object.assign(found, { type: 'organization', mentionType: 'organization', metonym: false, surnameOnly: undefined, strength: 3, rule: 'org.apposition' });
      // "Blue Origin, the space company": a common word opening the sentence opens the company's name.
      if (found.type === 'organization' && from === found.from - 1 && isOpeningAdjective(words, from)) Object.assign(found, candidate(sentence, words, from, found.to, 'organization', 3, 'org.apposition'), { roles: found.roles });
      return;
    }
    const first = words[from]!;
    // A common word opening the sentence may be a company's whole name ("Pellucid, the software maker"), not an adverb or a
    // function word ("Meanwhile, the carmaker, which …").
    const opener = commonWordSet.hasLower(first) && isInitial(words, from) && (to - from > 1 || FUNCTION_WORDS.hasLower(first) || SENTENCE_ADVERBS.hasLower(first) || first.lower.endsWith('ly'));
    if (NOT_NAME_CAPITALS.hasText(first) || groupNouns.hasText(words[to - 1]!) || opener || matchGazetteerTokens(words, from, false)) return;
    if (candidates.some((c) => c.words === words && c.from < to && from < c.to)) return;
    candidates.push(candidate(sentence, words, from, to, 'organization', 3, 'org.apposition'));
  };
  for (const { sentence, words, input, capitalizedAt } of readings) {
    if (input.mode !== SentenceMode.Normal) continue;
    // A comma counts only beside a capitalized word: right after one, or one or two words before the name it sets off. Only those
    // commas are asked, in order.
    let i = 1;
    for (const c of capitalizedAt) for (i = Math.max(i, c - 2); i <= c + 1 && i + 2 < words.length; i++) {
      if (words[i]!.text !== ',') continue;
      const last = words[i - 1]!;
      // "Copa-Cogeca, which represents EU farmers,": what "which" represents or runs is a body; a person takes "who".
      // Not a river or a road: "the Rhine, which runs through".
      // So is one "which is headquartered" or "is based" somewhere.
      const seated = (words[i + 2]?.lower === 'is' || words[i + 2]?.lower === 'was') && SEATED.hasLower(words[i + 3]);
      const which = words[i + 1]!.lower === 'which' && (seated || (BODY_VERBS.hasLower(words[i + 2]) && !(words[i + 2]!.lower === 'runs' && FRONTING_PREPOSITIONS.hasLower(words[i + 3]))));
      if (last.kind === 'word' && last.capitalized && (which || organizationAppositionEnd(words, i + 1) >= 0)) {
        let from = i - 1;
        while (from > 0 && words[from - 1]!.kind === 'word' && words[from - 1]!.capitalized) from--;
        // "The General Confederation of Labor, the country's largest union federation,": a body's name with its complement, which
        // the reader may have read alone.
        if (NAME_COMPLEMENT_LINKS.hasLower(wordOrNone(words, from - 1)) && orgHeads.hasText(wordOrNone(words, from - 2))) {
          let start = from - 2;
          while (start > 0 && words[start - 1]!.kind === 'word' && words[start - 1]!.capitalized && !articles.hasLower(words[start - 1])) start--;
          byEnd ??= new Map(candidates.map((c) => [c.end, c]));
          const ending = byEnd.get(words[i - 1]!.end);
          const inner = ending?.words === words && ending.from === from ? ending : undefined;
          if (inner && PERSON_EVIDENCE.test(inner.rule)) continue;
          if (inner) Object.assign(inner, candidate(sentence, words, start, i, 'organization', 3, 'org.apposition'), { roles: inner.roles });
          else mark(sentence, words, start, i);
          continue;
        }
        mark(sentence, words, from, i);
      } else if (closesOrganizationDescription(words, i)) {
        const from = words[i + 1]!.lower === 'the' ? i + 2 : i + 1;
        let to = from;
        while (words[to]?.kind === 'word' && words[to]!.capitalized) to++;
        if (to > from && APPOSITION_CLOSES.has(words[to]?.text ?? '')) mark(sentence, words, from, to);
      }
    }
  }
}

/**
 * "the Public Prosecutor's Office", "the Manhattan District Attorney's Office", "the Sheriff's Department": an office named after a
 * title in the possessive is an organization, with the capitalized words before the title and a name after "of" that the reader
 * joined to it. Not a person ("General's Office", role "Attorney") nor a place, whatever the reader made of it.
 */
function readTitleOffices(readings: readonly NameReading[], candidates: Candidate[]): void {
  for (const { sentence, words, capitalizedAt } of readings) {
    // The office's head word is capitalized.
    for (const i of capitalizedAt) {
      if (i < 1) continue;
      const owner = words[i - 1]!;
      if (owner.normEnd === owner.end || !owner.capitalized || !OFFICE_HEADS.hasText(words[i]) || !lowerTitleHeads.hasLower(owner)) continue;
      let from = i - 1;
      while (from > 0 && words[from - 1]!.kind === 'word' && words[from - 1]!.capitalized && words[from - 1]!.normEnd === words[from - 1]!.end && !FUNCTION_WORDS.hasLower(words[from - 1])) from--;
      let to = i + 1;
      for (const c of candidates) if (c.words === words && c.from <= i && c.to > to) to = c.to;
      claim(candidates, candidate(sentence, words, from, to, 'organization', 3, 'org.title-office'));
    }
  }
}
const OFFICE_HEADS = new WordSet(['Office', 'Bureau', 'Department']);

/** Puts `c` among the candidates in place of those it overlaps. */
function claim(candidates: Candidate[], c: Candidate): void {
  dropCandidates(candidates, (o) => o.words === c.words && o.from < c.to && c.from < o.to);
  candidates.push(c);
}

/**
 * "Hyung-jin Kim", "Ji-hoon Park": a Korean given name of two syllables joined by a hyphen, the second in lower case, before a
 * family name that usually comes first, is one person written in the Western order (not "Hyung" and a "Kim" of another, nor a park).
 */
function readGivenNamesFirst(readings: readonly NameReading[], candidates: Candidate[], text: string): void {
  for (const { sentence, words, capitalizedAt } of readings) {
    // The family name is capitalized: only the words three before a capitalized word are asked.
    for (const capital of capitalizedAt) {
      const i = capital - 3;
      // Spacing first: it rules out almost every word without reading one.
      if (i < 0 || words[i + 1]!.spaced || words[i + 2]!.spaced || !words[i + 3]!.spaced || words[i + 1]!.text !== '-' || !familyNamesFirst.hasText(words[i + 3])) continue;
      if (!SYLLABLE.test(words[i]!.text) || !LOWER_SYLLABLE.test(words[i + 2]!.text) || words[i + 4]?.text === '-') continue;
      const c = candidate(sentence, words, i, i + 4, 'person', 3, 'person.given-name-first');
      addRoles(c, text);
      claim(candidates, c);
    }
  }
}

/**
 * "Nato", "Unesco", "Opec": an organization the lexicon knows by its capitals, written as a word as British papers do, where
 * nothing read it or the reader gave it another type. Not a common word or a given name ("Who", "Isis").
 */
function readTitleCaseAcronyms(readings: readonly NameReading[], candidates: Candidate[]): void {
  let byStart: Map<number, Candidate> | undefined;
  for (const { sentence, words, input, capitalizedAt } of readings) {
    for (const i of capitalizedAt) {
      const w = words[i]!;
      // And "WHO spokesperson", "a WHO official": in capitals in plain prose, a common word the lexicon holds as a body's initials.
      const initials = input.mode === SentenceMode.Normal && commonWordSet.hasLower(w) && knownOrganizations.has(w.text) && ALL_CAPS_WORD.test(w.text) && !shouted(words, i);
      if (!initials && (w.text.length < 4 || commonWordSet.hasLower(w) || firstNames.hasNorm(w) || !titleCasedOrgAcronym.holds(w))) continue;
      byStart ??= new Map(candidates.map((c) => [c.start, c]));
      const found = byStart.get(w.start);
      if (found) {
        if (found.to === i + 1 && (found.type !== 'organization' || initials)) Object.assign(found, { type: 'organization', mentionType: 'organization', metonym: false, surnameOnly: undefined, strength: 3, rule: 'org.lexicon.acronym' });
        continue;
      }
      if (candidates.some((c) => c.words === words && c.from <= i && i < c.to)) continue;
      const c = candidate(sentence, words, i, i + 1, 'organization', 3, 'org.lexicon.acronym');
      c.name = w.text;
      candidates.push(c);
    }
  }
}
/** Is word i one of a run in capitals ("Those WHO WANT TO COME")? */
const shouted = (words: Word[], i: number) => ALL_CAPS_WORD.test(wordOrNone(words, i - 1)?.text ?? '') || ALL_CAPS_WORD.test(wordOrNone(words, i + 1)?.text ?? '');
/** "the Sejm", "the Riksdag's 349 seats", "the Tweede Kamer": a parliament by its own name is an organization, whatever the reader read. */
function readLegislatures(readings: readonly NameReading[], candidates: Candidate[]): void {
  for (const { sentence, words, capitalizedAt } of readings) {
    for (const i of capitalizedAt) {
      const name = legislaturesByFirstWord.get(words[i]!.norm)?.find((n) => n.every((w, j) => words[i + j]?.text === w || (j === n.length - 1 && words[i + j]?.norm === w)));
      if (!name) continue;
      const to = i + name.length;
      // Its own reading replaces those inside it; a longer name that holds it stays ("the Riksdag Administration").
      if (candidates.some((c) => c.words === words && c.from <= i && to <= c.to && c.to - c.from > name.length)) continue;
      dropCandidates(candidates, (c) => c.words === words && c.from < to && i < c.to);
      candidates.push(candidate(sentence, words, i, to, 'organization', 3, 'org.legislature'));
    }
  }
}

const LOWER_TAIL = /^\p{Lu}\p{Ll}+$/u;
/** "Nato": a capital, then lower case, and in capitals an organization's acronym the gazetteer holds. Asked of many words: kept per word. */
const titleCasedOrgAcronym = new TextTest((text) => LOWER_TAIL.test(text) && matchGazetteer([text.toUpperCase()], 0)?.kind === 'org');

const PARTY_MEMBERS = new Set(['Democrats', 'Republicans', 'Conservatives', 'Socialists', 'Liberals', 'Greens', 'Communists', 'Nationalists', 'Unionists']);

/**
 * "the Social Democrats", "the Free Democrats": members named with a capitalized word before them, after "the", are a party, an
 * organization, though the reader reads the members alone as a group of people.
 */
function readPartiesOfMembers(readings: readonly NameReading[], candidates: Candidate[]): void {
  for (const { sentence, words, input, capitalizedAt } of readings) {
    if (input.mode !== SentenceMode.Normal) continue;
    for (const i of capitalizedAt) {
      if (i < 2 || !PARTY_MEMBERS.has(words[i]!.text) || words[i - 2]!.lower !== 'the') continue;
      const word = words[i - 1]!;
      if (word.kind !== 'word' || !word.capitalized || demonymCountry.has(word.text)) continue;
      const found = candidates.find((c) => c.words === words && c.from < i + 1 && i - 1 < c.to);
      if (found) {
        if (found.from === i - 1 && found.to === i + 1 && found.type !== 'organization') Object.assign(found, { type: 'organization', mentionType: 'organization', strength: 3, rule: 'org.party' });
        continue;
      }
      candidates.push(candidate(sentence, words, i - 1, i + 1, 'organization', 3, 'org.party'));
    }
  }
}

/**
 * "Liberal Democrat MPs", "Green Party councillors": a name before a plural of members, which only its shape or the reader made a
 * person's, is their party. A post-filter.
 */
function readPartiesBeforeMembers(candidates: Candidate[]): void {
  for (const c of candidates) {
    const owner = c.words[c.to - 1]!.normEnd !== c.words[c.to - 1]!.end;
    if (c.type === 'person' && !owner && !PERSON_EVIDENCE.test(c.rule) && !c.roles.length && MEMBERS_OF_PARTIES.hasText(c.words[c.to])) {
      Object.assign(c, { type: 'organization', mentionType: 'organization', surnameOnly: false, rule: 'org.party' });
    }
  }
}
/** Not "supporters", "voters" or "delegates", who back a person as often ("Trump supporters", "Sanders delegates"). */
const MEMBERS_OF_PARTIES = new WordSet(['MPs', 'MEPs', 'MSPs', 'lawmakers', 'legislators', 'senators', 'councillors', 'councilors', 'members', 'backbenchers']);

const TITLE_PLACE_KINDS = new Set<GazetteerKind>(['country', 'capital', 'city', 'state']);
/** What links a paper or a broadcaster to its sentence: "in The Lancet", "told The Atlantic", "editor of The Economist"; not "at The Oval" (a venue), nor "entitled The …" (a book). */
const TITLE_LINKS = new WordSet(['in', 'to', 'told', 'tells', 'by', 'from', 'with', 'for', 'as', 'of', 'via']);

/**
 * "published in The Lancet", "told The Atlantic": a name after "The" written with its capital inside a sentence is a title, the
 * name of a paper, a journal or a broadcaster: an organization, wherever the reader put it, and found though the reader and the
 * rules missed it. Only after a word that links such a name (TITLE_LINKS); not a person, nor a country or a city that takes "The"
 * ("The Hague", "The Netherlands").
 */
function readTitlesAfterThe(readings: readonly NameReading[], candidates: Candidate[]): void {
  let byStart: Map<number, Candidate> | undefined;
  for (const { sentence, words, input, capitalizedAt } of readings) {
    if (input.mode !== SentenceMode.Normal) continue;
    for (const i of capitalizedAt) {
      if (i < 1 || i + 1 >= words.length || words[i]!.text !== 'The' || !TITLE_LINKS.hasLower(words[i - 1]) || words[i + 1]!.kind !== 'word' || !words[i + 1]!.capitalized) continue;
      let to = i + 2;
      while (words[to]?.kind === 'word' && words[to]!.capitalized) to++;
      const place = matchGazetteerTokens(words, i + 1, false);
      // Not "The Hague", but "The Hollywood Reporter": a place's name that the title runs past.
      if (place && TITLE_PLACE_KINDS.has(place.kind) && i + 1 + place.length >= to) continue;
      byStart ??= new Map(candidates.map((k) => [k.start, k]));
      const found = byStart.get(words[i + 1]!.start) ?? byStart.get(words[i]!.start);
      // "told The Hindu": a paper the lexicon knows is named, not a word that names someone only as a surname.
      if (found?.type === 'organization' && found.end === words[to - 1]!.end) found.surnameOnly = undefined;
      if (found && (found.end !== words[to - 1]!.end || found.type === 'organization' || PERSON_EVIDENCE.test(found.rule) || found.titleOnly)) continue;
      if (found) Object.assign(found, { type: 'organization', mentionType: 'organization', metonym: false, surnameOnly: undefined, strength: 3, rule: 'org.title-after-the' });
      else candidates.push(candidate(sentence, words, i + 1, to, 'organization', 3, 'org.title-after-the'));
    }
  }
}

const OPENING_PREPOSITIONS = new Set(['About', 'From', 'For', 'With', 'By', 'In', 'On', 'At', 'To', 'Of', 'Inside', 'Behind']);
/** Words that open a sentence to say who competes with whom: "Rival Samsung Electronics has struggled". */
const RIVAL_WORDS = new Set(['Rival', 'Rivals', 'Competitor', 'Competitors']);

/**
 * "About Vantor Health", a press release's heading: a preposition opening its line is no part of the name after it, nor is a rival
 * opening a sentence ("Rival Kestrel Air cut fares"). Nor is a word opening a sentence before a company the lexicon knows: "Carmakers
 * Toyota and Honda".
 */
function cutOpeningPrepositions(candidates: Candidate[]): void {
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k]!;
    const first = c.words[c.from]!;
    const next = c.words[c.from + 1];
    if (c.to - c.from < 2 || !next?.capitalized || next.kind !== 'word') continue;
    const opener = OPENING_PREPOSITIONS.has(first.text) || RIVAL_WORDS.has(first.text);
    // Else only where the reader alone read the longer name, the lexicon knows the rest as an organization (not a place: "Air
    // France"), and the word describes: a plural ("Rivals") or a word for a company ("Carmaker"), not a name's first word ("Port Vale").
    const describes = !opener && c.rule === 'ner.model' && ((first.lower.endsWith('s') && !ALL_CAPS_WORD.test(first.text)) || genericOrgNouns.has(first.lower) || orgDescriptors.has(first.lower));
    if (!(opener || describes) || !isInitial(c.words, c.from)) continue;
    if (opener) {
      candidates[k] = candidate(c.sentence, c.words, c.from + 1, c.to, c.type === 'person' ? 'unknown' : c.type, c.strength, c.rule);
      continue;
    }
    if (firstNames.hasNorm(first) || matchGazetteerTokens(c.words, c.from, false)) continue;
    const known = matchGazetteerTokens(c.words, c.from + 1, false);
    if (known?.kind !== 'org' || known.length !== c.to - c.from - 1) continue;
    const company = candidate(c.sentence, c.words, c.from + 1, c.to, 'organization', 3, 'org.lexicon.org');
    if (known.name !== company.name) Object.assign(company, { form: 'alias', name: known.name, nameWords: known.nameWords });
    candidates[k] = company;
  }
}

/**
 * "Gail Okafor of Brightwater Research": a person named before the organization they speak for, which the head word had
 * read as one name. A post-filter: the rules' verdicts, which the entity reader reads, stay as trained.
 */
function cutPeopleOfOrganizations(candidates: Candidate[]): void {
  for (let k = candidates.length - 1; k >= 0; k--) {
    const c = candidates[k]!;
    // A known given name, or an honorific before the name: "Dr. Haruka Mori of Tohoku University".
    const before = wordBefore(c);
    if (c.type !== 'organization' || !(firstNames.hasNorm(c.words[c.from]!) || (before && honorifics.hasText(before)))) continue;
    const of = c.words.findIndex((w, i) => i > c.from + 1 && i <= c.from + 3 && i < c.to - 1 && w.lower === 'of');
    const person = c.words.slice(c.from, of);
    if (of < 0 || !person.every((w) => w.kind === 'word' && w.capitalized && !isOrgHeadWord(w.norm) && !placeHeads.hasNorm(w))) continue;
    candidates.splice(k, 1, candidate(c.sentence, c.words, c.from, of, 'person', 3, 'person.of-organization'), candidate(c.sentence, c.words, of + 1, c.to, 'organization', c.strength, c.rule));
  }
}

/** A capitalized word no lexicon knows: no common word, given name, acronym, month, body's head word, group ("Democratic") or known place. */
function isOnlyName(w: Word): boolean {
  return (
    w.kind === 'word' && w.capitalized && !isAcronym(w.text) && !commonWordSet.hasLower(w) && !firstNames.hasNorm(w) && !orgHeads.hasNorm(w) && !NOT_NAME_CAPITALS.hasNorm(w) &&
    !titleHeads.hasNorm(w) && !groupNouns.hasText(w) && !groupNouns.has(`${w.norm}s`) && !(w.norm.endsWith('ic') && groupNouns.has(`${w.norm.slice(0, -2)}s`)) && !demonymCountry.has(w.norm) && !matchGazetteer([w.norm], 0)
  );
}

/**
 * "Ridgeway manager Owen Pritchard", "Harlan CEO Denise Whitcombe": a name no lexicon knows, right before a person's job, is
 * where they work. A post-filter, as the rules' verdicts are the entity reader's features.
 */
function readEmployersBeforeRoles(readings: readonly NameReading[], candidates: Candidate[]): void {
  // Opening a sentence, a capital says nothing ("Opposition leader Rui Tavares"): there, only a word the text capitalizes inside one.
  let capitalizedInside: Set<string> | undefined;
  const namedInside = (text: string) => {
    if (!capitalizedInside) {
      capitalizedInside = new Set();
      for (const { sentence, words } of readings) {
        if (sentence.block.kind === 'headline') continue;
        for (let i = 1; i < words.length; i++) if (words[i]!.capitalized && !isInitial(words, i)) capitalizedInside.add(words[i]!.text);
      }
    }
    return capitalizedInside.has(text);
  };
  // Words in a name of a known kind; a word alone of no kind yet ("Ridgeway", 'unknown') is the one to type. Made when first asked.
  let covered: Map<Word, Candidate> | undefined;
  const coveredBy = () => {
    if (!covered) {
      covered = new Map();
      for (const c of candidates) for (let i = c.from; i < c.to; i++) covered.set(c.words[i]!, c);
    }
    return covered;
  };
  for (const c of candidates.slice()) {
    if (c.type !== 'person') continue;
    let k = c.from - 1;
    while (k >= c.from - 3 && k >= 0 && c.words[k]!.kind === 'word' && !c.words[k]!.capitalized && (lowerTitleWords.hasLower(c.words[k]) || jobNouns.hasLower(c.words[k]))) k--;
    const employer = wordOrNone(c.words, k);
    if (k === c.from - 1 || !employer || !isOnlyName(employer) || wordOrNone(c.words, k - 1)?.capitalized || (isInitial(c.words, k) && !namedInside(employer.text))) continue;
    const known = coveredBy().get(employer);
    if (known && (known.type !== 'unknown' || known.to - known.from !== 1)) continue;
    const company = candidate(c.sentence, c.words, k, k + 1, 'organization', 3, 'org.employer-before-role');
    if (known) candidates[candidates.indexOf(known)] = company;
    else candidates.push(company);
    coveredBy().set(employer, company);
  }
}

const COPULAS = new WordSet(['is', 'was', 'became', 'becomes', 'remains']);

/**
 * "Anneke Vos has been mayor of Zwolbeek since 2019": a name that is, was or became a person's job is a person's, whatever the
 * reader made of it. Not a name with an organization's head word or legal form. A post-filter.
 */
function readPeopleByCopularRoles(candidates: Candidate[], text: string): void {
  for (const c of candidates) {
    if (c.type === 'person' || c.to - c.from < 2 || c.to - c.from > 3 || LEXICON_PLACE.test(c.rule) || c.rule.startsWith('org.lexicon')) continue;
    const { words } = c;
    let i = c.to;
    if ((words[i]?.lower === 'has' || words[i]?.lower === 'had') && words[i + 1]?.lower === 'been') i += 2;
    else if (COPULAS.hasLower(words[i])) i++;
    else continue;
    if (articles.hasLower(words[i])) i++;
    let job = false;
    for (let k = i; k < i + 3 && !job && words[k]?.kind === 'word'; k++) job = words[k]!.capitalized ? titleHeads.hasText(words[k]!) : jobNouns.hasLower(words[k]);
    if (!job || c.words.slice(c.from, c.to).some((w) => orgHeads.hasNorm(w) || legalSuffixes.hasText(w) || !w.capitalized)) continue;
    Object.assign(c, { type: 'person', mentionType: undefined, rule: 'person.copular-role', metonym: false, strength: Math.max(c.strength, 2) });
    addRoles(c, text);
  }
}

const ELECTORAL_DISTRICTS = new WordSet(['by-election', 'by-elections', 'constituency', 'electorate', 'ward', 'riding']);

/** Members who sit for a seat: "the MP for Brecon", "TD for Longford-Westmeath", "the member for Islington North". */
const SEAT_HOLDERS = new WordSet(['MP', 'MPs', 'TD', 'MSP', 'MLA', 'MEP', 'MPP', 'MS', 'member', 'Member']);

/**
 * "the Kettering by-election", "the Wexmoor constituency", "the MP for Brecon, Radnor and Cwm Tawe": the name an election or a seat
 * takes is a place's, whatever the reader made of its words. A post-filter.
 */
function readConstituencies(readings: readonly NameReading[], candidates: Candidate[]): void {
  for (const { sentence, words, capitalizedAt } of readings) {
    // Only the words beside a capitalized one, in order: those from one before it to one after it.
    let i = 1;
    for (const c of capitalizedAt) for (i = Math.max(i, c - 1); i <= c + 1 && i < words.length; i++) {
      if (!words[i - 1]!.capitalized && !words[i + 1]?.capitalized) continue;
      if (words[i]!.lower === 'for' && SEAT_HOLDERS.hasText(words[i - 1]) && words[i + 1]?.capitalized) {
        const end = seatNameEnd(words, i + 1);
        const start = words[i + 1]!.start;
        const inside = candidates.filter((c) => c.sentence === sentence && c.start < words[end - 1]!.end && c.end > start);
        if (inside.some((c) => c.start < start || c.end > words[end - 1]!.end)) continue;
        dropCandidates(candidates, (c) => inside.includes(c));
        candidates.push(candidate(sentence, words, i + 1, end, 'place', 3, 'place.constituency'));
        continue;
      }
      if (i < 2 || !words[i - 1]!.capitalized || words[i - 1]!.kind !== 'word' || !ELECTORAL_DISTRICTS.hasLower(words[i])) continue;
      let from = i - 1;
      while (from > 0 && words[from - 1]!.capitalized && words[from - 1]!.kind === 'word') from--;
      if (wordOrNone(words, from - 1)?.lower !== 'the' && !possessiveDeterminers.hasLower(wordOrNone(words, from - 1))) continue;
      const start = words[from]!.start;
      const end = words[i - 1]!.end;
      // Names no rule or reader typed ('unknown') are the seat's, and so are a person's it is named after ("the Daniel McIntyre
      // ward") and a place cut short ("the St. Vital ward"); a body's are not.
      const known = candidates.filter((c) => c.sentence === sentence && c.start < end && c.end > start);
      if (known.some((c) => c.type === 'organization' || c.type === 'other' || c.start < start || c.end > end)) continue;
      const seat = candidate(sentence, words, from, i, 'place', 3, 'place.constituency');
      if (known.length) {
        candidates[candidates.indexOf(known[0]!)] = seat;
        dropCandidates(candidates, (c) => known.includes(c));
      } else candidates.push(seat);
    }
  }
}

/**
 * Where a seat's name from word `from` ends: its capitalized words, joined by hyphens; a list of them only where "and" closes it
 * ("Brecon, Radnor and Cwm Tawe"; not "Sutton Coldfield, Andrew Mitchell,").
 */
function seatNameEnd(words: Word[], from: number): number {
  const segmentEnd = (k: number) => {
    while (k < words.length && (words[k]!.capitalized || (words[k]!.text === '-' && !words[k]!.spaced && words[k + 1]?.capitalized))) k++;
    return k;
  };
  const first = segmentEnd(from);
  let k = first;
  while ((words[k]?.text === ',' || words[k]?.lower === 'and') && words[k + 1]?.capitalized) {
    const and = words[k]!.lower === 'and';
    k = segmentEnd(k + 1);
    if (and) return k;
  }
  return first;
}

/** Descriptions of organizations that name people or things as often: "publishers Jann Wenner", "aircraft carriers Vinson". */
const NOT_ONLY_ORGANIZATIONS = new Set(['publisher', 'carrier', 'developer', 'miner', 'contractor', 'operator', 'maker', 'supplier', 'shipper', 'station', 'unit', 'team']);

/** "carmakers", "companies": the plural of a noun that describes only organizations. */
function isPluralOrgDescriptor(w: Word | undefined, before: Word | undefined): boolean {
  if (w?.kind !== 'word' || !w.lower.endsWith('s')) return false;
  const stem = w.lower.endsWith('ies') ? `${w.lower.slice(0, -3)}y` : w.lower.slice(0, -1);
  // "shipping lines": a description of two words.
  return (orgDescriptors.has(stem) && !NOT_ONLY_ORGANIZATIONS.has(stem)) || (before?.kind === 'word' && orgDescriptors.has(`${before.lower} ${stem}`));
}

/** "Drugmaker", "Startup": a word for a company that no organization's name ends with. */
const isCompanyWord = (w: Word) => genericOrgNouns.has(w.lower) && !orgHeads.hasNorm(w) && !NOT_ONLY_ORGANIZATIONS.has(w.lower);

/**
 * "Carmakers Veltra and Osk said", "rival airlines Skyvane and Corvid Air cut fares": the names listed after an organization's
 * plural description are organizations, each a name of its own. So is the name after a company's description opening a
 * sentence ("Startup Lumora unveils"), unless a name of the rules' begins with it ("Business Insider").
 * A post-filter, as the rules' verdicts are the reader's features.
 */
function readNamesAfterDescriptors(readings: readonly NameReading[], candidates: Candidate[]): void {
  for (const { sentence, words, input, capitalizedAt } of readings) {
    // Where the names read so far end.
    let past = 0;
    // Only a word before a capitalized one may describe the names after it.
    for (const next of capitalizedAt) {
      const i = next - 1;
      if (i < past) continue;
      const w = words[i]!;
      // Not a body's name that opens a sentence with a plural before a country's: "Universities UK, which represents …, warned".
      const plural = isPluralOrgDescriptor(w, wordOrNone(words, i - 1)) && (!w.capitalized || (isInitial(words, i) && !matchGazetteerTokens(words, next, false)));
      const opening = !plural && w.capitalized && isInitial(words, i) && isCompanyWord(w)
        && !candidates.some((d) => d.sentence === sentence && d.start === w.start && d.rule.startsWith('org.lexicon'));
      if (!plural && !opening) continue;
      // In a headline in title case, a name ends before a common word: "Startup Lumora Unveils Hearing Aid".
      const inName = (v: Word | undefined) => v?.kind === 'word' && (v.capitalized || v.text === '&') && !NOT_NAME_CAPITALS.hasNorm(v) && (input.mode === SentenceMode.Normal || !commonWordSet.hasLower(v));
      // Up to four names, each a run of capitalized words, joined by commas, "and" or "or".
      const names: [number, number][] = [];
      let k = i + 1;
      while (names.length < (plural ? 4 : 1) && words[k]?.capitalized && inName(words[k])) {
        const from = k;
        while (inName(words[k])) k++;
        names.push([from, k]);
        if (words[k]?.text === ',') k++;
        if (words[k]?.lower === 'and' || words[k]?.lower === 'or') k++;
      }
      const rule = plural ? 'org.descriptor-plural' : 'org.descriptor';
      for (const [from, to] of names) {
        const starts = words[from]!.start;
        const ends = words[to - 1]!.end;
        // Drop what the rules or the reader read across the list ("Lenders Harwick and Tollmere Bank"), keep what fits in the name.
        let exact = false;
        for (let c = candidates.length - 1; c >= 0; c--) {
          const d = candidates[c]!;
          if (d.sentence !== sentence || d.end <= starts || d.start >= ends) continue;
          if (d.start === starts && d.end === ends) {
            exact = true;
            if (d.type !== 'organization') Object.assign(d, { type: 'organization', mentionType: 'organization', rule, metonym: false, surnameOnly: false, strength: 3 });
          } else if (d.start < starts || d.end > ends) candidates.splice(c, 1);
        }
        if (!exact) candidates.push(candidate(sentence, words, from, to, 'organization', 3, rule));
      }
      past = k;
    }
  }
}

/** Does a holder of portfolios come right before the "for" or "of" at `link`: "Minister for", "Secretary of State for"? */
function holdsPortfolio(words: Word[], link: number): boolean {
  const state = wordOrNone(words, link - 1)?.text === 'State' && wordOrNone(words, link - 2)?.lower === 'of';
  return PORTFOLIO_HOLDERS.hasText(wordOrNone(words, link - (state ? 3 : 1)));
}
const NOT_NAMES_AFTER_TITLES = new WordSet(['Staff', 'Command', 'Commanding', 'Headquarters', 'Secretariat', 'Office']);
const PORTFOLIO_HOLDERS = new WordSet(['Minister', 'Secretary', 'Commissioner', 'Spokesperson', 'Spokesman', 'Spokeswoman', 'Superintendent', 'Director']);
/** A word of a portfolio, no name: "Labour" of "Minister of Labour", "Police" of "Superintendent of Police". */
const isPortfolioWord = (w: Word | undefined) => !!w && (commonWordSet.hasLower(w) || isOrgHeadWord(w.norm) || portfolioWords.hasText(w));

/**
 * "Minister for Enterprise", "Commissioner for Trade": the capitalized word after such a title and "for" is its portfolio, no person
 * ("Attorney for Menendez" is a client); so are a portfolio's words after "of" before a name ("Minister of Labour Ximena Ortega"). A
 * post-filter.
 */
function cutPortfolios(candidates: Candidate[]): void {
  dropCandidates(candidates, (c) => {
    // "Ukraine's General Staff said", "the General Officer Commanding": a title's word after a rank is no name.
    if (c.type === 'person' && c.rule === 'person.title' && c.to - c.from === 1 && NOT_NAMES_AFTER_TITLES.hasText(c.words[c.from])) return true;
    const link = wordBefore(c)?.lower;
    if ((link !== 'for' && link !== 'of') || !holdsPortfolio(c.words, c.from - 1)) return false;
    // "Minister of Labour Ximena Ortega": a portfolio's words before a name are no body.
    if (c.type === 'organization' && c.words[c.to]?.capitalized && c.words.slice(c.from, c.to).every(isPortfolioWord)) return true;
    // "The Minister of Defence, who …": nor is the portfolio after "of" a person.
    if (link !== 'for') return c.type === 'person' && c.to - c.from === 1 && !c.words[c.to]?.capitalized && isPortfolioWord(c.words[c.from]);
    // "Minister of State for Petroleum Resources, Heineken Lokpobiri": a body's name set off by a comma is the portfolio too (not a
    // place: "Secretary of State for Northern Ireland").
    return c.type === 'person' ? c.to - c.from === 1 && !c.words[c.to]?.capitalized : c.type === 'organization' && c.words[c.to]?.text === ',' && !!c.words[c.to + 1]?.capitalized;
  });
}

/**
 * "New Zealand First": a body's name that opens with a place's, where the article names the body, is the body's wherever the words
 * recur, not the place's with a word after it ("New Zealand First leader Winston Peters", "between ACT and New Zealand First"); so is
 * one that ends with a country's ("Universities UK"). A post-filter.
 */
function readBodiesNamedAfterPlaces(candidates: Candidate[]): void {
  // By name: a long text names the same few bodies again and again.
  let bodies: Map<string, string[]> | undefined;
  for (const c of candidates) {
    if (c.type !== 'organization' || c.nameWords.length < 2 || c.nested) continue;
    // "Universities UK": or is a plural of bodies before one.
    const placed = matchGazetteerTokens(c.words, c.from, false) || (c.to - c.from === 2 && isPluralOrgDescriptor(c.words[c.from]!, undefined) && matchGazetteerTokens(c.words, c.from + 1, false)?.length === 1);
    if (placed) (bodies ??= new Map()).set(c.name, c.nameWords);
  }
  if (!bodies) return;
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k]!;
    if (c.type !== 'place') continue;
    for (const nameWords of bodies.values()) {
      // The body's name around the place's: "Universities UK, which represents …, warned" before "president of Universities UK".
      const from = nameWords.at(-1) === c.words[c.from]!.text && c.to - c.from === 1 ? c.from - nameWords.length + 1 : c.from;
      if (from < 0 || nameWords.length <= c.to - c.from || !nameWords.every((w, i) => c.words[from + i]?.text === w)) continue;
      if (from < c.from && candidates[k - 1]?.words === c.words && candidates[k - 1]!.to > from) continue;
      candidates[k] = Object.assign(candidate(c.sentence, c.words, from, from + nameWords.length, 'organization', 3, 'name.repeated'), { mentionType: 'organization' as const });
      break;
    }
  }
}

/**
 * "Minister of Mining and Energy Dubravka Đedović Handanović": a name the reader ran from a portfolio's common words into the
 * minister's own is the minister's, from the first word no list holds as common. A post-filter.
 */
function splitPortfolioNames(candidates: Candidate[]): void {
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k]!;
    if (c.type === 'person' || c.rule !== 'ner.model' || c.to - c.from < 3) continue;
    // Back over the portfolio's words to its holder: "Minister of Mining and".
    let h = c.from - 1;
    // And over the commas of a list of them: "Minister of Economy, Trade and Industry Fujimoto Kazuo".
    const listed = (i: number) => c.words[i]!.text === ',' && isPortfolioWord(c.words[i - 1]) && isPortfolioWord(c.words[i + 1]);
    while (h > 0 && c.from - h <= 4 && (c.words[h]!.capitalized || FUNCTION_PREPOSITIONS.hasLower(c.words[h]) || c.words[h]!.lower === 'of' || listed(h))) {
      if (PORTFOLIO_HOLDERS.hasText(c.words[h])) break;
      h--;
    }
    const linked = c.words[h + 1]?.lower === 'of' || c.words[h + 1]?.lower === 'for';
    if (!PORTFOLIO_HOLDERS.hasText(c.words[h]) || !linked) continue;
    let from = c.from;
    while (from < c.to && isPortfolioWord(c.words[from])) from++;
    // The rest is a name only if none of its words is common or a body's: not "Petroleum Resources".
    const rest = c.words.slice(from, c.to);
    if (from === c.from || rest.length < 2 || rest.some((w) => w.kind !== 'word' || isPortfolioWord(w))) continue;
    // The role runs from the title's first word: "Coordinating Minister for Economic Affairs".
    let roleFrom = h;
    while (roleFrom > 0 && c.words[roleFrom - 1]!.capitalized && c.words[roleFrom - 1]!.kind === 'word') roleFrom--;
    const role = c.words.slice(roleFrom, from).map((w, i) => (i && w.spaced ? ` ${w.text}` : w.text)).join('');
    candidates[k] = Object.assign(candidate(c.sentence, c.words, from, c.to, 'person', 2, 'person.title'), { confidence: c.confidence, roles: [role] });
  }
}

/**
 * "Coordinating Minister for Economic Affairs Arief Pranoto Sutrisno": given names no list knows, which the title rule read into the
 * role after the portfolio's common words, are the minister's. A post-filter.
 */
function joinGivenNamesAfterPortfolios(candidates: Candidate[]): void {
  const nameWord = (w: Word | undefined) => !!w && w.kind === 'word' && w.capitalized && !isPortfolioWord(w) && !titleHeads.hasText(w);
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k]!;
    if (c.rule !== 'person.title' || !c.roles.length || !nameWord(wordBefore(c))) continue;
    let from = c.from;
    while (from > 0 && c.from - from < 3 && nameWord(c.words[from - 1])) from--;
    // After a portfolio's common word, itself after "for" or "of" and a holder of portfolios: "Minister for Economic Affairs".
    let link = from - 1;
    while (link > 0 && from - link <= 3 && c.words[link]!.capitalized && isPortfolioWord(c.words[link])) link--;
    if (link === from - 1 || (c.words[link]?.lower !== 'for' && c.words[link]?.lower !== 'of') || !holdsPortfolio(c.words, link)) continue;
    const moved = ` ${c.words.slice(from, c.from).map((w) => w.text).join(' ')}`;
    const roles = c.roles.map((r) => (r.endsWith(moved) ? r.slice(0, -moved.length) : r));
    candidates[k] = Object.assign(candidate(c.sentence, c.words, from, c.to, 'person', c.strength, c.rule), { roles, confidence: c.confidence });
    // The portfolio is no body ("Economic Affairs"), nor a given name the place of its name ("Rosario").
    while (k > 0 && candidates[k - 1]!.words === c.words && candidates[k - 1]!.from > link && candidates[k - 1]!.to <= c.from) {
      const before = candidates[k - 1]!;
      if (before.from < from && before.type !== 'organization') break;
      candidates.splice(--k, 1);
    }
  }
}

/** "Harriet Vane QC", "Dame Ada Lind DBE": post-nominal letters are no part of a person's name (nor a surname to call them by). */
function cutPostNominals(candidates: Candidate[]): void {
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k]!;
    let to = c.to;
    // "Caoimhe Brennan TD": two names and post-nominal letters make a person of a name the reader alone took for a body's.
    const personal = c.type === 'person' || (c.type === 'organization' && c.rule === 'ner.model' && c.nameWords.length === 3 && postNominals.has(c.nameWords[2]!));
    while (personal && to - c.from > 2 && postNominals.hasText(c.words[to - 1])) to--;
    if (to < c.to) candidates[k] = Object.assign(candidate(c.sentence, c.words, c.from, to, 'person', c.strength, c.type === 'person' ? c.rule : 'person.post-nominal', c.form), { roles: c.roles });
  }
}

/**
 * "Vaccine maker Bavarian Nordic said": two or more capitalized words no reader took, right after a word for a company or a group,
 * are its name; not an event's ("the site Operation Clambake").
 */
function readNamesAfterOrgDescriptors(readings: readonly NameReading[], candidates: Candidate[]): void {
  // In text order, for the walk below: the pass before pushes the names it finds.
  sortedByStart(candidates);
  let next = 0;
  for (const { sentence, words } of readings) {
    for (let i = 1; i + 2 < words.length; i++) {
      const after = words[i + 1]!;
      // Only a capitalized word, or one with a capital inside (whose lower case differs from its text), opens the name: asked
      // first, that spares most words the lookup.
      if (!after.capitalized && !after.info.lowerDiffers) continue;
      if (words[i]!.capitalized || !orgDescriptors.hasLower(words[i]!)) continue;
      // Or a name written in camel case, one word enough: "Budget airline easyJet".
      const camel = !after.capitalized && after.kind === 'word' && LOWER_FIRST.test(after.text) && INNER_CAPITAL.test(after.text);
      if (!after.capitalized && !camel) continue;
      const end = camel ? i + 2 : nameRunEnd(words, i + 1, 4);
      if (end - i < (camel ? 2 : 3)) continue;
      while (next < candidates.length && candidates[next]!.end <= words[i + 1]!.start) next++;
      if (next < candidates.length && candidates[next]!.start < words[end - 1]!.end) continue;
      const organization = candidate(sentence, words, i + 1, end, 'organization', 2, 'org.descriptor');
      if (!isEventName(organization)) candidates.splice(next, 0, organization);
    }
  }
}

/**
 * "Africa Centres for Disease Control and Prevention", "Ministry of Trade and Industry": a body's complement runs on through "and"
 * to capitalized words that name nothing else (not "the Bank of England and Treasury officials"), and through a list of them
 * ("Ministry of Agriculture, Fisheries and Food", "National Union of Rail, Maritime and Transport Workers").
 */
const BODIES_OF_SUBJECTS = new WordSet(['Ministry', 'Department', 'Union', 'Committee', 'Commission', 'Council', 'Office', 'Agency', 'Federation', 'Association', 'Institute', 'Board', 'Bureau']);
/** The public bodies a place joined to another by "and" may name: "the England and Wales Cricket Board". */
const PLACE_BODY_HEADS = new WordSet([...BODIES_OF_SUBJECTS, 'Service', 'Authority']);
function joinComplementConjuncts(candidates: Candidate[]): void {
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k]!;
    const { words, from, to } = c;
    const link = c.nameWords.findIndex((w) => w === 'for' || w === 'of' || w === 'on');
    if (link < 0) continue;
    // "Korean Federation of Port", "Forum for Urban Lakes": a body of a place's head word is still a body.
    const head = words[from + link - 1];
    // Not any body's head before "of": "Bank of America Stadium" is a place.
    const bodyFor = c.nameWords[link] === 'for' && !!head && isOrgHeadWord(head.norm);
    if (c.type === 'place' && c.rule === 'place.head-word' && (BODIES_OF_SUBJECTS.hasText(head) || bodyFor)) Object.assign(c, { type: 'organization', mentionType: 'organization', rule: 'org.head-word.of' });
    if (c.type !== 'organization') continue;
    let and = to;
    while (wordOrNone(words, and)?.text === ',') {
      const listed = nameRunEnd(words, and + 1, 2);
      and = listed > and + 1 ? listed : -1;
    }
    if (wordOrNone(words, and)?.lower !== 'and') continue;
    const end = nameRunEnd(words, and + 1, 2);
    if (end === and + 1 || words[end]?.capitalized) continue;
    // Where the rules alone read the rest, by its shape ("Prevention said" a speaker's), it is still the body's; so is a list of
    // what a ministry or a union is of, if nothing else read its words but by their shape, or the trade that ends it ("Transport
    // Workers"). Not "the Ministry of Defence, Lockheed Martin and Boeing", nor "Representatives of First Bank, Norwest, …".
    const shapeOnly = (n: Candidate) => n.strength <= 1 && n.confidence === undefined;
    const next = candidates[k + 1];
    const weak = next && shapeOnly(next) && next.start === words[to + 1]!.start && next.end === words[end - 1]!.end;
    // "Committee on Health, Education, Labor and Pensions": a list of subjects, each a common word, whoever read them.
    const subjects = and > to && BODIES_OF_SUBJECTS.hasText(words[from + link - 1]) && words.slice(to, end).every((w) => w.kind !== 'word' || w.lower === 'and' || commonWordSet.hasLower(w));
    const ofSubjects = BODIES_OF_SUBJECTS.hasText(words[from + link - 1]);
    let listed = and > to && ofSubjects;
    // "Ministry of Oceans and Fisheries": one subject after "and", read by the reader alone, with no body's head word.
    // So is a common word read as a place's ("Office of Rail and Road"), not a body's ("the Department of Justice and Congress").
    const commonSubject = (n: Candidate) => n.rule === 'ner.model' || (n.type === 'place' && n.to - n.from === 1 && commonWordSet.hasLower(n.words[n.from]!));
    const subject = ofSubjects && and === to && !!next && commonSubject(next) && next.start === words[to + 1]!.start && next.end === words[end - 1]!.end && !isOrgHeadWord(words[end - 1]!.norm);
    for (let n = k + 1; listed && candidates[n] && candidates[n]!.start < words[end - 1]!.end; n++) {
      // "Ministry of Health, Labour and Welfare": "Labour" alone is a subject, though a lexicon reads it as a party.
      const one = candidates[n]!.to - candidates[n]!.from === 1 && LABOUR.hasLower(words[candidates[n]!.from]!);
      listed = shapeOnly(candidates[n]!) || one || (candidates[n]!.end === words[end - 1]!.end && isTrade(words[end - 1]));
    }
    if (next && next.start < words[end - 1]!.end && !weak && !listed && !subjects && !subject) continue;
    widen(candidates, k, Object.assign(candidate(c.sentence, words, from, end, 'organization', c.strength, c.rule), { roles: c.roles }));
  }
}

/**
 * "the Moi Teaching and Referral Hospital", "West Yorkshire Police's Homicide and Major Enquiry Team": a body's name ending in its
 * head word runs back over "and" to capitalized words only the reader read, the last no given name, place or body's head, or to a
 * plural no one read after "the" ("the Parents and Citizens Federation of NSW"); not "Microsoft and Sony Corp", a body a lexicon
 * knows. A post-filter.
 */
function joinConjoinedBodies(candidates: Candidate[]): void {
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k]!;
    const { words, from } = c;
    // Its head word last, or before what it is of: "Citizens Federation of NSW".
    const of = c.nameWords.indexOf('of');
    const head = of > 0 ? c.nameWords[of - 1]! : c.nameWords.at(-1)!;
    // Not a company's legal form, which two companies may share: "KeyCorp and Banc One Corp.".
    if ((c.type !== 'organization' && c.type !== 'place') || c.rule.startsWith('org.lexicon') || !isOrgHeadWord(head) || legalSuffixes.has(head) || from < 2) continue;
    // Past a capitalized word the reader left out before the name: "and Major Enquiry Team".
    const and = words[from - 1]!.capitalized && words[from - 2]!.lower === 'and' && from >= 4 ? from - 2 : from - 1;
    if (words[and]!.lower !== 'and' || !words[from]!.capitalized) continue;
    const last = words[and - 1]!;
    if (last.kind !== 'word' || !last.capitalized || isOrgHeadWord(last.norm) || NOT_NAME_CAPITALS.hasNorm(last) || firstNames.hasNorm(last) || matchGazetteerTokens(words, and - 1, false)) continue;
    // Or a plural no one read, after "the": "the Parents and Citizens Federation of NSW".
    const before = candidates[k - 1];
    const untyped = !!before && before.from === and - 1 && before.to === and && before.type === 'unknown';
    const unread = and - 2 >= 0 && words[and - 2]!.lower === 'the' && last.lower.endsWith('s') && (!before || before.end < last.start || untyped);
    if (unread) {
      const body = Object.assign(candidate(c.sentence, words, and - 1, c.to, 'organization', Math.max(c.strength, 2), 'org.head-word.conjoined'), { roles: c.roles });
      if (untyped) widen(candidates, --k, body);
      else widen(candidates, k, body);
      continue;
    }
    if (!before || before.end !== last.end || before.rule !== 'ner.model') continue;
    // Back over the capitals before it: "West Yorkshire Police's Homicide" is the owner's body, then its team.
    let start = and - 1;
    while (start > before.from && words[start - 1]!.kind === 'word' && words[start - 1]!.normEnd === words[start - 1]!.end) start--;
    const body = Object.assign(candidate(c.sentence, words, start, c.to, 'organization', Math.max(c.strength, 2), 'org.head-word.conjoined'), { roles: c.roles });
    if (start === before.from) widen(candidates, k - 1, body);
    else {
      const ownerType = isOrgHeadWord(words[start - 1]!.norm) ? 'organization' : before.type;
      candidates[k - 1] = candidate(before.sentence, words, before.from, start, ownerType, before.strength, before.rule);
      widen(candidates, k, body);
    }
  }
}

/**
 * "Environmental group Mobilisation for the Environment", "the advocacy group Friends of the Earth": after a word for a group, a name
 * runs on through "for" or "of" and its capitalized complement, which the reader cut off; so does an organization's head word alone
 * ("the Center for AI Reliability", "the University of Cape Town"). Else not through a place: "the party Fidesz of Hungary".
 */
function joinOrganizationComplements(candidates: Candidate[]): void {
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k]!;
    const { words, from } = c;
    // "the University of | Cape Town": the reader's name may end on the link word itself.
    const to = NAME_COMPLEMENT_LINKS.hasLower(words[c.to - 1]) && c.to - c.from === 2 ? c.to - 1 : c.to;
    const described = wordOrNone(words, from - 1);
    // "the Center | for AI Reliability": a head word alone after "the" is no name yet, and a place may complete it.
    const headAlone = to - from === 1 && described?.lower === 'the' && orgHeads.hasText(words[from]);
    if (c.type !== 'organization' || c.rule.startsWith('org.lexicon') || !described || described.capitalized || !(orgDescriptors.hasLower(described) || headAlone) || !NAME_COMPLEMENT_LINKS.hasLower(words[to])) continue;
    const first = words[to + 1]?.lower === 'the' ? to + 2 : to + 1;
    // An acronym that names no one may open the complement: "for AI Reliability".
    const acronym = headAlone && words[first]?.capitalized && ALL_CAPS_WORD.test(words[first]!.text) ? 1 : 0;
    const end = nameRunEnd(words, first + acronym, 4 - acronym);
    if (end === first + acronym || (!headAlone && matchGazetteerTokens(words, first, false)?.length === end - first)) continue;
    widen(candidates, k, Object.assign(candidate(c.sentence, words, from, end, 'organization', Math.max(c.strength, 2), c.rule), { roles: c.roles }));
  }
}
const NAME_COMPLEMENT_LINKS = new WordSet(['of', 'for']);

/**
 * "Independent Community Bankers of America", "Communications Workers of America": a body named for the people it gathers runs on
 * through "of" and the country they are of, which the reader cut off. A post-filter.
 */
function joinMembersOfCountries(candidates: Candidate[]): void {
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k]!;
    const { words, to } = c;
    if (c.type !== 'organization' || words[to]?.lower !== 'of' || !MEMBERS_PLURAL.test(words[to - 1]!.text) || orgHeads.hasText(words[to - 1])) continue;
    // Not "Lehman Brothers of the United States", where the body is from the country.
    const first = to + 1;
    const country = matchGazetteerTokens(words, first, false, COUNTRY_KINDS);
    if (!country || words[first + country.length]?.capitalized) continue;
    widen(candidates, k, Object.assign(candidate(c.sentence, words, c.from, first + country.length, 'organization', Math.max(c.strength, 2), c.rule), { roles: c.roles }));
  }
}
/**
 * "the U.S. Court of Appeals for the Eighth Circuit", "the U.S. District Court for the Southern District of New York": a court runs on
 * through "for the" and the circuit or district it serves. A post-filter.
 */
function joinCourtCircuits(candidates: Candidate[]): void {
  for (let k = 0; k < candidates.length - 1; k++) {
    const c = candidates[k]!;
    const { words } = c;
    if (c.type !== 'organization' || !c.nameWords.includes('Court') || words[c.to]?.lower !== 'for' || words[c.to + 1]?.lower !== 'the') continue;
    const served = candidates[k + 1]!;
    if (served.words !== words || served.from !== c.to + 2 || !served.nameWords.some((w) => COURT_AREAS.has(w))) continue;
    widen(candidates, k, Object.assign(candidate(c.sentence, words, c.from, served.to, 'organization', c.strength, c.rule), { confidence: c.confidence }));
  }
}
const COURT_AREAS = new Set(['Circuit', 'District']);

/**
 * "Catholic Diocese of | Ciudad Juárez": no body's name ends on "of", "for" or "and". The reader's name that does runs on through the
 * capitalized words after it (a place read there is then part of the name); with none after, it ends before the link. A post-filter.
 */
function joinDanglingLinks(candidates: Candidate[]): void {
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k]!;
    const { words, from, to } = c;
    if (c.type !== 'organization' || to - from < 2 || !DANGLING_LINKS.hasLower(words[to - 1])) continue;
    const first = words[to]?.lower === 'the' ? to + 1 : to;
    const end = nameRunEnd(words, first, 4);
    const wider = end > first ? candidate(c.sentence, words, from, end, 'organization', c.strength, c.rule) : candidate(c.sentence, words, from, to - 1, 'organization', c.strength, c.rule);
    widen(candidates, k, Object.assign(wider, { roles: c.roles, confidence: c.confidence }));
  }
}
const DANGLING_LINKS = new WordSet(['of', 'for', 'and']);

/** "Bankers", "Workers", "Manufacturers", "Scientists": people, in the plural. */
const MEMBERS_PLURAL = /^\p{Lu}\p{Ll}+(?:ers|ors|ists|ians|ants|ents)$/u;
const COUNTRY_KINDS: ReadonlySet<GazetteerKind> = new Set(['country']);

/**
 * "Rio Grande do Sul", "Santiago de Cuba": a Portuguese or Spanish particle and a capitalized word after a place's name are the
 * rest of it, where the reader stopped at the particle.
 */
function joinPlaceParticles(candidates: Candidate[]): void {
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k]!;
    const { words, to } = c;
    // "Port St. Joe": a name the reader ended at an abbreviated saint or mount goes on to the capitalized word after it.
    // Not a day after it: "on Wall St. Tuesday".
    const abbreviated = ABBREVIATED_NAME_WORDS.hasText(words[to - 1]) && to - c.from >= 2 && words[to]?.kind === 'word' && words[to]!.capitalized && !isTimeWord(words[to]);
    if (c.type === 'place' && !c.nested && abbreviated) {
      widen(candidates, k, candidate(c.sentence, words, c.from, to + 1, 'place', Math.max(c.strength, 2), c.rule));
      continue;
    }
    // "Bab el-Mandeb", "Ras al-Khaimah": an Arabic article joined to the next word goes on with a name no gazetteer knows alone
    // (not "Cairo al-Ahram editors").
    if (c.type === 'place' && !c.nested && words[to]?.kind === 'word' && isArticleSurname(words[to]!.text) && !isGazetteerPlace(c.nameWords)) {
      widen(candidates, k, candidate(c.sentence, words, c.from, to + 1, 'place', Math.max(c.strength, 2), 'place.particle'));
      continue;
    }
    if (c.type !== 'place' || c.nested || !PLACE_PARTICLES.hasText(words[to]) || !words[to + 1]?.capitalized || words[to + 1]!.kind !== 'word') continue;
    let end = to + 1;
    while (end < to + 3 && words[end]?.kind === 'word' && words[end]!.capitalized) end++;
    widen(candidates, k, candidate(c.sentence, words, c.from, end, 'place', Math.max(c.strength, 2), 'place.particle'));
  }
}

/**
 * Words joined by hyphens that the reader cut: a French or English place's particle between two capitalized words ("Port-au-Prince",
 * "Aix-en-Provence"), and the last syllable of a Cantonese given name in lower case ("Lau Kin-ming"). A post-filter.
 */
function joinHyphenatedNames(candidates: Candidate[]): void {
  const joined = (words: Word[], at: number) => words[at]?.text === '-' && words[at]!.spaced === false && words[at + 1]?.spaced === false;
  // "-au-Prince": a particle between two hyphens, then a capitalized word.
  const particleAt = (words: Word[], at: number) => joined(words, at) && HYPHEN_PARTICLES.hasText(words[at + 1]) && joined(words, at + 2) && !!words[at + 3]?.capitalized;
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k]!;
    const { words, from, to } = c;
    // "Seattle-Tacoma International Airport", "Dallas-Fort Worth": a place of two words or more after a place and a hyphen (not
    // a country or a capital, which stand for states: "the Mexico-U.S. border", "the Moscow-Pyongyang treaty").
    // Nor a route or a border between two ("the Texas-New Mexico border", "the Chicago-Los Angeles route").
    const pair = from >= 2 && joined(words, from - 1) && words[from - 2]!.capitalized && words[from - 2]!.kind === 'word' && !wordOrNone(words, from - 3)?.capitalized && c.nameWords.length >= 2
      && !isState(c.nameWords[0]!) && !isState(words[from - 2]!.norm) && !ROUTE_NOUNS.hasLower(words[to]);
    if (pair && (c.type === 'place' || c.type === 'organization') && (matchGazetteerTokens(words, from - 2, false, SETTLED_KINDS) || (k > 0 && candidates[k - 1]!.to === from - 1))) {
      widen(candidates, k, candidate(c.sentence, words, from - 2, to, c.type, Math.max(c.strength, 2), c.rule));
      while (k > 0 && candidates[k - 1]!.words === words && candidates[k - 1]!.end > candidates[k]!.start) candidates.splice(--k, 1);
    } else if (c.type === 'place' || c.nameWords.length === 1) {
      let start = from >= 4 && particleAt(words, from - 3) && words[from - 4]!.capitalized ? from - 4 : from;
      const end = particleAt(words, to) ? to + 4 : to;
      if (start === from && end === to) continue;
      // "Stoke-on-Trent", "Saint-Jean-de-Luz": a word the reader took for a name of its own is the place's, with the words joined before it.
      while (start >= 2 && joined(words, start - 1) && words[start - 2]!.capitalized && words[start - 2]!.kind === 'word') start -= 2;
      // Not a title: "Commander-in-Chief".
      if (c.type !== 'place' && words.slice(start, end).some((w) => titleHeads.hasText(w))) continue;
      widen(candidates, k, candidate(c.sentence, words, start, end, 'place', Math.max(c.strength, 2), 'place.hyphenated'));
      while (k > 0 && candidates[k - 1]!.end > candidates[k]!.start) candidates.splice(--k, 1);
    } else if (c.type === 'person' && c.nameWords.length >= 2) {
      // "Lau Kin-ming", or the whole given name after the family name: "Fung Chi-wai".
      const at = words[to]?.capitalized && words[to]!.kind === 'word' && words[to]!.spaced !== false ? to + 1 : to;
      if (!joined(words, at) || words[at + 1]!.kind !== 'word' || !CANTONESE_SYLLABLE.test(words[at + 1]!.text) || commonWordSet.hasLower(words[at + 1]) || NAME_SUFFIXES.hasLower(words[at + 1])) continue;
      if (at > to && (commonWordSet.hasLower(words[to]) || nextCandidateStarts(candidates, k, to))) continue;
      widen(candidates, k, Object.assign(candidate(c.sentence, words, from, at + 2, 'person', c.strength, c.rule), { roles: c.roles, confidence: c.confidence }));
    }
  }
}
const nextCandidateStarts = (candidates: Candidate[], k: number, at: number) => candidates[k + 1]?.from === at && candidates[k + 1]!.words === candidates[k]!.words;
const HYPHEN_PARTICLES = new WordSet(['au', 'aux', 'en', 'sur', 'sous', 'le', 'la', 'les', 'lès', 'de', 'du', 'des', 'upon', 'on', 'under', 'in', 'by', 'the']);
const CANTONESE_SYLLABLE = /^[a-z]{2,6}$/;
/** Suffixes a hyphen joins to a name that make a word of it: "Johnson-esque", "Trump-style". */
const NAME_SUFFIXES = new WordSet(['esque', 'ish', 'like', 'style', 'era', 'type', 'led', 'backed', 'based']);

/** The end of the capitalized words from word `from` on, at most `most` of them, that may be part of a name (no month, no weekday). */
function nameRunEnd(words: Word[], from: number, most: number): number {
  let end = from;
  while (end < from + most && words[end]?.kind === 'word' && words[end]!.capitalized && !NOT_NAME_CAPITALS.hasNorm(words[end])) end++;
  return end;
}

/**
 * "Chiu Ming-hsien", "Yoon Suk-yeol", "Ko Wen-je": a family name, then a given name of two syllables joined by a hyphen, the second in
 * lower case, as Korea and Taiwan write them, is a person's name where nothing else read one. Not a place before a participle ("Hong
 * Kong-based"), nor a common word ("Labour Party-led"). A post-filter.
 */
function readHyphenatedGivenNames(readings: readonly NameReading[], candidates: Candidate[]): void {
  let found = false;
  for (const { sentence, words, capitalizedAt } of readings) {
    for (const i of capitalizedAt) {
      const family = words[i]!;
      // The hyphen first: most capitalized words have none after them, and are asked no pattern.
      if (!hasHyphenatedGivenName(words, i) || !SYLLABLE.test(family.text)) continue;
      const [given, syllable] = [words[i + 1]!, words[i + 3]!];
      if (ENGLISH_ENDING.test(syllable.text) || commonWordSet.hasLower(family) || commonWordSet.hasLower(given) || commonWordSet.hasLower(syllable) || NOT_SYLLABLES.has(syllable.text) || matchGazetteerTokens(words, i, false)) continue;
      // A name the reader cut at the hyphen gives way, with an honorific it read into it: "Dr Park Eun" of "Dr Park Eun-ji".
      const cutAtHyphen = (c: Candidate) => c.to <= i + 2 && (c.from === i || (c.from === i - 1 && honorifics.hasText(words[i - 1])));
      const overlapping = candidates.filter((c) => c.words === words && c.from <= i + 3 && c.to > i);
      if (overlapping.some((c) => !cutAtHyphen(c))) continue;
      if (overlapping.length) dropCandidates(candidates, (c) => overlapping.includes(c));
      candidates.push(Object.assign(candidate(sentence, words, i, i + 4, 'person', 2, 'person.hyphenated-given-name'), { surnameOnly: false }));
      found = true;
    }
  }
  if (found) sortedByStart(candidates);
}
/**
 * "Nguyen Thi Thu Hang bought a flat", "Le Van Luong": a family name written first, then the middle name "Van" or "Thi" that
 * marks a Vietnamese man or woman, then the given names, is one person's name, even where the reader doubts the words; and a
 * Vietnamese family name before a person the reader found is part of the name ("Bui Quang Thinh"). A post-filter.
 */
function readVietnameseNames(readings: readonly NameReading[], candidates: Candidate[]): void {
  let found = false;
  for (const { sentence, words, capitalizedAt } of readings) {
    for (const i of capitalizedAt) {
      const marked = VIETNAMESE_MIDDLE_NAMES.hasText(words[i + 1]) && (familyNamesFirst.has(words[i]!.text) || vietnameseFamilyNames.has(words[i]!.text));
      if (!marked && !(vietnameseFamilyNames.has(words[i]!.text) && SYLLABLE.test(words[i + 1]?.text ?? ''))) continue;
      let end = i + 2;
      while (end < words.length && end - i < 5 && SYLLABLE.test(words[end]!.text)) end++;
      // Not a place the gazetteer knows, nor one by its head word: "Ho Chi Minh City".
      if (end === i + 2 || matchGazetteerTokens(words, i, false) || placeHeads.hasText(words[end - 1])) continue;
      const overlapping = candidates.filter((c) => c.words === words && c.from < end && c.to > i);
      const [one] = overlapping.length === 1 && overlapping[0]!.to === end ? overlapping : [];
      if (one?.from === i && one.type !== 'person') Object.assign(one, { type: 'person', mentionType: 'person', rule: 'person.vietnamese-name' });
      // "her Vietnamese counterpart Bui Quang Thinh": the reader's person without the family name written first.
      if (one?.from === i + 1 && one.type === 'person') candidates[candidates.indexOf(one)] = Object.assign(candidate(sentence, words, i, end, 'person', 2, 'person.vietnamese-name'), { confidence: one.confidence, roles: one.roles });
      if (overlapping.length || !marked) continue;
      candidates.push(Object.assign(candidate(sentence, words, i, end, 'person', 2, 'person.vietnamese-name'), { surnameOnly: false }));
      found = true;
    }
  }
  if (found) sortedByStart(candidates);
}
const VIETNAMESE_MIDDLE_NAMES = new WordSet(['Van', 'Thi']);

/**
 * "Abdulqader al-Murtada, who heads …, said", "Radhya al-Mutawakel said": a capitalized word before a family name with its Arabic
 * article is a person's name, where neither the reader nor the rules read one; so is a hyphenated Chinese given name before a family
 * name ("Mei-Ling Chow"). A post-filter.
 */
function readArabicAndChineseNames(readings: readonly NameReading[], candidates: Candidate[]): void {
  let found = false;
  /** The candidates' indexes by sentence, made for the first sentence that needs them: a long text stays linear. */
  let bySentence: Map<Word[], number[]> | undefined;
  for (const { sentence, words, capitalizedAt } of readings) {
    for (const i of capitalizedAt) {
      const w = words[i]!;
      // Or "Mei-Ling Chow": a hyphenated Chinese given name, then a family name, in Western order.
      const chinese = w.text.includes('-') && CHINESE_GIVEN_NAME.test(w.text) && familyNamesFirst.hasText(words[i + 1]) && ROMANIZED_SYLLABLES.test(w.text);
      if ((!chinese && !isArticleSurname(words[i + 1]?.text ?? '')) || wordOrNone(words, i - 1)?.capitalized || commonWordSet.hasLower(w) || ALL_CAPS_WORD.test(w.text)) continue;
      if (!bySentence) {
        bySentence = new Map();
        for (const [k, c] of candidates.entries()) (bySentence.get(c.words) ?? bySentence.set(c.words, []).get(c.words)!).push(k);
      }
      // Over a capital the rules could not type ("Radhya" opening the sentence).
      const overlapping = bySentence.get(words)?.find((k) => candidates[k]!.from <= i + 1 && candidates[k]!.to > i) ?? -1;
      if (overlapping >= 0 && (candidates[overlapping]!.type !== 'unknown' || candidates[overlapping]!.to > i + 1)) continue;
      const name = Object.assign(candidate(sentence, words, i, i + 2, 'person', 2, chinese ? 'person.chinese-name' : 'person.arabic-name'), { surnameOnly: false });
      if (overlapping >= 0) candidates[overlapping] = name;
      else (bySentence.get(words) ?? bySentence.set(words, []).get(words)!).push(candidates.push(name) - 1);
      found = true;
    }
  }
  if (found) sortedByStart(candidates);
}
/** "Nguyen Van Thanh", "Le Thi Hong": a Vietnamese name, whose bearer news calls by the given name, written last. */
const isVietnameseName = (nameWords: readonly string[]) =>
  vietnameseFamilyNames.has(nameWords[0]!) || (nameWords.length >= 3 && familyNamesFirst.has(nameWords[0]!) && VIETNAMESE_MIDDLE_NAMES.has(nameWords[1]!))
  // "Joseph Nguyen Van Thanh": a baptismal name before the Vietnamese one.
  || (nameWords.length >= 4 && vietnameseFamilyNames.has(nameWords[1]!) && VIETNAMESE_MIDDLE_NAMES.has(nameWords[2]!));

/**
 * "Annemarie de Wit", "Maria van der Berg": a lower-case surname particle after the first word makes a person's name, where the reader
 * doubts it for a place's; not a place's that opens on a word places open on ("Villa del Rosario", "Puerto de la Cruz"). A post-filter.
 */
function readParticleNames(candidates: Candidate[]): void {
  for (const c of candidates) {
    // So does a body's the reader doubts, of a given name, a family name, a particle and a family name: "Inmaculada Sáenz de Buruaga".
    if (c.type === 'organization' && c.to - c.from === 4 && c.rule === 'ner.model' && (c.confidence ?? 1) < DOUBTED_PARTICLE_BODY && isLowerParticle(c.words[c.from + 2]!)
      && c.words[c.from + 1]!.capitalized && !c.nameWords.some((w) => isOrgHeadWord(w)) && !foreignCompanyOpeners.hasText(c.words[c.from])) {
      Object.assign(c, { type: 'person', mentionType: 'person', rule: 'person.particle' });
      continue;
    }
    if (c.type !== 'place' || c.to - c.from < 3 || (c.confidence ?? 1) >= DOUBTED_PLACE || !isLowerParticle(c.words[c.from + 1]!)) continue;
    if (placeNamePrefixes.hasText(c.words[c.from]) || PLACE_OPENERS.hasText(c.words[c.from]) || isGazetteerPlace(c.nameWords)) continue;
    Object.assign(c, { type: 'person', mentionType: 'person', rule: 'person.particle' });
  }
}
const DOUBTED_PLACE = 0.5;
const DOUBTED_PARTICLE_BODY = 0.6;
const PLACE_OPENERS = new WordSet(['Rio', 'Río', 'San', 'Santa', 'Santo', 'São', 'Villa', 'Vila', 'Mar', 'Cabo', 'Isla', 'Sierra', 'Costa', 'Playa', 'Bahía',
  'Bahia', 'Port', 'Porto', 'Saint', 'Sainte', 'Mont', 'Monte', 'Castel', 'Castelo', 'Torre', 'Nueva', 'Nuevo', 'Santiago', 'Ilha', 'Lago', 'Valle', 'Alto']);

/** After the hyphen, an English word's ending makes a compound: "Booker Prize-winner". */
const ENGLISH_ENDING = /(?:er|ed|ing|ly|ion)$/;
/** Words after a hyphen that make a compound with the name before ("Party-run", "Kong-style"), besides those with an English ending ("-based"). */
const NOT_SYLLABLES = new Set(['run', 'born', 'made', 'style', 'era', 'type', 'like', 'free', 'wide', 'long', 'old', 'year', 'day', 'time', 'held', 'area', 'level', 'side', 'bound', 'ward', 'wards', 'ish', 'esque']);

/** Words that head a place's name before "of": "the Bay of Bengal", "the Isle of Wight". */
const GEOGRAPHIC_HEADS = new WordSet(['Bay', 'Gulf', 'Strait', 'Straits', 'Sea', 'Isle', 'Lake', 'Cape', 'Mouth', 'Vale']);

/** "the Bay of Bengal", "the Isle of Wight": a head of a place's name, "of" and capitalized words are one place. A post-filter. */
function readGeographicNames(readings: readonly NameReading[], candidates: Candidate[]): void {
  let bySentence: Map<Word[], Candidate[]> | undefined;
  const dropped = new Set<Candidate>();
  for (const { sentence, words, capitalizedAt } of readings) {
    // The head word is capitalized.
    for (const i of capitalizedAt) {
      if (i + 2 >= words.length || words[i + 1]!.lower !== 'of' || !GEOGRAPHIC_HEADS.hasText(words[i]) || !words[i + 2]!.capitalized) continue;
      const end = nameRunEnd(words, i + 2, 3);
      const start = words[i]!.start;
      const stop = words[end - 1]!.end;
      // A sentence's candidates, not all of them: "Gulf of" comes back thousands of times in a long document.
      bySentence ??= candidatesBySentence(candidates);
      const here = bySentence.get(words) ?? [];
      const inside = here.filter((c) => c.start < stop && c.end > start);
      // Not a body's name: "the Port of Rotterdam Authority", "the Bank of Canada".
      if (end === i + 2 || inside.some((c) => c.start < start || c.end > stop || c.type === 'organization' || c.type === 'person')) continue;
      for (const c of inside) dropped.add(c);
      const place = candidate(sentence, words, i, end, 'place', 3, 'place.geographic');
      bySentence.set(words, [...here.filter((c) => !dropped.has(c)), place]);
      candidates.push(place);
    }
  }
  if (dropped.size) dropCandidates(candidates, (c) => dropped.has(c));
}

/** The candidates of each sentence, in their order. */
function candidatesBySentence(candidates: readonly Candidate[]): Map<Word[], Candidate[]> {
  const bySentence = new Map<Word[], Candidate[]>();
  for (const c of candidates) addTo(bySentence, c.words, c);
  return bySentence;
}

/**
 * 'Terrence "T-Bone" Caldwell': a nickname in quotation marks splits a person's name, and the surname after it is still theirs
 * (the reader reads the given name alone). The mention runs over the nickname; the name leaves it out. A post-filter.
 */
function joinNicknames(candidates: Candidate[]): void {
  const taken = new Set<Candidate>();
  // 'DeShawn "Deuce" Whitfield': a given name no list knows opens a person's name when the text names the surname as a person's.
  let personNames: Set<string> | undefined;
  const personNamed = (name: string) => (personNames ??= new Set(candidates.filter((d) => d.type === 'person').map((d) => d.name))).has(name);
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k]!;
    const { words } = c;
    const open = words[c.to];
    if ((c.type !== 'person' && !(c.type === 'unknown' && c.to - c.from === 1)) || !open || !NICKNAME_OPENS.has(open.text) || words[c.to + 1]?.spaced !== false || !words[c.to + 1]!.capitalized) continue;
    let close = c.to + 1;
    while (close < c.to + 4 && words[close]?.kind === 'word') close++;
    if (!NICKNAME_CLOSES.has(words[close]?.text ?? '') || words[close]!.spaced) continue;
    // Not a headline's quoted words: "Trump ‘The Dealmaker’ Could Address …".
    const end = nameRunEnd(words, close + 1, 3);
    if (end === close + 1 || words[end]?.capitalized || c.sentence.block.kind === 'headline') continue;
    const surname = candidate(c.sentence, words, close + 1, end, 'person', 2, 'person.nickname');
    if (c.type === 'unknown' && !personNamed(surname.name)) continue;
    for (let n = k + 1; candidates[n]?.words === words && candidates[n]!.from < end; n++) taken.add(candidates[n]!);
    const nickname = words.slice(c.to + 1, close).map((w) => w.text).join(' ');
    // 'Musician Tobi "Sunrise" Akinwande': the job that opens the sentence is no part of the name (cutOpeningJobNouns, for two words).
    const job = opensWithJobNoun(words, c.from) ? 1 : 0;
    candidates[k] = Object.assign(candidate(c.sentence, words, c.from + job, end, 'person', 2, 'person.nickname'), {
      name: `${c.nameWords.slice(job).join(' ')} ${surname.name}`,
      nameWords: [...c.nameWords.slice(job), ...surname.nameWords],
      nicknamed: `${nickname} ${surname.name}`,
      confidence: c.confidence,
      roles: c.roles,
    });
  }
  if (taken.size) dropCandidates(candidates, (c) => taken.has(c));
}
const NICKNAME_OPENS = new Set(['"', '“', "'", '‘']);

/**
 * Do words [from, to) read "nicknamed “" or "known (to fans) as “", the mark last? Or, with no marks, "known as" or "nicknamed" before
 * a name set off by a comma ("Adam Musa Bashar, known as Wad Bashar, said").
 */
function nicknameOpens(words: Word[], from: number, to: number, nameEnd: number): boolean {
  if (!NICKNAME_OPENS.has(words[to - 1]?.text ?? '')) {
    const setOff = words[nameEnd]?.text === ',' || words[nameEnd]?.text === '.';
    return setOff && ((to - from === 1 && NICKNAMING.hasLower(words[from]!)) || (to - from === 2 && words[from]!.lower === 'known' && words[from + 1]!.lower === 'as'));
  }
  if (to - from < 2 || to - from > 6) return false;
  if (to - from === 2) return NICKNAMING.hasLower(words[from]!);
  return words[to - 2]!.lower === 'as' && (words[from]!.lower === 'known' || (words[from + 1]!.lower === 'known' && !words[from]!.capitalized));
}
const NICKNAMING = new WordSet(['nicknamed', 'dubbed']);

/** Is a name the end of "is known (…) as", "was known (…) simply as", the clause's last words? */
function knownAsSubject(c: Candidate): boolean {
  const { words, from, to } = c;
  let as = from - 1;
  if (words[as]?.lower === 'simply') as--;
  if (as < 3 || words[as]!.lower !== 'as' || !(words[to]?.text === '.' || words[to]?.text === ',')) return false;
  for (let k = as - 1; k >= 1 && as - k <= 6; k--) if (words[k]!.lower === 'known') return COPULAS.hasLower(words[k - 1]);
  return false;
}
const NICKNAME_CLOSES = new Set(['"', '”', "'", '’']);

const CAPITALIZED_PRONOUNS = new Set(['He', 'She', 'It', 'We', 'They', 'You']);

/**
 * "Ministry spokesperson He Yadong said", "Vice Premier He Lifeng": a family name written like a pronoun, capitalized inside its
 * sentence, opens the person's name the rules read without it. A post-filter.
 */
function joinFamilyNamesLikePronouns(candidates: Candidate[]): void {
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k]!;
    const before = wordBefore(c);
    if (c.type !== 'person' || c.to - c.from !== 1 || before?.text !== 'He' || isInitial(c.words, c.from - 1)) continue;
    candidates[k] = Object.assign(candidate(c.sentence, c.words, c.from - 1, c.to, 'person', 2, 'person.family-name-first'), { confidence: c.confidence, roles: c.roles });
  }
}

/** Is one name the other with a family name added at its end ("Isabel Montenegro", "Isabel Montenegro Arriaga"), not a generation ("Jr.")? */
function addsFamilyName(a: string[], b: string[]): boolean {
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return short.length === 2 && long.length === 3 && short[1] === long[1] && isSecondSurname(long[2]!) && !isGenerationSuffix(long[2]!);
}

/**
 * "The Independent Electoral and Boundaries Commission (IEBC)", "the Board of Control for Cricket in India (BCCI)": an acronym in
 * brackets spells the name before it, which runs back as far as its initials reach, whatever names were read inside it.
 */
function joinNamesOfAcronyms(candidates: Candidate[]): void {
  let inside: Set<Candidate> | undefined;
  const spelled: Candidate[] = [];
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k]!;
    const { words, from } = c;
    if (c.to - from !== 1 || wordOrNone(words, from - 1)?.text !== '(' || words[c.to]?.text !== ')' || !isAcronym(c.name)) continue;
    const end = from - 1;
    // A body's name, with a head word in it: not "the Inflation Reduction Act (IRA)". Four letters or more seldom spell a name by
    // chance: "Organismo de Evaluación y Fiscalización Ambiental (OEFA)", not a treaty's, a law's or an event's.
    const start = spelledStart(words, end, c.name.replace(/\./g, ''));
    const spelledWords = start < 0 ? [] : words.slice(start, end);
    const long = c.name.length >= 4 && !spelledWords.some((w) => treatyHeads.hasText(w) || thingHeads.hasText(w) || eventHeads.hasText(w));
    if (start < 0 || !(long || spelledWords.some((w) => isOrgHeadWord(w.norm)))) continue;
    let first = k;
    while (first > 0 && candidates[first - 1]!.words === words && candidates[first - 1]!.to > start) first--;
    const named = candidates.slice(first, k);
    if (named.some((n) => n.from < start) || (named.length === 1 && named[0]!.from === start && named[0]!.to === end)) continue;
    for (const n of named) (inside ??= new Set()).add(n);
    spelled.push(candidate(c.sentence, words, start, end, 'organization', 3, 'org.acronym-spelled'));
  }
  if (!inside && !spelled.length) return;
  if (inside) dropCandidates(candidates, (c) => inside!.has(c));
  candidates.push(...spelled);
  sortedByStart(candidates);
}

/** Where the name ending before word `end` starts, if its capitalized words' initials spell `acronym` (past "of", "for", "and", "in"); else -1. */
function spelledStart(words: Word[], end: number, acronym: string): number {
  let letter = acronym.length - 1;
  for (let k = end - 1; k >= 0 && end - k <= 12; k--) {
    const w = words[k]!;
    if (w.kind === 'word' && SPELLING_SKIPS.hasLower(w)) continue;
    // "Co-operation" gives one letter: the hyphen and the word after it are past.
    if ((w.text === '-' && !w.spaced) || (w.kind === 'word' && !w.capitalized && wordOrNone(words, k - 1)?.text === '-' && !w.spaced)) continue;
    if (w.kind !== 'word' || !w.capitalized || w.text[0] !== acronym[letter]) return -1;
    if (--letter < 0) return acronym.length >= 3 ? k : -1;
  }
  return -1;
}
const SPELLING_SKIPS = new WordSet(['of', 'for', 'and', 'in', 'on', 'the', '&', 'de', 'del', 'y', 'e', 'des', 'du', 'la', 'da', 'do', 'dos', 'das', 'et', 'und']);

/** Drops the candidates that `drop` picks, in one pass (a splice each would be quadratic on a long document). */
/** Drops the candidates `drop` says; it is asked in order, with each one's index, before any later one moves. */
function dropCandidates(candidates: Candidate[], drop: (c: Candidate, k: number) => boolean): void {
  let kept = 0;
  for (let k = 0; k < candidates.length; k++) if (!drop(candidates[k]!, k)) candidates[kept++] = candidates[k]!;
  keepFirst(candidates, kept);
}

/**
 * "its blood pressure medicine Normatrex", "The drug, to be sold as Cholvexa,": a medicine's name is no person, body or place, here
 * or elsewhere in the text. A post-filter.
 */
function dropMedicineNames(candidates: Candidate[]): void {
  let medicines: Set<string> | undefined;
  for (const c of candidates) {
    const before = wordBefore(c);
    const named = !!before && !before.capitalized && (MEDICINE_NOUNS.hasLower(before) || (before.lower === 'as' && SOLD.hasLower(wordBefore(c, 2))));
    if (named && c.strength < 3 && c.to - c.from === 1 && !isGivenName(c.words[c.from]!)) (medicines ??= new Set()).add(c.name);
  }
  if (medicines) dropCandidates(candidates, (c) => medicines!.has(c.name) && c.strength < 3);
}
/**
 * Capitals that name no one: "his GP", "An FIR was lodged", "CCTV footage showed". A post-filter; "the Crown alleges", the
 * prosecution in British and Australian courts, is a body.
 */
function dropCommonCapitals(candidates: Candidate[]): void {
  dropCandidates(candidates, (c) => {
    if (c.to - c.from !== 1) return false;
    const w = c.words[c.from]!;
    const before = wordBefore(c);
    const next = c.words[c.to];
    if (w.text === 'Crown' && before?.lower === 'the' && !next?.capitalized) {
      Object.assign(c, { type: 'organization', mentionType: 'organization', rule: 'org.crown', surnameOnly: undefined });
      return false;
    }
    if (!ALL_CAPS_WORD.test(w.text) || w.text.length > 4) return false;
    if (w.text === 'CCTV' && RECORDING_NOUNS.hasLower(next)) return true;
    // An acronym someone owns, or one of many ("an FIR was lodged" is a report of a kind, not a body).
    // Not one that modifies a noun after it: "his WBO title".
    const head = !next || (next.kind !== 'word' && next.text !== '-') || AFTER_HEAD_ACRONYM.hasLower(next);
    return c.strength < 3 && head && (possessiveDeterminers.hasLower(before) || indefiniteArticles.hasLower(before));
  });
}
const RECORDING_NOUNS = new WordSet(['footage', 'camera', 'cameras', 'images', 'video', 'videos', 'recordings', 'system', 'systems', 'showed', 'shows']);
const AFTER_HEAD_ACRONYM = new WordSet(['was', 'is', 'were', 'are', 'has', 'had', 'have', 'will', 'would', 'said', 'says', 'on', 'in', 'at', 'for', 'with']);

/**
 * "A lecturer at the University of Nigeria, Nsukka, who spoke …": a word set off right after a body, and before another comma, is
 * where the body is, not a person the reader saw described. A post-filter.
 */
function readSeatsAfterBodies(candidates: Candidate[]): void {
  for (let k = 1; k < candidates.length; k++) {
    const c = candidates[k]!;
    const body = candidates[k - 1]!;
    if (c.type !== 'person' || c.to - c.from !== 1 || (c.rule !== 'ner.model' && c.rule !== 'person.described') || isGivenName(c.words[c.from]!)) continue;
    if (body.words !== c.words || body.type !== 'organization' || body.to !== c.from - 1 || c.words[body.to]?.text !== ',' || c.words[c.to]?.text !== ',') continue;
    if (!isOrgHeadWord(body.nameWords[0]!) && !isOrgHeadWord(body.nameWords.at(-1)!)) continue;
    Object.assign(c, { type: 'place', mentionType: 'place', rule: 'place.seat-after-body', surnameOnly: false });
  }
}

/**
 * "The official Xinhua News Agency said": a name ending on a body's head word, after a word the rules took for a role ("official"),
 * is the body, where no given name, title or honorific says a person. A post-filter.
 */
function readBodiesAfterAdjectives(candidates: Candidate[]): void {
  for (const c of candidates) {
    if (c.type !== 'person' || c.nameWords.length < 2 || !isOrgHeadWord(c.nameWords.at(-1)!) || PERSON_EVIDENCE.test(c.rule) || isGivenName(c.words[c.from]!)) continue;
    const before = wordBefore(c);
    if (!before || before.capitalized || c.roles.length !== 1 || c.roles[0] !== before.text) continue;
    Object.assign(c, { type: 'organization', mentionType: 'organization', rule: 'org.head-word', roles: [], surnameOnly: false });
  }
}

/** "She spoke in Cebuano", "a speech partly in Aymara": a language one speaks or writes in is no place. A post-filter. */
function dropLanguagesSpokenIn(candidates: Candidate[]): void {
  dropCandidates(candidates, (c) => {
    if (c.type !== 'place' || c.to - c.from !== 1 || c.strength >= 3 || wordBefore(c)?.lower !== 'in' || matchGazetteerTokens(c.words, c.from, false)) return false;
    // "partly in Aymara", "mostly in Cebuano": in part, as only a language is.
    const partly = wordBefore(c, 2)?.lower === 'partly' || wordBefore(c, 2)?.lower === 'mostly';
    return partly || SPOKEN_IN.hasLower(wordBefore(c, 2));
  });
}
const SPOKEN_IN = new WordSet(['spoke', 'speak', 'speaks', 'speaking', 'spoken', 'wrote', 'write', 'writes', 'writing', 'written', 'sang', 'sing', 'sings', 'singing', 'sung', 'fluent', 'translated', 'dubbed', 'published', 'broadcast', 'preached', 'prayed', 'taught']);

const MEDICINE_NOUNS = new WordSet(['drug', 'drugs', 'medicine', 'medicines', 'medication', 'pill', 'pills', 'vaccine', 'painkiller', 'antibiotic', 'tablet', 'tablets', 'inhaler', 'injection', 'treatment', 'therapy']);
const SOLD = new WordSet(['sold', 'marketed', 'branded']);

/** Keeps the first `kept` candidates. Setting an array's length is a call into the runtime, even to the length it has: only to cut it. */
function keepFirst(candidates: Candidate[], kept: number): void {
  if (kept < candidates.length) candidates.length = kept;
}

/**
 * "the United Nations Office for the Coordination of Humanitarian Affairs": an office's or an agency's name goes on past "for the" over
 * the work it is for, which the reader read as a body of its own. A post-filter.
 */
function joinBodiesForTheirWork(candidates: Candidate[]): void {
  for (let k = 0; k + 1 < candidates.length; k++) {
    const body = candidates[k]!;
    const work = candidates[k + 1]!;
    const { words, to } = body;
    const gap = words[to]?.lower === 'for' ? (words[to + 1]?.lower === 'the' ? 2 : 1) : 0;
    if (body.type !== 'organization' || work.words !== words || work.from !== to + gap || !gap || work.type !== 'organization' || !SERVING_BODY_HEADS.hasText(words[to - 1])) continue;
    // The work is no name of its own, which the rules would know: not "the Agency for Ghana Cocoa Board".
    if (work.strength >= 3 || matchGazetteerTokens(words, work.from, false) || isGivenName(words[work.from]!)) continue;
    candidates.splice(k, 2, Object.assign(candidate(body.sentence, words, body.from, work.to, 'organization', Math.max(body.strength, 2), body.rule), { confidence: body.confidence, mentionType: 'organization' }));
  }
}
const SERVING_BODY_HEADS = new WordSet(['Office', 'Agency', 'Commission', 'Commissioner', 'Bureau', 'Centre', 'Center', 'Fund', 'Programme', 'Program']);

/**
 * "the London School of Hygiene and Tropical Medicine", "the Ministry of Planning, Development and Special Initiatives", "the United
 * Nations Educational, Scientific and Cultural Organization": a body's name with a complement, or ending on an adjective, goes on past
 * "and" through capitalized words that make no name of their own. A post-filter.
 */
function joinBodyNamesPastAnd(candidates: Candidate[]): void {
  for (let k = 0; k + 1 < candidates.length; k++) {
    const body = candidates[k]!;
    const { words } = body;
    if (body.type !== 'organization') continue;
    // Past capitalized words and commas to "and": "Planning, Development and", "Educational, Scientific and".
    let and = body.to;
    while (and < words.length && and - body.to < 6 && (words[and]!.capitalized || words[and]!.text === ',')) and++;
    if (words[and]?.lower !== 'and') continue;
    // A name of its own between them makes a list of bodies ("First Bank, Norwest, Banc One and First Chicago"); one word the reader
    // doubts is a portfolio ("Ministry of Culture, Tourism and Civil Aviation").
    const between = (d: Candidate | undefined) => d?.words === words && d.to <= and;
    const portfolio = (d: Candidate) => d.to - d.from === 1 && d.strength < 3 && d.type !== 'person' && d.type !== 'place';
    let n = k + 1;
    while (between(candidates[n]) && portfolio(candidates[n]!)) n++;
    if (between(candidates[n])) continue;
    const next = candidates[n];
    // The next name runs on from "and", or takes it in: "Scientific and Cultural Organization".
    if (next?.words !== words || (next.from !== and + 1 && !(next.from > body.to && next.from < and)) || next.to - and > 5) continue;
    // Not a company's whole name ("Axis Capital and JM Financial").
    const adjective = BODY_ADJECTIVE.test(words[body.to - 1]!.text) && !endsCompany(words, body.from, body.to);
    const complemented = body.nameWords.includes('of') || body.nameWords.includes('for');
    // Not a name of its own: a person's, or a place or body the lexicons know ("the University of Texas and Texas Tech").
    const own = (next.type === 'person' && (isGivenName(words[next.from]!) || honorifics.hasText(words[next.from - 1]))) || matchGazetteerTokens(words, next.from, false) || next.strength >= 3;
    if ((!adjective && !complemented) || own) continue;
    widen(candidates, k, Object.assign(candidate(body.sentence, words, body.from, next.to, 'organization', Math.max(body.strength, 2), body.rule), { confidence: body.confidence, mentionType: 'organization' }));
  }
  // "National Oceanic and Atmospheric Administration": a name the reader alone read, ending on an adjective, then "and" and a body
  // whose head ends it, is the body's name's start, whatever the reader typed it.
  for (let k = 0; k + 1 < candidates.length; k++) {
    const first = candidates[k]!;
    const body = candidates[k + 1]!;
    const { words } = first;
    if (first.rule !== 'ner.model' || body.words !== words || body.type !== 'organization' || body.from !== first.to + 1 || words[first.to]!.lower !== 'and') continue;
    if (!BODY_ADJECTIVE.test(words[first.to - 1]!.text) || !orgHeads.hasNorm(words[body.to - 1])) continue;
    widen(candidates, k, Object.assign(candidate(first.sentence, words, first.from, body.to, 'organization', Math.max(body.strength, 2), body.rule), { confidence: body.confidence, mentionType: 'organization' }));
  }
}
/** "Educational", "Scientific": an adjective a body's name does not end on. */
const BODY_ADJECTIVE = /^\p{Lu}\p{Ll}+(?:al|ic)$/u;

/**
 * "Seismologist Naci Görür warned", "Hydrologist Svetlana Morozova of Idaho State University said": a job's noun that opens the
 * sentence is capitalized there, but it is the person's description, no word of the name. A post-filter.
 */
function cutOpeningJobNouns(candidates: Candidate[]): void {
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k]!;
    const { words, from } = c;
    if (c.type === 'place' || c.nameWords.length < 3 || !opensWithJobNoun(words, from)) continue;
    candidates[k] = Object.assign(candidate(c.sentence, words, from + 1, c.to, c.type, c.strength, c.rule), { confidence: c.confidence, mentionType: c.mentionType });
  }
}
const JOB_ENDING = /(?:ologist|ographer|onomist|ician)$/;
/** Does a job's noun, capitalized as the sentence's first word, open the name at word `from`, before another capitalized word? */
function opensWithJobNoun(words: Word[], from: number): boolean {
  const job = words[from]!;
  // Not a family name that is a word ("Son Heung-min").
  return (jobNouns.hasLower(job) || JOB_ENDING.test(job.lower)) && !personalRelations.has(job.lower) && isInitial(words, from) && !isGivenName(job) && !!words[from + 1]?.capitalized;
}

/**
 * "The General Labour Confederation (CGT)": "General" opening a body's name that the rules read as a rank before a known word ("Labour")
 * is the name's. Not after another capitalized word ("Inspector General"). A post-filter.
 */
function readGeneralBodies(candidates: Candidate[]): void {
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k]!;
    const { words, from } = c;
    if (c.type !== 'organization' || words[from - 1]?.text !== 'General' || (wordOrNone(words, from - 2)?.capitalized && !isInitial(words, from - 2)) || !isOrgHeadWord(words[c.to - 1]!.norm)) continue;
    if (k > 0 && candidates[k - 1]!.words === words && candidates[k - 1]!.to > from - 1) continue;
    widen(candidates, k, Object.assign(candidate(c.sentence, words, from - 1, c.to, 'organization', Math.max(c.strength, 2), c.rule), { confidence: c.confidence, mentionType: 'organization' }));
  }
}

/** "Co-CEO Aurelia Stanton said": a title shared, written with "Co-", before a name is the person's role, not a body's name. A post-filter. */
function readSharedTitles(candidates: Candidate[]): void {
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k]!;
    const { words, from } = c;
    // The reader's words may split it at its hyphen: "Co | - | CEO".
    const split = words[from]!.text === 'Co' && words[from + 1]?.text === '-' && !words[from + 1]!.spaced;
    const name = split ? from + 3 : from + 1;
    const title = split ? `Co-${words[from + 2]?.text}` : words[from]!.text;
    if (c.type === 'person' || c.to - name < 2 || !title.startsWith('Co-') || !titleHeads.has(title.slice(3)) || !isNameWord(words[name]!.text) || isOrgHeadWord(words[c.to - 1]!.norm)) continue;
    const person = candidate(c.sentence, words, name, c.to, 'person', 3, 'person.title');
    addRole(person.roles, title);
    candidates[k] = person;
  }
}
const DOUBTED_BODY = 0.75;

/**
 * "the Argentine Emiliano Castro Villalba": a nationality after "the", before a given name, says who the person is and is no part of
 * the name. A post-filter.
 */
function cutOpeningDemonyms(candidates: Candidate[]): void {
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k]!;
    const { words, from } = c;
    if (c.type === 'place' || c.to - from < 3 || wordOrNone(words, from - 1)?.lower !== 'the' || !demonymCountry.has(words[from]!.text)) continue;
    // A given name the lexicons know, or a name the reader doubts, set off after a comma, made of no English words (not "at the British
    // Antarctic Survey").
    let doubted = c.rule === 'ner.model' && (c.confidence ?? 1) < DOUBTED_BODY && wordOrNone(words, from - 2)?.text === ',';
    for (let j = from + 1; j < c.to && doubted; j++) doubted = !commonWordSet.hasLower(words[j]!) && !isOrgHeadWord(words[j]!.norm);
    if (!isGivenName(words[from + 1]!) && !doubted) continue;
    candidates[k] = Object.assign(candidate(c.sentence, words, from + 1, c.to, 'person', c.strength, c.rule), { confidence: c.confidence });
  }
}

/**
 * "Political scientist Lubomir Kopecek of Masaryk University": a body's name the reader ran back over a person's is the person's,
 * then the body's, where a word for a job or a given name opens it. A post-filter.
 */
function splitPeopleOfBodies(candidates: Candidate[]): void {
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k]!;
    const { words } = c;
    const of = c.type === 'organization' ? c.nameWords.indexOf('of') : -1;
    if (of < 2 || of > 3 || c.to - c.from - of < 2 || !isOrgHeadWord(words[c.to - 1]!.norm)) continue;
    const at = c.from + of;
    const named = words.slice(c.from, at).every((w) => w.capitalized && w.kind === 'word' && !isOrgHeadWord(w.norm));
    // Or a person "identified as" or "named as" such.
    const identified = wordBefore(c)?.lower === 'as' && IDENTIFYING_VERBS.hasLower(wordBefore(c, 2));
    if (!named || !(isGivenName(words[c.from]!) || jobNouns.hasLower(wordBefore(c)) || identified)) continue;
    const person = Object.assign(candidate(c.sentence, words, c.from, at, 'person', 2, 'person.of-organization'), { confidence: c.confidence });
    // "Darnell Okafor of Centre": a head word alone names no body; it is where the person is from.
    const home = c.to - at === 2;
    const body = Object.assign(candidate(c.sentence, words, at + 1, c.to, home ? 'place' : 'organization', Math.max(c.strength, 2), home ? 'place.hometown' : c.rule), { confidence: c.confidence });
    candidates.splice(k, 1, person, body);
  }
}

const IDENTIFYING_VERBS = new WordSet(['identified', 'named']);

/** Puts `wider` in place of candidate `k` (in text order) and drops the names after it that it now covers. */
function widen(candidates: Candidate[], k: number, wider: Candidate): void {
  candidates[k] = wider;
  while (candidates[k + 1] && candidates[k + 1]!.start < wider.end) candidates.splice(k + 1, 1);
}
const PLACE_PARTICLES = new WordSet(['do', 'dos', 'da', 'das', 'de', 'del']);
const ABBREVIATED_NAME_WORDS = new WordSet(['St.', 'Ste.', 'Mt.', 'Ft.']);

/**
 * "Flooding hit Dunmore. Residents told the Dunmore Echo": the town a newspaper is named after is a place where the text names it
 * alone, though the reader, seeing the paper, read a body; and "the Dunmore Echo" is a paper, not a person. A post-filter.
 */
function readNewspaperTowns(candidates: Candidate[]): void {
  let towns: Set<string> | undefined;
  for (const c of candidates) {
    // "The Dunmore Echo reported": the paper itself, whatever its shape said.
    if (c.type === 'person' && wordBefore(c)?.lower === 'the' && newspaperHeads.has(c.nameWords.at(-1)!) && !PERSON_EVIDENCE.test(c.rule)) {
      Object.assign(c, { type: 'organization', mentionType: 'organization', surnameOnly: false, rule: 'org.newspaper' });
      continue;
    }
    if (c.type !== 'organization' || c.rule !== 'ner.model' || newspaperHeads.hasText(c.words[c.to])) continue;
    towns ??= new Set(candidates.filter((d) => d.type === 'organization' && d.nameWords.length >= 2 && newspaperHeads.has(d.nameWords.at(-1)!)).map((d) => d.nameWords.slice(0, -1).join(' ')));
    // A town the gazetteer knows has readings of its own ("Washington said" is the government).
    if (towns.has(c.name) && !isGazetteerPlace(c.nameWords)) Object.assign(c, { type: 'place', mentionType: 'place', metonym: false, rule: 'place.newspaper-town' });
  }
}

/**
 * "the Marina Bay Street Circuit", a venue named after a given name, is a place; "at Turn 10", "at Gate 5", a common word numbered
 * after a preposition, is a spot in one, no name. Shops, districts and leagues the reader typed as people or places are read here too.
 * A post-filter.
 */
function readVenues(candidates: Candidate[]): void {
  let kept = 0;
  for (const c of candidates) {
    // "the Benito Villamarín stadium", "the Amu Darya river": a name between "the" and a word for a venue or a feature is the place's.
    const next = c.words[c.to];
    const named = c.words[c.from - 1]?.lower === 'the' && next?.kind === 'word' && !next.capitalized && (VENUE_NOUNS.hasLower(next) || isFeatureNoun(next.lower));
    if (c.type === 'person' && c.nameWords.length >= 2 && (SPORTS_VENUES.has(c.nameWords.at(-1)!) || named || apposedFeature(c.words, c.to))) {
      Object.assign(c, { type: 'place', mentionType: 'place', rule: 'place.venue' });
    }
    // "Doña Ana County": a name ending on a word for a district is a place's, the honorific before it too.
    if (c.type === 'person' && c.nameWords.length >= 2 && ADMINISTRATIVE_HEADS.has(c.nameWords.at(-1)!)) {
      const from = honorifics.hasText(wordBefore(c)) && !wordBefore(c)!.text.endsWith('.') ? c.from - 1 : c.from;
      Object.assign(c, candidate(c.sentence, c.words, from, c.to, 'place', 2, 'place.head-word'), { confidence: c.confidence, mentionType: 'place' });
    }
    // "La Liga", "the Primeira Liga", "Ligue 1": a league is a body, wherever it is played.
    if (c.type === 'place' && c.nameWords.some((w) => LEAGUE_WORDS.has(w))) Object.assign(c, { type: 'organization', mentionType: 'organization', rule: 'org.league' });
    // "the Clark Store", "Papadakis Diner": a shop is a business, not its owner; so is a firm ("Elliott Management"): no one bears
    // these words as a surname.
    if (c.type === 'person' && c.nameWords.length >= 2 && (SHOPS.has(c.nameWords.at(-1)!) || FIRM_WORDS.has(c.nameWords.at(-1)!))) {
      Object.assign(c, { type: 'organization', mentionType: 'organization', surnameOnly: false, rule: 'org.business' });
    }
    const numbered = c.rule === 'place.preposition' && c.to - c.from === 1 && commonWordSet.hasLower(c.words[c.from]) && DIGITS.test(c.words[c.to]?.text ?? '');
    if (!numbered) candidates[kept++] = c;
  }
  keepFirst(candidates, kept);
}
// Not "Arena", a surname too ("Bruce Arena").
const SPORTS_VENUES = new Set(['Circuit', 'Stadium', 'Speedway', 'Raceway', 'Racecourse', 'Velodrome', 'Interchange', 'Airport', 'Expressway', 'Highway']);
/** ", the great river that rises in the Pamir": a feature set off after a name, its article and up to two words before it. */
function apposedFeature(words: Word[], to: number): boolean {
  if (words[to]?.text !== ',' || !articles.hasLower(words[to + 1])) return false;
  for (let k = to + 2; k < words.length && k <= to + 4; k++) {
    const w = words[k]!;
    if (w.kind !== 'word' || w.capitalized) return false;
    if (VENUE_NOUNS.hasLower(w) || isFeatureNoun(w.lower)) return true;
  }
  return false;
}
const ADMINISTRATIVE_HEADS = new Set(['County', 'Province', 'District', 'Region', 'Territory', 'Oblast', 'Prefecture', 'Governorate', 'Borough', 'Parish', 'Township', 'Municipality']);
const LEAGUE_WORDS = new Set(['League', 'Liga', 'Ligue', 'Bundesliga', 'Eredivisie', 'Superliga', 'Serie']);
const VENUE_NOUNS = new WordSet(['stadium', 'arena', 'circuit', 'racecourse', 'airport', 'bridge', 'interchange', 'highway', 'expressway', 'dam', 'tunnel']);
const SHOPS = new Set(['Store', 'Shop', 'Diner', 'Bakery', 'Pharmacy', 'Cafe', 'Café', 'Grill', 'Tavern', 'Deli', 'Supermarket', 'Motel', 'Restaurant']);
/** The last words of firms' names: "Elliott Management", "China Evergrande Group". */
const FIRM_WORDS = new Set(['Group', 'Holdings', 'Management', 'Capital', 'Partners', 'Ventures', 'Securities', 'Investments', 'Advisors', 'Advisers', 'Associates',
  'Electric', 'Electronics', 'Fashions', 'Textiles', 'Garments', 'Apparel', 'Motors', 'Logistics', 'Pharmaceuticals', 'Chemicals', 'Industries']);

/**
 * "Medecins Sans Frontieres (MSF)": a name its own initials follow in brackets is a body's, whatever its shape says; people have no
 * acronyms. A post-filter.
 */
function readBracketedAcronymBodies(candidates: Candidate[]): void {
  for (const c of candidates) {
    const { words, to } = c;
    if ((c.type !== 'person' && c.type !== 'unknown') || c.nameWords.length < 2 || PERSON_EVIDENCE.test(c.rule) || words[to]?.text !== '(' || words[to + 2]?.text !== ')') continue;
    const acronym = acronymKey(words[to + 1]!.text);
    if (acronym && acronym === initials(c.nameWords)) Object.assign(c, { type: 'organization', mentionType: 'organization', strength: 3, surnameOnly: false, rule: 'org.acronym-defined' });
  }
}

/**
 * "The Philippine Atmospheric, Geophysical and Astronomical Services Administration (PAGASA)": a body's name with a comma inside,
 * which the reader read from after it, runs back over the capitalized words its initials in brackets begin with. A post-filter.
 */
function joinBodiesToTheirInitials(candidates: Candidate[]): void {
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k]!;
    const { words, from, to } = c;
    if (c.type !== 'organization' || words[to]?.text !== '(' || words[to + 2]?.text !== ')' || words[from - 1]?.text !== ',') continue;
    const acronym = acronymKey(words[to + 1]!.text) ?? wordAcronymKey(words[to + 1]!.text);
    const own = initials(c.nameWords);
    if (!acronym || acronym.length <= own.length || !acronym.endsWith(own)) continue;
    // The letters left, one capitalized word each, back from the comma.
    let start = from - 1;
    for (let left = acronym.length - own.length; left > 0; left--) {
      const w = words[start - 1];
      if (w?.kind !== 'word' || !w.capitalized || w.text[0]!.toUpperCase() !== acronym[left - 1]) {
        start = -1;
        break;
      }
      start--;
    }
    if (start < 0) continue;
    const whole = Object.assign(candidate(c.sentence, words, start, to, 'organization', 3, c.rule), { confidence: c.confidence, roles: c.roles });
    let first = k;
    while (first > 0 && candidates[first - 1]!.words === words && candidates[first - 1]!.to > start) first--;
    candidates.splice(first, k - first + 1, whole);
    k = first;
  }
}

/**
 * "Fresno State", "Boise State's coach": a city or a state and "State" name a university, as American sports pages write it (not
 * "New York State" or "Washington State", which name the states). A post-filter: the reader reads most as places.
 */
function readStateUniversities(candidates: Candidate[]): void {
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k]!;
    if (c.type !== 'place' || c.to - c.from > 2) continue;
    const { words } = c;
    const own = c.nameWords.at(-1) === 'State' ? c.to - 1 : c.to;
    // Not a state's office: "Florida State Senator Jason Pizzo".
    if (own === c.from || (own === c.to && words[c.to]?.norm !== 'State') || words[own + 1]?.capitalized) continue;
    const place = words.slice(c.from, own).map((w) => w.norm);
    if (STATES_NAMED_STATE.has(place.join(' '))) continue;
    const entry = matchGazetteer(place, 0);
    if (!entry || entry.length !== own - c.from || (entry.kind !== 'city' && entry.kind !== 'state' && entry.kind !== 'capital')) continue;
    candidates[k] = candidate(c.sentence, words, c.from, own + 1, 'organization', 3, 'org.state-university');
  }
}
const STATES_NAMED_STATE = new Set(['New York', 'Washington']);

/**
 * "WALLACE: We cut taxes.", "HOST (GRACE OKAFOR): Good morning.", "TORRES (recorded): We have helicopters.": a name in capitals that
 * labels a transcript's line is a speaker, whom linking joins to the person named with that name. Not a place or a body the lexicons
 * know ("NEW DELHI: Opposition MPs …", a dateline). A post-filter.
 */
function readTranscriptLabels(candidates: Candidate[]): void {
  for (const c of candidates) {
    const { words } = c;
    if (c.sentence.start !== c.sentence.block.start || c.to - c.from > 3) continue;
    // The label opens the line, or a role's label before the bracket names the speaker in it.
    let opening = c.from === 0 || (c.from === 1 && TITLE_OPENING_MARKS.has(words[0]!.text)) ? c.to : -1;
    if (opening < 0 && words[c.from - 1]?.text === '(' && words[c.to]?.text === ')' && inCapitals(words, 0, c.from - 1)) opening = c.to + 1;
    else if (opening >= 0 && words[opening]?.text === '(') {
      while (opening < words.length && opening - c.to < 8 && words[opening]!.text !== ')') opening++;
      opening++;
    }
    if (opening < 0 || words[opening]?.text !== ':' || words[opening + 1]?.spaced === false || !inCapitals(words, c.from, c.to)) continue;
    if (c.rule.startsWith('place.lexicon') || c.rule.startsWith('org.lexicon') || isGazetteerPlace(c.nameWords.map(capitalizedName))) continue;
    // Named as written in the text, so linking finds the person ("HUAMAN TORRES" is "Raúl Huamán Torres"'s).
    const nameWords = c.nameWords.map(capitalizedName);
    Object.assign(c, { type: 'person', mentionType: 'person', metonym: false, strength: Math.max(c.strength, 3), rule: 'person.transcript-label', nameWords, name: nameWords.join(' ') });
  }
}
const CAPITALS_LABEL = /^\p{Lu}[\p{Lu}'’.-]+$/u;
/** Are the words in [from, to) written in capitals, past marks? */
const inCapitals = (words: Word[], from: number, to: number) => words.slice(from, to).every((w) => w.kind !== 'word' || CAPITALS_LABEL.test(w.text));

/**
 * "(Reporting by Sanne de Wit; Editing by Helen Marsh)": a given and a family name right after "by" or "and" in a byline is a
 * reporter's, whatever its last word looks like. A post-filter.
 */
function readBylineNames(candidates: Candidate[]): void {
  for (const c of candidates) {
    // Or a body the reader read there: "By Jordan Ebbers | Updated Jul 22".
    if ((c.type !== 'place' && !(c.type === 'organization' && c.rule === 'ner.model')) || c.sentence.block.kind !== 'byline') continue;
    const link = wordBefore(c)?.lower;
    if ((link === 'by' || link === 'and') && isGivenAndFamilyName(c.words, c.from, c.to) && (firstNames.hasNorm(c.words[c.from]!) || placeGivenNames.hasNorm(c.words[c.from]!))) {
      Object.assign(c, { type: 'person', mentionType: 'person', metonym: false, rule: 'person.byline' });
    }
  }
}

/** "Londoner", "Glaswegian", "Muscovite": one who lives in a city, written as a name is. */
export const CITY_DWELLER = /^\p{Lu}\p{Ll}+(?:er|ian|ite)$/u;

/** A name written in capitals as a name is written: "OKAFOR-REYES" is "Okafor-Reyes". */
const capitalizedName = (word: string) => word.toLowerCase().replace(NAME_PART_START, (first) => first.toUpperCase());
const NAME_PART_START = /(?:^|-)\p{L}/gu;

/**
 * "By DEWI SANTOSO and MARIA CHEN Associated Press": a wire byline writes its reporters' names in capitals, which the reader, trained
 * on mixed case, runs into the agency's name. Each run of two to four words in capitals there is a person. A post-filter.
 */
function readCapitalBylines(candidates: Candidate[]): void {
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k]!;
    if (c.sentence.block.kind !== 'byline') continue;
    const { words, sentence } = c;
    // The runs in this byline, from the first of its candidates on.
    const runs: [number, number][] = [];
    for (let i = 0; i < words.length; i++) {
      let end = i;
      const caps = (w: Word | undefined) => !!w && w.kind === 'word' && ALL_CAPS.test(w.text);
      // "OKAFOR-REYES": a hyphen joins a name's two words.
      while (end < words.length && end - i < 5 && (caps(words[end]) || (end > i && words[end]!.text === '-' && !words[end]!.spaced && caps(words[end + 1]) && !words[end + 1]!.spaced))) end++;
      // Not an agency's own name: "By ASSOCIATED PRESS", "REUTERS STAFF"; nor a time: "4:45 PM EDT".
      if (end - i >= 2 && end - i <= 4 && !words.slice(i, end).some((w, j) => commonWordSet.hasLower(w) || knownOrganizations.has(w.norm) || isTimeZoneAt(words, i + j))) runs.push([i, end]);
      i = Math.max(i, end);
    }
    let last = k;
    while (candidates[last + 1]?.words === words) last++;
    if (!runs.length) {
      k = last;
      continue;
    }
    const kept = candidates.slice(k, last + 1).flatMap((d) => {
      const run = runs.find(([from, to]) => d.from < to && d.to > from);
      // What runs past the reporter's name is the agency's: "CHEN Associated Press".
      return !run ? [d] : d.to > run[1] && d.from >= run[0] ? [candidate(sentence, words, run[1], d.to, d.type, d.strength, d.rule)] : [];
    });
    const people = runs.map(([from, to]) => {
      const person = candidate(sentence, words, from, to, 'person', 3, 'person.byline-capitals');
      person.nameWords = person.nameWords.map(capitalizedName);
      person.name = person.nameWords.join(' ');
      return person;
    });
    const merged = [...kept, ...people].sort((a, b) => a.start - b.start);
    candidates.splice(k, last + 1 - k, ...merged);
    k += merged.length - 1;
  }
}

/**
 * "Leinster lock Rory Kinsella", "Munster wing Dara Quilligan": a one-word name before a player's position and the player's name is
 * the player's club, whether the reader read it as a person's, a town's or not at all. Not a country, which the rules for national
 * teams read. A post-filter.
 */
function readClubsBeforePositions(candidates: Candidate[]): void {
  for (let k = 0; k < candidates.length; k++) {
    const player = candidates[k]!;
    const { words, from } = player;
    if (player.type !== 'person' || !(playerPositions.hasLower(wordOrNone(words, from - 1)) || positionsAfterClubs.hasLower(wordOrNone(words, from - 1))) || words[from - 1]!.capitalized) continue;
    const at = from - 2;
    const club = wordOrNone(words, at);
    // Not a nationality ("Colombian forward") nor an owner ("Hartmann's teammate").
    if (!club || club.kind !== 'word' || !club.capitalized || ALL_CAPS_WORD.test(club.text) || isCountry(club.norm) || wordOrNone(words, at - 1)?.capitalized) continue;
    // Nor a word capitalized as it opens the sentence ("Rookie guard Eli Navarro").
    if (club.normEnd !== club.end || demonymCountry.has(club.norm) || isInitial(words, at) || commonWordSet.hasLower(club)) continue;
    // Nor a people's name the gazetteer knows ("Korean defender").
    if (matchGazetteerTokens(words, at, false)?.kind === 'demonym') continue;
    const before = k > 0 ? candidates[k - 1] : undefined;
    if (before && before.words === words && before.to > at) {
      if (before.from !== at || before.to !== at + 1 || before.type === 'organization') continue;
      if (before.type === 'place') before.mentionType = 'organization';
      else Object.assign(before, { type: 'organization', mentionType: 'organization', strength: 3, surnameOnly: undefined, rule: 'org.club.before-position' });
    } else {
      // A club, not a word that names someone only as a surname.
      const team = candidate(player.sentence, words, at, at + 1, 'organization', 3, 'org.club.before-position');
      team.surnameOnly = undefined;
      candidates.splice(k++, 0, team);
    }
  }
}

/**
 * "Eintracht Dortmund are in talks to sign Racing Marseille striker X. … Marseille want 20 per cent. Dortmund confirmed": a club's word
 * before its city is the club's ("Racing" is no part of the player's role), and the city alone is the club, but where something
 * happens in it ("in Dortmund"). A post-filter.
 */
function readClubsNamedAfterCities(candidates: Candidate[]): void {
  let clubs: Map<string, string> | undefined;
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k]!;
    if (c.to - c.from !== 1 || c.nested) continue;
    const prefix = wordBefore(c);
    if (c.type === 'place' || c.type === 'organization') {
      const before = candidates[k - 1];
      // The club's word may stand as a name no rule typed.
      const alone = before && before.end > (prefix?.start ?? 0) && before.from === c.from - 1 && before.to === c.from && before.type === 'unknown';
      if (prefix?.capitalized && clubPrefixes.hasText(prefix) && (!before || before.end <= prefix.start || alone)) {
        const club = Object.assign(candidate(c.sentence, c.words, c.from - 1, c.to, 'organization', 3, 'org.club.prefix'), { roles: c.roles });
        if (alone) widen(candidates, --k, club);
        else candidates[k] = club;
      }
    }
  }
  for (const c of candidates) {
    // Not a dateline's city: "MADRID 1996-08-30".
    if (c.to - c.from !== 1 || c.nested || (c.type !== 'place' && c.type !== 'organization') || isLocative(wordBefore(c)) || CITY_OFFICES.hasLower(c.words[c.to]) || ALL_CAPS_WORD.test(c.words[c.from]!.text)) continue;
    if (!clubs) {
      clubs = new Map();
      for (const d of candidates) if (d.type === 'organization' && d.nameWords.length === 2 && clubPrefixes.has(d.nameWords[0]!)) clubs.set(d.nameWords[1]!, d.name);
    }
    const club = clubs.get(c.name);
    if (club) Object.assign(c, { type: 'organization', mentionType: 'organization', metonym: false, form: 'short', name: club, nameWords: club.split(' '), rule: 'org.club.city' });
  }
}

/**
 * "a retired schoolteacher, Margaret Doyle,", "commuter Tom Reyes": a word for where a person is or what they do there is a role too,
 * read after the entity reader (the rules' roles decide strengths it reads as features).
 */
function readSituationRoles(candidates: Candidate[], text: string): void {
  for (const c of candidates) {
    // "Rosa Delgado, a chef who built …", "Adaeze, a session cellist, said": set off after the name, the noun and its modifiers.
    // And "Alberto Nhantumbo, coordinator of the group Acção Verde,": a post's noun with no article, before what it is of.
    const set = c.type === 'person' && !c.roles.length && c.words[c.to]?.text === ',' ? c.to + 1 : -1;
    const article = set > 0 && articles.hasLower(c.words[set]);
    const bare = set > 0 && !article && situationNouns.hasLower(c.words[set]) && SITUATION_PLACE_PREPOSITIONS.hasLower(c.words[set + 1]);
    // Past an age: "Halake Guyo, a 58-year-old herder who …".
    const from = article && YEARS_OLD.test(c.words[set + 1]?.text ?? '') ? set + 2 : article ? set + 1 : set;
    const after = article || bare ? situationAfter(c.words, from) : -1;
    if (after > 0) c.roles.push(text.slice(c.words[from]!.start, c.words[after - 1]!.end));
    const comma = wordBefore(c)?.text === ',';
    if (c.type !== 'person' || c.roles.length || !situationNouns.hasLower(wordBefore(c, comma ? 2 : 1))) continue;
    // Not "the voter Kamala Harris needs": a determiner before the noun makes the name a clause's subject; but "The chef Anna
    // Whitlock won …" opens its sentence.
    if (!comma && DETERMINERS_BEFORE_NOUNS.hasLower(wordBefore(c, 2)) && c.from !== 2) continue;
    const role = roleBefore(c.words, c.from, c.to, true, situationNouns);
    if (role) c.roles.push(text.slice(role[0], role[1]));
  }
}
const DETERMINERS_BEFORE_NOUNS = new WordSet(['the', 'a', 'an', 'that', 'this', 'last', 'every', 'each']);

/**
 * Where a noun of situationNouns ends that up to two modifiers in lower case open at word `from`, and a clause's edge follows; else -1.
 * Past where the person works or comes from, to the clause's edge: "a chef from Leeds,", "a cyclist with the Ineos team,".
 */
function situationAfter(words: Word[], from: number): number {
  for (let h = from; h < from + 3 && words[h]?.kind === 'word' && LOWER_WORD.test(words[h]!.text); h++) {
    if (!situationNouns.hasLower(words[h])) continue;
    let end = h + 1;
    if (SITUATION_PLACE_PREPOSITIONS.hasLower(words[end])) {
      let e = end + 1;
      // Through words joined by a hyphen: "the Maputo-based group".
      const inPhrase = (k: number) => !!words[k] && (words[k]!.kind === 'word' ? !RELATIVE_PRONOUNS.hasLower(words[k]) && !isSpeechWord(words[k]!.lower) : words[k]!.text === '-' && words[k + 1]?.kind === 'word');
      while (e < end + 9 && inPhrase(e)) e++;
      if (e > end + 1 && (!words[e] || ROLE_EDGES.has(words[e]!.text) || RELATIVE_PRONOUNS.hasLower(words[e]))) end = e;
    }
    const next = words[end];
    return !next || next.kind !== 'word' || RELATIVE_PRONOUNS.hasLower(next) ? end : -1;
  }
  return -1;
}
const SITUATION_PLACE_PREPOSITIONS = new WordSet(['from', 'at', 'in', 'with', 'for', 'of']);
const ROLE_EDGES = new Set([',', '.', ';', ')', '—', '–']);

/** "his wife of 58 years, Comfort,": a name set off after someone's relative, however long the bond, is a person. A post-filter. */
function readNamedRelatives(candidates: Candidate[]): void {
  for (const c of candidates) {
    const { words, from } = c;
    if (c.type === 'person' || c.nested || from < 3 || words[from - 1]?.text !== ',') continue;
    // Past "of 58 years".
    const lasting = words[from - 2]!.lower === 'years' && words[from - 3]!.info.digitFirst && wordOrNone(words, from - 4)?.lower === 'of';
    const relation = wordOrNone(words, from - (lasting ? 5 : 2));
    const owner = wordOrNone(words, from - (lasting ? 6 : 3));
    if (!relation || !personalRelations.has(relation.lower) || !owner || !(possessiveDeterminers.hasLower(owner) || owner.normEnd !== owner.end)) continue;
    // A place's name only after kin: "Mr Lowe's wife, Charlotte,"; not "Russia's ally, Belarus,".
    if (isGazetteerPlace(c.nameWords) && !kinPronouns.has(relation.lower)) continue;
    Object.assign(c, { type: 'person', mentionType: 'person', rule: 'person.relative' });
  }
}

/**
 * "Meanwhile, NATO Secretary-General Mark Rutte told": an adverb opening the sentence, set off by a comma, names no one; nor does a
 * number word or an adjective the reader read into a name after it.
 */
function cutOpeningAdverbs(candidates: Candidate[]): void {
  dropCandidates(candidates, (c) => c.to - c.from === 1 && SENTENCE_ADVERBS.hasLower(c.words[c.from]) && c.words[c.to]?.text === ',' && isInitial(c.words, c.from));
  // "Two Gulf diplomats said": a number word opening the sentence counts; it is no part of a name the reader alone read.
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k]!;
    // So is an adjective before a place the lexicon knows, no part of a name it knows: "Neighbouring Kenya and Uganda said".
    const described = c.type === 'place' && c.to - c.from === 2 && isGazetteerPlace(c.nameWords.slice(1)) && !isGazetteerPlace(c.nameWords);
    if (c.to - c.from >= 2 && c.rule === 'ner.model' && (OPENING_NUMBERS.hasText(c.words[c.from]) || described) && isInitial(c.words, c.from)) {
      candidates[k] = Object.assign(candidate(c.sentence, c.words, c.from + 1, c.to, c.type, c.strength, c.rule), { confidence: c.confidence, mentionType: c.mentionType });
    }
  }
}
const OPENING_NUMBERS = new WordSet(['Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight', 'Nine', 'Ten', 'Dozens', 'Hundreds', 'Thousands', 'Several', 'Many', 'Some']);

/**
 * "Striker Kofi Mensah scored twice": a job or a player's position, capitalized as it opens the sentence, is the person's role, no
 * part of the name; so is a position written before it ("Harlow goalkeeper Sam Whitley"). A post-filter: the rules' verdicts, which
 * the entity reader reads, stay as trained.
 */
function readPlayerPositions(candidates: Candidate[]): void {
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k]!;
    if (c.type !== 'person') continue;
    const { words, from } = c;
    const job = words[from]!;
    // A job's word as a name of two words may be a family name ("Baker Mayfield"); a position's seldom is.
    const opening = isInitial(words, from) && !firstNames.hasNorm(job) && !mostCommonFamilyNames.has(job.norm)
      && (playerPositions.hasLower(job) || positionsAfterClubs.hasLower(job) || (c.nameWords.length >= 3 && (jobNouns.hasLower(job) || situationNouns.hasLower(job))));
    if (opening && c.nameWords.length >= 2) {
      const person = candidate(c.sentence, words, from + 1, c.to, 'person', Math.max(c.strength, 2), c.rule);
      person.roles = [job.text, ...c.roles];
      candidates[k] = person;
      continue;
    }
    const position = wordOrNone(words, from - 1);
    // A position that is a common word too only after a club or a nationality: "Leinster lock", not "agents guard Trump".
    const named = !!position && positionsAfterClubs.hasLower(position) && ((!!wordOrNone(words, from - 2)?.capitalized && words[from - 2]!.kind === 'word') || isInitial(words, from - 1));
    if (c.roles.length || !position || !(playerPositions.hasLower(position) || named) || (position.capitalized && !isInitial(words, from - 1))) continue;
    // The club's name before the position is the role's: "Castleford substitute".
    let s = from - 1;
    while (s > 0 && from - 1 - s < 4 && words[s - 1]!.kind === 'word' && words[s - 1]!.capitalized) s--;
    c.roles.push(words.slice(s, from).map((w) => w.text).join(' '));
  }
}

/**
 * "Det Insp Sarah Whitlock of Lincolnshire Police", read as one body: two ranks written short, then a name of up to three words, are
 * a person with that rank, and the body after "of" is where they serve. Null for any other name.
 */
function rankedPersonOfBody(c: Candidate): Candidate[] | null {
  const { words } = c;
  if (c.to - c.from < 4 || !rankAbbreviations.hasText(words[c.from]) || !rankAbbreviations.hasText(words[c.from + 1])) return null;
  const from = c.from + 2;
  let to = from;
  while (to < c.to && to - from < 3 && words[to]!.capitalized && words[to]!.lower !== 'of') to++;
  if (to === from || (to < c.to && words[to]!.lower !== 'of')) return null;
  const person = candidate(c.sentence, words, from, to, 'person', 2, 'person.rank');
  person.roles = [`${words[c.from]!.text} ${words[c.from + 1]!.text}`];
  return to + 1 < c.to ? [person, candidate(c.sentence, words, to + 1, c.to, 'organization', c.strength, c.rule)] : [person];
}

/**
 * "Det Insp Sarah Whitlock", "Det Insp Whitlock": ranks written short, as British and Irish news writes them, are a role before the
 * name, no part of it. A post-filter: the lexicons of ranks and of these honorifics are no features of the entity reader.
 */
function readRankAbbreviations(candidates: Candidate[]): void {
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k]!;
    const { words } = c;
    // "Engr. Abdullahi Dankwambo", "Sundargarh Collector Smt. Priyanka Mohapatra": such an honorific read as a name, or as the end of
    // one, right before a person's name is neither.
    const next = candidates[k + 1];
    if (honorificsAfterReader.hasText(words[c.to - 1]) && next?.words === words && next.type === 'person' && next.from - c.to <= 1) {
      if (c.to - c.from === 1) candidates.splice(k--, 1);
      else candidates[k] = Object.assign(candidate(c.sentence, words, c.from, c.to - 1, c.type, c.strength, c.rule), { confidence: c.confidence });
      continue;
    }
    if (c.type !== 'person') {
      const split = rankedPersonOfBody(c);
      if (split) {
        candidates.splice(k, 1, ...split);
        k += split.length - 1;
      }
      continue;
    }
    let from = c.from;
    // "Alhaji Musiliu Adeyemi-Bakare", "Comrade Joe Ajaero": an honorific the reader was not trained on is no part of the name.
    // "Councillors Dimitrov and Lindqvist": a title in the plural is the role of each name after it.
    const plural = c.to - from >= 2 && isPluralTitle(words[from]!.text) ? words[from]!.text.slice(0, -1) : '';
    let honoured = plural !== '' || (c.to - from >= 2 && honorificsAfterReader.hasText(words[from]));
    if (honoured) from++;
    // "Datuk Seri Azman Ismail", "Tan Sri Abdul Rahim", "Puan Sri Noraini Hashim": a Malaysian title's second word goes with it.
    const second = honoured ? from : words[from]!.text === 'Tan' ? from + 1 : -1;
    if (second >= 0 && MALAY_TITLE_SECONDS.hasText(words[second]) && c.to - second >= 3) [from, honoured] = [second + 1, true];
    // Or the reader's name opens on the second word: "Tan | Sri Abdul Rahim Mohd Yusof".
    else if (MALAY_TITLE_SECONDS.hasText(words[from]) && from > 0 && (words[from - 1]!.text === 'Tan' || honorificsAfterReader.hasText(words[from - 1])) && c.to - from >= 3) [from, honoured] = [from + 1, true];
    while (from < c.to - 1 && rankAbbreviations.hasText(words[from])) from++;
    let s = from;
    while (s > 0 && rankAbbreviations.hasText(words[s - 1])) s--;
    // One rank word alone may be a given name ("Con Coughlin", "Gen Nakatani"): a rank, then, only before a full name.
    if (!honoured && (s === from || (from - s === 1 && c.to - from < 2))) continue;
    const rank = words.slice(s, from).map((w) => w.text).join(' ');
    const person = from > c.from ? Object.assign(candidate(c.sentence, words, from, c.to, 'person', c.strength, c.rule), { confidence: c.confidence, roles: c.roles }) : c;
    if (s < from && !person.roles.some((r) => r.includes(rank))) person.roles = [rank, ...person.roles];
    if (plural) addRole(person.roles, plural);
    candidates[k] = person;
  }
}

const MALAY_TITLE_SECONDS = new WordSet(['Sri', 'Seri']);
const isPluralTitle = (word: string) => word.length > 4 && word.endsWith('s') && titleHeads.has(word.slice(0, -1));

/** "Democrat Maya Okonkwo", "Conservative Jane Hale": a member of a party or a faith before a name is a role, no part of the name. */
function cutPartyLabels(candidates: Candidate[]): void {
  for (let k = candidates.length - 1; k >= 0; k--) {
    const c = candidates[k]!;
    // "Liberal Democrat councillor Fiona Marsh": a member's label before a job is part of the role, no person.
    const next = c.words[c.to];
    // "a Chicago Democrat", "a Texas Republican": a member of a party, described by a place after an article, is no body.
    const described = c.type === 'organization' && c.to - c.from === 2 && indefiniteArticles.hasLower(wordBefore(c)) && groupNouns.has(`${c.words[c.to - 1]!.text}s`);
    if (described) {
      candidates.splice(k, 1);
      continue;
    }
    // So is "Independent" before "councillor", whatever the lexicon's newspaper of that name.
    // Not "The Independent reporter Kim Sengupta", the paper.
    const member = c.type === 'person' || (c.type === 'organization' && c.to - c.from === 1 && !articles.hasLower(wordBefore(c)));
    if (member && next && !next.capitalized && (jobNouns.hasLower(next) || lowerTitleHeads.hasLower(next)) && groupNouns.has(`${c.words[c.to - 1]!.text}s`)) {
      candidates.splice(k, 1);
      continue;
    }
    const label = c.words[c.from]!;
    if (c.type !== 'person' || c.to - c.from < 3 || firstNames.hasNorm(label) || !groupNouns.has(`${label.text}s`)) continue;
    const person = candidate(c.sentence, c.words, c.from + 1, c.to, 'person', Math.max(c.strength, 2), c.rule);
    person.roles = [label.text, ...c.roles];
    candidates[k] = person;
  }
}

/**
 * "Gareth Pryce, 46, of Hazel Grove,": where a person named with an age lives is a place; so are a reporter's region ("Helen Ashworth,
 * North West correspondent") and a noble's seat ("the Earl of Harrowby"). A post-filter: the reader reads such names as people.
 */
function readResidences(candidates: Candidate[]): void {
  for (const c of candidates) {
    if (c.type !== 'person') continue;
    const { words, from, to } = c;
    // A name before the age ("The son, 17, of Mark Evans" is his father's).
    const residence = from >= 5 && words[from - 1]?.lower === 'of' && words[from - 2]?.text === ',' && words[from - 3]?.info.digitFirst && words[from - 4]?.text === ','
      && !!words[from - 5]?.capitalized && (words[to]?.text === ',' || words[to]?.text === '.');
    const desk = DESK_WORDS.hasLower(words[to]) && wordOrNone(words, from - 1)?.text === ',' && !firstNames.hasNorm(words[from]);
    // "the Duchess of Wexcombe", "the Emir of Misau", "the Sultan of Sokoto, Muhammad Abubakar,": a noble's or a ruler's title names
    // the place it is of.
    const seat = wordOrNone(words, from - 1)?.lower === 'of' && RULERS_OF_PLACES.hasText(wordOrNone(words, from - 2)) && to - from <= 2;
    if (residence || desk || seat) Object.assign(c, { type: 'place', mentionType: 'place', metonym: false, surnameOnly: false, roles: [], rule: residence ? 'place.residence' : desk ? 'place.desk' : 'place.title-seat' });
  }
}
const DESK_WORDS = new WordSet(['correspondent', 'correspondents', 'bureau']);
/** The titles of nobles and of those who rule a place, whose "of" the place follows: "Earl of Harrowby", "Mayor of Hollins Ridge". */
const RULERS_OF_PLACES = new WordSet(['Duke', 'Duchess', 'Earl', 'Countess', 'Marquess', 'Marchioness', 'Viscount', 'Viscountess', 'Baron', 'Baroness',
  'Mayor', 'Governor', 'Emir', 'Sultan', 'King', 'Queen', 'Prince', 'Princess', 'Bishop', 'Archbishop', 'Premier', 'Oba', 'Emperor', 'Sheriff', 'Patriarch']);

/**
 * "Dr. Helena Marsh led the study. According to Marsh, …": a place's head word alone is no place, but the surname of a person the
 * article names in full. A post-filter.
 */
function readHeadWordSurnames(candidates: Candidate[]): void {
  let surnames: Set<string> | undefined;
  for (const c of candidates) {
    if (c.type !== 'place' || c.rule !== 'place.head-word' || c.to - c.from !== 1) continue;
    surnames ??= new Set(candidates.filter((d) => d.type === 'person' && d.nameWords.length >= 2).map((d) => d.nameWords.at(-1)!));
    if (surnames.has(c.name)) Object.assign(c, { type: 'person', mentionType: undefined, rule: 'person.surname' });
  }
}

/**
 * "a Jordan Pike header", "Chad Smith said": a country or a state that is also a given name, before a capitalized word no other name
 * holds, that heads nothing and is no common word, is a person's given name.
 */
function readPlacesAsGivenNames(candidates: Candidate[]): void {
  const surnameAt = (words: Word[], i: number) => {
    const w = words[i];
    if (!w || w.kind !== 'word' || !w.capitalized || !w.spaced || ALL_CAPS_WORD.test(w.text) || commonWordSet.hasLower(w) || NOT_NAME_CAPITALS.hasText(w)) return false;
    if (orgHeads.hasText(w) || placeHeads.hasText(w) || HOUSES_OF_WORSHIP.hasText(w) || groupNouns.hasText(w) || matchGazetteerTokens(words, i, false)) return false;
    return !(words[i + 1]?.kind === 'word' && words[i + 1]!.capitalized);
  };
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k]!;
    // "Isabel Montenegro Arriaga died", "Santiago Restrepo, who …": a given name, then a surname that names nothing else, read whole
    // as a body or a place by the reader alone. Not a team named in the plural ("Charlotte Hornets"), nor a venue ("the Santiago
    // Bernabeu").
    if (c.rule === 'ner.model' && c.type !== 'person' && c.to - c.from >= 2 && c.to - c.from <= 3 && wordBefore(c)?.lower !== 'the' && firstNames.hasNorm(c.words[c.from]!) && !c.words[c.to - 1]!.lower.endsWith('s') && surnameAt(c.words, c.to - 1) && (c.to - c.from === 2 || c.words[c.from + 1]!.capitalized) && (matchGazetteerTokens(c.words, c.from, false)?.length ?? 0) < 2) {
      Object.assign(c, { type: 'person', mentionType: 'person', metonym: false, strength: 3, rule: 'person.first-name' });
      continue;
    }
    if (!placeGivenNames.hasText(c.words[c.from])) continue;
    // "Chad Smith", read whole as a body by the reader; not a team named in the plural ("Houston Astros").
    const plural = c.type === 'organization' && c.words[c.from + 1]?.lower.endsWith('s');
    if (c.rule === 'ner.model' && c.type !== 'person' && c.to - c.from === 2 && !plural && wordBefore(c)?.lower !== 'the' && surnameAt(c.words, c.from + 1)) {
      Object.assign(c, { type: 'person', mentionType: 'person', metonym: false, strength: 3, rule: 'person.first-name' });
      continue;
    }
    if (c.type !== 'place' || c.to - c.from !== 1 || !LEXICON_PLACE.test(c.rule) || !surnameAt(c.words, c.to)) continue;
    // The surname the reader read alone goes into the name.
    const after = candidates[k + 1];
    const surname = after && after.words === c.words && after.from === c.to && after.to === c.to + 1 && (after.type === 'person' || after.type === 'unknown');
    if (after && after.words === c.words && after.from <= c.to && !surname) continue;
    candidates.splice(k, surname ? 2 : 1, candidate(c.sentence, c.words, c.from, c.to + 1, 'person', 3, 'person.first-name'));
  }
}

/**
 * "The pop singer Vienna", "the Irish band Galway": a place's name right after a performer's trade is a stage name, a person's or
 * a band's; and so is the same word elsewhere in the text (one name is one entity: "a concert in Vienna" is hers too). A post-filter.
 */
function readStageNames(candidates: Candidate[]): void {
  const stageNames = new Map<string, Candidate['type']>();
  for (const c of candidates) {
    const trade = wordBefore(c);
    if (c.type !== 'place' || !trade || trade.kind !== 'word' || trade.capitalized) continue;
    if (stagePerformers.hasLower(trade)) stageNames.set(c.words[c.from]!.text, 'person');
    else if (stageGroups.hasLower(trade)) stageNames.set(c.words[c.from]!.text, 'organization');
  }
  if (!stageNames.size) return;
  for (const [k, c] of candidates.entries()) {
    const type = c.type === 'place' && c.to - c.from === 1 ? stageNames.get(c.words[c.from]!.text) : undefined;
    if (!type) continue;
    candidates[k] = Object.assign(candidate(c.sentence, c.words, c.from, c.to, type, 3, type === 'person' ? 'person.stage-name' : 'org.stage-name'), { confidence: c.confidence, surnameOnly: undefined });
  }
}

/**
 * "Dale and Corinne Ashby", "Chidi and Nnamdi Okoro": a given name alone, joined by "and" to a person's full name, shares its
 * surname. A post-filter.
 */
function readSharedSurnames(candidates: Candidate[]): void {
  let byStart: Map<number, Candidate> | undefined;
  for (const c of candidates) {
    if (c.type !== 'person' || c.to - c.from !== 1 || c.words[c.to]?.lower !== 'and') continue;
    byStart ??= new Map(candidates.map((d) => [d.words[d.from]!.start, d]));
    const next = byStart.get(c.words[c.to + 1]?.start ?? -1);
    if (next?.type !== 'person' || next.words !== c.words) continue;
    if (next.nameWords.length !== 2 || !firstNames.hasNorm(c.words[c.from]!)) continue;
    const surname = next.nameWords[1]!;
    Object.assign(c, { name: `${c.name} ${surname}`, nameWords: [...c.nameWords, surname], form: 'short' });
  }
}

/**
 * A word in brackets right after a person's name: a country's code, alone or before a slash and a team, is the country, no body ("Novak
 * Petrovic (SRB)", "Joost van der Helm (Ned/Veldstra-Noord)"); one before a comma and a seat is the person's party, the seat a place
 * ("Rebecca Thornbury-Lyle (Con, Wealden Vale)", whom the reader made a person "Con"; "Tom Pilkington (Lib Dem, Holme Valley South)"). A post-filter.
 */
function readBracketsAfterPeople(candidates: Candidate[]): void {
  for (let k = 1; k < candidates.length; k++) {
    const c = candidates[k]!;
    const person = candidates[k - 1]!;
    const after = c.words[c.to]?.text;
    if (c.to - c.from > 2 || wordBefore(c)?.text !== '(' || person.type !== 'person' || person.words !== c.words || person.to !== c.from - 1) continue;
    // Of two words only a party: "(Lib Dem, Holme Valley South)".
    if (after === ',') {
      // Only with the seat: "(Australia, 68)" gives an age.
      const seat = candidates[k + 1];
      if (seat?.words !== c.words || seat.from !== c.to + 1 || c.words[seat.to]?.text !== ')') continue;
      Object.assign(c, { type: 'organization', mentionType: 'organization', metonym: false, surnameOnly: false, rule: 'org.party-label' });
      Object.assign(seat, { type: 'place', mentionType: 'place', metonym: false, surnameOnly: false, rule: 'place.seat' });
      continue;
    }
    if ((after !== ')' && after !== '/') || c.to - c.from !== 1) continue;
    // A cycling result writes it in small letters before the team: "(Ned/Veldstra-Noord)".
    const code = after === '/' ? c.words[c.from]!.text.toUpperCase() : c.words[c.from]!.text;
    const country = countryOfCode.get(code);
    if (!country) continue;
    // Not the initials of the words before it: "Iraqi News Agency (INA)".
    if (c.words.slice(Math.max(0, c.from - 1 - code.length), c.from - 1).map((w) => w.text[0]).join('') === code) continue;
    Object.assign(c, { type: 'place', mentionType: 'place', name: country, nameWords: country.split(' '), form: 'alias', rule: 'place.country-code', strength: 3 });
  }
}

/** "Brussels welcomed the decision": a capital that acts for a body seated there stands for the body, not for its country. */
function readCapitalBodies(candidates: Candidate[]): void {
  for (const c of candidates) {
    const body = c.rule === 'place.metonym.capital' ? capitalBodies.get(c.words[c.from]!.text) : undefined;
    // The mention stays a place, as a capital standing for its state does.
    if (body && c.to - c.from === 1) Object.assign(c, { name: body, nameWords: body.split(' '), type: 'organization', mentionType: 'place', confidence: undefined, rule: 'org.metonym.capital' });
  }
}

const STREET_OPENERS = new Set(['Rue', 'Avenue', 'Avenida', 'Calle', 'Via', 'Viale', 'Boulevard', 'Piazza', 'Plaza', 'Praça', 'Rua', 'Jalan', 'Strada']);
const STREET_HEADS = new Set(['Street', 'Avenue', 'Ave.', 'Road', 'Rd.', 'Boulevard', 'Blvd.', 'Lane', 'Square']);

/**
 * "James Street", "Ellis Road": a name ending on a street's head word is a place, though its first word is a given name; and
 * "Harrowgate Jewellers on James Street" is two names, a shop and its street.
 */
function readStreets(candidates: Candidate[]): void {
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k]!;
    if (c.nameWords.length < 2 || /^person\.(title|honorific)$/.test(c.rule)) continue;
    // "Rue de la Paix", "Avenida Paulista": a street's word may open its name.
    if (STREET_OPENERS.has(c.nameWords[0]!) && c.type !== 'place') {
      Object.assign(c, { type: 'place', mentionType: 'place', metonym: false, strength: 3, rule: 'place.street' });
      continue;
    }
    // "County Donegal", "Co. Mayo": an Irish or British county (not "County Hall", "County Council").
    if (c.nameWords.length === 2 && (c.nameWords[0] === 'County' || c.nameWords[0] === 'Co.') && c.type !== 'place' && !orgHeads.has(c.nameWords[1]!) && !placeHeads.has(c.nameWords[1]!)) {
      Object.assign(c, { type: 'place', mentionType: 'place', metonym: false, surnameOnly: false, roles: [], strength: 3, rule: 'place.county' });
      continue;
    }
    if (!STREET_HEADS.has(c.nameWords.at(-1)!)) continue;
    let on = c.to - 2;
    while (on > c.from && c.words[on]!.lower !== 'on') on--;
    if (on > c.from) {
      candidates.splice(k + 1, 0, candidate(c.sentence, c.words, on + 1, c.to, 'place', 3, 'place.street'));
      candidates[k] = candidate(c.sentence, c.words, c.from, on, 'unknown', 0, 'name.unknown');
    } else if (c.type === 'person') Object.assign(c, { type: 'place', mentionType: 'place', metonym: false, strength: 3, rule: 'place.street' });
  }
}

/**
 * "on Highway 25", "State Route 9", "Interstate 95": a road's word with its number is the road's name, a place. So is "the Group of 20"
 * a body's. A post-filter.
 */
function readNumberedNames(candidates: Candidate[]): void {
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k]!;
    const { words, to } = c;
    const group = words[to - 1]?.text === 'Group' && words[to]?.lower === 'of' && NUMBER_OF_MEMBERS.test(words[to + 1]?.text ?? '');
    const number = words[to];
    if (group) candidates[k] = Object.assign(candidate(c.sentence, words, c.from, to + 2, 'organization', 3, 'org.head-word.of'), { confidence: c.confidence, mentionType: 'organization' });
    else if (ROAD_WORDS.hasText(words[to - 1]) && number?.kind === 'word' && ROAD_NUMBER.test(number.text) && number.spaced) {
      candidates[k] = Object.assign(candidate(c.sentence, words, c.from, to + 1, 'place', 3, 'place.road'), { confidence: c.confidence, mentionType: 'place' });
    }
  }
}
const NUMBER_OF_MEMBERS = /^\d{1,3}$/;
const ROAD_WORDS = new WordSet(['Highway', 'Route', 'Interstate', 'Motorway', 'Expressway', 'Freeway']);
const ROAD_NUMBER = /^[A-Z]?\d{1,4}[A-Z]?$/;

const RESIDENTS = /^\p{Lu}\p{Ll}+(?:an|er)s$/u;
/** The place a plural like "Texans", "Californians", "Parisians", "New Yorkers" names the people of, if the gazetteer knows it. */
function residentsOf(nameWords: readonly string[]): boolean {
  const last = nameWords.at(-1)!;
  if (!RESIDENTS.test(last)) return false;
  const one = last.slice(0, -1);
  const stems = [one.slice(0, -2), one.slice(0, -3), `${one.slice(0, -1)}s`, `${one.slice(0, -1)}a`, `${one.slice(0, -3)}a`];
  // "New Yorkers" with the words before; "Many Texans", "Ohioans and Texans" without, but not "Houston Texans", a team.
  const alone = nameWords.slice(0, -1).every((w) => commonWordSet.has(w.toLowerCase()) || RESIDENTS.test(w));
  return stems.some((stem) => stem.length >= 3 && ((alone && isGazetteerPlace([stem])) || isGazetteerPlace([...nameWords.slice(0, -1), stem])));
}

/**
 * "Many Texans voted", "New Yorkers and Londoners": the people of a place are no named body, whatever the reader made of them.
 * Not after "the", where a team takes such a name ("the Texans won").
 */
function cutResidents(candidates: Candidate[]): void {
  for (let k = candidates.length - 1; k >= 0; k--) {
    const c = candidates[k]!;
    // A plural: most names are none, which spares them the other tests.
    if (!c.nameWords.at(-1)!.endsWith('s') || LEXICON_PLACE.test(c.rule) || wordBefore(c)?.lower === 'the' || !residentsOf(c.nameWords)) continue;
    candidates.splice(k, 1);
  }
}

const PRODUCT_DETERMINERS = new WordSet(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our']);

/**
 * "the Partido da Renovação Nacional", "his coalition, Alianza por Bogotá,", "the Frente Amplio": a foreign word for a party, a
 * movement or a body opens a name that runs on over capitalized words and the small words that link them, however the reader cut or
 * typed its parts. A post-filter.
 */
function joinForeignBodyNames(candidates: Candidate[]): void {
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k]!;
    const { words } = c;
    // The opener: the candidate's first word, or a capitalized word up to two links or words before it.
    let open = c.from;
    for (let i = c.from - 1; i >= 0 && c.from - i <= 3 && words[i]!.kind === 'word' && (words[i]!.capitalized || FOREIGN_NAME_LINKS.hasText(words[i])); i--) if (isForeignOpener(words[i]!)) open = i;
    if (!isForeignOpener(words[open]!)) continue;
    let end = open + 1;
    for (;;) {
      if (words[end]?.kind === 'word' && words[end]!.capitalized && !ALL_CAPS_WORD.test(words[end]!.text)) end++;
      else if (FOREIGN_NAME_LINKS.hasText(words[end]) && words[end + 1]?.kind === 'word' && words[end + 1]!.capitalized) end += 2;
      else break;
    }
    if (end - open < 2 || (open === c.from && end <= c.to && c.type === 'organization')) continue;
    // Only over the candidates inside it.
    let first = k;
    while (first > 0 && candidates[first - 1]!.words === words && candidates[first - 1]!.end > words[open]!.start) first--;
    let last = k;
    while (candidates[last + 1]?.words === words && candidates[last + 1]!.start < words[end - 1]!.end) last++;
    if (candidates[first]!.start < words[open]!.start || candidates[last]!.end > words[end - 1]!.end) continue;
    candidates.splice(first, last - first + 1, candidate(c.sentence, words, open, end, 'organization', Math.max(c.strength, 2), 'org.foreign-opener'));
    k = first;
  }
}
const isForeignOpener = (w: Word) => w.capitalized && (foreignBodyOpeners.hasText(w) || foreignCompanyOpeners.hasText(w));
const FOREIGN_NAME_LINKS = new WordSet(['de', 'del', 'da', 'do', 'das', 'dos', 'por', 'para', 'e', 'y', 'la', 'las', 'los', 'el']);

/** "chief economist at Banco Base": a name that a foreign word for a bank or a company opens is a company's, whatever its last word. */
function readForeignCompanies(candidates: Candidate[]): void {
  for (const c of candidates) {
    // And a person's shape the reader gave "Teatro La Fenice", "Ondas Produções" or "Kestrel Mobile" (not "Mark Mobile").
    const person = c.type === 'person' && !/^person\.(title|honorific)$/.test(c.rule) && !isGivenName(c.words[c.from]!);
    if ((c.type !== 'place' && !person) || c.nameWords.length < 2) continue;
    const rule = foreignCompanyOpeners.hasText(c.words[c.from]) ? 'org.foreign-opener' : companyEndsAfterReader.hasText(c.words[c.to - 1]) ? 'org.company-end' : '';
    if (rule) Object.assign(c, { type: 'organization', mentionType: 'organization', metonym: false, strength: Math.max(c.strength, 2), rule });
  }
}

/**
 * "Social Democrats narrowly win …": a word opening the sentence, read as a common one, is the first word of a name the text
 * writes whole elsewhere ("The Social Democrats took 27.5 percent").
 */
function joinOpeningWords(candidates: Candidate[]): void {
  const byName = new Map<string, Candidate>();
  for (const c of candidates) if (c.nameWords.length >= 2 && !byName.has(c.name)) byName.set(c.name, c);
  // Where the candidates start, gathered for the first name found whole, before any changes.
  let starts: Set<number> | undefined;
  for (let k = candidates.length - 1; k >= 0; k--) {
    const c = candidates[k]!;
    const opening = wordBefore(c);
    if (!opening || opening.kind !== 'word' || !opening.capitalized || !isInitial(c.words, c.from - 1)) continue;
    const whole = byName.get(`${opening.norm} ${c.name}`);
    if (!whole || whole.nameWords.length !== c.nameWords.length + 1) continue;
    starts ??= new Set(candidates.map((d) => d.start));
    // Where a reader read the whole name here too, the part goes.
    if (starts.has(opening.start)) candidates.splice(k, 1);
    else candidates[k] = Object.assign(candidate(c.sentence, c.words, c.from - 1, c.to, whole.type, Math.max(c.strength, whole.strength), 'name.repeated'), { roles: c.roles });
  }
}

/**
 * "the same A18 chip", "F-16 jets": a code of letters and digits before a noun other than a road's names a product, not a place (the
 * reader reads such codes as roads: "the M25 motorway", "the A18 was closed").
 */
function cutProductCodes(candidates: Candidate[]): void {
  dropCandidates(candidates, (c) => {
    if (c.type !== 'place') return false;
    const noun = c.words[c.to];
    // A noun: a lower-case word that is no common function word or verb ("the A18 near Grimsby", "the A18 reopened").
    const product = !!noun && LOWER_WORD.test(noun.text) && !commonWordSet.hasLower(noun) && !PARTICIPLE_END.test(noun.lower) && !ROAD_NOUNS.hasLower(noun);
    return product && c.nameWords.some((w) => hasDigit(w));
  });
}
const ROAD_NOUNS = new WordSet(['road', 'roads', 'motorway', 'highway', 'freeway', 'interstate', 'route', 'bypass', 'junction', 'corridor', 'expressway', 'tunnel', 'bridge', 'roundabout', 'carriageway']);

/**
 * "Lumen Labs … the Lumen Vista", "a Boeing 737": after a determiner, a company's name (or its name without its head word) before
 * more capitalized words names a product, not a person or a place. A title, an honorific or a first name still makes a person, and a
 * head word or a connector an organization or a place ("the Corvane Foundation", "the Eastern District of New York").
 */
function cutProductsOfCompanies(candidates: Candidate[]): void {
  // The companies' names, gathered for the first name that may be a product's (few are), from the candidates as they were before any
  // was dropped.
  const all = candidates.slice();
  let companies: Set<string> | undefined;
  const companyNames = () => {
    if (companies) return companies;
    companies = new Set<string>();
    for (const c of all) {
      if (c.type !== 'organization' || c.titleOnly) continue;
      companies.add(c.nameWords.join(' ').toLowerCase());
      const last = c.nameWords.at(-1)!;
      if (c.nameWords.length >= 2 && (orgHeads.has(last) || legalSuffixes.has(last)) && !isGazetteerPlace(c.nameWords.slice(0, -1))) {
        companies.add(c.nameWords.slice(0, -1).join(' ').toLowerCase());
      }
    }
    return companies;
  };
  const isProduct = (c: Candidate) => {
    if (c.nameWords.length < 2 || c.titleOnly || PERSON_EVIDENCE.test(c.rule) || LEXICON_PLACE.test(c.rule) || c.rule.startsWith('org.')) return false;
    // An organization stays: "the Google Science Fair" is Google's, but an organization too. Not before a word for products:
    // "Orland Sierra and Orland Vista models".
    // Nor before a model's number, after an article: "The Orbix Fold 1 will go on sale" (not "beat Blackburn Rovers 2-1").
    const next = c.words[c.to];
    const numbered = !!next?.info.digitFirst && next.spaced && c.words[c.to + 1]?.kind === 'word' && PRODUCT_DETERMINERS.hasLower(wordBefore(c));
    const products = productNounFollows(c.words, c.to) || numbered;
    if (c.type === 'organization' && !products) return false;
    // "the Corvane Foundation", "the Corvane Arena" are named by their head word.
    const last = c.nameWords.at(-1)!;
    if (c.nameWords.some((w) => CONNECTORS.has(w)) || orgHeads.has(last) || placeHeads.has(last) || legalSuffixes.has(last)) return false;
    if (!PRODUCT_DETERMINERS.hasLower(wordBefore(c)) && !products) return false;
    const known = companyNames();
    for (let n = 1; n < c.nameWords.length; n++) if (known.has(c.nameWords.slice(0, n).join(' ').toLowerCase())) return true;
    return false;
  };
  dropCandidates(candidates, isProduct);
}

/** Does a word for products follow the name at `to`, past other names joined to it ("Sierra and Orland Vista models")? */
function productNounFollows(words: Word[], to: number): boolean {
  for (let k = to; k < words.length && k < to + 6; k++) {
    if (PRODUCT_NOUNS.hasLower(words[k])) return true;
    if (!words[k]!.capitalized && words[k]!.lower !== 'and' && words[k]!.lower !== 'or' && words[k]!.text !== ',') return false;
  }
  return false;
}
const PRODUCT_NOUNS = new WordSet(['model', 'models', 'car', 'cars', 'vehicle', 'vehicles', 'truck', 'trucks', 'phone', 'phones', 'handsets', 'device', 'devices', 'laptops', 'tablets', 'jets', 'jetliners', 'aircraft', 'engines', 'sedans', 'SUVs', 'pickups', 'drones', 'consoles']);

/** "Alzheimer's disease", "Moore's law": nouns that a name written as their owner makes the name of a thing. */
const EPONYM_NOUNS = new Set(['disease', 'syndrome', 'disorder', 'palsy', 'law', 'paradox', 'principle', 'theorem']);

/**
 * "early Alzheimer's disease … early Alzheimer's": a name the text writes as the owner of a disease or a law names the thing, there and
 * wherever the text writes it so again; no one is named, unless a title, an honorific or a first name says so.
 */
function cutEponyms(readings: readonly NameReading[], candidates: Candidate[]): void {
  // The rules propose every capitalized word but a common one opening a sentence: their names are where to look.
  let eponyms: Set<string> | undefined;
  for (const { words, proposed } of readings) {
    for (const c of proposed) {
      const w = words[c.to - 1]!;
      if (c.to - c.from === 1 && w.norm.length !== w.text.length && EPONYM_NOUNS.has(words[c.to]?.lower ?? '')) (eponyms ??= new Set()).add(w.norm);
    }
  }
  if (!eponyms) return;
  const thing = (c: Candidate) => c.to - c.from === 1 && eponyms!.has(c.words[c.from]!.norm) && c.words[c.from]!.normEnd !== c.words[c.from]!.end && !PERSON_EVIDENCE.test(c.rule);
  dropCandidates(candidates, thing);
}

const CREDIT_LABEL = /^(?:Photo|Image|Picture|Video|Credit|Illustration)s?$/;

/** "Additional reporting by", "Further writing by": the word before a credit's "-ing by" is part of the label. */
const opensCredit = (c: Candidate) => c.to - c.from === 1 && c.words[c.to + 1]?.lower === 'by' && !!c.words[c.to]?.lower.endsWith('ing');

/**
 * "International Space Station Image: Twitter / NASA": a caption's credit label ends the name before it;
 * and a credit's label is no name ("Additional reporting by Pavel Orlov").
 */
function cutCreditLabels(candidates: Candidate[]): void {
  let kept = 0;
  for (const c of candidates) {
    const last = c.words[c.to - 1]!;
    if (opensCredit(c)) continue;
    if (c.words[c.to]?.text !== ':' || !CREDIT_LABEL.test(last.text)) candidates[kept++] = c;
    else if (c.to - c.from > 1) {
      const cut = candidate(c.sentence, c.words, c.from, c.to - 1, c.type, c.strength, c.rule, c.form);
      cut.confidence = c.confidence;
      cut.mentionType = c.mentionType;
      candidates[kept++] = cut;
    }
  }
  keepFirst(candidates, kept);
}

/** Is the name after "and" one of the subjects a title names, before the title ("Climate Crisis and Civil Protection Minister")? */
function isTitleSubject(words: Word[], from: number): boolean {
  if (from < 2 || (words[from - 1]?.lower !== 'and' && words[from - 1]?.text !== '&') || !words[from - 2]?.capitalized) return false;
  let k = from;
  while (k < from + 4 && words[k]?.capitalized && !titleHeads.hasText(words[k])) k++;
  return k > from && titleHeads.hasText(words[k]) && !words[k + 1]?.capitalized;
}

/**
 * "The Women's Tennis Association", "the National Farmers' Union": a group's possessive before a body's name is part of it,
 * though the rules read the body from its head word on. A post-filter.
 */
function joinOwningGroups(candidates: Candidate[]): void {
  let owners: Set<Candidate> | undefined;
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k]!;
    const owner = wordBefore(c);
    if (c.type !== 'organization' || !owner?.capitalized || owner.normEnd === owner.end || !OWNING_GROUPS.hasNorm(owner)) continue;
    // Not inside a longer name; the group's word read alone ("Women") goes into the body's name.
    const previous = k > 0 ? candidates[k - 1] : undefined;
    const read = previous?.words === c.words && previous.to >= c.from ? previous : undefined;
    if (read && read.from < c.from - 1) continue;
    if (read) (owners ??= new Set()).add(read);
    candidates[k] = Object.assign(candidate(c.sentence, c.words, c.from - 1, c.to, 'organization', Math.max(c.strength, 2), c.rule), { confidence: c.confidence, roles: c.roles });
  }
  if (owners) dropCandidates(candidates, (c) => owners!.has(c));
}
const OWNING_GROUPS = new WordSet(['Women', 'Men', 'Children', 'People', 'Workers', 'Farmers', 'Teachers', 'Veterans', 'Nurses', 'Doctors', 'Students', 'Journalists', 'Writers', 'Miners', 'Pilots', 'Players', 'Girls', 'Boys', 'Citizens', 'Consumers', 'Employers', 'Parents', 'Seafarers', 'Bishops']);

/** "leaving for Emirates", not "the Emirates": a country's other name that the lexicon also knows as a company's is the company's without "the". */
const FUNCTION_PREPOSITIONS = new WordSet(['and', 'or', 'to', 'from', 'on', 'in', 'at', 'for', 'with', 'by']);
function readCompaniesNamedAsCountries(candidates: Candidate[]): void {
  for (const c of candidates) {
    const word = c.words[c.from]!;
    const before = wordBefore(c);
    const after = c.words[c.to];
    // Not a country in a list, nor one that qualifies a noun: "Saudi Arabia and Emirates officials", "Vatican grounds".
    const qualifies = after?.kind === 'word' && !after.capitalized && !FUNCTION_PREPOSITIONS.hasLower(after);
    if (c.type === 'place' && c.rule === 'place.lexicon.country' && c.to - c.from === 1 && knownOrganizations.has(word.norm) && before?.lower !== 'the' && before?.text !== ',' && before?.lower !== 'and' && !qualifies) {
      Object.assign(c, { type: 'organization', mentionType: 'organization', metonym: false, strength: 3, rule: 'org.lexicon.org', name: word.norm, nameWords: [word.norm] });
    }
  }
}

/**
 * "Brent crude", "West Texas Intermediate crude": a name before "crude" is an oil's grade, and so is its name alone ("Brent fell");
 * not a place the lexicon knows ("U.S. crude stocks", "Iran crude exports").
 */
function cutCrudeGrades(candidates: Candidate[]): void {
  let grades: Set<string> | undefined;
  for (const c of candidates) if (c.words[c.to]?.lower === 'crude' && !LEXICON_PLACE.test(c.rule)) (grades ??= new Set()).add(c.name);
  if (grades) dropCandidates(candidates, (c) => grades.has(c.name));
}

/** "He was awarded the Padma Bhushan", "she won the Sakharov": what is awarded or won with "the" is a prize, no person. A post-filter. */
function cutAwardNames(candidates: Candidate[]): void {
  // Not an owner: "won the Bush administration's approval".
  dropCandidates(candidates, (c) => c.type === 'person' && wordBefore(c)?.lower === 'the' && AWARD_VERBS.hasLower(wordBefore(c, 2)) && c.words[c.to - 1]!.normEnd === c.words[c.to - 1]!.end);
}
const AWARD_VERBS = new WordSet(['awarded', 'won', 'win', 'winning', 'received', 'receive']);

/**
 * "the James Webb Space Telescope", "the Pulitzer Prize", "the Paris Agreement": capitalized words that end on a word for a thing
 * name the thing, not the person or the place whose name they hold ("the Office of Protocol" is a body). A post-filter.
 */
function cutThingNames(candidates: Candidate[]): void {
  let kept = 0;
  for (const c of candidates) {
    let end = c.to;
    while (end < c.to + 4 && c.words[end]?.kind === 'word' && c.words[end]!.capitalized) end++;
    // "the Paris Agreement": a treaty's word right after the place, in a sentence of the text ("China, Britain Sign Treaty" is a headline's).
    const own = c.to - c.from >= 2 && treatyHeads.hasText(c.words[c.to - 1]) && c.words[c.to - 2]!.lower !== 'of';
    const treaty = (own || treatyHeads.hasText(c.words[c.to])) && c.sentence.block.kind !== 'headline';
    if (!thingHeads.hasText(c.words[end - 1]) && !treaty) candidates[kept++] = c;
  }
  keepFirst(candidates, kept);
}

const TITLING = new WordSet(['titled', 'entitled']);

/**
 * "whose film Aria di Ferro", "the album Midnight Harbour", "to Night Harbour, a slow-burning thriller": the title of a work, named
 * after a word for it or before one set off as its description, names no person, place or body. Not a person the rules are sure of
 * ("the album Taylor Swift released"). A post-filter.
 */
function cutWorkTitles(candidates: Candidate[]): void {
  const titled = (c: Candidate) => {
    const { words } = c;
    let k = c.from - 1;
    // Back over the title's first words and small ones inside it: "Aria di Ferro".
    while (k > 0 && c.from - k < 5 && words[k]!.kind === 'word' && (words[k]!.capitalized || TITLE_PARTICLES.hasText(words[k]!))) k--;
    if (k < c.from - 1 && !words[k + 1]!.capitalized) return false;
    // "the film “The Salt Crossing”": past the title's opening mark.
    const marked = k >= 0 && TITLE_OPENING_MARKS.has(words[k]!.text);
    if (workNouns.hasText(wordOrNone(words, marked ? k - 1 : k))) return true;
    // "The report, titled “Invisible Shores,” documents": a title in marks after "titled".
    if (marked && TITLING.hasLower(wordOrNone(words, k - 1))) return true;
    // "“Las Hermanas del Ebro,” directed by": a title in marks that a participle of making describes.
    let after = c.to;
    while (after < c.to + 3 && words[after] && words[after]!.kind !== 'word') after++;
    if (marked && after > c.to && WORK_MAKING.hasLower(words[after]) && words[after + 1]?.lower === 'by') return true;
    // ", a slow-burning thriller about": the work described after a comma, its word the description's head (not "a film studio",
    // "a book publisher", "a drama student").
    if (words[c.to]?.text !== ',' || !indefiniteArticles.hasLower(words[c.to + 1])) return false;
    for (let j = c.to + 2; j < c.to + 5; j++) {
      const next = words[j + 1];
      if (workNouns.hasText(words[j])) return !next || next.kind !== 'word' || WORK_DESCRIPTION_LINKS.hasLower(next);
    }
    return false;
  };
  let kept = 0;
  for (const c of candidates) if ((c.type === 'person' && PERSON_EVIDENCE.test(c.rule)) || !titled(c)) candidates[kept++] = c;
  keepFirst(candidates, kept);
}
/**
 * "Roe v. Wade", "Brown v. Board of Education": the parties a court case joins with "v." name the case, not a person or a body of the
 * story. A fixture's "Essex v Yorkshire", written without the full stop, keeps its teams.
 */
function cutCaseNames(candidates: Candidate[]): void {
  // The index of the word after "v." at k, or -1.
  const afterVersus = (words: Word[], k: number) => {
    const v = words[k];
    if (v?.lower === 'v.') return k + 1;
    return v?.lower === 'v' && words[k + 1]?.text === '.' ? k + 2 : -1;
  };
  const isCase = (c: Candidate) => {
    const next = c.words[afterVersus(c.words, c.to)];
    if (next?.capitalized) return true;
    const from = c.from;
    return (from > 0 && afterVersus(c.words, from - 1) === from) || (from > 1 && afterVersus(c.words, from - 2) === from);
  };
  let kept = 0;
  for (const c of candidates) if (!isCase(c)) candidates[kept++] = c;
  keepFirst(candidates, kept);
}

/**
 * "the Takaful and Karama programme": a name before a scheme's noun in lower case names the scheme, not a person, unless the text
 * gives the person away (a given name, a title), there or elsewhere ("the Trump plan"). A post-filter.
 */
function cutSchemeNames(candidates: Candidate[]): void {
  let surnames: Set<string> | undefined;
  const named = (name: string) =>
    (surnames ??= new Set(candidates.filter((d) => d.type === 'person' && PERSON_EVIDENCE.test(d.rule)).map((d) => d.nameWords.at(-1)!))).has(name);
  let kept = 0;
  for (const c of candidates) if (c.type !== 'person' || PERSON_EVIDENCE.test(c.rule) || !SCHEME_NOUNS.hasText(c.words[c.to]) || named(c.name)) candidates[kept++] = c;
  keepFirst(candidates, kept);
}
const SCHEME_NOUNS = new WordSet(['programme', 'program', 'scheme', 'project', 'initiative', 'fund', 'plan', 'doctrine', 'formula']);

const TITLE_PARTICLES = new WordSet(['of', 'the', 'di', 'de', 'del', 'la', 'le', 'and', 'a', 'in', 'on']);
const TITLE_OPENING_MARKS = new Set(['"', '“', '‘']);
const WORK_MAKING = new WordSet(['directed', 'written', 'produced', 'composed', 'choreographed', 'published']);
const WORK_DESCRIPTION_LINKS = new WordSet(['about', 'by', 'from', 'that', 'which', 'set', 'starring', 'directed', 'written', 'released', 'based']);
// Not "play", "single" or "feature", verbs and adjectives too: "to play Liechtenstein".
export const workNouns = new WordSet(['film', 'movie', 'album', 'novel', 'book', 'song', 'documentary', 'series', 'opera', 'musical',
  'memoir', 'thriller', 'drama', 'comedy', 'biopic', 'podcast', 'painting', 'poem', 'ballet', 'sitcom', 'miniseries', 'EP', 'mixtape', 'sequel']);

/**
 * "St. Peter's Basilica", "St. Paul's Cathedral": a saint's or a founder's name in the possessive before the head word of a place is that
 * place's name, not a person's. A post-filter.
 */
function readPossessiveNames(candidates: Candidate[]): void {
  const joined = new Set<Candidate>();
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k]!;
    const owner = c.words[c.to - 1]!;
    const head = c.words[c.to];
    // The head word alone is a name no rule could type ("Basilica"), which the place's name takes in.
    const next = candidates[k + 1]?.start === head?.start ? candidates[k + 1] : undefined;
    if (c.type !== 'person' || owner.normEnd === owner.end || head?.kind !== 'word' || !head.capitalized || (next && (next.type !== 'unknown' || next.to !== c.to + 1))) continue;
    if (!placeHeads.hasText(head) && !HOUSES_OF_WORSHIP.hasText(head)) continue;
    candidates[k] = Object.assign(candidate(c.sentence, c.words, c.from, c.to + 1, 'place', 3, 'place.head-word'), { confidence: c.confidence, mentionType: 'place' });
    if (next) joined.add(next);
  }
  if (joined.size) candidates.splice(0, candidates.length, ...candidates.filter((c) => !joined.has(c)));
  // "at Lord's on Friday", "Sotheby's said", "Shares of Macy's fell": a possessive that owns nothing is the name's own, a place's or a
  // company's named for its founder, when the text never writes the word without it ("Clinton's, not Trump's" is Clinton's).
  let bare: Set<string> | undefined;
  // The names so read: "Christie's head of Latin American art" is then the company's head too.
  const ownNames = new Map<string, EntityType>();
  for (let pass = 0; pass < 2; pass++) for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k]!;
    const owner = c.words[c.to - 1]!;
    const after = c.words[c.to];
    if (c.type === 'unknown' || owner.normEnd === owner.end || c.to - c.from !== 1 || ALL_CAPS_WORD.test(owner.norm) || !foldApostrophes(owner.text).endsWith("'s")) continue;
    if (pass === 1 && (!ownNames.has(owner.norm) || c.end === owner.end)) continue;
    const known = matchGazetteerTokens(c.words, c.from, false);
    // Not "a friend of Epstein's", whose possessive owns what is left out (a person).
    const ofSomeones = wordBefore(c)?.lower === 'of' && (personalRelations.has(wordBefore(c, 2)?.lower ?? '') || jobNouns.hasLower(wordBefore(c, 2)));
    const ownsNothing = !after || after.kind !== 'word' || OWNS_NOTHING.hasLower(after) || isVerbInPast(c.words, c.to);
    if (pass === 0 && (!ownsNothing || (known && (PLACE_KINDS.has(known.kind) || known.kind === 'org')) || ofSomeones)) continue;
    bare ??= new Set(candidates.filter((d) => d.words[d.to - 1]!.normEnd === d.words[d.to - 1]!.end).flatMap((d) => d.nameWords));
    if (bare.has(owner.norm)) continue;
    const type = ownNames.get(owner.norm) ?? (c.type === 'place' ? 'place' : 'organization');
    ownNames.set(owner.norm, type);
    const named = Object.assign(candidate(c.sentence, c.words, c.from, c.to, type, Math.max(c.strength, 2), c.rule), { confidence: c.confidence, mentionType: type });
    named.end = owner.end;
    named.name = `${named.name}'s`;
    named.nameWords = [...named.nameWords.slice(0, -1), `${named.nameWords.at(-1)!}'s`];
    candidates[k] = named;
  }
}
/** "Christie's declined to name", "Sotheby's confirmed the sale": a verb in "-ed" before what it governs, not an adjective before a noun. */
function isVerbInPast(words: Word[], i: number): boolean {
  const next = words[i + 1];
  return words[i]!.lower.endsWith('ed') && (!next || next.kind !== 'word' || VERB_OBJECT_OPENERS.hasLower(next));
}
const VERB_OBJECT_OPENERS = new WordSet(['to', 'that', 'the', 'a', 'an', 'its', 'their', 'on', 'in', 'at', 'it', 'them']);
/** Words after a possessive that show it owns nothing: "Lord's on Friday", "Macy's fell". */
const OWNS_NOTHING = new WordSet(['on', 'in', 'at', 'for', 'from', 'with', 'was', 'is', 'has', 'had', 'will', 'would', 'said', 'says', 'which', 'who', 'fell', 'rose', 'announced', 'reported']);
const HOUSES_OF_WORSHIP = new WordSet(['Basilica', 'Church', 'Abbey', 'Chapel', 'Mosque', 'Temple', 'Shrine', 'Synagogue']);

/**
 * "the Food and Drink Federation", "the Fire and Rescue Service": a body's name after "the" may join two words with "and";
 * the first is part of it when it is no name of its own. A post-filter.
 */
function readJoinedBodyNames(candidates: Candidate[]): void {
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k]!;
    const { words } = c;
    const first = wordBefore(c, 2);
    if (c.type !== 'organization' || wordBefore(c)?.lower !== 'and' || wordBefore(c, 3)?.lower !== 'the' || !first?.capitalized) continue;
    const before = k > 0 ? candidates[k - 1] : undefined;
    if (!isOrgHeadWord(words[c.to - 1]!.norm) || (before?.words === words && before.to > c.from - 2)) continue;
    candidates[k] = Object.assign(candidate(c.sentence, words, c.from - 2, c.to, 'organization', 3, 'org.head-word'), { confidence: c.confidence, mentionType: 'organization' });
  }
}

/**
 * "Savannah Resources says": a name that ends on a word only companies' names end on is a company's. A post-filter. So is one
 * that opens the sentence on a common word the rules left out ("Fast Retailing, the owner of …").
 */
function readCompanyNames(candidates: Candidate[]): void {
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k]!;
    // So is a place only the entity reader read: "Marcus Feld of Trelawny Research".
    const read = c.type === 'person' ? !PERSON_EVIDENCE.test(c.rule) : c.type === 'place' && c.rule === 'ner.model';
    if (!read) continue;
    // "Lunsemfwa | Copper Resources": the reader may have cut the words of its trade off the name.
    const trade = tradeWordsAfter(c.words, c.to);
    if (trade > c.to) {
      widen(candidates, k, Object.assign(candidate(c.sentence, c.words, c.from, trade, 'organization', 3, 'org.company-name'), { confidence: c.confidence }));
      continue;
    }
    if (!companyNameEnds.has(c.nameWords.at(-1)!)) continue;
    if (c.nameWords.length >= 2) Object.assign(c, { type: 'organization', mentionType: 'organization', rule: 'org.company-name', strength: 3, metonym: false, surnameOnly: false });
    else if (c.from === 1 && c.words[0]!.capitalized && c.words[0]!.kind === 'word' && !SENTENCE_ADVERBS.hasLower(c.words[0]!) && !FUNCTION_WORDS.hasLower(c.words[0]!)) candidates[k] = Object.assign(candidate(c.sentence, c.words, 0, c.to, 'organization', 3, 'org.company-name'), { confidence: c.confidence });
  }
}

/** The end of capitalized words from word `from` that end on a word only companies' names end on ("Copper Resources"); else `from`. */
function tradeWordsAfter(words: Word[], from: number): number {
  let end = from;
  while (end < from + 3 && words[end]?.kind === 'word' && words[end]!.capitalized && !NOT_NAME_CAPITALS.hasNorm(words[end]!)) end++;
  return end > from && companyNameEnds.has(words[end - 1]!.text) ? end : from;
}

/** "Hale Bishop LLP": a legal form the reader read alone ends the capitalized words before it, a firm's name. A post-filter. */
function joinLegalSuffixes(candidates: Candidate[]): void {
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k]!;
    const { words } = c;
    if (c.to - c.from !== 1 || !legalSuffixes.hasText(words[c.from])) continue;
    let from = c.from;
    while (from > 0 && c.from - from < 4 && ((words[from - 1]!.kind === 'word' && words[from - 1]!.capitalized && !isTimeWord(words[from - 1])) || (words[from - 1]!.text === '&' && from - 1 < c.from - 1))) from--;
    if (words[from]!.text === '&') from++;
    // Not a word that opens the sentence: "When Hale Bishop LLP took the case", "Yesterday Hale Bishop LLP said".
    if (from === 0 && from < c.from - 1 && (commonWordSet.hasLower(words[0]) || isTimeWord(words[0]) || SENTENCE_ADVERBS.hasLower(words[0]!))) from++;
    const before = k > 0 ? candidates[k - 1]! : undefined;
    if (from === c.from || (before?.words === words && before.to > from)) continue;
    candidates[k] = Object.assign(candidate(c.sentence, words, from, c.to, 'organization', 3, 'org.legal-suffix'), { confidence: c.confidence });
  }
}

const SURNAME_ENDING = /[aiou]s$/;
/** Plurals that name land, not teams: "the Oakland Hills", "the Florida Everglades". */
const LANDFORMS = new WordSet(['Hills', 'Heights', 'Highlands', 'Lowlands', 'Everglades', 'Glades', 'Plains', 'Lakes', 'Falls', 'Springs', 'Keys', 'Islands', 'Isles', 'Mountains', 'Cliffs', 'Woods', 'Dunes', 'Flats', 'Meadows', 'Marshes', 'Gardens', 'Downs', 'Fields', 'Rapids', 'Narrows', 'Bluffs', 'Pines', 'Oaks', 'Valleys', 'Ranges', 'Badlands', 'Wetlands', 'Moors', 'Fens', 'Dales', 'Lochs', 'Banks']);
/**
 * "The Detroit Pistons traded …", "the Sacramento Kings": a city or a state, then a plural in capitals, is a team. A post-filter. Not
 * a place with a feature of the land ("Palm Springs", "Cedar Rapids"), nor people ("Detroit Democrats").
 */
function readTeamNames(candidates: Candidate[]): void {
  // "Pohang Steelers beat … The Steelers' coach": the plural, a body's name alone elsewhere, says a team of a place we do not know.
  let bodyNames: Set<string> | undefined;
  for (const c of candidates) {
    if (c.type === 'organization' || c.nameWords.length < 2 || PERSON_EVIDENCE.test(c.rule) || LEXICON_PLACE.test(c.rule)) continue;
    const last = c.nameWords.at(-1)!;
    if (last.length < 4 || !last.endsWith('s') || last.endsWith('ss') || isFeatureNoun(last.toLowerCase()) || LANDFORMS.has(last) || groupNouns.has(last)) continue;
    bodyNames ??= new Set(candidates.filter((d) => d.type === 'organization' && d.nameWords.length === 1).map((d) => d.name));
    if (!isGazetteerPlace(c.nameWords.slice(0, -1)) && !bodyNames.has(last)) continue;
    // Not a person the reader read whose given name is a place's ("Chad Curtis", "Dallas Evans"), nor a surname in "-is" or "-us".
    const first = c.nameWords[0]!;
    if (maleNames.has(first) || femaleNames.has(first) || (c.type === 'person' && placeGivenNames.has(first)) || SURNAME_ENDING.test(last)) continue;
    Object.assign(c, { type: 'organization', mentionType: 'organization', rule: 'org.team', strength: 3, metonym: false, surnameOnly: false });
  }
}

/**
 * "Duke Energy said", "shares of Wichita Power", "Saltmarsh Bio makes": a company's name whose last word, a service or company word, the reader left out
 * or did not read at all. Not before another capitalized word ("the Energy Department"), nor after a given name or a person's
 * title ("Samantha Power").
 */
function readServiceCompanies(readings: readonly NameReading[], candidates: Candidate[]): void {
  /** The candidates' indexes by sentence, made for the first sentence that needs them: a long text stays linear. */
  let bySentence: Map<Word[], number[]> | undefined;
  for (const { sentence, words, input, capitalizedAt } of readings) {
    if (input.mode !== SentenceMode.Normal) continue;
    for (const i of capitalizedAt) {
      const last = words[i]!;
      if (i < 1 || !last.spaced || (!serviceWords.hasText(last) && !companyNameEnds.hasText(last) && !companyEndsAfterReader.hasText(last)) || words[i + 1]?.capitalized) continue;
      if (!bySentence) {
        bySentence = new Map();
        for (const [k, c] of candidates.entries()) (bySentence.get(c.words) ?? bySentence.set(c.words, []).get(c.words)!).push(k);
      }
      const indexes = bySentence.get(words) ?? bySentence.set(words, []).get(words)!;
      const k = indexes.find((k) => candidates[k]!.from <= i && i <= candidates[k]!.to) ?? -1;
      const c = k >= 0 ? candidates[k] : undefined;
      if (c && c.to === i && !c.titleOnly && !(c.type === 'person' && PERSON_EVIDENCE.test(c.rule))) {
        candidates[k] = Object.assign(candidate(sentence, words, c.from, i + 1, 'organization', 3, 'org.company-name'), { confidence: c.confidence, mentionType: 'organization' });
        continue;
      }
      const first = words[i - 1]!;
      if (c || !first.capitalized || wordOrNone(words, i - 2)?.capitalized || commonWordSet.hasLower(first) || firstNames.hasNorm(first)) continue;
      indexes.push(candidates.push(candidate(sentence, words, i - 1, i + 1, 'organization', 3, 'org.company-name')) - 1);
    }
  }
}

/**
 * "Municipal Employees Union Local 483", "UAW Local 600": a union's branch named by its number, which the reader cuts off the name
 * or leaves out of it. A post-filter.
 */
function readNumberedUnits(candidates: Candidate[]): void {
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k]!;
    const { words } = c;
    if (c.type !== 'organization' && c.type !== 'unknown') continue;
    const unit = numberedUnits.hasText(words[c.to - 1]) ? c.to - 1 : numberedUnits.hasText(words[c.to]) && words[c.to]!.spaced ? c.to : -1;
    if (unit < 0 || !UNIT_NUMBER.test(numberText(words, unit + 1)) || candidates.some((o) => o.words === words && o.from === unit + 1)) continue;
    candidates[k] = withoutFinalStop(candidate(c.sentence, words, c.from, unit + 2, 'organization', Math.max(c.strength, 3), 'org.numbered-unit'));
  }
}
const UNIT_NUMBER = /^\d{1,5}[A-Z]?$/;

/** Word i's form, less the full stop that the parser leaves on a number that ends a sentence ("Local 600."). */
function numberText(words: Word[], i: number): string {
  const text = words[i]?.norm ?? '';
  return i === words.length - 1 && text.endsWith('.') ? text.slice(0, -1) : text;
}

/** The name without a sentence's full stop on its last word, a number (numberText). */
function withoutFinalStop(c: Candidate): Candidate {
  if (!c.name.endsWith('.') || c.to !== c.words.length) return c;
  c.end--;
  c.name = c.name.slice(0, -1);
  c.nameWords[c.nameWords.length - 1] = c.nameWords.at(-1)!.slice(0, -1);
  return c;
}

/** "Channel 4", "on Channel 9 at six": a broadcaster named by its number, which the reader cuts off the name or does not read. A post-filter. */
function readNumberedChannels(readings: readonly NameReading[], candidates: Candidate[]): void {
  for (const { sentence, words, capitalizedAt } of readings) {
    for (const i of capitalizedAt) {
      if (words[i]!.text !== 'Channel' || !CHANNEL_NUMBER.test(numberText(words, i + 1))) continue;
      const k = candidates.findIndex((c) => c.words === words && c.from <= i && i < c.to);
      // Not a longer name that holds it: "the English Channel".
      if (k >= 0 && (candidates[k]!.from < i || candidates[k]!.to > i + 2)) continue;
      const channel = withoutFinalStop(candidate(sentence, words, i, i + 2, 'organization', 3, 'org.channel'));
      if (k >= 0) candidates[k] = channel;
      else candidates.push(channel);
    }
  }
}
const CHANNEL_NUMBER = /^\d{1,2}$/;

/** "across the Carolinas", "the two Koreas": the plural of a word that ends the names of several places names them all. A post-filter. */
function readPluralPlaces(candidates: Candidate[]): void {
  for (const c of candidates) {
    if (c.type === 'place' || c.to - c.from !== 1 || !isPluralOfPlaceNames(c.words[c.from]!.text)) continue;
    Object.assign(c, { type: 'place', mentionType: 'place', metonym: false, surnameOnly: false, strength: Math.max(c.strength, 3), rule: 'place.plural' });
  }
}

const TIME_ZONE = /^(?:[A-Z]{1,4}T|UTC|GMT)$/;
const CLOCK_TIME = /^(?:\d{1,2}(?:[:.]\d\d)?(?:[ap]\.?m\.?)?|[ap]\.?m\.?|noon|midnight)$/i;
/** "18:05 JST", "10 a.m. PT": word i is a time zone after a time. */
const isTimeZoneAt = (words: Word[], i: number) => TIME_ZONE.test(words[i]!.text) && CLOCK_TIME.test(wordOrNone(words, i - 1)?.text ?? '');

/** "Sun 12 Apr 2026": a weekday written short, without its full stop, before the day of the month (not "the Sun"). */
const isShortWeekdayAt = (words: Word[], i: number) => weekdays.has(`${words[i]!.text}.`) && DAY_OF_MONTH.test(words[i + 1]?.text ?? '');
const DAY_OF_MONTH = /^(?:[1-9]|[12]\d|3[01])$/;

/**
 * "House Bill 2214", "Senate Bill 870": a bill with its number is a text, not a body or a person; "18:05 JST", "10 a.m. PT", "Sun
 * 12 Apr": a time zone after a time, or a weekday before a date, is none either (not Brazil's PT, nor the Sun). A post-filter.
 */
function cutBillsAndTimes(candidates: Candidate[]): void {
  let kept = 0;
  for (const c of candidates) {
    const bill = c.words[c.to - 1]!.text === 'Bill' ? c.to - 1 : wordOrNone(c.words, c.to - 2)?.text === 'Bill' ? c.to - 2 : -1;
    const time = c.to - c.from === 1 && (isTimeZoneAt(c.words, c.from) || isShortWeekdayAt(c.words, c.from));
    if ((bill < c.from || !DIGITS.test(c.words[bill + 1]?.text ?? '')) && !time) candidates[kept++] = c;
  }
  keepFirst(candidates, kept);
}

/**
 * "exporters such as Toyota Motor and Sony Group": one organization read across "and" is two where the first side opens with a
 * company the lexicon knows and has no complement ("the Bank of England and Treasury" stays whole), and the second opens with one
 * too, ends on a head word or is one uncommon word. A post-filter: the rules' run keeps names ending on a head word whole.
 */
function splitListedCompanies(candidates: Candidate[]): void {
  // A company the lexicon knows inside the side, not a known name across "and" ("Securities and Exchange Commission").
  const known = (words: Word[], from: number, to: number) => {
    const entry = matchGazetteerTokens(words, from, false);
    return entry?.kind === 'org' && from + entry.length <= to;
  };
  // After a company the lexicon knows, one word that is no common one names another: "Huawei and Honor, its Chinese rivals".
  const isCompany = (words: Word[], from: number, to: number) => known(words, from, to) || (to - from >= 2 ? orgHeads.hasText(words[to - 1]!) : !commonWordSet.hasLower(words[from]));
  // "British Transport Police and Network Rail … Network Rail said": a side the text names alone elsewhere is a name of its own.
  let namedAlone: Set<string> | undefined;
  const alone = (words: Word[], from: number, to: number) =>
    (namedAlone ??= new Set(candidates.map((d) => d.name))).has(words.slice(from, to).map((w) => w.text).join(' '));
  for (let k = candidates.length - 1; k >= 0; k--) {
    const c = candidates[k]!;
    if (c.type !== 'organization') continue;
    let and = c.from + 1;
    while (and < c.to - 1 && c.words[and]!.lower !== 'and') and++;
    if (and >= c.to - 1 || !c.words.slice(c.from, and).every((w) => w.capitalized)) continue;
    // "the Senate Energy and Natural Resources Committee": a committee's name runs across "and" to its head.
    if ((c.words[c.to - 1]!.text === 'Committee' || c.words[c.to - 1]!.text === 'Subcommittee') && !orgHeads.hasText(c.words[and - 1]!)) continue;
    // "Bank Leumi and Bank Hapoalim", "Lloyds Bank and Barclays Bank": two names of one shape.
    const shaped = and - c.from >= 2 && c.to - and > 2 && (c.words[and + 1]!.text === c.words[c.from]!.text || c.words[and - 1]!.text === c.words[c.to - 1]!.text);
    const listed = shaped || (known(c.words, c.from, and) ? isCompany(c.words, and + 1, c.to) : alone(c.words, and + 1, c.to) || alone(c.words, c.from, and));
    if (!listed && !(endsCompany(c.words, c.from, and) && c.to - and > 2 && orgHeads.hasText(c.words[c.to - 1]!))) continue;
    // Each side acts as a body here, whatever the rest of the text makes of its name ("played for Nice and Paris St Germain").
    const side = (from: number, to: number) => Object.assign(candidate(c.sentence, c.words, from, to, 'organization', c.strength, 'org.listed'), { mentionType: 'organization' as const });
    const sides = [side(c.from, and), side(and + 1, c.to)];
    candidates.splice(k, 1, ...sides);
  }
}

/**
 * "Crystalline Agri-Ventures Corp. of Bacolod City", "Redwood Harbor Capital of San Francisco": a company's whole name, then "of" and
 * a place, are the company and where it is. A post-filter.
 */
function splitCompaniesOfPlaces(candidates: Candidate[]): void {
  for (let k = candidates.length - 1; k >= 0; k--) {
    const c = candidates[k]!;
    if (c.type === 'person' || c.to - c.from < 4) continue;
    let of = c.from + 2;
    while (of < c.to - 1 && c.words[of]!.lower !== 'of') of++;
    if (of === c.to - 1 || !endsCompany(c.words, c.from, of)) continue;
    const place = matchGazetteerTokens(c.words, of + 1, false);
    if (!(place && of + 1 + place.length === c.to) && !placeHeads.hasText(c.words[c.to - 1]!)) continue;
    const company = Object.assign(candidate(c.sentence, c.words, c.from, of, 'organization', Math.max(c.strength, 2), 'org.of-place'), { confidence: c.confidence });
    const where = Object.assign(candidate(c.sentence, c.words, of + 1, c.to, 'place', Math.max(c.strength, 2), 'place.of-company'), { confidence: c.confidence });
    candidates.splice(k, 1, company, where);
  }
}

/** "China Evergrande Group and Country Garden Holdings": words [from, to) end as a company's whole name does. */
const endsCompany = (words: Word[], from: number, to: number) => to - from >= 2 && (legalSuffixes.has(words[to - 1]!.text) || FIRM_WORDS.has(words[to - 1]!.text));

/**
 * A title of a place before a person's name: "President of Kenya William Ruto" names Kenya and William Ruto, not "Kenya William Ruto";
 * "Senior Advocate of Nigeria Folake Adeyemi-Bello" names no person "Senior Advocate", whose roles are hers. A post-filter.
 */
function cutTitlesOfPlaces(candidates: Candidate[], text: string): void {
  for (let k = candidates.length - 1; k >= 0; k--) {
    const c = candidates[k]!;
    const { words, from, to } = c;
    // "The Mayor of Hollins Ridge, Jane Doe,": the reader's place opening on a ruler's title and "of" is the place ruled.
    if (c.type === 'place' && to - from >= 3 && RULERS_OF_PLACES.hasText(words[from]) && words[from + 1]!.lower === 'of' && words[from + 2]!.capitalized) {
      candidates[k] = Object.assign(candidate(c.sentence, words, from + 2, to, 'place', c.strength, 'place.title-seat'), { confidence: c.confidence });
      continue;
    }
    if (c.type !== 'person') continue;
    const place = wordOrNone(words, from - 1)?.lower === 'of' ? matchGazetteerTokens(words, from, false, SETTLED_KINDS) : undefined;
    if (place && from + place.length < to - 1 && firstNames.hasNorm(words[from + place.length]!)) {
      const person = Object.assign(candidate(c.sentence, words, from + place.length, to, 'person', c.strength, c.rule), { confidence: c.confidence });
      const role = titleWithComplement(words, person.from);
      if (role) addRole(person.roles, text.slice(role[0], role[1]));
      candidates.splice(k, 1, candidate(c.sentence, words, from, from + place.length, 'place', 3, 'place.title-of'), person);
      continue;
    }
    const [of, named] = [candidates[k + 1], candidates[k + 2]];
    if (c.rule === 'person.role' && words[to]?.lower === 'of' && of?.words === words && of.from === to + 1 && of.type === 'place' && named?.words === words && named.from === of.to && named.type === 'person') {
      for (const role of c.roles) if (!named.roles.includes(role)) named.roles.push(role);
      candidates.splice(k, 1);
    }
  }
}

/**
 * "Chairman of the Senate Finance Committee John Walters said": a person's name the reader read onto the end of the body a title
 * is of is a person's, with the title and the body for a role. A post-filter.
 */
function splitNamesOffTitledBodies(candidates: Candidate[], text: string): void {
  for (let k = candidates.length - 1; k >= 0; k--) {
    const c = candidates[k]!;
    const { words, from, to } = c;
    if (c.type !== 'organization' || to - from < 3) continue;
    const of = words[from - 1]?.lower === 'the' ? from - 2 : from - 1;
    if (wordOrNone(words, of)?.lower !== 'of' || !titleHeads.hasText(wordOrNone(words, of - 1))) continue;
    let given = to - 2;
    while (given > to - 4 && given > from + 1 && !firstNames.hasNorm(words[given]!)) given--;
    if (!firstNames.hasNorm(words[given]!) || given <= from + 1 || !words.slice(from, given).some((w) => isOrgHeadWord(w.norm))) continue;
    const person = candidate(c.sentence, words, given, to, 'person', 2, 'person.first-name');
    const role = titleWithComplement(words, given);
    if (role) addRole(person.roles, text.slice(role[0], role[1]));
    candidates.splice(k, 1, Object.assign(candidate(c.sentence, words, from, given, 'organization', c.strength, c.rule), { confidence: c.confidence }), person);
  }
}

/**
 * "Judge Halts Layoffs at Federal Weather Agency": in a headline, words that only look like a name ("person.name-shape") and that the
 * article's text never writes with a capital are the headline's verb and object, not a person; so is a word after a title in a
 * headline or a section's heading ("Analyst Reaction").
 */
function cutHeadlineNameShapes(candidates: Candidate[], writtenInText: () => ReadonlySet<string>): void {
  // A line of a name alone is a byline, not a heading: "Larisa Sayenko".
  // So is a headline's word after "in" that the text never names ("Ruiz Wins Runoff in Landslide").
  const looksNamed = (c: Candidate) => ((c.rule === 'person.name-shape' || c.rule === 'place.preposition') && c.sentence.block.kind === 'headline')
    || (c.rule === 'person.title' && c.to - c.from === 1 && !firstNames.hasNorm(c.words[c.from]) && isHeading(c.sentence.block));
  if (!candidates.some(looksNamed)) return;
  const written = writtenInText();
  if (!written.size) return;
  dropCandidates(candidates, (c) => looksNamed(c) && !c.nameWords.some((w) => written.has(w.toLowerCase())));
}

/**
 * The words written capitalized outside headings, in lower case ("SARAJEVO" in a headline in capitals is the text's "Sarajevo"):
 * gathered on the first call, for the headline filters that need them.
 */
function capitalizedInText(readings: readonly NameReading[]): () => ReadonlySet<string> {
  let written: Set<string> | undefined;
  return () => {
    if (!written) {
      written = new Set();
      for (const r of readings) if (!isHeading(r.sentence.block)) for (const i of r.capitalizedAt) written.add(r.words[i]!.lower);
    }
    return written;
  };
}

/**
 * "Embattled Johnson Faces Vote", "Defiant Trump Rallies Base": in a headline's capitals, words around a person the text names are
 * the headline's own (an epithet before, a verb after) when the text never writes them capitalized and they are no given name or
 * title. The name is cut to the person's: "Johnson", "Trump", or "Boris Johnson" where the headline gives it whole. A post-filter.
 */
function cutHeadlineEpithets(candidates: Candidate[], writtenInText: () => ReadonlySet<string>): void {
  if (!candidates.some((c) => c.sentence.block.kind === 'headline' && c.nameWords.length >= 2)) return;
  const people = candidates.filter((c) => c.type === 'person' && c.sentence.block.kind !== 'headline');
  if (!people.length) return;
  const written = writtenInText();
  const own = (w: Word) => !written.has(w.lower) && !firstNames.hasNorm(w) && !titleHeads.hasText(w) && !honorifics.hasText(w);
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k]!;
    if (c.sentence.block.kind !== 'headline' || c.nameWords.length < 2 || !own(c.words[c.from]!)) continue;
    const { words } = c;
    for (let at = c.from + 1; at < c.to; at++) {
      const w = words[at]!;
      if (w.kind !== 'word') continue;
      const whole = people.find((p) => p.nameWords[0] === w.norm && p.nameWords.length > 1 && p.nameWords.every((n, i) => words[at + i]?.norm === n));
      const surname = whole ? undefined : people.find((p) => p.nameWords.at(-1) === w.norm);
      if (whole || surname) {
        const to = at + (whole ? whole.nameWords.length : 1);
        if (to <= c.to) candidates[k] = Object.assign(candidate(c.sentence, words, at, to, 'person', c.strength, 'person.headline-name'), { confidence: c.confidence });
        break;
      }
      if (!own(w)) break;
    }
  }
}

/** A headline, or a section's heading: a short line of capitalized words with no stop at its end ("Analyst Reaction"). */
function isHeading(block: Block): boolean {
  if (block.kind === 'headline') return true;
  if (block.kind !== 'body' || block.sentences.length !== 1 || block.text.length > 60 || /[.!?:;,"”]$/.test(block.text)) return false;
  const words = block.text.split(' ');
  return words.length <= 6 && words.every((w) => /^\p{Lu}/u.test(w) || HEADING_LINKS.has(w));
}
const HEADING_LINKS = new Set(['a', 'an', 'the', 'of', 'for', 'and', 'in', 'on', 'to', 'at', 'with']);

/**
 * "Airlines have an obligation", "Holdings fell", "Chipmaker shares tumble": a plural that companies' names end on, or a word for a
 * kind of organization, opening its sentence before a word in lower case, names the kind, not one of them (a post-filter: the reader
 * and the rules may take it for a company's short name). Not a singular in -ss: "Congress has".
 */
const VERBS_AFTER_PLURALS = new WordSet(['are', 'were', 'have', 'had', 'will', 'would', 'could', 'can', 'may', 'might', 'should', 'must', 'do', 'did']);

function cutGenericOpeners(candidates: Candidate[]): void {
  const isPluralOrgHead = (w: Word) => w.text.endsWith('s') && !w.text.endsWith('ss') && orgHeads.has(w.text);
  let kept = 0;
  for (const c of candidates) {
    const w = c.words[c.from]!;
    const next = c.words[c.to];
    // Nor a paper's name without its "The", an adjective before a plural noun and its verb: "Independent researchers said" ("The
    // Independent"); not "Hill won the game".
    const verb = c.words[c.to + 1];
    const paper = () => c.rule === 'org.lexicon.org' && knownOrganizations.has(`The ${w.text}`) && !knownOrganizations.has(w.text) && next!.lower.endsWith('s') && !!verb && (!!cueVerbsAt(verb) || VERBS_AFTER_PLURALS.hasLower(verb));
    const generic = c.to - c.from === 1 && next?.kind === 'word' && !next.capitalized && isInitial(c.words, c.from) && (isPluralOrgHead(w) || orgDescriptors.has(w.lower) || (LABOUR.hasLower(w) && LABOUR_COMPOUNDS.hasLower(next)) || paper());
    // "Labor Secretary Julie Su": the American department's head, not a party's (in Britain, "Labour Minister" is the party's).
    const portfolio = c.to - c.from === 1 && w.text === 'Labor' && next?.text === 'Secretary';
    if (!generic && !portfolio) candidates[kept++] = c;
  }
  keepFirst(candidates, kept);
}

/**
 * "the Bloc's Jean-Philippe Ouellet": a name after a body's word that owns it is no name of that body but, of two or three words
 * and no head word of a body, a person's. A post-filter: the rules read a name after such a word as the body's.
 */
function readOwnedByDescriptors(candidates: Candidate[]): void {
  for (const c of candidates) {
    if (c.rule !== 'org.descriptor' || c.to - c.from < 2 || c.to - c.from > 3) continue;
    const owner = wordBefore(c);
    if (!owner || owner.normEnd === owner.end || !orgDescriptors.hasLower(owner) || c.nameWords.some((w) => orgHeads.has(w) || isOrgHeadWord(w))) continue;
    Object.assign(c, { type: 'person', mentionType: 'person', metonym: false, rule: 'person.name-shape' });
  }
}

/**
 * "Aviation analyst Sheldon Birnbaum", "Winery owner Tom Garibaldi": a field's or a trade's noun opening the sentence before a job,
 * read as the person's employer for its place, names no body when its ending makes it a common noun, or when it is a person's own noun
 * ("Activist investor Elliott Management"). A post-filter.
 */
function cutOpeningFields(candidates: Candidate[]): void {
  let kept = 0;
  for (const c of candidates) {
    const w = c.words[c.from]!;
    const field = c.rule === 'org.owner' && c.to - c.from === 1 && isInitial(c.words, c.from) && (COMMON_NOUN_ENDING.test(w.lower) || descriptorNouns.hasLower(w)) && !knownOrganizations.has(w.norm);
    if (!field) candidates[kept++] = c;
  }
  keepFirst(candidates, kept);
}
/** A given name any of the lists knows: "Halima", "Iris". */
const isGivenName = (w: Word) => firstNames.hasNorm(w) || maleNames.has(w.norm) || femaleNames.has(w.norm);

/**
 * "was Halima Sani Bako, a clearing agent": a given name the reader left out before a person's name opens it. Not one a place also
 * bears ("Jordan", "Georgia"), nor a capital the sentence opens with. A post-filter.
 */
function joinGivenNamesBefore(candidates: Candidate[]): void {
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k]!;
    const { words, from } = c;
    const w = wordOrNone(words, from - 1);
    // "Raymond Earl Tuttle": a title that is also a given name, after a given name, is a middle name, not Tuttle's title.
    const first = wordOrNone(words, from - 2);
    if (c.rule === 'person.title' && TITLES_THAT_ARE_GIVEN_NAMES.hasText(w) && first?.capitalized && isGivenName(first) && !isInitial(words, from - 2)) {
      const name = `${first.text} ${w!.text}`;
      candidates[k] = Object.assign(candidate(c.sentence, words, from - 2, c.to, 'person', c.strength, c.rule), { confidence: c.confidence, roles: c.roles?.filter((r) => !name.startsWith(r)) });
      continue;
    }
    const given = !!w && isGivenName(w);
    if (c.type !== 'person' || !w || w.kind !== 'word' || !w.capitalized || !given || isInitial(words, from - 1) || matchGazetteerTokens(words, from - 1, false)) continue;
    const before = k > 0 ? candidates[k - 1] : undefined;
    if (before?.words === words && before.to >= from - 1) continue;
    candidates[k] = Object.assign(candidate(c.sentence, words, from - 1, c.to, 'person', c.strength, c.rule), { confidence: c.confidence, roles: c.roles });
  }
}

/**
 * "Sayyid Shihab bin Tarik Al Said": an Arabic family name after "Al" ends the person's name, though its word is a verb elsewhere
 * ("Said") and the reader read it apart. A post-filter.
 */
function joinFamilyArticles(candidates: Candidate[]): void {
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k]!;
    const { words, to } = c;
    if (c.type !== 'person' || !FAMILY_ARTICLES.hasText(words[to]) || words[to + 1]?.kind !== 'word' || !words[to + 1]!.capitalized || !c.nameWords.some((w) => FATHER_LINKS.has(w))) continue;
    // A name the reader read across the join ("Tarik Al") goes with it.
    widen(candidates, k, Object.assign(candidate(c.sentence, words, c.from, to + 2, 'person', c.strength, c.rule), { confidence: c.confidence, roles: c.roles }));
  }
}
const FAMILY_ARTICLES = new WordSet(['Al', 'El']);
const FATHER_LINKS = new Set(['bin', 'ibn', 'bint', 'ben']);

/**
 * "Later, von der Leyen told reporters": the lower-case particles before a surname the reader read open it, where they follow the
 * person's full name elsewhere. A post-filter.
 */
function joinOpeningParticles(candidates: Candidate[]): void {
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k]!;
    const { words } = c;
    let from = c.from;
    while (from > 0 && c.from - from < 2 && words[from - 1]!.kind === 'word' && !words[from - 1]!.capitalized && nameParticles.hasText(words[from - 1]!)) from--;
    // Only where the text names the person in full with them ("Osama bin Laden … bin Laden"), and no name before reaches them.
    // Also a surname of unknown type: "argued that van der Merwe, whose company …".
    if (from === c.from || (c.type !== 'person' && c.type !== 'unknown') || (k > 0 && candidates[k - 1]!.words === words && candidates[k - 1]!.to > from)) continue;
    const whole = words.slice(from, c.to).map((w) => w.text).join(' ');
    if (!candidates.some((d) => d !== c && d.type === 'person' && d.name.endsWith(` ${whole}`))) continue;
    candidates[k] = Object.assign(candidate(c.sentence, words, from, c.to, 'person', c.strength, c.rule), { confidence: c.confidence, roles: c.roles });
  }
}

/**
 * "The company's Chief Corporate Communications Officer, Olufemi Osagie,", "Adviser Lt Gen (retd) Abdul Bhuiyan": words a title opens
 * that end on a title's head, or ranks alone, are a title, no one's name. A post-filter.
 */
function dropTitlesReadAsNames(candidates: Candidate[]): void {
  // A title's head last and another title word before it ("Communications"), not a surname a title shares ("Raj Shah").
  const title = (c: Candidate) => c.to - c.from >= 2 && titleHeads.hasText(c.words[c.to - 1]) && c.words.slice(c.from, c.to - 1).some((w) => lowerTitleWords.hasLower(w));
  // "The Vice-Chancellor, Prof. Olu Adeyemi, said": a title set off before a person titled too is that person's role, no one else.
  const apposedTitle = (c: Candidate, k: number) => {
    const next = candidates[k + 1];
    if (c.rule !== 'person.role' || !c.words.slice(c.from, c.to).every(isTitleWord)) return false;
    if (next?.words !== c.words || next.type !== 'person' || c.words[c.to]?.text !== ',' || next.from > c.to + 3) return false;
    addRole(next.roles, c.name);
    return true;
  };
  dropCandidates(candidates, (c, k) => apposedTitle(c, k) || ((c.rule === 'person.title' || c.rule === 'org.descriptor') && !c.words.slice(c.from, c.to).some((w) => firstNames.hasNorm(w)) &&
    (title(c) || c.nameWords.every((w) => rankAbbreviations.has(w)))));
}
/** A title's word, or words of them joined by a hyphen: "Chancellor", "Vice-Chancellor". */
const isTitleWord = (w: Word) => titleHeads.hasText(w) || lowerTitleWords.hasLower(w) || w.text.split('-').every((part) => titleHeads.has(part) || lowerTitleWords.has(part.toLowerCase()));

/**
 * "West Yorkshire Fire and Rescue Service said": a compass point opening the sentence, right before a body's name, opens the name,
 * though it opens sentences as a common word too. A post-filter.
 */
function joinOpeningCompassPoints(candidates: Candidate[]): void {
  for (const [k, c] of candidates.entries()) {
    const point = c.from - 1;
    if (c.type !== 'organization' || point < 0 || !isInitial(c.words, point) || !c.words[point]!.capitalized || !COMPASS_POINTS.hasLower(c.words[point]!)) continue;
    candidates[k] = Object.assign(candidate(c.sentence, c.words, point, c.to, 'organization', c.strength, c.rule), { confidence: c.confidence, roles: c.roles, mentionType: c.mentionType });
  }
}

/**
 * "Mr. van Bergen said", "Mr. von Albrecht responded": the lower-case particles between an honorific and a surname open the surname,
 * whatever the reader made of the rest (a city, or a person titled "Mr. von"). A post-filter.
 */
function joinHonouredParticles(candidates: Candidate[]): void {
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k]!;
    const { words } = c;
    // The reader's name may hold the honorific and the particles, or stop after them.
    let from = c.to - 1;
    while (from > 0 && c.to - 1 - from < 2 && isLowerParticle(words[from - 1]!)) from--;
    const honorific = words[from - 1]?.text === '.' ? from - 2 : from - 1;
    if (from === c.to - 1 || c.from < honorific || !honorifics.hasText(wordOrNone(words, honorific))) continue;
    const person = candidate(c.sentence, words, from, c.to, 'person', 3, 'person.honorific');
    // Its roles, but the honorific the reader took for one ("Mr. von").
    const honorificRole = (role: string) => {
      const first = role.slice(0, role.indexOf(' '));
      return honorifics.has(first) || honorifics.has(first.replace(/\.$/, ''));
    };
    candidates[k] = Object.assign(person, { confidence: c.confidence, roles: c.roles.filter((role) => !honorificRole(role)) });
  }
}

/**
 * "Justices Clarence Thomas, Samuel Alito and Amy Coney Barrett": a plural title before a list of names is no part of the first name;
 * each name listed after it holds the title. A post-filter.
 */
function cutPluralTitles(candidates: Candidate[], text: string): void {
  const pluralTitle = (w: Word | undefined) => (w?.text.endsWith('s') && titleHeads.has(w.text.slice(0, -1)) ? w.text.slice(0, -1) : '');
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k]!;
    if (c.type !== 'person') continue;
    // The title inside the name the reader read ("Justices Clarence Thomas"), or right before it ("Senators Maria Cantwell").
    const inside = c.to - c.from >= 3 && firstNames.hasNorm(c.words[c.from + 1]!) ? pluralTitle(c.words[c.from]) : '';
    const title = inside || pluralTitle(wordBefore(c));
    if (!title) continue;
    if (inside) candidates[k] = Object.assign(candidate(c.sentence, c.words, c.from + 1, c.to, 'person', c.strength, c.rule), { confidence: c.confidence, roles: [...c.roles] });
    // The list runs on over commas and "and" to people the title also names.
    for (let j = k, d: Candidate = candidates[k]!; j < candidates.length; d = candidates[++j]!) {
      if (d.type !== 'person') break;
      addRole(d.roles, title);
      const next = candidates[j + 1];
      const link = next?.words === d.words ? text.slice(d.end, next.start).trim() : '';
      if (link !== ',' && link !== 'and' && link !== ', and') break;
    }
  }
}

/**
 * "Dockworker Yoon Min-ho said": a trade's compound opening the sentence before a person's name is the role, and so is a title in
 * "-woman" or "-man" before a given name ("Ombudswoman Iris Ospina"),
 * no part of the name. A post-filter.
 */
function cutOpeningTrades(candidates: Candidate[], text: string): void {
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k]!;
    const w = c.words[c.from]!;
    // "Ombudswoman Iris Marina Ospina Ortiz": a title in "-woman" or "-man" before a given name, which the reader took for a body's word.
    const given = c.words[c.from + 1];
    const titled = c.type === 'organization' && c.rule === 'ner.model' && TITLE_COMPOUND.test(w.lower) && !!given && isGivenName(given);
    if (!titled && (c.type !== 'person' || !isInitial(c.words, c.from) || !TRADE_COMPOUND.test(w.lower))) continue;
    if (c.to - c.from < 2 || firstNames.hasNorm(w)) continue;
    const person = Object.assign(candidate(c.sentence, c.words, c.from + 1, c.to, 'person', c.strength, c.rule), { confidence: c.confidence, roles: c.roles });
    addRole(person.roles, text.slice(w.start, w.end));
    candidates[k] = person;
  }
}
/** "ombudswoman", "congressman", "chairperson": a title that ends on a word for a person. */
const TITLE_COMPOUND = /^\p{Ll}{3,}(?:woman|man|person)$/u;
/** "dockworker", "shopkeeper", "firefighter": a compound naming a trade (not "Walker": the ending follows a word of its own). */
const TRADE_COMPOUND = /^\p{Ll}{3,}(?:worker|keeper|fighter|maker|owner|driver|holder|seller|dealer|grower|miner)$/u;
// Not "-ing": "Corning", "Kettering" and "Reading" are companies and clubs.
const COMMON_NOUN_ENDING = /(?:tion|sion|ery|ism|ment|logy|ics)$/;

/** "Labour costs rose", "Labor shortages hit farms": work, not the party, before the nouns it forms compounds with. */
const LABOUR = new WordSet(['labour', 'labor']);
const LABOUR_COMPOUNDS = new WordSet(['market', 'markets', 'costs', 'cost', 'shortages', 'shortage', 'laws', 'law', 'rights', 'unions', 'union', 'groups', 'force', 'productivity', 'supply', 'relations', 'disputes', 'standards', 'camps', 'migration', 'inspectors', 'reforms', 'protections', 'participation']);
const LEGISLATIVE_CHAMBERS = new WordSet(['Senate', 'House', 'Assembly']);
const COMMITTEE_HEADS = new WordSet(['Committee', 'Subcommittee']);

/**
 * "the Pharmaceutical Research and Manufacturers of America", "the Boys and Girls Clubs of America": two runs of capitalized words
 * joined by "and", the second of a country or a region, are one body's name. Not when the first is a name of its own with a
 * complement ("the Bank of England and Treasury of Canada") or a person's or a place's. A post-filter.
 */
function joinConjunctsOfPlaces(candidates: Candidate[]): void {
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k]!;
    const { words } = c;
    // The place after "of", alone or at the end of a body's name.
    const of = c.type === 'place' && LEXICON_PLACE.test(c.rule) ? c.from - 1 : c.type === 'organization' ? c.nameWords.indexOf('of') + c.from : -1;
    if (of <= c.from - 2 || wordOrNone(words, of)?.lower !== 'of' || (c.type === 'organization' && !matchGazetteerTokens(words, of + 1, false, REGION_KINDS))) continue;
    const second = runStartBefore(words, of, 3);
    const and = second - 1;
    if (second === of || wordOrNone(words, and)?.lower !== 'and') continue;
    const first = runStartBefore(words, and, 3);
    if (first === and || (first > 0 && words[first - 1]!.capitalized && !FUNCTION_WORDS.hasLower(words[first - 1]))) continue;
    // What the reader found in the runs: a body without a complement, or words read by their shape only.
    let n = k;
    while (n > 0 && candidates[n - 1]!.end > words[first]!.start) n--;
    let joins = true;
    for (let m = n; m < k && joins; m++) {
      const d = candidates[m]!;
      joins = (d.strength <= 1 && d.confidence === undefined) || (d.type === 'organization' && !d.nameWords.includes('of'));
    }
    if (!joins) continue;
    const body = candidate(c.sentence, words, first, c.to, 'organization', 2, 'org.conjunct-of-place');
    candidates.splice(n, k - n + 1, body);
    k = n;
  }
}

/** Where a run of up to `most` capitalized words that ends before word `end` starts (`end` if none). */
function runStartBefore(words: Word[], end: number, most: number): number {
  let start = end;
  while (start > 0 && end - start < most && words[start - 1]!.kind === 'word' && words[start - 1]!.capitalized && !NOT_NAME_CAPITALS.hasNorm(words[start - 1])) start--;
  // "The" opening the sentence is capitalized by its place.
  return start < end && FUNCTION_WORDS.hasLower(words[start]) ? start + 1 : start;
}

/** "The Texas House approved the bill": a state's chamber is a body, not a place. A post-filter. */
function readChambers(candidates: Candidate[]): void {
  for (const c of candidates) {
    if (c.type === 'place' && c.nameWords.length === 2 && LEGISLATIVE_CHAMBERS.has(c.nameWords[1]!) && isGazetteerPlace(c.nameWords.slice(0, 1))) {
      Object.assign(c, { type: 'organization', mentionType: 'organization', rule: 'org.chamber', metonym: false });
    }
  }
}

/**
 * "the Senate Agriculture, Water and Rural Affairs Committee", "the Health, Education, Labor and Pensions Committee": a chamber's
 * committee named for a list of subjects is one body,
 * though the commas split it into names of their own. So is a union named for a list of its members' trades: "the Kenya Medical
 * Practitioners, Pharmacists and Dentists Union". A post-filter.
 */
function joinListedCommittees(candidates: Candidate[]): void {
  const bodies: Candidate[] = [];
  for (const c of candidates) {
    const { words } = c;
    const committee = COMMITTEE_HEADS.hasText(words[c.to - 1]);
    const trades = !committee && c.type === 'organization' && isOrgHeadWord(words[c.to - 1]!.norm) && isTrade(words[c.from]);
    if (!committee && !trades) continue;
    // Back over the subjects, each a run of capitalized words before a comma, the last of them after "and" if the reader left it out.
    const runStart = (end: number) => {
      let run = end;
      while (run > 0 && words[run - 1]!.kind === 'word' && words[run - 1]!.capitalized && words[run - 1]!.lower !== 'the') run--;
      return run;
    };
    let from = c.from;
    if (wordOrNone(words, from - 1)?.lower === 'and' && wordOrNone(words, from - 2)?.capitalized) from = runStart(from - 1);
    const last = from;
    let subjects = 0;
    while (wordOrNone(words, from - 1)?.text === ',' && (committee || isTrade(wordOrNone(words, from - 2)))) {
      const run = runStart(from - 1);
      if (run === from - 1) break;
      from = run;
      subjects++;
    }
    // "the Health, Education, Labor and Pensions Committee": after "the", a list of three subjects or more needs no chamber.
    if (from === last || (committee && !LEGISLATIVE_CHAMBERS.hasText(words[from]) && !(subjects >= 2 && wordOrNone(words, from - 1)?.lower === 'the'))) continue;
    bodies.push(candidate(c.sentence, words, from, c.to, 'organization', 3, committee ? 'org.listed-committee' : 'org.listed-trades'));
  }
  for (const body of bodies) {
    const within = (d: Candidate) => d.words === body.words && d.start >= body.start && d.end <= body.end;
    candidates.splice(0, candidates.length, ...candidates.filter((d) => !within(d)), body);
  }
}

/** A capitalized plural that names a trade, no name: "Pharmacists", "Dentists". */
const isTrade = (w: Word | undefined) => !!w && w.capitalized && (TRADE_PLURAL.test(w.lower) || (w.lower.endsWith('s') && jobNouns.has(w.lower.slice(0, -1))));
const TRADE_PLURAL = /(?:er|ist|ian|or)s$/;

/**
 * One name, one reading per article: a name found once is the same name where it is written again and
 * nothing read it ("Scientology has been waging ..." after "the Church of Scientology ... Scientology").
 * Only where it stands alone: a capitalized word beside it may make it part of another name.
 */
function repeatedNames(readings: NameReading[], candidates: Candidate[]): Candidate[] {
  const found = new Map<string, Candidate[]>();
  // Whether a name found starts with a word in lower case ("de Gaulle"). A token's text decides whether it is
  // capitalized (no punctuation starts with a capital), so a name that starts with one is written again only
  // at a capitalized word: the others need no lookup.
  let lowerFirst = false;
  const shortNames = new Set<Candidate>();
  for (const c of candidates) {
    if ((c.type !== 'person' && c.type !== 'organization' && c.type !== 'place') || c.titleOnly || c.surnameOnly || c.metonym) continue;
    const first = c.words[c.from]!;
    if (c.to - c.from === 1 && (commonWordSet.hasLower(first) || NOT_NAME_CAPITALS.hasText(first))) continue;
    const list = found.get(first.text);
    if (!list) found.set(first.text, [c]);
    else if (!nameWrittenAt(list, c.words, c.from)) list.push(c);
    if (!first.capitalized) lowerFirst = true;
    // "Veridian Therapeutics … Analysts said Veridian could": a company's own word before the words of its trade or form is its short name.
    if (c.type === 'organization' && namedForTrade(c) && isCompanysOwnWord(first)) {
      const names = found.get(first.text)!;
      if (!names.some((n) => n.to - n.from === 1)) {
        const short = candidate(c.sentence, c.words, c.from, c.from + 1, 'organization', 1, 'name.repeated');
        names.push(short);
        shortNames.add(short);
      }
    }
    // "Nasser bin Abdulaziz al-Qahtani … al-Qahtani said": a family name joined to its article, in lower case, which no rule reads alone.
    const last = c.words[c.to - 1]!;
    if (c.type === 'person' && c.to - c.from >= 2 && isArticleSurname(last.text) && !found.has(last.text)) {
      found.set(last.text, [candidate(c.sentence, c.words, c.to - 1, c.to, 'person', 1, 'name.repeated')]);
      lowerFirst = true;
    }
  }
  if (!found.size) return [];
  // The names read so far, by sentence: a sentence holds few, and a list per sentence costs less than a set of all their words.
  const bySentence = new Map<Word[], Candidate[]>();
  for (const c of candidates) {
    const list = bySentence.get(c.words);
    if (list) list.push(c);
    else bySentence.set(c.words, [c]);
  }
  /** Does a name read so far hold one of the words [from, to)? `typedOnly`: a name some rule or the reader typed. */
  const readAt = (words: Word[], from: number, to: number, typedOnly: boolean) =>
    bySentence.get(words)?.some((c) => c.from < to && from < c.to && (!typedOnly || c.type !== 'unknown')) ?? false;
  /** The last name of the one word at `i` that no one typed: the rules' proposal a name written again replaces. */
  const untypedAt = (words: Word[], i: number) => bySentence.get(words)?.findLast((c) => c.from === i && c.to - c.from === 1 && c.type === 'unknown');
  const replaced = new Set<Candidate>();
  const out: Candidate[] = [];
  for (const { sentence, words, capitalizedAt } of readings) {
    // Where the names read so far end.
    let past = 0;
    // Most words start no name found: only the capitalized ones may, unless a name found starts in lower case.
    const starts: Iterable<number> = lowerFirst ? words.keys() : capitalizedAt;
    for (const i of starts) {
      if (i < past) continue;
      const match = nameWrittenAt(found.get(words[i]!.text), words, i);
      if (!match) continue;
      const to = i + match.to - match.from;
      // Only where it stands alone, and where nothing read it (a company's short name may type a word the rules proposed and no one typed).
      if (wordOrNone(words, i - 1)?.capitalized || words[to]?.capitalized || readAt(words, i, to, shortNames.has(match)) || isTimeZoneAt(words, i) || isShortWeekdayAt(words, i)) continue;
      const repeat = candidate(sentence, words, i, to, match.type, 1, 'name.repeated');
      // A company's short name read as the company's ("Prairie Crest" for "Prairie Crest Health") carries its whole name, to link by.
      if (match.rule === 'org.short-name') Object.assign(repeat, { name: match.name, nameWords: match.nameWords, form: match.form });
      else if (repeat.name !== match.name) continue;
      out.push(repeat);
      const proposed = untypedAt(words, i);
      if (proposed) replaced.add(proposed);
      past = to;
    }
  }
  if (replaced.size) dropCandidates(candidates, (c) => replaced.has(c));
  return out;
}

/**
 * "the Klamath County School District closed schools": a district named for a service it runs is a body, not a place. A post-filter:
 * the rules read "District" as a place's head word.
 */
function readServiceDistricts(candidates: Candidate[]): void {
  for (const c of candidates) {
    const n = c.nameWords.length;
    if (c.type === 'place' && n >= 2 && (c.nameWords[n - 1] === 'District' || c.nameWords[n - 1] === 'Districts') && DISTRICT_SERVICES.has(c.nameWords[n - 2]!)) {
      Object.assign(c, { type: 'organization', mentionType: 'organization', metonym: false, rule: 'org.service-district' });
    }
  }
}
const DISTRICT_SERVICES = new WordSet(['School', 'Schools', 'Water', 'Fire', 'Protection', 'Hospital', 'Health', 'Sanitation', 'Transit', 'Utility', 'Irrigation', 'Park', 'Parks', 'College', 'Library', 'Sewer', 'Air', 'Conservation', 'Drainage', 'Flood']);

/**
 * "Halvorsen will buy Crispin Brands. Shares of Crispin jumped": a given name alone (or a word read as a person's only for speaking, before
 * a legal form) that opens the name of a company the article names, before the words of its trade, is the company, unless a person of
 * the article bears it ("John Tyson … Tyson said"). So is a longer name no evidence makes a person's. A post-filter.
 */
function readCompanyShortNames(candidates: Candidate[]): void {
  /** The first words of companies' names, each with whether only a legal form follows it. */
  let companies: Map<string, boolean> | undefined;
  // So is a word the reader alone read, unsure, as a place: "a premium to Hanul's closing price" after "Hanul Energy Co.".
  const unsurePlace = (c: Candidate) => c.type === 'place' && c.rule === 'ner.model' && (c.confidence ?? 1) < UNSURE_PLACE;
  for (const c of candidates) {
    // And a word read as a person's only for speaking, before a legal form: "Lusolítio said" after "Lusolítio SA".
    const speaker = c.type === 'person' && c.rule === 'person.speaker';
    // Or a word the reader alone read as a person's, with no role: "Corvantis said" after "Corvantis AI".
    const unsurePerson = c.type === 'person' && c.rule === 'ner.model' && !c.roles.length;
    if (c.to - c.from !== 1 || !((c.type === 'person' && firstNames.hasNorm(c.words[c.from])) || speaker || unsurePerson || unsurePlace(c))) continue;
    if (!companies) {
      companies = new Map<string, boolean>();
      for (const d of candidates) if (d.type === 'organization' && namedForTrade(d)) companies.set(d.nameWords[0]!, d.nameWords.slice(1).every((w) => legalSuffixes.has(w)));
      for (const d of candidates) if (d.type === 'person' && d.nameWords.length >= 2) for (const w of d.nameWords) companies.delete(w);
    }
    const legalFormOnly = companies.get(c.name);
    if (legalFormOnly !== undefined && (!speaker || legalFormOnly)) Object.assign(c, { type: 'organization', mentionType: 'organization', form: 'short', rule: 'org.short-name' });
  }
  // "Halvorsen Micro beats forecasts" over "Halvorsen Micro Systems Inc.": a headline's name of more words, no person's by any evidence,
  // that opens a company's name before the words of its trade or legal form, is the company too (not its founder in the text).
  let companyNames: Candidate[] | undefined;
  for (const c of candidates) {
    if (c.type !== 'person' || c.nameWords.length < 2 || PERSON_EVIDENCE.test(c.rule) || c.roles.length || firstNames.hasNorm(c.words[c.from])) continue;
    // Not a founder named in full, family name first, nor one the text goes on to describe: "Tan Boon Kiat, who founded the developer".
    if (familyNameFirst(c.nameWords) || (c.words[c.to]?.text === ',' && c.words[c.to + 1]?.lower === 'who')) continue;
    companyNames ??= candidates.filter((d) => d.type === 'organization' && d.nameWords.length > 2);
    const company = companyNames.find((d) => d.nameWords.length > c.nameWords.length && c.nameWords.every((w, i) => d.nameWords[i] === w) && d.nameWords.slice(c.nameWords.length).every((w) => companyTradeWords.has(w)));
    if (!company) continue;
    Object.assign(c, { type: 'organization', mentionType: 'organization', form: 'short', rule: 'org.short-name' });
    // Linked by the company's name, unless only a legal form is left out ("Vantor Health" for "Vantor Health Inc.", linked so already).
    if (!company.nameWords.slice(c.nameWords.length).every((w) => legalSuffixes.has(w))) Object.assign(c, { name: company.name, nameWords: company.nameWords });
  }
}

/** A company's own word, then the words of its trade or legal form: "Veridian Therapeutics", "Crispin Brands". */
const namedForTrade = (c: Candidate) => c.nameWords.length >= 2 && c.nameWords.slice(1).every((w) => companyTradeWords.has(w));

/** A capitalized word that is no common word, given name or place: "Veridian", not "General", "Boston" or "American". */
function isCompanysOwnWord(w: Word): boolean {
  return w.capitalized && !ALL_CAPS_WORD.test(w.text) && !commonWordSet.hasLower(w) && !NOT_NAME_CAPITALS.hasText(w) && !firstNames.hasNorm(w) && !matchGazetteerTokens([w], 0, false);
}

/** The name among `names` written with the same words as those at `at`. */
function nameWrittenAt(names: Candidate[] | undefined, words: Word[], at: number): Candidate | undefined {
  if (names) for (const c of names) if (sameWords(c.words, c.from, c.to, words, at)) return c;
  return undefined;
}

function sameWords(a: Word[], from: number, to: number, b: Word[], at: number): boolean {
  for (let k = 0; k < to - from; k++) if (a[from + k]!.text !== b[at + k]?.text) return false;
  return true;
}

/**
 * The names an organization's name contains: "the University of Texas at Arlington" also mentions
 * Texas and Arlington, "the Andy Warhol Foundation" Andy Warhol. Linking keeps those the text names on its own.
 */
function nestedNames(candidates: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  const nest = (c: Candidate, from: number, to: number, type: EntityType, rule: string) => {
    if (from === c.from && to === c.to) return undefined;
    const inner = candidate(c.sentence, c.words, from, to, type, 3, rule);
    inner.nested = true;
    out.push(inner);
    return inner;
  };
  for (const c of candidates) {
    if (c.type !== 'organization' || c.to - c.from < 2) continue;
    for (let i = c.from; i < c.to; ) {
      const entry = c.words[i]!.capitalized ? matchGazetteerTokens(c.words, i, false, PLACE_KINDS) : undefined;
      if (!entry) {
        // A person's first and last name, written before the rest of the name.
        if (i === c.from && c.words[i]!.capitalized && c.words[i + 1]?.capitalized && i + 2 < c.to) nest(c, i, i + 2, 'person', 'person.nested');
        i++;
        continue;
      }
      const to = Math.min(i + entry.length, c.to);
      const place = nest(c, i, to, 'place', 'place.nested');
      // The lexicon's name, so "US" finds the United States; a capital keeps its own.
      if (place && entry.kind !== 'capital') Object.assign(place, { name: entry.name, nameWords: entry.nameWords });
      i = to;
    }
  }
  return out;
}

/** "Islam", "SC", "Cold War", "Crohn's": capitalized words the lexicon knows to name no one, whatever the model reads. */
function isOtherCapitalized(words: Word[], from: number, to: number): boolean {
  // "Crohn's" is written with its possessive.
  if (to - from === 1) return otherCapitalized.hasNorm(words[from]!) || otherCapitalized.hasText(words[from]!);
  return to - from <= 4 && OTHER_CAPITALIZED_OPENERS.has(words[from]!.norm) && otherCapitalized.has(words.slice(from, to).map((w) => w.norm).join(' '));
}
/** The first words of the lexicon's names of several words: a span that opens with none needs no key joined. */
const OTHER_CAPITALIZED_OPENERS = new Set([...otherCapitalized].filter((name) => name.includes(' ')).map((name) => name.split(' ')[0]!));

function isTitleOnly(words: Word[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!lowerTitleWords.hasLower(words[i]!)) return false;
  return true;
}

export const DATELINE_DASHES = new WordSet(['—', '–', '―', '--', '-']);
/** A word in capitals: "MANILA", "U.S.", "O'NEILL". */
export const ALL_CAPS_WORD = /^\p{Lu}[\p{Lu}.'’-]+$/u;

/**
 * The dash ending a dateline that opens the words at `from` ("ASTANA —", "SAMARKAND, Uzbekistan —", "OSLO, March 4
 * (Reuters) -": a place in capitals, then perhaps a region, a date and an agency), or -1.
 */
export function datelineDash(words: Word[], from: number): number {
  if (!ALL_CAPS_WORD.test(words[from]?.text ?? '')) return -1;
  let region = false;
  for (let k = from + 1; k < words.length && k - from <= 10; k++) {
    const w = words[k]!;
    if (DATELINE_DASHES.hasText(w) && w.spaced) return k;
    region ||= w.text === ',';
    // "KINSHASA, Democratic Republic of the Congo (AP) —": a region's name past the comma may hold its small words.
    if (w.kind === 'word' && !w.capitalized && !w.info.digitFirst && !(region && REGION_NAME_LINKS.hasText(w))) return -1;
  }
  return -1;
}
const REGION_NAME_LINKS = new WordSet(['of', 'the', 'and']);

const DATELINE_BLOCKS_MAX = 3;
const DATE_PART = /^[\d\-/.]+$/;

/** Does a line end at word `to` as a dateline of its own, a place then its region or its date: "NICE , France 1996-08-30", "FARMINGTON HILLS , Mich ."? */
function endsDatelineLine(words: Word[], to: number): boolean {
  let k = to;
  let told = false;
  if (words[k]?.text === ',') {
    k++;
    while (words[k]?.kind === 'word' && words[k]!.capitalized) [k, told] = [k + 1, true];
    if (words[k]?.text === '.') k++;
  }
  while (k < words.length && (DATE_PART.test(words[k]!.text) || months.has(words[k]!.text))) [k, told] = [k + 1, true];
  return told && k === words.length;
}

/**
 * Words [from, to) of the sentence are the capitals that open its line before a dateline's dash, or a line of their own before a date
 * or a region ("NEW YORK 1996-08-30"), and name a place: a known one, or one not ending in an organization's head word ("RUGBY UNION
 * -" and "CONGRESS —" head a wire story or a newsletter item).
 */
function isDatelineName(sentence: Sentence, words: Word[], from: number, to: number): boolean {
  // "LONDON/DUBAI (Reuters) -": a dateline may name places joined by slashes.
  let start = from;
  while (start >= 2 && words[start - 1]!.text === '/' && ALL_CAPS_WORD.test(words[start - 2]!.text)) start -= 2;
  if (start !== 0 || sentence.block.sentences[0] !== sentence) return false;
  for (let k = from; k < to; k++) if (!ALL_CAPS_WORD.test(words[k]!.text)) return false;
  if (datelineDash(words, 0) < to && !(sentence.block.index <= DATELINE_BLOCKS_MAX && endsDatelineLine(words, to))) return false;
  const name = words.slice(from, to).map((w) => w.norm[0] + w.norm.slice(1).toLowerCase());
  return !isOrgHeadWord(name[name.length - 1]!) || isGazetteerPlace(name);
}

/** The capitals before a dateline's dash name a place, not an acronym. */
function readDatelinePlace(c: Candidate): void {
  // "THE HAGUE —": the article is the place's own where the lexicon names it so.
  const the = c.from === 1 && c.words[0]!.text === 'THE' && isGazetteerPlace(['The', ...c.nameWords.map((w) => w[0] + w.slice(1).toLowerCase())]);
  // "SILVER SPRING, Md. —": the reader may leave the first capitals of the line out of the place's name.
  const from = the || c.words.slice(0, c.from).every((w) => w.kind === 'word' && ALL_CAPS_WORD.test(w.text)) ? 0 : c.from;
  if (!isDatelineName(c.sentence, c.words, from, c.to)) return;
  const name = [...c.words.slice(from, c.from).map((w) => w.norm), ...c.nameWords].map((w) => w[0] + w.slice(1).toLowerCase()).join(' ');
  if (from < c.from) Object.assign(c, { from, start: c.words[from]!.start });
  Object.assign(c, { type: 'place', mentionType: 'place', strength: 3, rule: 'place.dateline', name, nameWords: name.split(' ') });
  // A place the lexicon knows stands on its own ("PARIS —" before "the Paris Masters"); other capitals ("CRICKET -") only if named again.
  if (isGazetteerPlace(c.nameWords)) c.surnameOnly = false;
}

/** The name in lower case: for a name of one word, the word's own, made once per word (and its hash with it), where the name is its word. */
function lowerName(c: Candidate): string {
  const w = c.words[c.from]!;
  return c.to - c.from === 1 && c.name === w.norm ? w.lower : c.name.toLowerCase();
}

function link(candidates: Candidate[], table: EntityTable, text: string): void {
  const byKey = new Map<string, EntityDraft>();
  const orgs: EntityDraft[] = [];
  // Indexes, so linking stays linear on long texts.
  const personsByWord = new Map<string, EntityDraft[]>();
  const orgsByLastWord = new Map<string, EntityDraft[]>();
  /** By the head word before "of": "Corps" in "Army Corps of Engineers". */
  const orgsByHeadBeforeOf = new Map<string, EntityDraft[]>();
  /** "Ford" for "Ford Motor Co". */
  const orgsByFirstWord = new Map<string, EntityDraft[]>();
  const starts = new Map<EntityDraft, number[]>();
  /** Organizations by their name without a legal form ("lumen foods" for "Lumen Foods Plc"). */
  const byCompanyKey = new Map<string, EntityDraft>();
  /** Organizations by their name without its head word: "national unity" for "National Unity Party". */
  const byBareName = new Map<string, EntityDraft>();
  const index = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
    const list = map.get(key);
    if (!list) map.set(key, [value]);
    else if (!list.includes(value)) list.push(value);
  };
  /** `key`: the name in lower case, where the caller has it already. */
  const newEntity = (c: Candidate, type: EntityType, key = lowerName(c)): EntityDraft => {
    // "HARRISBURG, Pa." is Pennsylvania, by name, whichever the text writes first.
    const state = type === 'place' ? stateOfAbbreviation.get(c.name) : undefined;
    const e = table.add({
      name: state ?? c.name, type, mentions: [], anonymous: false, rule: c.rule, aliases: state ? new Set([c.name]) : new Set(), metonyms: new Set(),
      roles: [], strength: c.strength, nameWords: state ? state.split(' ') : c.nameWords,
    });
    byKey.set(key, e);
    // Under a key of their own: "Ga." is the state of Georgia, not the country.
    const stateKey = type === 'place' ? stateKeyOf(c) : undefined;
    if (stateKey && !byKey.has(stateKey)) byKey.set(stateKey, e);
    // And by the state's name where no country bears it: "University of Minnesota" after "Minn.".
    if (state && !countryKey(e.nameWords) && !byKey.has(state.toLowerCase())) byKey.set(state.toLowerCase(), e);
    // "Turkey" as the text writes it, "Türkiye" for the lexicon's metonym "Ankara": one country.
    const country = type === 'place' ? countryKey(c.nameWords) : undefined;
    if (country && !byKey.has(country)) byKey.set(country, e);
    // "the Mwomboshi River … water from the Mwomboshi", "County Donegal … Donegal": a place by its own word, where no other place has it.
    const own = type === 'place' ? ownWordOfPlace(c.nameWords) : undefined;
    if (own && !byKey.has(own.toLowerCase())) byKey.set(own.toLowerCase(), e);
    if (c.nicknamed) {
      if (!byKey.has(c.nicknamed.toLowerCase())) byKey.set(c.nicknamed.toLowerCase(), e);
      index(personsByWord, c.nicknamed.split(' ')[0]!, e);
    }
    if (type === 'person') {
      if (c.nameWords.length >= 2) {
        // The first word is a short name only with real evidence of a person: "Xi" for "Chinese President Xi Jinping".
        if (c.strength >= 2 || familyNameFirst(c.nameWords)) index(personsByWord, c.nameWords[0]!, e);
        index(personsByWord, c.nameWords.at(-1)!, e);
        // "Mohammed Shia al-Sudani … Sudani": the surname without its article.
        const bare = ARABIC_ARTICLE.exec(c.nameWords.at(-1)!)?.[1];
        if (bare) index(personsByWord, bare, e);
        if (isWesternThenChineseName(c.nameWords)) index(personsByWord, c.nameWords[1]!, e);
        // "Lucía Mendoza Arriaga ... Mendoza said": the first of two family names is the short name in Spanish.
        if (c.nameWords.length <= 4) for (const word of c.nameWords.slice(1, -1)) if (isSecondSurname(word)) index(personsByWord, word, e);
        // "Juan Pablo de la Fuente Arbulú ... De la Fuente said": a family name opened by particles, before a second family name.
        const particle = c.nameWords.findIndex((w, i) => i > 0 && nameParticles.has(w) && LOWER_FIRST.test(w));
        let surname = particle;
        while (surname > 0 && surname < c.nameWords.length && nameParticles.has(c.nameWords[surname]!)) surname++;
        if (particle > 0 && surname < c.nameWords.length - 1) {
          const short = c.nameWords.slice(particle, surname + 1).join(' ').toLowerCase();
          if (!byKey.has(short)) byKey.set(short, e);
          index(personsByWord, c.nameWords[surname]!, e);
        }
        // "Luiz Inácio Lula da Silva ... Lula said": a long name's inner names may stand for it too (not a headline's run of capitals).
        if (c.nameWords.length >= 4 && c.nameWords.length <= 5 && c.strength >= 2 && c.sentence.block.kind !== 'headline') for (const word of c.nameWords.slice(1, -1)) if (CAPITALIZED_WORD.test(word)) index(personsByWord, word, e);
      }
      // "Hale, 34, …": a surname alone, known for a person's by the age after it.
      if (c.rule === 'person.age') index(personsByWord, c.nameWords[0]!, e);
    }
    if (type === 'organization') {
      orgs.push(e);
      const company = companyKey(c.nameWords);
      if (!byCompanyKey.has(company)) byCompanyKey.set(company, e);
      const bare = withoutHeadWord(c.nameWords);
      if (bare && !byBareName.has(bare)) byBareName.set(bare, e);
      index(orgsByLastWord, c.nameWords.at(-1)!, e);
      const of = c.nameWords.indexOf('of');
      if (of > 0 && orgHeads.has(c.nameWords[of - 1]!)) index(orgsByHeadBeforeOf, c.nameWords[of - 1]!, e);
      if (c.nameWords.length >= 2) index(orgsByFirstWord, c.nameWords[0]!, e);
    }
    return e;
  };
  /** "Brixley" for "Brixley Energy": organizations' first words the text has used alone for them. */
  const shortNamesUsed = new Set<string>();
  /** The sex a gendered honorific gave a person ("Mrs Cusack"), so that "Mr Cusack" is someone else. */
  const sexByHonorific = new Map<EntityDraft, 'he' | 'she'>();
  const bySexAndKey = new Map<string, EntityDraft>();
  const knownSex = (e: EntityDraft) => sexByHonorific.get(e) ?? sexOfPerson(e);
  const attach = (c: Candidate, e: EntityDraft) => {
    c.entity = e;
    const sex = e.type === 'person' ? honorificSex(c) : undefined;
    if (sex && !sexByHonorific.has(e)) sexByHonorific.set(e, sex);
    if (sex) bySexAndKey.set(`${sex} ${lowerName(c)}`, e);
    if (c.form === 'short' && e.type === 'organization' && c.nameWords.length === 1) shortNamesUsed.add(c.nameWords[0]!);
    // "ENGLAND" in a headline, "England" in the text: the name is written as the text writes it.
    if (c.name !== e.name && e.name === e.name.toUpperCase() && c.name !== c.name.toUpperCase() && c.name.toLowerCase() === e.name.toLowerCase()) {
      e.name = c.name;
      e.nameWords = c.nameWords;
    }
    // A place holds no role: one read before the entity reader retyped the name is no longer its ("Cape Marlow, a spokesman said").
    if (c.type !== 'place') {
      for (const role of c.roles) {
        // "“Mrs Whitmore was a devoted manager,” her barrister said": what a quote says someone is, beyond a bare job ("is a player"),
        // is the speaker's claim, not a role.
        const copula = COPULA_AFTER.exec(text.slice(c.end, c.end + 16));
        if (copula && role.includes(' ') && text.startsWith(role, c.end + copula[0].length) && insideQuotation(text, c.sentence.block.start, c.start)) continue;
        // "They host" (of "They host Sevilla") is a clause, no role.
        if (OPENS_CLAUSE.test(role)) continue;
        const r = withoutDanglingWords(role);
        // "Centre Walter Little" opening a sentence and "centre Walter Little" inside one: one role.
        if (r && !e.roles.some((held) => held.toLowerCase() === r.toLowerCase())) e.roles.push(r);
      }
    }
    const list = starts.get(e);
    if (!list) starts.set(e, [c.start]);
    else {
      // Names mostly come in text order: at the end, a push.
      const at = countBelow(list, c.start);
      if (at === list.length) list.push(c.start);
      else list.splice(at, 0, c.start);
    }
    if (c.strength > e.strength && c.type !== 'unknown' && c.type !== e.type && c.form === 'name') {
      e.type = c.type;
      e.rule = c.rule;
      e.strength = c.strength;
    }
  };

  // So is a word alone the reader alone typed as a body in a headline: "Celtics rally behind Tatum's 41 points" above "Jayson Tatum".
  // So is a place the reader alone read, unsure, as an owner: "Back in the courtyard, Castaño's older daughter" after "Yorleni Castaño".
  // And a body the lexicon knows that speaks like a person: "Michelle Forbes, director of NEMO, … Forbes said".
  const mayBeSurname = (c: Candidate) => {
    if (c.to - c.from !== 1 || isLocative(wordBefore(c))) return false;
    const owner = c.words[c.from]!.normEnd !== c.words[c.from]!.end;
    if (wordBefore(c)?.text === ',' && !owner) return false;
    return (c.type === 'place' && (LEXICON_PLACE.test(c.rule) || (owner && c.rule === 'ner.model' && (c.confidence ?? 1) < UNSURE_PLACE))) ||
      (c.type === 'organization' && c.rule === 'ner.model' && c.sentence.block.kind === 'headline') ||
      (c.type === 'organization' && c.rule.startsWith('org.lexicon') && !owner && cueVerbs.has(c.words[c.to]?.lower ?? ''));
  };
  const surnameBearer = (c: Candidate) => {
    const word = c.words[c.from]!.norm;
    return personsByWord.get(word)?.find((p) => p.nameWords.length >= 2 && p.nameWords.indexOf(word) > 0);
  };
  /** A person named first by part of their name takes the full name `c` gives them, and its last word as a short name. */
  const renamed = (e: EntityDraft, c: Candidate) => {
    e.aliases.add(e.name);
    e.name = c.name;
    e.nameWords = c.nameWords;
    byKey.set(c.name.toLowerCase(), e);
    index(personsByWord, c.nameWords.at(-1)!, e);
  };
  /** The person named by two family names alone, the last two of `nameWords` ("Gómez Arriaga" for "Rosa Gómez Arriaga"). */
  const twoSurnamesOf = (nameWords: string[]) =>
    personsByWord.get(nameWords.at(-1)!)?.find((p) => p.nameWords.length === 2 && endsWith(nameWords, p.nameWords) && !firstNames.has(p.nameWords[0]!));
  /** The person named in full whose last two names are `nameWords` ("Mendoza Quiroga" for "Javier Mendoza Quiroga"). */
  const twoSurnamesBearer = (nameWords: string[]) =>
    isOrganizationsLastWord(nameWords[1]!) ? undefined : personsByWord.get(nameWords[1]!)?.find((p) => p.nameWords.length > 2 && endsWith(p.nameWords, nameWords));
  const asSurname = (c: Candidate, bearer: EntityDraft) => {
    // "Dublin-born director Neil Jordan ... Jordan said": the place's name is the surname of the person named before.
    Object.assign(c, { type: 'person', form: 'short', metonym: false, mentionType: undefined, rule: 'person.surname-of-named' });
    attach(c, bearer);
  };

  // "the Centers for Disease Control and Prevention (CDC)": an acronym in brackets right after an organization's name is its own,
  // whatever its letters; so is a short name written as a word, if its letters come in order from the name's ("the British Airline
  // Pilots Association (Balpa)"), as British papers write acronyms.
  // So is a name the text gives it with "known as" or "known by its acronym": "The Ghana Cocoa Board, known as Cocobod,".
  const definedBy = new Map<string, Candidate>();
  for (let i = 1; i < candidates.length; i++) {
    const c = candidates[i]!;
    const bracketed = wordBefore(c)?.text === '(' && c.words[c.to]?.text === ')';
    // "(Cal Fire)": a short name of two words in brackets too.
    if ((c.to - c.from !== 1 && !(bracketed && c.to - c.from === 2)) || definedBy.has(c.name)) continue;
    const acronym = bracketed && isAcronym(c.name);
    const known = !bracketed && c.words[c.from]!.capitalized ? knownAsStart(c.words, c.from) : -1;
    // Where the organization's name ends. Not a plural of capitals ("Global Depositary Receipts (GDRs)"), which names things.
    const nameEnd = bracketed ? (acronym || SHORT_NAME_CASE.test(c.name) ? c.from - 1 : -1) : known > 0 && c.words[known - 1]!.text === ',' ? known - 1 : -1;
    if (nameEnd < 0) continue;
    // "The council, known by its Spanish initials CNE,": a body named before, by its head word after "the".
    const head = known > 0 ? wordOrNone(c.words, nameEnd - 1) : undefined;
    if (head && !head.capitalized && orgHeads.has(capitalizedName(head.lower)) && wordOrNone(c.words, nameEnd - 2)?.lower === 'the') {
      for (let j = i - 1; j >= 0; j--) {
        const d = candidates[j]!;
        if (d.type === 'organization' && !d.nested && d.nameWords.at(-1) === capitalizedName(head.lower)) {
          definedBy.set(c.name, d);
          break;
        }
      }
      continue;
    }
    // Past the names nested in the organization's ("European" in "European Centre for …").
    for (let j = i - 1; j >= 0 && j >= i - 4; j--) {
      const d = candidates[j]!;
      // After "or", the acronym's letters are the name's initials, in any order ("Partido Acción Nacional"): not "Labour, or SNP,".
      // Or any capitals set off after a long name, whose own language's initials they may be ("… Risk Management and Reduction, or INGD,").
      const offered = known > 0 && (c.words[known]!.lower === 'or' || known === c.from || c.words[known]!.lower === 'the');
      const setOff = d.nameWords.length >= 3 && ALL_CAPS_WORD.test(c.name) && c.name.length >= 3 && c.words[c.to]?.text === ',';
      // A name the reader read as a person's is a body's when the text offers its initials: "the United Steelworkers, or USW,".
      const body = d.type === 'organization' || (d.type === 'person' && offered && c.words[known]!.lower === 'or' && d.nameWords.length >= 2 && !firstNames.has(d.nameWords[0]!));
      if (d.words === c.words && d.to === nameEnd && body && !d.nested && (!bracketed || acronym || MIXED_CASE_ACRONYM.test(c.name) || abbreviatesBody(c.name, d)) && (!offered || setOff || nearlySameLetters(c.name, initials(d.nameWords)) || (d.nameWords.length === 1 && abbreviates(c.name, d.name)))) {
        if (d.type === 'person') Object.assign(d, { type: 'organization', mentionType: 'organization', surnameOnly: undefined, rule: 'org.acronym-offered' });
        definedBy.set(c.name, d);
      }
    }
  }

  // "Mendoza rejects calls to resign" above "Mayor Luis Mendoza": a headline names before the text does. Not a place the text
  // names as a place; the words are gathered for the first headline that needs them.
  let surnames: Set<string> | undefined;
  const places = new Set<string>();
  const isHeadlineSurname = (c: Candidate) => {
    if (c.sentence.block.kind !== 'headline') return false;
    if (!surnames) {
      surnames = new Set();
      for (const d of candidates) if (d.type === 'person' && d.nameWords.length >= 2) for (const word of d.nameWords.slice(1)) surnames.add(word);
      // Not a place only by the lexicon that reads as a surname ("Mendoza told reporters").
      for (const d of candidates) if (d.type === 'place' && d.sentence.block.kind !== 'headline' && !(mayBeSurname(d) && surnames.has(d.words[d.from]!.norm))) places.add(d.name);
    }
    return surnames.has(c.words[c.from]!.norm) && !places.has(c.name);
  };
  const headlineSurnames: Candidate[] = [];

  /**
   * "Eli Lilly … Lilly said", "Morgan Stanley … Stanley said": the last word alone of a company named like a person is the company,
   * where no person has that name, no title names one, and nothing happens in it.
   * "Bellweather Home … Bellweather's interim chief executive … Walter and June Bellweather": so is a company's own word (its other
   * words common or its trade's), read as a person's and written alone before anyone of that name; there and after.
   */
  const companiesByOwnWord = new Map<string, EntityDraft>();
  const ownWordCompany = (o: EntityDraft, word: string) =>
    o.nameWords.length >= 2 && o.nameWords[0] === word && o.nameWords.slice(1).every((w) => legalSuffixes.has(w) || companyTradeWords.has(w) || (CAPITALIZED_WORD.test(w) && !orgHeads.has(w) && commonWordSet.has(w.toLowerCase())));
  const PEOPLES_ADJECTIVE = /(?:ic|ian|ese|ish)$/;
  const eponymousCompany = (c: Candidate) => {
    if (c.nested || c.to - c.from !== 1 || c.type === 'organization' || c.rule === 'person.title' || c.rule === 'person.honorific' || isLocative(wordBefore(c))) return undefined;
    const word = c.words[c.from]!.norm;
    const own = companiesByOwnWord.get(word);
    if (own || personsByWord.has(word)) return own;
    const named = orgsByLastWord.get(word)?.find((o) => o.nameWords.length === 2 && o.nameWords[1] === word && firstNames.has(o.nameWords[0]!));
    // "Veltrin Pharma AG … Veltrin shares fell": the reader's place, where no lexicon knows one, may be the company's own word too.
    const readersPlace = c.type === 'place' && c.strength < 3;
    // Not an adjective of a people or a faith: "a purist Islamic state" after "Islamic Group".
    if (named || (c.type !== 'person' && !readersPlace) || commonWordSet.has(word.toLowerCase()) || matchGazetteer([word], 0) || PEOPLES_ADJECTIVE.test(word)) return named;
    const company = orgsByFirstWord.get(word)?.find((o) => ownWordCompany(o, word));
    if (company) companiesByOwnWord.set(word, company);
    return company;
  };

  // 'Abdoulaye Kouyaté, nicknamed "Le Mur" by the fans', '…, known to fans as "El Profe"': a name in marks after such words is
  // another name of the person named before them.
  const nicknamed = new Map<Candidate, Candidate>();
  for (let i = 1; i < candidates.length; i++) {
    const c = candidates[i]!;
    const person = candidates[i - 1]!;
    // Not a name after a preposition, which another noun heads: "one led by the sons of Joaquín Guzmán, known as “Los Chapitos”".
    if (person.type === 'person' && person.words === c.words && c.words[person.to]?.text === ',' && nicknameOpens(c.words, person.to + 1, c.from, c.to) && !COMPLEMENT_WORDS.hasLower(wordBefore(person))) nicknamed.set(c, person);
    // "José Roberto Cavalcanti, 58, is known across the state simply as Betão": the subject's other name.
    else if (knownAsSubject(c)) {
      for (let j = i - 1; j >= 0 && candidates[j]!.words === c.words; j--) if (candidates[j]!.from === 0 && candidates[j]!.type === 'person') nicknamed.set(c, candidates[j]!);
    }
  }

  /** Links a nickname to its bearer, once the bearer is linked. */
  const asNickname = (c: Candidate) => {
    const bearer = nicknamed.get(c)?.entity;
    if (bearer?.type !== 'person') return false;
    Object.assign(c, { type: 'person', form: 'alias', mentionType: undefined, metonym: false, surnameOnly: undefined });
    attach(c, bearer);
    if (!byKey.has(lowerName(c))) byKey.set(lowerName(c), bearer);
    return true;
  };

  // Pass 1: full names and lexicon entries.
  const deferred: Candidate[] = [];
  for (const c of candidates) {
    const definer = definedBy.get(c.name)?.entity;
    if (definer && !c.nested) {
      // "Cocobod", a name the reader alone read as a person's, is the organization's the text gives it to.
      Object.assign(c, { form: 'acronym', type: definer.type, mentionType: undefined, metonym: false });
      attach(c, definer);
      continue;
    }
    // A nickname whose bearer is named by a short form waits for it ("Kouyaté, nicknamed …").
    if (nicknamed.has(c) && !asNickname(c)) {
      deferred.push(c);
      continue;
    }
    const company = eponymousCompany(c);
    if (company) {
      Object.assign(c, { type: 'organization', form: 'short', mentionType: undefined, metonym: false, surnameOnly: undefined, rule: 'org.eponym' });
      attach(c, company);
      continue;
    }
    // "Move Forward's predecessor" after "the Move Forward Party": a body's name without its head word, whatever the reader made of it
    // (not a person's a body is named after: "Andy Warhol" of "the Andy Warhol Foundation", "Tan Boon Kiat" of "Tan Boon Kiat Holdings").
    const bareBody = c.type === 'person' && !c.nested && !PERSON_EVIDENCE.test(c.rule) && !isGivenName(c.words[c.from]!) && !familyNameFirst(c.nameWords) ? byBareName.get(lowerName(c)) : undefined;
    if (bareBody) {
      Object.assign(c, { type: 'organization', form: 'short', mentionType: undefined, metonym: false, surnameOnly: undefined });
      attach(c, bareBody);
      continue;
    }
    const surnameLike = mayBeSurname(c);
    const bearer = surnameLike ? surnameBearer(c) : undefined;
    if (bearer) asSurname(c, bearer);
    else if (surnameLike && isHeadlineSurname(c)) headlineSurnames.push(c);
    else if (c.titleOnly || c.surnameOnly || c.nested || isCompassShortName(c)) deferred.push(c);
    else if (c.strength >= 3 || c.nameWords.length >= 2 || (c.type !== 'unknown' && c.type !== 'person' && c.rule !== 'place.preposition')) {
      const key = lowerName(c);
      // "Donegal … County Donegal": the place named before by its own word.
      const byCountry = () => {
        const country = countryKey(c.nameWords) ?? stateKeyOf(c) ?? ownWordOfPlace(c.nameWords)?.toLowerCase();
        return country ? byKey.get(country) : undefined;
      };
      const known = byKey.get(key) ?? (c.type === 'place' ? byCountry() : undefined);
      // "Mendoza, 52, told": a person by the text's evidence is the person named with that word, not the place the word also names.
      const bearer = c.type === 'person' && c.nameWords.length === 1 && known && known.type !== 'person' ? personsByWord.get(c.nameWords[0]!)?.[0] : undefined;
      const fullBearer = c.type === 'organization' && (c.rule === 'ner.model' || c.rule === 'org.team') && c.nameWords.length === 2 ? twoSurnamesBearer(c.nameWords) : undefined;
      if (bearer) {
        if (c.form === 'name') c.form = 'short';
        attach(c, bearer);
      } else if (known) attach(c, known);
      else if (c.type === 'person' && c.nameWords.length >= 2) {
        // Same first and last name with a middle name or initial added: one person.
        // So is a name with a second family name added ("Isabel Montenegro" in the headline, "Isabel Montenegro Arriaga" in the text).
        // So is the name of a father's son without the family's ("Mohammed bin Abdulrahman" for "Mohammed bin Abdulrahman Al Thani").
        // So is a name with one of its double-barrelled surname's parts ("Adaeze Okonkwo", born so, for "Adaeze Okonkwo-Bello").
        const same = personsByWord.get(c.nameWords[0]!)?.find((p) => p.nameWords[0] === c.nameWords[0] && (p.nameWords.at(-1) === c.nameWords.at(-1) || addsFamilyName(p.nameWords, c.nameWords) || isPatronymicStart(c.nameWords, p.nameWords) || sharesBarrel(p.nameWords.at(-1)!, c.nameWords.at(-1)!)));
        if (same && c.nameWords.length > same.nameWords.length && addsFamilyName(same.nameWords, c.nameWords)) renamed(same, c);
        // "Quintero Salas" after "Andrés Manuel Quintero Salas": two family names, the way Spanish names are shortened.
        const surnames = same || firstNames.has(c.nameWords[0]!) ? undefined : personsByWord.get(c.nameWords.at(-1)!)?.find((p) => p.nameWords.length > c.nameWords.length && endsWith(p.nameWords, c.nameWords));
        // And "Rosa Gómez Arriaga" after "Gómez Arriaga" in the headline: the full name is the person's name.
        const named = same || surnames || c.nameWords.length < 3 || !firstNames.has(c.nameWords[0]!) ? undefined : twoSurnamesOf(c.nameWords);
        if (same) attach(c, same);
        else if (surnames) {
          c.form = 'short';
          attach(c, surnames);
        } else if (named) {
          renamed(named, c);
          attach(c, named);
        } else attach(c, newEntity(c, 'person', key));
      } else if (fullBearer) {
        // "Voters backed Mendoza Quiroga": two family names of a person named in full, though the reader alone read a body. So too
        // where the rules read a town and a word as a team ("Albuquerque Lins wrote").
        Object.assign(c, { type: 'person', form: 'short', mentionType: undefined, metonym: false, rule: c.rule === 'org.team' ? 'person.surname-of-named' : c.rule });
        attach(c, fullBearer);
      } else if (c.type === 'organization') {
        // "Korvana Motor" in the headline, "Korvana Motor Co" after: the name with its legal form left out, whole.
        const company = byCompanyKey.get(companyKey(c.nameWords)) ?? (hasLegalForm(c.name) ? byCompanyKey.get(c.nameWords.slice(0, -1).join(' ').toLowerCase()) : undefined);
        // "National Unity" and "National Unity Party", in either order: the name without its head word names the same body.
        const bare = withoutHeadWord(c.nameWords);
        const headed = byBareName.get(key) ?? (bare ? byKey.get(bare) : undefined);
        // "National Security Council" within "U.S. National Security Council"; "Lufthansa" within "Deutsche Lufthansa AG", past its legal form.
        const within = (words: string[]) => orgsByLastWord.get(words.at(-1)!)?.find((o) => endsWith(o.nameWords, words) || endsWith(words, o.nameWords));
        const longer = within(c.nameWords) ?? (c.nameWords.length > 2 && legalSuffixes.has(c.nameWords.at(-1)!) ? within(c.nameWords.slice(0, -1)) : undefined);
        if (company) {
          // "Lumen Foods Plc" is "Lumen Foods": a legal form added or left out names the same company; "Toyota" is short for "Toyota Motor Corp".
          attach(c, company);
          if (c.form === 'name') c.form = c.nameWords.length === 1 && company.nameWords.length > 2 ? 'short' : 'alias';
        } else if (headed?.type === 'organization') {
          attach(c, headed);
          if (c.form === 'name') c.form = 'alias';
        } else if (longer) {
          if (c.nameWords.length > longer.nameWords.length) {
            longer.aliases.add(longer.name);
            longer.name = c.name;
            longer.nameWords = c.nameWords;
            byKey.set(key, longer);
          }
          attach(c, longer);
          if (c.form === 'name') c.form = 'alias';
        } else if (c.nameWords.length === 1 && orgsByFirstWord.has(c.name) && (orgHeads.has(c.name) ? c.definite : !isAcronym(c.name) && !commonWordSet.has(lowerName(c)))) {
          // The first word alone names the organization named before: its head word after "the" ("the Bureau of Reclamation ...
          // the Bureau"), or a company's own word ("Calderon Microsystems ... Calderon"), not an acronym ("NBC" is not "NBC News").
          c.form = 'short';
          attach(c, orgsByFirstWord.get(c.name)![0]!);
        } else if (c.nameWords.length === 1 && c.definite && orgsByHeadBeforeOf.has(c.name)) {
          // So is the head word before "of" after "the": "the Army Corps of Engineers ... the Corps".
          c.form = 'short';
          attach(c, orgsByHeadBeforeOf.get(c.name)![0]!);
        } else if (c.nameWords.length === 1 && c.strength < 3) deferred.push(c);
        else attach(c, newEntity(c, 'organization', key));
      } else if (c.type === 'person' || c.type === 'unknown') deferred.push(c);
      else attach(c, newEntity(c, c.type, key));
    } else deferred.push(c);
  }

  /** A verb or a relative clause after the word makes it the subject: "Veridian said", "Veridian, which", not "Republican nominee". */
  const opensClause = (next: Word | undefined, second: Word | undefined) =>
    !!next && !next.capitalized && (!!cueVerbsAt(next) || next.lower.endsWith('ed') || SUBJECT_VERBS.hasLower(next) || (next.text === ',' && second?.lower === 'which'));
  /**
   * The organization whose name opens with the candidate's one word, when only a name has that word (not "Bank", "General" or
   * "Texas"), and the word opens its sentence or a clause after a comma, where no rule could type it (inside one, "the Soviet
   * republic" is no mention).
   */
  const ownWordOf = (c: Candidate) => {
    if (c.to - c.from !== 1) return undefined;
    // A person only by a weak guess; or by no given name or title, once the text has called the organization by this word alone.
    const used = shortNamesUsed.has(c.nameWords[0]!);
    if (c.type !== 'unknown' && !(c.type === 'person' && (c.strength < 2 || (used && !PERSON_EVIDENCE.test(c.rule))))) return undefined;
    // Or opens the clause after a comma: "In a statement, Brixley said".
    if (wordBefore(c)?.text !== ',') for (let i = 0; i < c.from; i++) if (c.words[i]!.kind === 'word') return undefined;
    if (!opensClause(c.words[c.to], c.words[c.to + 1])) return undefined;
    const w = c.words[c.from]!;
    return isOnlyName(w) ? orgsByFirstWord.get(w.norm)?.[0] : undefined;
  };

  for (const c of headlineSurnames) {
    const bearer = surnameBearer(c);
    if (bearer) asSurname(c, bearer);
    else attach(c, byKey.get(lowerName(c)) ?? newEntity(c, 'place'));
  }

  // Pass 2: single words go to the nearest compatible full name.
  // The organizations by their initials, for the acronyms among the words: made only where there is one ("the FTC"), as many texts have none.
  const acronyms = deferred.map((c) => acronymKey(c.nameWords[c.nameWords.length - 1]!));
  const orgsByInitials = new Map<string, EntityDraft>();
  if (acronyms.some((acronym) => acronym !== undefined)) {
    for (const o of orgs) {
      const key = o.nameWords.length >= 2 ? initials(o.nameWords) : '';
      if (key && !orgsByInitials.has(key)) orgsByInitials.set(key, o);
    }
    // Then with the letters of "of", "for" and "and": "the DfT".
    addInitialsWithConnectors(orgsByInitials, orgs);
    // Then without the place a body is of: "the Transportation Safety Board of Canada" is the TSB; or by what a department is of:
    // "the Department of Housing and Urban Development" is HUD.
    for (const o of orgs) {
      const of = o.nameWords.indexOf('of');
      const complement = o.nameWords.slice(of + 1);
      const place = of >= 0 && isGazetteerPlace(complement);
      const key = of >= 2 && place ? initials(o.nameWords.slice(0, of)) : of === 1 && complement.length >= 2 && !place ? initials(complement) : '';
      if (key.length >= 2 && !orgsByInitials.has(key)) orgsByInitials.set(key, o);
    }
    for (const [acronym, d] of definedBy) if (d.entity) orgsByInitials.set(acronym, d.entity);
  }
  const persons = table.entities.filter((e) => e.type === 'person');
  const untyped: Candidate[] = [];
  for (let k = 0; k < deferred.length; k++) {
    const c = deferred[k]!;
    if (nicknamed.has(c) && asNickname(c)) continue;
    // A name inside an organization's name counts as a mention of a place or person the text names on its own.
    if (c.nested) {
      const named = byKey.get(lowerName(c));
      if (named?.type === c.type) attach(c, named);
      continue;
    }
    if (c.titleOnly) {
      // The latest person named before with this title among their roles.
      const title = TITLE_ACRONYMS.get(c.name) ?? lowerName(c);
      let best: EntityDraft | undefined;
      let bestAt = -1;
      for (const p of persons) {
        const list = starts.get(p) ?? [];
        const before = countBelow(list, c.start);
        if (before && list[before - 1]! > bestAt && p.roles.some((r) => holdsTitle(r, title))) [best, bestAt] = [p, list[before - 1]!];
      }
      if (best) attach(c, best);
      continue;
    }
    const word = c.nameWords[c.nameWords.length - 1]!;
    const key = lowerName(c);
    const known = byKey.get(key);
    const compassPlace = isCompassShortName(c) ? placesByFirstWord(table, word) : undefined;
    const acronym = acronyms[k];
    const acronymOf = acronym ? orgsByInitials.get(acronym) : undefined;
    // "the Lumigraphs", "100 Lumigraphs": things counted, not a surname ("the Okoro exhibit" still names her).
    const counted = word.endsWith('s') && (c.definite || DETERMINER_OR_NUMBER.test(wordBefore(c)?.lower ?? ''));
    // "MERKEL" in an all-capitals headline is the Merkel of the text; "OKONKWO-REYES:" labelling an interview's answers is Okonkwo-Reyes.
    const capitals = word.length > 3 && ALL_CAPS_WORD.test(word);
    const surname = capitals ? capitalizedName(word) : word;
    // "Al-Mansouri said", opening its sentence, is the al-Mansouri named before (a word with no hyphen needs no lower-case form).
    const articleForm = word.includes('-') ? word[0]!.toLowerCase() + word.slice(1) : '';
    const article = isArticleSurname(articleForm) ? personsByWord.get(articleForm) : undefined;
    // "He said" after "He Lifeng": a pronoun read alone as a surname is no family name.
    let matches = c.nameWords.length === 1 && !counted && !(c.surnameOnly && CAPITALIZED_PRONOUNS.has(word)) ? personsByWord.get(surname) ?? article ?? [] : [];
    // "Pope Francis" after "Cardinal Francis Delahunty": a monarch's or a pope's given name is no one else's first name.
    if (regnalTitles.hasText(wordBefore(c))) matches = matches.filter((p) => p.nameWords.at(-1) === word);
    // A name the reader took for a body's is a person's only with evidence of one: a given name, a title or a role; in capitals, the
    // reader has no case to go by.
    // So is one after the particles of a family name: "de la Fuente told reporters".
    const particled = LOWER_FIRST.test(wordBefore(c)?.text ?? '') && nameParticles.hasText(wordBefore(c));
    if (c.type === 'organization' && !capitals && !particled) matches = matches.filter((p) => PERSON_EVIDENCE.test(p.rule) || p.roles.length > 0);
    // "he is survived by a son, Mikhail, …": a relative introduced so is someone new, not a namesake named before.
    if (wordBefore(c)?.text === ',' && personalRelations.has(wordBefore(c, 2)?.lower ?? '') && INTRODUCING_ARTICLES.hasLower(wordBefore(c, 3))) matches = [];
    // "Ms. Haddad" is not "Georges Haddad", "Mrs. Clinton" not "Bill Clinton": of people who share a surname, none whose given name
    // is the other sex's; with only such a one, someone else of the family ("Alan Brierley … his mother … Mrs Brierley").
    const sex = honorificSex(c);
    if (matches.length && sex) {
      const clashes = sex === 'she' ? maleNames : femaleNames;
      const fitting = matches.filter((p) => !clashes.has(p.nameWords[0]!));
      if (fitting.length || matches.length === 1) matches = fitting;
      // "Callum Ashworth … Callum's mother, Andrea Ashworth … Ms Ashworth": one known to be of the honorific's sex, by name or kin.
      const known = matches.filter((p) => knownSex(p) === sex);
      if (known.length) matches = known;
    }
    let company: EntityDraft | undefined;
    if (acronymOf) {
      c.form = 'acronym';
      attach(c, acronymOf);
    } else if (matches.length && (c.type !== 'organization' || c.rule === 'ner.model') && (c.type !== 'place' || c.rule === 'place.preposition')) {
      // "from Okoro": a preposition is weaker evidence of a place than a person named before with that surname.
      // A short form before attach: it names the person, it does not retype them; nor is it a body the reader took it for.
      if (c.form === 'name') c.form = 'short';
      if (c.type === 'organization') Object.assign(c, { type: 'person', mentionType: undefined });
      attach(c, pickAntecedent(matches, starts, c));
    } else if ((company = ownWordOf(c))) {
      // "Veridian said", opening its sentence, after "Veridian Systems Inc": the company's own word, which no rule could type there.
      Object.assign(c, { type: 'organization', form: 'short', mentionType: undefined, rule: 'org.own-word' });
      attach(c, company);
    } else if (c.surnameOnly) untyped.push(c);
    else if (compassPlace) {
      c.form = 'short';
      attach(c, compassPlace);
    } else if ((c.type === 'organization' || isStakeIn(c)) && c.nameWords.length === 1 && orgsByFirstWord.has(word) && !known) {
      // "Shares in Nordvik": a company named before, not a place something happens in.
      if (c.type !== 'organization') Object.assign(c, { type: 'organization', mentionType: undefined, rule: 'org.stake-in' });
      c.form = 'short';
      attach(c, orgsByFirstWord.get(word)![0]!);
    } else if (known) {
      // "Mr Cusack … Mrs Cusack … Mr Cusack": the other sex's honorific before the same name is someone else.
      const clash = sex && known.type === 'person' && knownSex(known) === (sex === 'she' ? 'he' : 'she');
      attach(c, !clash ? known : (bySexAndKey.get(`${sex} ${key}`) ?? newEntity(c, 'person', key)));
    } else if (c.definite && c.nameWords.length === 1 && orgHeads.has(word) && orgsByLastWord.has(word)) {
      c.form = 'short';
      attach(c, orgsByLastWord.get(word)![0]!);
    } else if (c.type === 'unknown') untyped.push(c);
    else attach(c, newEntity(c, c.type, key));
  }
  // A name no rule could type is the name written the same way elsewhere: "Scientology has been waging ...".
  const typedByText = new Map<string, EntityDraft>();
  const personsAlone = new Map<string, EntityDraft>();
  for (const c of candidates) {
    const e = c.entity;
    // "Kane opened the scoring … Kane later hit the bar": a person's one-word name, read inside a sentence, for the same word opening one.
    if (e?.type === 'person' && e.nameWords.length === 1 && !c.nested && !isInitial(c.words, c.from)) personsAlone.set(c.name, e);
    if (!e || e.type === 'other' || e.strength < 3 || c.nested) continue;
    typedByText.set(text.slice(c.start, c.end), e);
    // "the Church of Scientology ... Scientology": what an organization is "of", when it is no place or common word.
    const [head, of, complement] = e.nameWords;
    if (e.type === 'organization' && e.nameWords.length === 3 && orgHeads.has(head!) && of === 'of' && !commonWordSet.has(complement!.toLowerCase()) && !matchGazetteer([complement!], 0)) typedByText.set(complement!, e);
  }
  for (const c of untyped) {
    const named = typedByText.get(text.slice(c.start, c.end)) ?? (c.surnameOnly && isInitial(c.words, c.from) ? personsAlone.get(c.name) : undefined);
    if (named) {
      Object.assign(c, { type: named.type, form: 'alias', rule: 'name.repeated' });
      attach(c, named);
    } else if (!c.surnameOnly && !isInitial(c.words, c.from) && !commonWordSet.has(c.nameWords[0]!.toLowerCase())) attach(c, newEntity(c, 'other'));
  }

  for (const c of candidates) {
    const e = c.entity;
    if (!e) continue;
    const mentionText = text.slice(c.start, c.end);
    // Editorial brackets are not part of a name: "[President Joe] Biden" names Joe Biden.
    const written = c.form === 'short' && honorifics.hasText(wordBefore(c)) ? text.slice(c.words[c.from - 1]!.start, c.end) : mentionText;
    const surface = written.includes('[') || written.includes(']') ? written.replace(/[[\]]/g, ' ').trim().split(/\s+/).join(' ') : written;
    // All fields present, so all mentions share one shape (JSON leaves out those undefined).
    const mention: Mention = {
      start: c.start, end: c.end, text: mentionText, form: c.form, rule: c.rule,
      confidence: c.confidence === undefined ? undefined : Math.round(c.confidence * 100) / 100, type: c.mentionType || undefined, nested: c.nested ? true : undefined,
    };
    e.mentions.push(mention);
    // A name inside an organization's name is part of that name: no other name of its entity, no speaker.
    if (c.nested) continue;
    if (surface !== e.name) e.aliases.add(foldApostrophes(surface) === e.name ? e.name : surface);
    if (c.metonym) e.metonyms.add(surface);
    const ref = { entity: e, start: c.start, end: c.end };
    table.byEnd.set(c.end, ref);
    table.byEnd.set(c.words[c.to - 1]!.end, ref);
    table.byStart.set(c.start, ref);
  }
  mergeAcronyms(table);
  mergeCompanyWords(table);
  mergeSurnames(table);
  mergeInitialledNames(table);
  // A family name two people share ("Ewan Tully", "Moira Tully") is a short name of neither unless the text uses it so.
  // Each person named in full, with the surname and whether the family name comes first, worked out once.
  const namedInFull = new Map<EntityDraft, { last: string; familyFirst: boolean; family: string }>();
  const familyNameCount = new Map<string, number>();
  for (const e of table.entities) {
    if (e.type !== 'person' || e.nameWords.length < 2 || e.anonymous) continue;
    const last = surnameWithParticles(e.nameWords);
    const familyFirst = familyNameFirst(e.nameWords);
    const family = (familyFirst ? e.nameWords[0]! : last).toLowerCase();
    namedInFull.set(e, { last, familyFirst, family });
    familyNameCount.set(family, (familyNameCount.get(family) ?? 0) + 1);
  }
  for (const e of table.entities) {
    const named = namedInFull.get(e);
    // "Min Aung Hlaing" has no family name: news never calls him "Hlaing".
    if (named && familyNameCount.get(named.family)! < 2 && !e.nameWords.every((w) => burmeseNames.has(w))) {
      // The family name is a name the text may use: "Putin", "Gause"; it comes first in "Kim Jong Un" and "Wang Yi".
      // The text's own usage decides first ("Tong Zhao ... Zhao said"); else the name's shape.
      const first = e.nameWords[0]!;
      const { last, familyFirst } = named;
      // "Mr. Zhao", "Van Poppel" and "Mr. Peña Nieto" use the family name without a given one; "Dr. Susan Kohlhaas" does not.
      const given = e.nameWords[0] === last ? e.nameWords[1]! : e.nameWords[0]!;
      const hasGiven = (a: string) => a.includes(given) && (firstNames.has(given) || e.nameWords.length > 2);
      const used = (word: string) => {
        // "De Vries" opening a sentence is "de Vries".
        for (const a of e.aliases) if (a === word || (word.includes(' ') && a.toLowerCase() === word.toLowerCase()) || (a.endsWith(` ${word}`) && !hasGiven(a))) return true;
        return false;
      };
      // "Umm Karim" is a mother named for her son: "Karim" is he.
      const kunya = e.nameWords.length === 2 && kunyas.has(first);
      if (!kunya && !used(first) && !used(last) && !e.nameWords.slice(1, -1).some(used)) e.aliases.add(familyFirst ? first : isWesternThenChineseName(e.nameWords) ? e.nameWords[1]! : last);
    }
    // "U.S. National Security Council" is also "National Security Council", and "Taiwan People's Party" "People's Party"; not when
    // a plural follows the country, whose office it names ("Taiwan Affairs Office"), nor when "and" joins a second place to it. Only
    // what still ends as a body's name does: not "Human Rights" of "Iran Human Rights".
    if (e.type === 'organization' && e.nameWords.length >= 3 && isCountry(e.nameWords[0]!) && !/[^s]s$/.test(e.nameWords[1]!) && !LOWER_FIRST.test(e.nameWords[1]!) && (isOrgHeadWord(e.nameWords[1]!) || isOrgHeadWord(e.nameWords.at(-1)!))) e.aliases.add(e.name.slice(e.name.indexOf(' ') + 1));
    // "Central Bank" in the headline, "the Central Bank of Kenya" in the text: the body goes by its whole name.
    const whole = e.type === 'organization' ? [...e.aliases].find((a) => a.startsWith(`${e.name} of `) || a.startsWith(`${e.name} for `)) : undefined;
    if (whole) {
      e.aliases.add(e.name);
      e.name = whole;
      e.nameWords = whole.split(' ');
    }
    e.aliases.delete(e.name);
    // "Dr. Samuel Okafor" is no other name of Samuel Okafor ("Mr. Podesta" is one of John D. Podesta); it told how the text uses the
    // family name, above.
    for (const a of e.aliases) if (isHonorificBefore(a, e.name)) e.aliases.delete(a);
    sortedByStart(e.mentions);
    voteType(e);
    // Undefined, not deleted: a deletion would give the mention a shape of its own.
    for (const m of e.mentions) if (m.type === e.type) m.type = undefined;
  }
}

/** One entity, one type: the entity reader's types of its mentions vote, weighted by confidence. */
function voteType(e: EntityDraft): void {
  // A legal form ("Co", "Plc") settles it: a company. So does an apposition that says what kind of body it is, or a post held in it
  // ("Komeito leader Ishii Keiichi"), where no title or honorific names a person: "Kudira, a Nigerian startup that lends …", however
  // the reader reads "Kudira offers loans".
  const described = (m: EntityDraft['mentions'][number]) => m.rule === 'org.apposition' || m.rule === 'org.employer-before-role';
  if (e.mentions.some((m) => hasLegalForm(m.text)) || (e.mentions.some(described) && !e.mentions.some((m) => PERSON_EVIDENCE.test(m.rule)))) {
    e.type = 'organization';
    for (const m of e.mentions) if (m.type) m.type = 'organization';
    // Nor is its legal form a short name, as a person's surname would be: "Fjordvik Kapital AS" is no "AS".
    for (const alias of e.aliases) if (legalSuffixes.has(alias)) e.aliases.delete(alias);
    return;
  }
  const votes = new Map<EntityType, number>();
  let total = 0;
  for (const m of e.mentions) {
    // A rule's type that agrees with the entity's holds it ("Shipping lines Nordmark and …" against "Nordmark said"); one that
    // differs is the mention's alone (a capital for its state's body).
    const weight = m.confidence ?? (m.type === e.type ? 1 : 0);
    if (!m.type || !weight) continue;
    votes.set(m.type, (votes.get(m.type) ?? 0) + weight);
    total += weight;
  }
  let best: EntityType | undefined;
  for (const [type, v] of votes) if (!best || v > votes.get(best)!) best = type;
  if (!best || votes.get(best)! < total * 0.6) return;
  // "Real Madrid beat Barcelona … Barcelona took an early lead": a city every mention of which (two or more) the reader reads as a
  // body is a club, not a place that acts.
  const club = e.rule === 'place.lexicon.city' && best === 'organization' && e.mentions.length >= 2 && e.mentions.every((m) => m.type === 'organization');
  if (!LEXICON_PLACE.test(e.rule) || club) e.type = best;
  for (const m of e.mentions) if (m.type && !LEXICON_PLACE.test(m.rule)) m.type = best;
}

/**
 * Does a role hold the title (lower case) in its own words, not a deputy's: "President" holds "president"; "Presidential
 * Communications Office Secretary" and "Vice President" do not.
 */
function holdsTitle(role: string, title: string): boolean {
  const words = role.toLowerCase().split(' ');
  const titleWords = title.split(' ');
  for (let i = 0; i + titleWords.length <= words.length; i++) {
    if (titleWords.every((w, j) => words[i + j] === w)) return !DEPUTY_TITLE_WORDS.has(words[i - 1] ?? '');
  }
  return false;
}
const DEPUTY_TITLE_WORDS = new Set(['vice', 'deputy', 'assistant', 'acting', 'former']);

const COMPASS = new Set(['North', 'South', 'East', 'West']);
/** "the North" in an article that names North Korea: a short name of the place. */
const isCompassShortName = (c: Candidate) => c.definite === true && c.nameWords.length === 1 && COMPASS.has(c.nameWords[0]!) && c.type === 'place';
const INTRODUCING_ARTICLES = new WordSet(['a', 'an', 'another']);
const placesByFirstWord = (table: EntityTable, word: string) => table.entities.find((e) => e.type === 'place' && e.nameWords.length === 2 && e.nameWords[0] === word);

/** The surname with the lower-case particles before it: "von der Leyen", "de Gaulle"; else the last word. */
function surnameWithParticles(nameWords: string[]): string {
  // "Martin Luther King Jr." is Mr. King; "Charles III" is Charles.
  while (nameWords.length > 1 && isGenerationSuffix(nameWords[nameWords.length - 1]!)) nameWords = nameWords.slice(0, -1);
  // "Nguyen Van Thanh" is Mr. Thanh: a Vietnamese middle name is no particle.
  if (isVietnameseName(nameWords)) return nameWords[nameWords.length - 1]!;
  let k = nameWords.length - 1;
  // Inside the name, a particle may be capitalized: "Piet Van Aalst" is Mr. Van Aalst.
  while (k > 1 && nameParticles.has(nameWords[k - 1]!.toLowerCase())) k--;
  // "De Blasio" is a surname already.
  if (k === 1 && nameParticles.has(nameWords[0]!.toLowerCase())) k = 0;
  // "Javier Pérez de Cuéllar", "Inmaculada Sáenz de Buruaga": a Spanish family name joined to the next by a particle.
  if (k >= 2 && k < nameWords.length - 1 && nameParticles.has(nameWords[k]!) && SPANISH_FAMILY_NAME.test(nameWords[k - 1]!)) k--;
  // "Andrés Manuel López Obrador": two given names, then two family names, both his.
  if (nameWords.length === 4 && k === 3 && firstNames.has(nameWords[0]!) && firstNames.has(nameWords[1]!) && !firstNames.has(nameWords[2]!)) k = 2;
  // "Raymond Lau Kin-ming": an English given name, then a Cantonese name, family name first.
  if (nameWords.length === 3 && k === 2 && HYPHENATED_GIVEN_NAME.test(nameWords[2]!) && firstNames.has(nameWords[0]!)) return nameWords[1]!;
  // "Gerardo Fernández Noroña", "Mariana Chávez Quiroga": a Spanish family name, then a second one, both theirs.
  if (nameWords.length === 3 && k === 2 && isSecondSurname(nameWords[1]!) && SPANISH_FAMILY_NAME.test(nameWords[1]!) && (firstNames.has(nameWords[0]!) || !familyNamesFirst.has(nameWords[0]!))) k = 1;
  return nameWords.slice(k).join(' ');
}
/** A family name that reads as Spanish: "Fernández", "López", "Piña", "Martinez". */
const SPANISH_FAMILY_NAME = /[áéíóúñ]|ez$/;

/** "Mohammed bin Abdulrahman" opens "Mohammed bin Abdulrahman Al Thani": a given name, "bin" and a father's name, then the family's. */
function isPatronymicStart(short: readonly string[], long: readonly string[]): boolean {
  return short.length >= 3 && short.length < long.length && PATRONYMICS.has(short[1]!.toLowerCase()) && short.every((w, k) => w === long[k]);
}

/** Is `surface` the name `name` with honorifics before it ("Dr. Samuel Okafor", "Prof. Dr. Anna Weber")? */
function isHonorificBefore(surface: string, name: string): boolean {
  // "Lady Gaga" is the singer's whole name.
  if (!surface.endsWith(` ${name}`) || !name.includes(' ')) return false;
  return surface.slice(0, -name.length - 1).split(' ').every((w) => honorifics.has(w));
}

const HYPHENATED_GIVEN_NAME = /^\p{Lu}\p{Ll}+-\p{Ll}+$/u;

/** "Sharon Goh Li Ping", "Melvin Yeo Chun Kiat": a given name in English, then a Chinese name, family name first (Singapore, Malaysia, Hong Kong). */
function isWesternThenChineseName(nameWords: string[]): boolean {
  return nameWords.length === 4 && firstNames.has(nameWords[0]!) && nameWords.slice(1).every((w) => SYLLABLE_WORD.test(w) && !firstNames.has(w) && !nameParticles.has(w));
}
/** One Chinese syllable as Singapore and Hong Kong spell it: "Goh", "Kiat", "Ping". */
const SYLLABLE_WORD = /^[A-Z][a-z]{1,4}$/;

/**
 * "Kim Jong Un", "Wang Yi": a Chinese, Korean or Vietnamese family name first, then given names that are not Western ones; "Sato
 * Kenji": a Japanese one before a given name (Japanese names are not written in Western order when the family name comes first).
 */
function familyNameFirst(nameWords: string[]): boolean {
  if (nameWords.length === 2 && japaneseFamilyNames.has(nameWords[0]!) && !japaneseFamilyNames.has(nameWords[1]!) && ROMANIZED_SYLLABLES.test(nameWords[1]!)) return true;
  // "Iwaya Takeshi": a Japanese given name after a word that is none.
  if (nameWords.length === 2 && japaneseGivenNames.has(nameWords[1]!) && !firstNames.has(nameWords[0]!) && ROMANIZED_SYLLABLES.test(nameWords[0]!)) return true;
  // "Jun Young-hyun", "Chiang Ching-kuo": a given name of two syllables joined in lower case follows a family name of one.
  if (nameWords.length === 2 && nameWords[1]!.includes('-') && HYPHENATED_GIVEN_NAME.test(nameWords[1]!) && !nameWords[0]!.includes('-')) return true;
  // "Nguyen Van Thanh" is Mr. Thanh: news calls a Vietnamese by the given name, written last, as a Western one.
  if (nameWords.length < 2 || nameWords.length > 3 || !familyNamesFirst.has(nameWords[0]!) || isVietnameseName(nameWords)) return false;
  // "Hao Zhang": two family names, the commoner one last, is written in Western order.
  if (nameWords.length === 2 && mostCommonFamilyNames.has(nameWords[1]!) && !mostCommonFamilyNames.has(nameWords[0]!)) return false;
  // "Kim Foxx", "Lee Smith": before a word no Chinese or Korean syllables make, the first is a given name ("Wang Yi", "Kim Hyun" are
  // such syllables).
  if (nameWords.length === 2 && !ROMANIZED_SYLLABLES.test(nameWords[1]!)) return false;
  return nameWords.slice(1).every((w) => w.length <= 8 && !firstNames.has(w));
}

/**
 * Words made of Chinese or Korean syllables as English writes them, joined by hyphens or not: a consonant or two, vowels, a final.
 * Each syllable is taken whole (a lookahead, then its backreference), so a long run of vowels cannot backtrack.
 */
const ROMANIZED_SYLLABLES = /^(?:(?=((?:zh|ch|sh|ts|[bpmfdtnlgkhjqxrzcsyw])?[aeiouy]+(?:ng|[nklmp])?-?))\1)+$/i;

/** The key of the American state a place's name or abbreviation names: "state:pennsylvania" for "Pa." and "Pennsylvania". */
function stateKeyOf(c: Candidate): string | undefined {
  const abbreviated = stateOfAbbreviation.get(c.name);
  if (abbreviated) return `state:${abbreviated.toLowerCase()}`;
  const entry = matchGazetteer(c.nameWords, 0);
  return entry?.kind === 'state' && entry.length === c.nameWords.length ? `state:${c.name.toLowerCase()}` : undefined;
}

/** The lexicon's name for the country a place's name names, lower-cased: "türkiye" for "Turkey". */
function countryKey(nameWords: readonly string[]): string | undefined {
  const linked = nameWords.length === 1 ? linkedCountryNames.get(nameWords[0]!) : undefined;
  if (linked) return linked.toLowerCase();
  const entry = matchGazetteer(nameWords, 0);
  return entry?.kind === 'country' && entry.length === nameWords.length ? entry.name.toLowerCase() : undefined;
}

/** A country, a capital or an American state: a state, or what stands for one. */
function isState(word: string): boolean {
  const kind = matchGazetteer([word], 0)?.kind;
  return kind === 'country' || kind === 'capital' || kind === 'state';
}

function isCountry(word: string): boolean {
  return matchGazetteer([word], 0)?.kind === 'country';
}

const ACRONYM_AS_WORD = /^\p{Lu}\p{Ll}+$/u;
/** The key of initials written as a word of four letters or more: "PAGASA" for "Pagasa". */
const wordAcronymKey = (word: string) => (word.length >= 4 && ACRONYM_AS_WORD.test(word) ? word.toUpperCase() : undefined);

/** "UN" and "United Nations", "CCP" and "Chinese Communist Party", "Fed" and "Federal Reserve" (a lexicon's short name): one organization. */
function mergeAcronyms(table: EntityTable): void {
  // The organizations of one word that may be another's short name or acronym: most texts have none, and need no index.
  // "Pagasa", "Nato": initials written as a word, as some papers write them, of four letters or more.
  const shortForms = table.entities.filter((e) => e.type === 'organization' && e.nameWords.length === 1 && (orgShortNames.get(e.name) || acronymKey(e.name) || wordAcronymKey(e.name)));
  if (!shortForms.length) return;
  const byInitials = new Map<string, EntityDraft>();
  const byName = new Map<string, EntityDraft>();
  for (const e of table.entities) {
    if (e.type !== 'organization' || e.nameWords.length < 2) continue;
    byInitials.set(initials(e.nameWords), e);
    // "US Federal Trade Commission … the FTC": the initials of the name after its country's, or after the union of countries it
    // belongs to ("UN Office for the Coordination of Humanitarian Affairs … OCHA").
    // Three letters at least: "PP" is not the Pakistan Peoples Party's.
    const after = e.nameWords.length >= 3 && (isCountry(e.nameWords[0]!) || PARENT_BODIES.has(e.nameWords[0]!)) ? initials(e.nameWords.slice(1)) : '';
    if (after.length >= 3 && !byInitials.has(after)) byInitials.set(after, e);
    byName.set(e.name, e);
  }
  addInitialsWithConnectors(byInitials, table.entities);
  // "SPD threatens … The Social Democrats (SPD)": an acronym the text gives a body in brackets, whatever its letters.
  for (const e of table.entities) {
    if (e.type !== 'organization' || e.nameWords.length < 2) continue;
    for (const alias of e.aliases) {
      const key = acronymKey(alias);
      if (key && !byInitials.has(key)) byInitials.set(key, e);
    }
  }
  const into = new Map<EntityDraft, EntityDraft>();
  for (const e of shortForms) {
    const short = orgShortNames.get(e.name);
    const acronym = acronymKey(e.name);
    const full = short ? byName.get(short) : byInitials.get(acronym ?? wordAcronymKey(e.name)!);
    if (!full || full === e) continue;
    // "BEIJING (AP) — … Astellas Pharma": an acronym the lexicon knows, met before a name it does not know, is another body's.
    // Not a body the lexicon names for a capital ("EU" in the headline, "Brussels" in the text).
    // Unless the text gives the acronym to that name: "Two OPEC members met. The Organization of the Petroleum Exporting Countries (OPEC)".
    // An acronym of four letters or more seldom matches by chance: "FEMA Administrator Howard Lindqvist … the Federal Emergency
    // Management Agency".
    if (e.rule === 'org.lexicon.org' && e.name.length <= 3 && full.rule !== 'org.lexicon.org' && full.rule !== 'org.metonym.capital' && e.mentions[0]!.start < full.mentions[0]!.start && !full.aliases.has(e.name)) continue;
    mergeInto(full, e, short ? 'short' : 'acronym', into);
  }
  redirectMentions(table, into);
}

const PARENT_BODIES = new Set(['UN', 'U.N.', 'EU', 'E.U.']);

/** Moves `e`'s mentions and names to `full`, as the form given; `into` records it for redirectMentions. */
function mergeInto(full: EntityDraft, e: EntityDraft, form: MentionForm, into: Map<EntityDraft, EntityDraft>): void {
  for (const m of e.mentions) full.mentions.push({ ...m, form });
  full.aliases.add(e.name);
  for (const a of e.aliases) full.aliases.add(a);
  e.mentions = [];
  into.set(e, full);
}

/**
 * "Drugmaker Pellion to cut jobs … Pellion Pharma said": a company's own word, met before its full name (in a headline), is the
 * company, when one name the text gives in full, with a head word or a legal form, opens with it and no lexicon knows the word
 * (no common word: "the House" is no "House Intelligence Committee").
 */
function mergeCompanyWords(table: EntityTable): void {
  let byFirstWord: Map<string, EntityDraft | null> | undefined;
  const into = new Map<EntityDraft, EntityDraft>();
  for (const e of table.entities) {
    // Or a word the reader alone took for a person's: "Kelvora Holdings … Kelvora's climate policy".
    const readAsPerson = e.type === 'person' && e.rule === 'ner.model' && !e.roles.length;
    if ((e.type !== 'organization' && !readAsPerson) || e.nameWords.length !== 1 || !e.mentions.length || e.rule.startsWith('org.lexicon') || isAcronym(e.name)) continue;
    if (isOrgHeadWord(e.name) || commonWordSet.has(e.name.toLowerCase()) || matchGazetteer([e.name], 0)) continue;
    if (!byFirstWord) {
      byFirstWord = new Map();
      for (const o of table.entities) {
        const last = o.nameWords.at(-1)!;
        if (o.type !== 'organization' || o.nameWords.length < 2 || !(isOrgHeadWord(last) || legalSuffixes.has(last))) continue;
        // Two names with one first word: neither is the company's.
        byFirstWord.set(o.nameWords[0]!, byFirstWord.has(o.nameWords[0]!) ? null : o);
      }
    }
    const full = byFirstWord.get(e.name);
    if (!full) continue;
    if (readAsPerson) for (const m of e.mentions) m.type = undefined;
    mergeInto(full, e, 'short', into);
    // Met first, in the headline: the mentions stay in text order.
    full.mentions.sort((a, b) => a.start - b.start);
  }
  redirectMentions(table, into);
}

/** Points the mention index at the entities that others were merged into. */
function redirectMentions(table: EntityTable, into: Map<EntityDraft, EntityDraft>): void {
  if (!into.size) return;
  for (const refs of [table.byStart, table.byEnd]) for (const ref of refs.values()) ref.entity = into.get(ref.entity) ?? ref.entity;
}

/**
 * "Paris Hilton ... Hilton said": a surname used alone for a person makes the full name a person,
 * when only the entity reader typed it otherwise.
 */
function mergeSurnames(table: EntityTable): void {
  const byLastWord = new Map<string, EntityDraft>();
  for (const e of table.entities) if (e.type !== 'person' && e.rule === 'ner.model' && e.nameWords.length >= 2) byLastWord.set(e.nameWords.at(-1)!, e);
  if (!byLastWord.size) return;
  const into = new Map<EntityDraft, EntityDraft>();
  for (const e of table.entities) {
    const full = e.type === 'person' && e.nameWords.length === 1 && e.mentions.length ? byLastWord.get(e.name) : undefined;
    if (!full) continue;
    full.type = 'person';
    for (const m of full.mentions) m.type = undefined;
    for (const m of e.mentions) {
      m.type = undefined;
      full.mentions.push({ ...m, form: 'short' });
    }
    full.aliases.add(e.name);
    for (const r of e.roles) if (!full.roles.includes(r)) full.roles.push(r);
    e.mentions = [];
    into.set(e, full);
  }
  redirectMentions(table, into);
}

/** Adds `value` to the list under `key`, in place: a copy per addition would make a long text's shared names quadratic. */
export function addTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * "Shams Nadkarni made 58 … (S. Nadkarni 58; D.A. Vaghela 4-31)": a person named by initials and a surname is the one person the
 * text names in full with that surname and a given name the first initial opens.
 */
function mergeInitialledNames(table: EntityTable): void {
  let bySurname: Map<string, EntityDraft[]> | undefined;
  const into = new Map<EntityDraft, EntityDraft>();
  for (const e of table.entities) {
    if (e.type !== 'person' || e.nameWords.length !== 2 || !INITIALS_ONLY.test(e.nameWords[0]!) || !e.mentions.length) continue;
    if (!bySurname) {
      bySurname = new Map();
      for (const p of table.entities) if (p.type === 'person' && p.nameWords.length >= 2 && !INITIALS_ONLY.test(p.nameWords[0]!)) addTo(bySurname, p.nameWords.at(-1)!, p);
    }
    const full = bySurname.get(e.nameWords[1]!)?.filter((p) => p.nameWords[0]![0] === e.nameWords[0]![0]) ?? [];
    if (full.length === 1) mergeInto(full[0]!, e, 'short', into);
  }
  redirectMentions(table, into);
}
const INITIALS_ONLY = /^(?:\p{Lu}\.?){1,3}$/u;

function endsWith(long: string[], short: string[]): boolean {
  if (short.length >= long.length) return false;
  for (let i = 1; i <= short.length; i++) {
    const [a, b] = [long[long.length - i]!, short[short.length - i]!];
    // "De Vries said" after "Anna de Vries": a particle opening a sentence takes a capital.
    if (a !== b && !(a.toLowerCase() === b.toLowerCase() && nameParticles.has(a.toLowerCase()))) return false;
  }
  return true;
}

/** How many of the sorted offsets are below `at`. */
function countBelow(sorted: number[], at: number): number {
  return firstNotBefore(sorted, (x) => x < at);
}

/**
 * Which full name a short form ("Kim", "Mr. Kim") refers to: one named earlier
 * in the same paragraph, else the most mentioned so far, else the first named after.
 */
const GENERATIONS: Record<string, string | undefined> = { Sr: 'elder', Jr: 'younger' };
/** The sex of the honorific before a name, or opening it: "Mrs Cusack", "Mr. Lowe". */
function honorificSex(c: Candidate): 'he' | 'she' | undefined {
  const honorific = femaleHonorifics.hasText(c.words[c.from]) || maleHonorifics.hasText(c.words[c.from]) ? c.words[c.from] : wordBefore(c);
  return femaleHonorifics.hasText(honorific) ? 'she' : maleHonorifics.hasText(honorific) ? 'he' : undefined;
}

/** A person's sex by their given name ("Andrea Ashworth"); not by kin, as "Kim's father" says nothing of Kim's sex. */
function sexOfPerson(e: EntityDraft): 'he' | 'she' | undefined {
  const first = e.nameWords[0]!;
  return e.nameWords.length < 2 || femaleNames.has(first) === maleNames.has(first) ? undefined : femaleNames.has(first) ? 'she' : 'he';
}

function pickAntecedent(matches: EntityDraft[], starts: Map<EntityDraft, number[]>, c: Candidate): EntityDraft {
  const blockStart = c.sentence.block.start;
  const word = c.nameWords[0];
  let best: EntityDraft | undefined;
  let bestScore = -1;
  for (const e of matches) {
    const list = starts.get(e) ?? [];
    const before = countBelow(list, c.start);
    if (before === 0) continue;
    const latest = list[before - 1]!;
    // "Mayor Scott Gillingham … Chris Scott … Scott told reporters": a word alone is the family name it is, before a given name.
    // And the family name alone, before one written after a particle: "Marina Silva" over "Luiz Inacio Lula da Silva" (called "Lula").
    const first = familyNameFirst(e.nameWords);
    // "Robert J. Hanlon Sr.": the family name is before the generation.
    const generation = GENERATIONS[e.nameWords.at(-1)!.replace('.', '')];
    const last = generation && e.nameWords.length > 2 ? e.nameWords.at(-2) : e.nameWords.at(-1);
    const family = (first ? e.nameWords[0] : last) === word ? (first || !nameParticles.has(e.nameWords.at(-2) ?? '') ? 1e12 : 5e11) : 0;
    // "the elder Hanlon", "the younger Hanlon": the father or the son.
    const elder = generation && generation === wordBefore(c)?.lower ? 3e12 : 0;
    // "Margaret Soto … her mother, Elena Soto … Soto said": of two bearers named as often, one the text names as someone's relative
    // is the less likely.
    const relative = e.roles.some((r) => personalRelations.has(r.slice(r.lastIndexOf(' ') + 1).toLowerCase())) ? 5e5 : 0;
    const score = family + elder + (holdsApposedRole(e, c) ? 2e12 : 0) + (latest >= blockStart ? 1e9 + latest : 0) + before * 1e6 - relative + latest / 1e3;
    if (score > bestScore) [best, bestScore] = [e, score];
  }
  if (best) return best;
  return matches.reduce((a, b) => ((starts.get(b)?.[0] ?? Infinity) < (starts.get(a)?.[0] ?? Infinity) ? b : a));
}

/** "Okonkwo, the minister, has built …": the role set off after the short name is one the person holds ("Finance Minister"). */
function holdsApposedRole(e: EntityDraft, c: Candidate): boolean {
  const { words, to } = c;
  if (words[to]?.text !== ',' || words[to + 1]?.lower !== 'the' || words[to + 3]?.text !== ',') return false;
  const role = words[to + 2]!;
  return !role.capitalized && e.roles.some((r) => r.toLowerCase().split(' ').includes(role.lower));
}

export function createTable(): EntityTable {
  const table: EntityTable = {
    entities: [],
    byEnd: new Map(),
    byStart: new Map(),
    add(draft) {
      // The drafts are fresh objects: give them an id rather than copying them.
      const e: EntityDraft = Object.assign(draft, { id: `e${table.entities.length + 1}` });
      table.entities.push(e);
      return e;
    },
  };
  return table;
}

export function finishEntities(table: EntityTable): Entity[] {
  return table.entities
    .filter((e) => e.mentions.length > 0)
    .map((e) => ({
      id: e.id, name: e.name, type: e.type, aliases: [...e.aliases], metonyms: [...e.metonyms], roles: e.roles,
      mentions: e.mentions as Mention[], anonymous: e.anonymous, rule: e.rule,
    }));
}
