// Which documents are articles, and keeping their models fresh. Open documents come from
// the editor; other article files in the workspace folders are read from disk in the
// background so that references and hovers count them too.
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import picomatch from 'picomatch';
import type { Connection, FileEvent, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { notProseReason } from '../analysis';
import { defaultSettings, statusNotification, type IndexedParams, type Settings, type StatusParams } from '../shared/protocol';
import { Indexer, type IndexTarget } from './indexer';
import { ArticleStore, type ArticleDoc } from './store';
import type { ArticleSummary } from './summary';

const ARTICLE_EXTENSION = '.article';
const REANALYSE_DELAY_MS = 150;

export class Workspace implements IndexTarget {
  readonly store = new ArticleStore();
  private settingsValue: Settings = defaultSettings;
  private matchesFiles = picomatch(defaultSettings.files, { dot: true });
  /** Resolves once the client's settings are in (or known to be unavailable). */
  readonly settingsLoaded: Promise<void>;
  markSettingsLoaded!: () => void;
  folders: string[] = [];
  private readonly optedIn = new Set<string>();
  /** Documents not read as articles, with the version that was checked. */
  private readonly skippedVersion = new Map<string, number>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private indexer: Indexer | undefined;
  /** The folders' first index is under way: counts across articles are not complete yet. */
  indexing = false;

  constructor(
    private readonly connection: Connection,
    readonly documents: TextDocuments<TextDocument>,
  ) {
    this.settingsLoaded = new Promise((resolve) => (this.markSettingsLoaded = resolve));
    documents.onDidOpen(({ document }) => this.refresh(document));
    documents.onDidChangeContent(({ document }) => this.schedule(document));
    documents.onDidClose(({ document }) => this.closed(document.uri));
  }

  /** The fresh model of an article, or undefined when the document is not read as one. */
  article(uri: string): ArticleDoc | undefined {
    const open = this.documents.get(uri);
    if (open && this.skippedVersion.get(uri) === open.version) return undefined;
    const doc = this.store.get(uri);
    if (open && (!doc || doc.document.version !== open.version)) return this.refresh(open);
    return doc;
  }

  optIn(uri: string): ArticleDoc | undefined {
    this.optedIn.add(uri);
    this.skippedVersion.delete(uri);
    const open = this.documents.get(uri);
    return open ? this.refresh(open) : undefined;
  }

  get settings(): Settings {
    return this.settingsValue;
  }

  set settings(settings: Settings) {
    this.settingsValue = settings;
    this.matchesFiles = picomatch(settings.files, { dot: true });
  }

  /** Re-judges the open plain-text documents after a settings change (`.article` files do not depend on settings). */
  refreshPlainText(): void {
    for (const document of this.documents.all()) {
      if (document.languageId === 'article') continue;
      this.skippedVersion.delete(document.uri);
      this.refresh(document);
    }
  }

  private schedule(document: TextDocument): void {
    clearTimeout(this.timers.get(document.uri));
    this.timers.set(
      document.uri,
      setTimeout(() => {
        this.timers.delete(document.uri);
        this.article(document.uri);
      }, REANALYSE_DELAY_MS),
    );
  }

  private refresh(document: TextDocument): ArticleDoc | undefined {
    const text = document.getText();
    const reason = this.skipReason(document, text);
    if (reason) {
      this.store.delete(document.uri);
      this.skippedVersion.set(document.uri, document.version);
      this.status({ uri: document.uri, state: 'skipped', reason });
      return undefined;
    }
    this.skippedVersion.delete(document.uri);
    const doc = this.store.set(document.uri, text, document.version);
    const { entities, quotes, claims, partial, warnings } = doc.article;
    const actors = entities.filter((e) => !e.anonymous).length;
    this.status({
      uri: doc.uri,
      state: 'annotated',
      actors,
      quotes: quotes.length,
      claims: claims.length,
      ms: Math.round(doc.ms),
      ...(partial && { partial: { reason: partial.reason, line: doc.document.positionAt(partial.until).line } }),
      ...(warnings.length && { warnings }),
    });
    return doc;
  }

  private closed(uri: string): void {
    clearTimeout(this.timers.get(uri));
    this.skippedVersion.delete(uri);
    this.timers.delete(uri);
    // An article file of the workspace stays indexed, as saved on disk; anything else is forgotten.
    const kind = this.classify(uri);
    this.store.close(uri, kind !== null);
    if (kind && this.indexer) void this.indexer.index(uri, kind.alwaysArticle);
  }

  /** Null when the document is read as an article. */
  private skipReason(document: TextDocument, text: string): string | null {
    if (document.languageId === 'article' || this.optedIn.has(document.uri)) return null;
    if (!this.matchesFilesSetting(document.uri)) return 'not matched by the marginalia.files setting';
    return notProseReason(text);
  }

  private matchesFilesSetting(uri: string): boolean {
    if (!uri.startsWith('file:')) return uri.startsWith('untitled:') ? false : true;
    const path = fileURLToPath(uri);
    return this.matchesFiles(path) || this.folders.some((folder) => this.matchesFiles(relative(folder, path)));
  }

  /** IndexTarget: is this file of the workspace folders an article file? */
  classify(uri: string): { alwaysArticle: boolean } | null {
    if (!uri.startsWith('file:')) return null;
    const path = fileURLToPath(uri);
    if (!this.folders.some((folder) => !relative(folder, path).startsWith('..'))) return null;
    if (path.endsWith(ARTICLE_EXTENSION)) return { alwaysArticle: true };
    return this.matchesFilesSetting(uri) ? { alwaysArticle: false } : null;
  }

  isOpen(uri: string): boolean {
    return this.documents.get(uri) !== undefined;
  }

  set(uri: string, summary: ArticleSummary): void {
    this.store.index.set(uri, summary);
  }

  delete(uri: string): void {
    this.store.delete(uri);
  }

  /** Starts the index of the workspace folders in worker threads. */
  startIndexing(storageDir: string | null, progressSupported: boolean): Promise<IndexedParams> {
    // The workers run this same bundle (see main.ts).
    this.indexer = new Indexer(this.connection, this, storageDir, __filename);
    this.indexing = true;
    return this.indexer.indexFolders(this.folders, progressSupported).finally(() => (this.indexing = false));
  }

  onWatchedFiles(changes: FileEvent[]): void {
    this.indexer?.onWatchedFiles(changes);
  }

  async dispose(): Promise<void> {
    await this.indexer?.dispose();
  }

  private status(params: StatusParams): void {
    void this.connection.sendNotification(statusNotification, params);
  }
}
