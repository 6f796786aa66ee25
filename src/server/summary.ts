// What the workspace index keeps of an article that is not open: its actors with mention
// positions, and its claims with keys for finding the same claim elsewhere. Compact and
// JSON-able, so workers can send it and the disk cache can keep it.
import type { Article, Entity, EntityType, Mention } from '../analysis';

/** The mention that introduces an entity: its first full name of its own, else its first mention. */
export function introducingMention(entity: Entity): Mention {
  return entity.mentions.find((m) => m.form === 'name' && !m.nested) ?? entity.mentions[0]!;
}

export interface ActorSummary {
  name: string;
  type: EntityType;
  aliases: string[];
  roles: string[];
  anonymous: boolean;
  /** Mentions as [line, character, length] triples, in text order. */
  mentions: number[];
  /** Which triple is the introducing mention. */
  intro: number;
}

export interface ClaimSummary {
  kind: Article['claims'][number]['kind'];
  line: number;
  character: number;
  /** "number|actor" keys: two claims sharing one report the same figure about the same actor. */
  keys: string[];
}

export interface ArticleSummary {
  wordCount: number;
  actors: ActorSummary[];
  claims: ClaimSummary[];
}

/** The workspace-wide key of a named actor before short names are resolved. */
export function nameKey(type: EntityType, name: string): string {
  return `${type}:${name.toLowerCase()}`;
}

export function summarize(text: string, article: Article): ArticleSummary {
  const lineStarts = [0];
  // Line breaks as editors count them: \r\n, \r and \n.
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) lineStarts.push(i + 1);
  }
  const position = (offset: number): [number, number] => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return [lo, offset - lineStarts[lo]!];
  };
  const actors = article.entities.map((entity): ActorSummary => {
    const mentions: number[] = [];
    const intro = entity.mentions.indexOf(introducingMention(entity));
    for (const m of entity.mentions) mentions.push(...position(m.start), m.end - m.start);
    const { name, type, aliases, roles, anonymous } = entity;
    return { name, type, aliases, roles, anonymous, mentions, intro: Math.max(intro, 0) };
  });
  const byId = new Map(article.entities.map((e) => [e.id, e]));
  const claims = article.claims.map((claim): ClaimSummary => {
    const inside = article.entities.filter((e) => !e.anonymous && e.mentions.some((m) => m.start >= claim.start && m.end <= claim.end));
    const source = claim.source ? byId.get(claim.source) : undefined;
    if (source && !source.anonymous && !inside.includes(source)) inside.push(source);
    const actorKeys = inside.map((e) => nameKey(e.type, e.name));
    const keys = figuresIn(claim.text).flatMap((figure) => actorKeys.map((actor) => `${figure}|${actor}`));
    const [line, character] = position(claim.start);
    return { kind: claim.kind, line, character, keys };
  });
  return { wordCount: article.wordCount, actors, claims };
}

const FIGURE = /(?:[$€£]\s?)?\d[\d,]*(?:\.\d+)?(?:\s?(?:%|percent|per cent|million|billion|trillion|thousand|bn|m\b))?/gi;
const YEAR = /^(?:1[89]|20)\d\d$/;

/** The figures of a claim, normalised ("$4.6 billion", "11 percent"); bare small numbers and years say too little. */
export function figuresIn(text: string): string[] {
  const found = new Set<string>();
  for (const [raw] of text.matchAll(FIGURE)) {
    const figure = raw.toLowerCase().replace(/,/g, '').replace(/\s+/g, ' ').replace('per cent', 'percent').replace('%', ' percent').trim();
    const digits = figure.replace(/\D/g, '');
    const bare = /^\d+$/.test(figure);
    if (bare && (YEAR.test(figure) || digits.length < 3)) continue;
    found.add(figure.replace(/\s+/g, ' '));
  }
  return [...found];
}

/** Checks data read back from disk before it is trusted. */
export function isSummary(value: unknown): value is ArticleSummary {
  const summary = value as ArticleSummary | null;
  return (
    typeof summary === 'object' &&
    summary !== null &&
    typeof summary.wordCount === 'number' &&
    Array.isArray(summary.claims) &&
    summary.claims.every((c) => Array.isArray(c.keys) && Number.isInteger(c.line)) &&
    Array.isArray(summary.actors) &&
    summary.actors.every((a) => typeof a.name === 'string' && Array.isArray(a.aliases) && Array.isArray(a.mentions) && a.mentions.length % 3 === 0 && a.mentions.every(Number.isInteger))
  );
}
