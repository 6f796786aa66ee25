// The workspace index: every article's summary, and the links between articles. One
// workspace actor per real-world entity: the same type and full name, or a short name
// ("Putin", "NATO") that only one full name in the workspace can stand for. Two different
// full names are never joined.
import type { EntityType } from '../analysis';
import { nameKey, type ActorSummary, type ArticleSummary, type ClaimSummary } from './summary';

export interface Occurrence {
  uri: string;
  actor: ActorSummary;
}

export class WorkspaceIndex {
  private readonly articles = new Map<string, ArticleSummary>();
  /** Name key → URI → indexes of the article's actors with that name. */
  private readonly actorsByName = new Map<string, Map<string, number[]>>();
  /** Short key ("person:putin") → full-name keys it could stand for, with how many actors give each. */
  private readonly fullNamesByShort = new Map<string, Map<string, number>>();
  /** Full-name key → the short keys that may stand for it. */
  private readonly shortsByFullName = new Map<string, Set<string>>();
  /** Claim key ("4.6 billion|place:kazakhstan") → URI → claim indexes. */
  private readonly claimsByKey = new Map<string, Map<string, number[]>>();
  /** Name key → mentions of the actors with that name, kept as articles come and go: hovers need it at once. */
  private readonly mentionsByName = new Map<string, number>();

  get size(): number {
    return this.articles.size;
  }

  get(uri: string): ArticleSummary | undefined {
    return this.articles.get(uri);
  }

  uris(): IterableIterator<string> {
    return this.articles.keys();
  }

  set(uri: string, summary: ArticleSummary): void {
    this.delete(uri);
    this.articles.set(uri, summary);
    summary.actors.forEach((actor, i) => {
      if (actor.anonymous) return;
      const key = nameKey(actor.type, actor.name);
      push(this.actorsByName, key, uri, i);
      this.mentionsByName.set(key, (this.mentionsByName.get(key) ?? 0) + actor.mentions.length / 3);
      for (const short of shortKeys(actor)) {
        let fullNames = this.fullNamesByShort.get(short);
        if (!fullNames) this.fullNamesByShort.set(short, (fullNames = new Map()));
        fullNames.set(key, (fullNames.get(key) ?? 0) + 1);
        let shorts = this.shortsByFullName.get(key);
        if (!shorts) this.shortsByFullName.set(key, (shorts = new Set()));
        shorts.add(short);
      }
    });
    summary.claims.forEach((claim, i) => {
      for (const key of claim.keys) push(this.claimsByKey, key, uri, i);
    });
  }

  delete(uri: string): void {
    const old = this.articles.get(uri);
    if (!old) return;
    this.articles.delete(uri);
    for (const actor of old.actors) {
      if (actor.anonymous) continue;
      const key = nameKey(actor.type, actor.name);
      remove(this.actorsByName, key, uri);
      const mentions = (this.mentionsByName.get(key) ?? 0) - actor.mentions.length / 3;
      if (mentions > 0) this.mentionsByName.set(key, mentions);
      else this.mentionsByName.delete(key);
      for (const short of shortKeys(actor)) {
        const fullNames = this.fullNamesByShort.get(short);
        const count = (fullNames?.get(key) ?? 1) - 1;
        if (count > 0) fullNames!.set(key, count);
        else fullNames?.delete(key);
        if (fullNames?.size === 0) this.fullNamesByShort.delete(short);
      }
    }
    for (const claim of old.claims) for (const key of claim.keys) remove(this.claimsByKey, key, uri);
  }

  /** The workspace identity of an actor named `name` in some article. */
  identity(type: EntityType, name: string): string {
    const key = nameKey(type, name);
    if (name.includes(' ')) return key;
    const fullNames = this.fullNamesByShort.get(key);
    return fullNames?.size === 1 ? fullNames.keys().next().value! : key;
  }

  /** Every actor, in every article, with this identity. */
  occurrences(identity: string): Occurrence[] {
    const found: Occurrence[] = [];
    const collect = (key: string) => {
      for (const [uri, indexes] of this.actorsByName.get(key) ?? []) {
        const actors = this.articles.get(uri)!.actors;
        for (const i of indexes) found.push({ uri, actor: actors[i]! });
      }
    };
    collect(identity);
    for (const short of this.linkedShortNames(identity)) collect(short);
    return found;
  }

