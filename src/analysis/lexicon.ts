// Word lists, loaded once: the data files under lexicon/ and the
// world-countries package, turned into sets and a token trie for matching.
import countries from 'world-countries';
import { foldApostrophes, WordSet, type Token } from './structure';
import titles from './lexicon/titles.json';
import people from './lexicon/people.json';
import places from './lexicon/places.json';
import organizations from './lexicon/organizations.json';
import speech from './lexicon/speech.json';
import sources from './lexicon/sources.json';
import hedges from './lexicon/hedges.json';
import commonWords from './lexicon/common-words.json';
import chrome from './lexicon/chrome.json';
import countriesExtra from './lexicon/countries-extra.json';
import relations from './lexicon/relations.json';
import sports from './lexicon/sports.json';

export type GazetteerKind = 'country' | 'capital' | 'city' | 'state' | 'region' | 'org' | 'title' | 'honorific' | 'demonym';

export interface GazetteerEntry {
  kind: GazetteerKind;
  /** Canonical name: the country for a capital or demonym. */
  name: string;
  /** Words in the entry, to tell how long the match is. */
  length: number;
  /** The canonical name's words, split once. */
  nameWords: string[];
}

interface TrieNode {
  next: Map<string, TrieNode>;
  /** Present (undefined) on every node, so all nodes share one shape. */
  entry: GazetteerEntry | undefined;
}

function entryWords(name: string): string[] {
  return foldApostrophes(name).split(/\s+/).filter(Boolean);
}

const root: TrieNode = { next: new Map(), entry: undefined };

const PLURAL_PLACE_KINDS: ReadonlySet<GazetteerKind> = new Set(['country', 'state', 'region']);
/** The countries, states and regions whose names of one or two words end on each word: "Carolina" ends North and South Carolina's. */
const placesByLastWord = new Map<string, Set<string>>();

// Earlier kinds win: a name that is both a country and a city is the country.
function addEntry(surface: string, kind: GazetteerKind, name: string): void {
  if (!surface || /[,()]/.test(surface)) return;
  const words = entryWords(surface);
  let node = root;
  for (const word of words) {
    let next = node.next.get(word);
    if (!next) {
      next = { next: new Map(), entry: undefined };
      node.next.set(word, next);
    }
    node = next;
  }
  if (!node.entry) node.entry = { kind, name, length: words.length, nameWords: name.split(' ') };
  if (PLURAL_PLACE_KINDS.has(kind) && words.length <= 2) {
    const last = words[words.length - 1]!;
    placesByLastWord.set(last, (placesByLastWord.get(last) ?? new Set()).add(name));
  }
}

const list = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);
const lowerSet = (value: unknown) => new WordSet(list(value).map((s) => foldApostrophes(s.toLowerCase())));

