// The server's articles: every open or indexed document that is read as an article, its
// Article model, and the workspace-wide link from an actor to its mentions in all of them.
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze, type Article, type Entity, type Mention } from '../analysis';
import type { Range } from '../shared/protocol';

export interface ArticleDoc {
  uri: string;
  document: TextDocument;
  article: Article;
  /** Milliseconds the analysis took. */
  ms: number;
  /** All mentions, sorted by start, with their entity: for lookups by offset. */
  mentions: { mention: Mention; entity: Entity }[];
  entityById: Map<string, Entity>;
}

export interface MentionHit {
  doc: ArticleDoc;
  entity: Entity;
  mention: Mention;
}

/** One actor across articles: the same type and canonical name. Unnamed sources stay local. */
export function actorKey(doc: ArticleDoc, entity: Entity): string {
  return entity.anonymous ? `${doc.uri}#${entity.id}` : `${entity.type}:${entity.name.toLowerCase()}`;
}

/** The mention that introduces an entity: its first full name, else its first mention. */
export function introducingMention(entity: Entity): Mention {
  return entity.mentions.find((m) => m.form === 'name') ?? entity.mentions[0]!;
}

export function rangeOf(doc: ArticleDoc, span: { start: number; end: number }): Range {
  return { start: doc.document.positionAt(span.start), end: doc.document.positionAt(span.end) };
}

export class ArticleStore {
  private readonly docs = new Map<string, ArticleDoc>();
  private readonly uriByActor = new Map<string, Set<string>>();

  /** Analyses a text and stores it under its URI, replacing any earlier version. */
  set(uri: string, text: string, version = 0): ArticleDoc {
    this.delete(uri);
    const t0 = performance.now();
    const article = analyze(text);
    const ms = performance.now() - t0;
    const mentions = article.entities.flatMap((entity) => entity.mentions.map((mention) => ({ mention, entity })));
    mentions.sort((a, b) => a.mention.start - b.mention.start);
    const document = TextDocument.create(uri, 'article', version, text);
    const doc: ArticleDoc = { uri, document, article, ms, mentions, entityById: new Map(article.entities.map((e) => [e.id, e])) };
    this.docs.set(uri, doc);
    for (const entity of article.entities) {
      const key = actorKey(doc, entity);
      let uris = this.uriByActor.get(key);
      if (!uris) this.uriByActor.set(key, (uris = new Set()));
      uris.add(uri);
    }
    return doc;
  }

  get(uri: string): ArticleDoc | undefined {
    return this.docs.get(uri);
  }

  delete(uri: string): void {
    const old = this.docs.get(uri);
    if (!old) return;
    this.docs.delete(uri);
    for (const entity of old.article.entities) {
      const key = actorKey(old, entity);
      const uris = this.uriByActor.get(key);
      uris?.delete(uri);
      if (uris?.size === 0) this.uriByActor.delete(key);
    }
  }

  all(): IterableIterator<ArticleDoc> {
    return this.docs.values();
  }

  /** The mention under an offset, if any. */
  mentionAt(doc: ArticleDoc, offset: number): MentionHit | undefined {
    const list = doc.mentions;
    let lo = 0;
    let hi = list.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const { mention } = list[mid]!;
      if (offset < mention.start) hi = mid - 1;
      else if (offset > mention.end) lo = mid + 1;
      else return { doc, ...list[mid]! };
    }
    return undefined;
  }

  /** Every mention of the same actor in every article, this document first. */
  mentionsEverywhere(doc: ArticleDoc, entity: Entity): MentionHit[] {
    const key = actorKey(doc, entity);
    const hits: MentionHit[] = entity.mentions.map((mention) => ({ doc, entity, mention }));
    for (const uri of this.uriByActor.get(key) ?? []) {
      const other = this.docs.get(uri);
      if (!other || other === doc) continue;
      for (const e of other.article.entities) {
        if (actorKey(other, e) === key) for (const mention of e.mentions) hits.push({ doc: other, entity: e, mention });
      }
    }
    return hits;
  }

  /** How many articles mention this actor. */
  articleCount(doc: ArticleDoc, entity: Entity): number {
    return this.uriByActor.get(actorKey(doc, entity))?.size ?? 1;
  }
}