  /** The short names that stand for this full name alone. */
  private *linkedShortNames(identity: string): Generator<string> {
    for (const short of this.shortsByFullName.get(identity) ?? []) {
      const fullNames = this.fullNamesByShort.get(short);
      if (short !== identity && fullNames?.size === 1 && fullNames.has(identity)) yield short;
    }
  }

  /** How many mentions, in how many articles, an identity has: from running counts, without visiting the articles. */
  reach(identity: string): { mentions: number; articles: number } {
    const full = this.actorsByName.get(identity);
    let mentions = this.mentionsByName.get(identity) ?? 0;
    let articles = full?.size ?? 0;
    for (const short of this.linkedShortNames(identity)) {
      mentions += this.mentionsByName.get(short) ?? 0;
      for (const uri of this.actorsByName.get(short)?.keys() ?? []) if (!full?.has(uri)) articles++;
    }
    return { mentions, articles };
  }

  /** The same claim in other articles: a shared figure about a shared actor. */
  sameClaims(uri: string, claim: ClaimSummary): { uri: string; claim: ClaimSummary }[] {
    const found = new Map<string, ClaimSummary>();
    for (const key of claim.keys) {
      for (const [other, indexes] of this.claimsByKey.get(key) ?? []) {
        if (other === uri || found.has(other)) continue;
        found.set(other, this.articles.get(other)!.claims[indexes[0]!]!);
      }
    }
    return [...found].map(([other, match]) => ({ uri: other, claim: match }));
  }

  /** Actors whose name or other name contains the query, one occurrence per identity. */
  search(query: string, limit: number): Occurrence[] {
    const needle = query.toLowerCase();
    const seen = new Set<string>();
    const found: Occurrence[] = [];
    for (const byUri of this.actorsByName.values()) {
      const [uri, indexes] = byUri.entries().next().value!;
      const actor = this.articles.get(uri)!.actors[indexes[0]!]!;
      if (actor.type === 'other') continue;
      if (needle && !actor.name.toLowerCase().includes(needle) && !actor.aliases.some((a) => a.toLowerCase().includes(needle))) continue;
      const identity = this.identity(actor.type, actor.name);
      if (seen.has(identity)) continue;
      seen.add(identity);
      found.push(this.occurrences(identity)[0] ?? { uri, actor });
      if (found.length >= limit) break;
    }
    return found;
  }

  /** Actors across the corpus, most widely reported first. */
  topActors(limit: number): { identity: string; occurrences: Occurrence[] }[] {
    const identities = new Set<string>();
    for (const byUri of this.actorsByName.values()) {
      const [uri, indexes] = byUri.entries().next().value!;
      const actor = this.articles.get(uri)!.actors[indexes[0]!]!;
      if (actor.type !== 'other') identities.add(this.identity(actor.type, actor.name));
    }
    // Rank by the running counts; only the shown actors have their occurrences gathered.
    const ranked = [...identities].map((identity) => ({ identity, ...this.reach(identity) }));
    ranked.sort((a, b) => b.articles - a.articles || b.mentions - a.mentions);
    return ranked.slice(0, limit).map(({ identity }) => ({ identity, occurrences: this.occurrences(identity) }));
  }
}

/** The single-word names that could stand for a multi-word actor: its last word and one-word aliases. */
function shortKeys(actor: ActorSummary): string[] {
  if (!actor.name.includes(' ')) return [];
  const words = new Set(actor.aliases.filter((a) => !a.includes(' ')));
  if (actor.type === 'person') words.add(actor.name.slice(actor.name.lastIndexOf(' ') + 1));
  return [...words].map((word) => nameKey(actor.type, word));
}

function push(map: Map<string, Map<string, number[]>>, key: string, uri: string, index: number): void {
  let byUri = map.get(key);
  if (!byUri) map.set(key, (byUri = new Map()));
  const list = byUri.get(uri);
  if (list) list.push(index);
  else byUri.set(uri, [index]);
}

function remove(map: Map<string, Map<string, number[]>>, key: string, uri: string): void {
  const byUri = map.get(key);
  byUri?.delete(uri);
  if (byUri?.size === 0) map.delete(key);
}
