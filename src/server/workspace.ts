// Which documents are articles, and keeping their models fresh. Open documents come from
// the editor; other article files in the workspace folders are read from disk in the
// background so that references and hovers count them too.
import { readFile, readdir, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import picomatch from 'picomatch';
import type { Connection, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { notProseReason } from '../analysis';
import { defaultSettings, statusNotification, type Settings, type StatusParams } from '../shared/protocol';
import { ArticleStore, type ArticleDoc } from './store';

const ARTICLE_EXTENSION = '.article';
/** Larger files are read only when opened (the analysis is linear, but a scan should stay light). */
const MAX_INDEXED_BYTES = 5_000_000;
const SKIPPED_FOLDERS = new Set(['node_modules', '.git', '.hg', '.svn', 'dist', 'out']);
const REANALYSE_DELAY_MS = 150;

export class Workspace {
  readonly store = new ArticleStore();
  settings: Settings = defaultSettings;
  /** Resolves once the client's settings are in (or known to be unavailable). */
  readonly settingsLoaded: Promise<void>;
  markSettingsLoaded!: () => void;
  folders: string[] = [];
  private readonly optedIn = new Set<string>();
  /** Documents not read as articles, with the version that was checked. */
  private readonly skippedVersion = new Map<string, number>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly listeners: ((uri: string) => void)[] = [];

  constructor(
    private readonly connection: Connection,
    readonly documents: TextDocuments<TextDocument>,
  ) {
    this.settingsLoaded = new Promise((resolve) => (this.markSettingsLoaded = resolve));
    documents.onDidOpen(({ document }) => this.refresh(document));
    documents.onDidChangeContent(({ document }) => this.schedule(document));
    documents.onDidClose(({ document }) => this.closed(document.uri));
  }

  /** Called after an article is (re)analysed or dropped. */
  onDidUpdate(listener: (uri: string) => void): void {
    this.listeners.push(listener);
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

  /** Re-reads every open document, as after a settings change. */
  refreshAll(): void {
    this.skippedVersion.clear();
    for (const document of this.documents.all()) this.refresh(document);
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
      this.emit(document.uri);
      return undefined;
    }
    this.skippedVersion.delete(document.uri);
    const doc = this.store.set(document.uri, text, document.version);
    const { entities, quotes, claims } = doc.article;
    const actors = entities.filter((e) => !e.anonymous).length;
    this.status({ uri: doc.uri, state: 'annotated', actors, quotes: quotes.length, claims: claims.length, ms: Math.round(doc.ms) });
    this.emit(doc.uri);
    return doc;
  }

  private closed(uri: string): void {
    clearTimeout(this.timers.get(uri));
    this.skippedVersion.delete(uri);
    this.timers.delete(uri);
    // An article on disk in the workspace stays indexed; anything else is forgotten.
    if (!this.isWorkspaceArticleFile(uri)) this.store.delete(uri);
    else void this.indexFile(uri);
    this.emit(uri);
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
    const isMatch = picomatch(this.settings.files, { dot: true });
    return isMatch(path) || this.folders.some((folder) => isMatch(relative(folder, path)));
  }

  private isWorkspaceArticleFile(uri: string): boolean {
    if (!uri.startsWith('file:')) return false;
    const path = fileURLToPath(uri);
    const inside = this.folders.some((folder) => !relative(folder, path).startsWith('..'));
    return inside && (path.endsWith(ARTICLE_EXTENSION) || this.matchesFilesSetting(uri));
  }

  /** Reads the article files of the workspace folders that are not open. */
  async indexFolders(): Promise<number> {
    let count = 0;
    for (const folder of this.folders) {
      for await (const path of walk(folder)) {
        const uri = pathToFileURL(path).href;
        if (this.documents.get(uri) || !this.isWorkspaceArticleFile(uri)) continue;
        if (await this.indexFile(uri)) count++;
        await new Promise((resolve) => setImmediate(resolve)); // let requests in between files
      }
    }
    return count;
  }

  private async indexFile(uri: string): Promise<boolean> {
    try {
      const path = fileURLToPath(uri);
      if ((await stat(path)).size > MAX_INDEXED_BYTES) return false;
      const text = await readFile(path, 'utf8');
      if (this.documents.get(uri)) return false; // opened meanwhile: the editor's text wins
      if (!path.endsWith(ARTICLE_EXTENSION) && notProseReason(text)) return false;
      this.store.set(uri, text);
      return true;
    } catch {
      return false; // deleted or unreadable since the scan saw it
    }
  }

  private status(params: StatusParams): void {
    void this.connection.sendNotification(statusNotification, params);
  }

  private emit(uri: string): void {
    for (const listener of this.listeners) listener(uri);
  }
}

async function* walk(folder: string): AsyncGenerator<string> {
  let entries;
  try {
    entries = await readdir(folder, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_FOLDERS.has(entry.name)) yield* walk(path);
    } else if (entry.isFile()) yield path;
  }
}
