// The server's articles: the full model of every open article, and the workspace index
// that links actors and claims across all articles, open or not.
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze, type Article, type Entity, type Mention } from '../analysis';
import type { Range } from '../shared/protocol';
import { summarize, type ActorSummary } from './summary';
export { introducingMention } from './summary';
import { WorkspaceIndex } from './workspaceIndex';

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


export function rangeOf(doc: ArticleDoc, span: { start: number; end: number }): Range {
  return { start: doc.document.positionAt(span.start), end: doc.document.positionAt(span.end) };
}

/** The range of the i-th [line, character, length] triple of an actor summary. */
export function mentionRange(actor: ActorSummary, i: number): Range {
  const [line, character, length] = actor.mentions.slice(3 * i, 3 * i + 3) as [number, number, number];
  return { start: { line, character }, end: { line, character: character + length } };
}

/** An open document is analysed on the server's main thread: past this, the rest is left unread. */
const OPEN_DOCUMENT_BUDGET_MS = 1500;
/** Names nest a level or two deep at most: a place inside an organization's name. */
const NESTING_LOOKBACK = 4;

export class ArticleStore {
  readonly index = new WorkspaceIndex();
  private readonly open = new Map<string, ArticleDoc>();

  /** Analyses an open document's text and stores it under its URI. */
  set(uri: string, text: string, version = 0): ArticleDoc {
    const t0 = performance.now();
    const article = analyze(text, { budgetMs: OPEN_DOCUMENT_BUDGET_MS });
    const ms = performance.now() - t0;
    const mentions = article.entities.flatMap((entity) => entity.mentions.map((mention) => ({ mention, entity })));
    mentions.sort((a, b) => a.mention.start - b.mention.start);
    // A snapshot: the editor's TextDocument changes in place on every edit.
    const document = TextDocument.create(uri, 'article', version, text);
    const doc: ArticleDoc = { uri, document, article, ms, mentions, entityById: new Map(article.entities.map((e) => [e.id, e])) };
    this.open.set(uri, doc);
    this.index.set(uri, summarize(text, article));
    return doc;
  }

  get(uri: string): ArticleDoc | undefined {
    return this.open.get(uri);
  }

  /** Drops the full model of a closed document; its summary stays if the file is indexed. */
  close(uri: string, keepInIndex: boolean): void {
    this.open.delete(uri);
    if (!keepInIndex) this.index.delete(uri);
  }

  delete(uri: string): void {
    this.close(uri, false);
  }

  /** The innermost mention under an offset, if any: "Texas" inside "University of Texas". */
  mentionAt(doc: ArticleDoc, offset: number): MentionHit | undefined {
    const list = doc.mentions;
    // The last mention starting at or before the offset; a mention holding it starts there or a little before.
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid]!.mention.start <= offset) lo = mid + 1;
      else hi = mid;
    }
    let innermost: (typeof list)[number] | undefined;
    for (let i = lo - 1; i >= 0 && i >= lo - NESTING_LOOKBACK; i--) {
      const { mention } = list[i]!;
      if (offset <= mention.end && (!innermost || mention.end - mention.start < innermost.mention.end - innermost.mention.start)) innermost = list[i];
    }
    return innermost && { doc, ...innermost };
  }

  /** The workspace identity of an entity; unnamed sources are never linked across articles. */
  identity(entity: Entity): string | null {
    return entity.anonymous ? null : this.index.identity(entity.type, entity.name);
  }

  /** Every mention of the same actor in every article, this document first. */
  locations(doc: ArticleDoc, entity: Entity): { uri: string; range: Range }[] {
    const here = entity.mentions.map((m) => ({ uri: doc.uri, range: rangeOf(doc, m) }));
    const identity = this.identity(entity);
    if (!identity) return here;
    const elsewhere = this.index
      .occurrences(identity)
      .filter((o) => o.uri !== doc.uri)
      .flatMap(({ uri, actor }) => Array.from({ length: actor.mentions.length / 3 }, (_, i) => ({ uri, range: mentionRange(actor, i) })));
    return [...here, ...elsewhere];
  }

  /** Mentions and articles of an actor across the workspace. */
  reach(entity: Entity): { mentions: number; articles: number } {
    const identity = this.identity(entity);
    return identity ? this.index.reach(identity) : { mentions: entity.mentions.length, articles: 1 };
  }
}