// Countries first, then their aliases, capitals and the rest.
const extraAliases = countriesExtra.aliases as Record<string, string[]>;
const extraCapitals = countriesExtra.capitals as Record<string, string[]>;
const extraDemonyms = countriesExtra.demonyms as Record<string, string[]>;
for (const c of countries) addEntry(c.name.common, 'country', c.name.common);
for (const [country, aliases] of Object.entries(extraAliases)) for (const a of aliases) addEntry(a, 'country', country);
for (const c of countries) {
  addEntry(c.name.official, 'country', c.name.common);
  for (const alt of c.altSpellings) if (alt.length > 3 && /^[A-Z][A-Za-z' .-]+$/.test(alt)) addEntry(alt, 'country', c.name.common);
}
for (const [country, caps] of Object.entries(extraCapitals)) for (const cap of caps) addEntry(cap, 'capital', country);
for (const c of countries) for (const cap of c.capital) addEntry(cap, 'capital', c.name.common);
for (const s of list(places.usStates)) addEntry(s, 'state', s);
for (const s of list(places.usStateAbbreviations)) addEntry(s, 'state', s);
for (const s of list(places.regions)) addEntry(s.replace(/^the /, ''), 'region', s.replace(/^the /, ''));
for (const s of list(places.cities)) addEntry(s, 'city', s);
/** The state an AP abbreviation stands for, for linking only (see places.json): "Pa." → "Pennsylvania". */
export const stateOfAbbreviation: ReadonlyMap<string, string> = new Map(Object.entries(places.stateNamesOfAbbreviations as Record<string, string>));
/** The country a three-letter code stands for, as results write them after a name: "(SRB)", "(GER)" (ISO and Olympic codes). Read after the reader. */
export const countryOfCode = new Map<string, string>();
for (const c of countries) for (const code of [c.cca3, (c as { cioc?: string }).cioc]) if (code && !countryOfCode.has(code)) countryOfCode.set(code, c.name.common);
/** Country names of one word the gazetteer lacks, for linking only (see countries-extra.json): "Turkey" → "Türkiye". */
export const linkedCountryNames = new Map<string, string>();
for (const [country, names] of Object.entries(countriesExtra.linkedNames as Record<string, string[]>)) for (const n of names) linkedCountryNames.set(n, country);
// Demonyms ("Russian", "North Korean") point to their country.
export const demonymCountry = new Map<string, string>();
for (const c of countries) {
  const d = (c as { demonyms?: { eng?: { m?: string; f?: string } } }).demonyms?.eng;
  for (const form of [d?.m, d?.f]) if (form && !demonymCountry.has(form)) demonymCountry.set(form, c.name.common);
}
for (const [country, forms] of Object.entries(extraDemonyms)) for (const f of forms) demonymCountry.set(f, country);
for (const [form, country] of demonymCountry) addEntry(form, 'demonym', country);
for (const form of list(countriesExtra.plainDemonyms)) addEntry(form, 'demonym', form);

// A one-word organization that is also a common word ("Time", "Fed") needs more context than a lexicon.
const commonLower = new Set(list(commonWords.words).map((w) => w.toLowerCase()));
for (const s of list(organizations.knownOrganizations)) {
  const name = s.replace(/^The /, '');
  if (!/\s/.test(name) && commonLower.has(name.toLowerCase())) continue;
  addEntry(name, 'org', name);
}

for (const t of list(titles.titleHeads)) addEntry(t, 'title', t);
for (const t of list(titles.honorifics)) addEntry(t, 'honorific', t);

const SETTLED_PLACES: ReadonlySet<GazetteerKind> = new Set(['country', 'capital', 'city', 'state']);

/** "Carolinas", "Koreas": the plural of a word that ends two or more places' names, and is no common word ("the Coasts"). */
export function isPluralOfPlaceNames(word: string): boolean {
  if (!word.endsWith('s')) return false;
  const one = word.slice(0, -1);
  return (placesByLastWord.get(one)?.size ?? 0) >= 2 && !commonWordSet.has(one.toLowerCase());
}

/** Do the words, all of them, name a country, capital, city or state of the gazetteer? */
export function isGazetteerPlace(words: readonly string[]): boolean {
  const entry = matchGazetteer(words, 0);
  return !!entry && entry.length === words.length && SETTLED_PLACES.has(entry.kind);
}

/** Longest gazetteer entry starting at words[i]; words are token texts. */
export function matchGazetteer(words: readonly string[], i: number): GazetteerEntry | undefined {
  let node: TrieNode | undefined = root;
  let found: GazetteerEntry | undefined;
  for (let j = i; j < words.length && node; j++) {
    node = node.next.get(words[j]!);
    if (node?.entry) found = node.entry;
  }
  return found;
}

/** The trie's node for a name's first word, asked once per distinct word. */
function firstNode(t: Token, byText: boolean): TrieNode | undefined {
  const info = t.info;
  if (byText) {
    if (info.gazetteerByText === undefined) info.gazetteerByText = root.next.get(foldApostrophes(t.text)) ?? null;
    return (info.gazetteerByText as TrieNode | null) ?? undefined;
  }
  if (info.gazetteer === undefined) info.gazetteer = root.next.get(t.norm) ?? null;
  return (info.gazetteer as TrieNode | null) ?? undefined;
}

/** Longest gazetteer entry starting at tokens[i], read by their norms, or by their texts with apostrophes folded. */
export function matchGazetteerTokens(tokens: readonly Token[], i: number, byText: boolean, kinds?: ReadonlySet<GazetteerKind>): GazetteerEntry | undefined {
  if (i >= tokens.length) return undefined;
  let node: TrieNode | undefined = firstNode(tokens[i]!, byText);
  let found: GazetteerEntry | undefined;
  for (let j = i + 1; node; j++) {
    if (node.entry && (!kinds || kinds.has(node.entry.kind))) found = node.entry;
    // Most entries end on a leaf: no word after it to look up.
    if (j >= tokens.length || !node.next.size) break;
    node = node.next.get(byText ? foldApostrophes(tokens[j]!.text) : tokens[j]!.norm);
  }
  return found;
}

export const titleHeads = new WordSet(list(titles.titleHeads));
export const rankAbbreviations = new WordSet(list(titles.rankAbbreviations));
export const regnalTitles = new WordSet(list(titles.regnalTitles));
export const honorificsAfterReader = new WordSet(list(titles.honorificsAfterReader));
/** The words of a minister's portfolio that are no common words: "Labour", "Mining". */
export const portfolioWords = new WordSet(list(titles.portfolioWords));
export const lowerTitleHeads = new WordSet(list(titles.titleHeads).map((s) => s.toLowerCase()));
export const lowerTitleWords = new WordSet([...list(titles.titleModifiers), ...list(titles.titleHeads)].map((s) => s.toLowerCase()));
export const honorifics = new WordSet(list(titles.honorifics));
/** "sen" → "senator": the word an abbreviated title stands for. */
export const titleAbbreviations: ReadonlyMap<string, string> = new Map(Object.entries(titles.titleAbbreviations as Record<string, string>));
/** The posts a general word for a post stands for: "monarch" for a king or an emir. */
export const roleKinds: ReadonlyMap<string, ReadonlySet<string>> = new Map(Object.entries(titles.roleKinds as Record<string, string[]>).map(([kind, posts]) => [kind, new Set(posts)]));
export const formsOfAddress: ReadonlyMap<string, string> = new Map(Object.entries(titles.formsOfAddress as Record<string, string>));

// Function words both the name and the quote rules ask about.
export const articles = new WordSet(['a', 'an', 'the']);
export const indefiniteArticles = new WordSet(['a', 'an']);
export const possessiveDeterminers = new WordSet(['its', 'his', 'her', 'their', 'our', 'my', 'your']);
export const maleHonorifics = new WordSet(list(titles.maleHonorifics));
/** "María" is "Maria": a name without its accents. */
export const withoutAccents = (name: string) => (NON_ASCII.test(name) ? name.normalize('NFD').replace(/\p{M}/gu, '') : name);
const NON_ASCII = /[^ -~]/;
/** Given names that go with "she" or with "he" nearly always, written with and without accents. */
export const femaleNames = new Set(list(people.femaleNames).flatMap((n) => [n, withoutAccents(n)]));
export const maleNames = new Set(list(people.maleNames).flatMap((n) => [n, withoutAccents(n)]));
export const femaleHonorifics = new WordSet(list(titles.femaleHonorifics));
/** Jobs: "pilot", "analyst", "spokesman". */
export const jobNouns = lowerSet(list(titles.descriptorNouns));
export const fieldsOfWork = lowerSet(titles.fieldsOfWork);
export const situationNouns = lowerSet(titles.situationNouns);
export const stagePerformers = lowerSet(titles.stageNameTrades.people);
export const stageGroups = lowerSet(titles.stageNameTrades.groups);
export const descriptorNouns = lowerSet([...list(titles.descriptorNouns), ...list(relations.nouns)]);
const COMPANY_RELATIONS = ['partner', 'ally', 'rival', 'successor', 'predecessor', 'parent', 'heir'];
/** Relations only a person has to another: "his nephew", "her lawyer"; a company may be a rival, a partner or a parent. */
export const personalRelations = lowerSet(list(relations.nouns).filter((n) => !COMPANY_RELATIONS.includes(n)));
/** Close family, with the pronoun each takes: "daughter" → she. */
export const kinPronouns = new Map<string, 'he' | 'she'>([
  ...list(relations.kin.she).map((k) => [k, 'she'] as const),
  ...list(relations.kin.he).map((k) => [k, 'he'] as const),
]);
export const companyRelations = lowerSet(COMPANY_RELATIONS);
export const firstNames = new WordSet(list(people.firstNames));
export const familyNamesFirst = new WordSet(list(people.familyNameFirst));
export const mostCommonFamilyNames: ReadonlySet<string> = new Set(list(people.mostCommonFamilyNames));
export const vietnameseFamilyNames: ReadonlySet<string> = new Set(list(people.vietnameseFamilyNames));
export const japaneseFamilyNames: ReadonlySet<string> = new Set(list(people.japaneseFamilyNames));
export const japaneseGivenNames: ReadonlySet<string> = new Set(list(people.japaneseGivenNames));
export const burmeseNames: ReadonlySet<string> = new Set(list(people.burmeseNames));
export const kunyas = new WordSet(list(people.kunyas));
export const placeGivenNames = new WordSet(list(people.placeGivenNames));
/** Nouns for one person of a country that are not its adjective: "Swede", "Spaniard". */
export const countryPersonNouns: ReadonlySet<string> = new Set(list(countriesExtra.personNouns));
export const nameParticles = new WordSet(list(people.surnameParticles));
/** The organizations the lexicon knows by name, as written. */
export const knownOrganizations: ReadonlySet<string> = new Set(list(organizations.knownOrganizations));
/** Short name → the organization's full name, where it is neither initials nor a first word: "Fed" → "Federal Reserve". */
/** The parliaments' own names by their first word, each as its words: "Tweede" → [["Tweede", "Kamer"]]. */
export const legislaturesByFirstWord = new Map<string, string[][]>();
for (const name of list(organizations.legislatures)) {
  const words = name.split(' ');
  (legislaturesByFirstWord.get(words[0]!) ?? legislaturesByFirstWord.set(words[0]!, []).get(words[0]!)!).push(words);
}
export const orgShortNames: ReadonlyMap<string, string> = new Map(Object.entries(organizations.shortNames as Record<string, string>));
/** Letters after a name that say what the person is, not who: "QC", "MBE", "PhD" ("Jr." and "III" are the name's). */
export const postNominals = new WordSet(list(people.suffixes).filter((s) => !/^(?:[JS]r\.?|[IVX]+)$/.test(s)));
export const groupNouns = new WordSet(list(people.groupNouns));
export const placeHeads = new WordSet(list(places.headWords));
export const placeFeatureNouns = lowerSet(places.featureNouns);
/** Words of other languages that open a place's name: "Sungai Muar", "Beit Lahia". */
export const placeNamePrefixes = new WordSet(list(places.namePrefixes));
export const placeNameSuffixes = new WordSet(list(places.nameSuffixes));
export const settlementNouns = lowerSet(places.settlementNouns);
export const cityNouns = lowerSet(places.cityNouns);
/** Capitals that, acting, stand for a body seated there: "Brussels" for the European Union. */
export const capitalBodies: ReadonlyMap<string, string> = new Map(Object.entries(places.capitalBodies));
export const nationalTeamRegions: ReadonlySet<string> = new Set(list(places.nationalTeamRegions));
export const locativePrepositions = lowerSet(places.prepositions);
export const orgHeads = new WordSet(list(organizations.headWords));
export const orgDescriptors = lowerSet(organizations.descriptorNouns);
export const companyNameEnds = new WordSet(list(organizations.companyNameEnds));
/** "Echo", "Gazette": the words that end a newspaper's name after its town. */
export const newspaperHeads = new WordSet(list(organizations.newspaperHeads));
/** The words after a company's own name that say its trade or its legal form: "Veridian Therapeutics", "Lumen Foods Plc", "Medivance Health". */
export const companyTradeWords = new WordSet([
  ...list(organizations.tradeWords), ...list(organizations.companyNameEnds), ...list(organizations.legalSuffixes), ...list(organizations.companyEndsAfterReader),
]);
export const genericOrgNouns = lowerSet(organizations.genericNouns);
export const serviceWords = new WordSet(list(organizations.serviceWords));
export const agencyDomains = new Set(list(organizations.agencyDomains));
export const legalSuffixes = new WordSet(list(organizations.legalSuffixes));
export const foreignCompanyOpeners = new WordSet(list(organizations.foreignCompanyOpeners));
export const foreignBodyOpeners = new WordSet(list(organizations.foreignBodyOpeners));
export const companyEndsAfterReader = new WordSet(list(organizations.companyEndsAfterReader));
export const numberedUnits = new WordSet(list(organizations.numberedUnits));
/** "Council", "Energy", "Resources", "Ltd": a word that ends organizations' names. */
export function isOrganizationsLastWord(word: string): boolean {
  return orgHeads.has(word) || serviceWords.has(word) || companyNameEnds.has(word) || legalSuffixes.has(word);
}
export const commonWordSet = lowerSet(commonWords.words);
export const months = new WordSet(list(commonWords.months));
/** Words written short before a number, where the parser ends a sentence that goes on: "ranked No. 1". */
export const numberAbbreviations = new Set(list(commonWords.numberAbbreviations));
export const weekdays = new WordSet(list(commonWords.weekdays));
export const otherCapitalized = new WordSet(list(commonWords.otherCapitalized));
export const eventHeads = new WordSet(list(commonWords.eventHeads));
export const thingHeads = new WordSet(list(commonWords.thingHeads));
export const treatyHeads = new WordSet(list(commonWords.treatyHeads));
export const sportsWords = lowerSet(sports.words);
export const sharedSportsWords = lowerSet(sports.sharedWords);
export const clubHeads = new Set(list(sports.clubHeads));
export const clubSuffixes = new WordSet(list(sports.clubSuffixes));
export const clubPrefixes = new WordSet(list(sports.clubPrefixes));
export const playerPositions = lowerSet(sports.positions);
export const positionsAfterClubs = lowerSet(sports.positionsAfterClubs);
export const nationalBodySports = new WordSet(list(sports.nationalBodySports));
export const anonymousNouns = lowerSet(sources.anonymousNouns);
export const anonymousModifiers = lowerSet(sources.anonymousModifiers);
export const documentNouns = lowerSet(sources.documentNouns);
export const authorshipVerbs = lowerSet(sources.authorshipVerbs);
export const bodyNouns = lowerSet(sources.bodyNouns);
export const ownedBodies = lowerSet(sources.ownedBodies);

export type CueKind = 'speech' | 'allegation' | 'warning' | 'belief' | 'knowledge' | 'stance';
export interface CueVerb {
  lemma: string;
  kind: CueKind;
  /** The words of the form: ["point", "out"]. */
  words: string[];
  /** What must follow for the verb to report a clause: "states that", "plans to". */
  complement?: 'that' | 'to';
}
/** First word of a cue form → the forms starting with it, longest first. */
export const cueVerbs = new Map<string, CueVerb[]>();
for (const verb of (speech.verbs ?? []) as { lemma: string; forms: string[]; kind: CueKind; complement?: 'that' | 'to' }[]) {
  for (const form of verb.forms) {
    const words = form.toLowerCase().split(/\s+/);
    const first = words[0]!;
    const entries = cueVerbs.get(first) ?? [];
    entries.push({ lemma: verb.lemma, kind: verb.kind, words, complement: verb.complement });
    entries.sort((a, b) => b.words.length - a.words.length);
    cueVerbs.set(first, entries);
  }
}
/** The reporting verbs whose first word is the token's (lower case), asked once per distinct word. */
export function cueVerbsAt(t: Token): CueVerb[] | undefined {
  const info = t.info;
  if (info.cueVerbs === undefined) info.cueVerbs = cueVerbs.get(t.lower) ?? null;
  return (info.cueVerbs as CueVerb[] | null) ?? undefined;
}
/** Cue phrases followed by their source: "according to", "as reported by". */
export const emptyReports = lowerSet(speech.emptyReports);
/** "in a statement", "in an interview": where a report was made, which may stand between its verb and its clause. */
export const reportMedia = list(speech.nounCues)
  .filter((s) => s.startsWith('in ') && !/ (with|to|of|by)$/.test(s))
  .map((s) => s.toLowerCase().split(/\s+/))
  .sort((a, b) => b.length - a.length);
/** Cue phrases that open or close a report and name its source after them ("according to", "in the words of") or in them ("in his words"). */
export const nounCues = list(speech.nounCues)
  .filter((s) => (/\b(according to|by|of)$/.test(s) && !/behalf of$/.test(s)) || /^in (?:his|her) words$/.test(s))
  .map((s) => s.toLowerCase().split(/\s+/));

export interface Hedge {
  words: string[];
  kind: string;
}
export const hedgePhrases: Hedge[] = ((hedges.hedges ?? []) as { phrase: string; kind: string }[])
  .map((h) => ({ words: h.phrase.toLowerCase().split(/\s+/), kind: h.kind }));
export const opinionMarkers = list(hedges.opinionMarkers).map((s) => s.toLowerCase().split(/\s+/));

/** Phrases indexed by their first word, to match in one pass over a sentence. */
export function byFirstWord<T>(items: T[], words: (item: T) => string[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const first = words(item)[0]!;
    const list = map.get(first);
    if (list) list.push(item);
    else map.set(first, [item]);
  }
  return map;
}

/**
 * "Related: FDA panel to weigh …", "READ: …", "Follow AP's coverage … at https://…", "A version of this article appears in print on …":
 * a line that links to another page or tells where this one was printed, chrome however many words it has.
 */
export const linkLine = new RegExp(`^(?:(?:${list(chrome.linkLabels).join('|')})\\s*:\\s.{1,120}|follow\\b[^.!?]{0,120}\\bat https?://\\S+|a version of this (?:article|story) appear(?:s|ed) in print\\b.*)$`, 'i');
export const chromeLinePatterns = [...list(chrome.linePatterns).map((s) => new RegExp(s, 'i')), linkLine];
export const neverProse = list(chrome.neverProse).map((s) => new RegExp(s, 'i'));
export const chromeEndMarkers = list(chrome.endMarkers).map((s) => new RegExp(s, 'i'));
export const bulletPrefixes = list(chrome.bulletPrefixes);
