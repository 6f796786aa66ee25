// Indexes the article files of the workspace folders in worker threads, so that requests
// never wait for it, and keeps the index current as files are created, changed or deleted.
import { availableParallelism } from 'node:os';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { FileChangeType, type Connection, type FileEvent } from 'vscode-languageserver';
import { indexedNotification, type IndexedParams } from '../shared/protocol';
import type { IndexResult, IndexTask } from './indexWorker';
import type { ArticleSummary } from './summary';

const SKIPPED_FOLDERS = new Set(['node_modules', '.git', '.hg', '.svn']);
const PROGRESS_INTERVAL_MS = 200;

export interface IndexTarget {
  /** Should this file be indexed, and is it always an article (`.article`)? Null: not an article file. */
  classify(uri: string): { alwaysArticle: boolean } | null;
  /** Open documents are analysed from the editor's text, not from disk. */
  isOpen(uri: string): boolean;
  set(uri: string, summary: ArticleSummary): void;
  delete(uri: string): void;
}

export class Indexer {
  private readonly workers: Worker[] = [];
  private readonly idle: Worker[] = [];
  private readonly queue: { task: IndexTask; done: (result: IndexResult) => void }[] = [];
  private readonly waiting = new Map<number, (result: IndexResult) => void>();
  /** The latest task per URI: a result for an older one (or for a deleted file) is dropped. */
  private readonly latest = new Map<string, number>();
  private nextId = 0;

  constructor(
    private readonly connection: Connection,
    private readonly target: IndexTarget,
    cacheDir: string | null,
    workerScript: string,
    workerCount = Math.max(1, Math.min(availableParallelism(), 4)),
  ) {
    for (let i = 0; i < workerCount; i++) {
      const worker = new Worker(workerScript, { workerData: { cacheDir } });
      worker.on('message', (result: IndexResult) => {
        this.waiting.get(result.id)?.(result);
        this.waiting.delete(result.id);
        this.release(worker);
      });
      worker.unref();
      this.workers.push(worker);
      this.idle.push(worker);
    }
  }

  /** Indexes every article file under the folders; reports progress to the editor. */
  async indexFolders(folders: string[], progressSupported: boolean): Promise<IndexedParams> {
    const started = performance.now();
    const files: { uri: string; alwaysArticle: boolean }[] = [];
    for (const folder of folders) {
      for await (const path of walk(folder)) {
        const uri = pathToFileURL(path).href;
        const kind = this.target.classify(uri);
        if (kind && !this.target.isOpen(uri)) files.push({ uri, ...kind });
      }
    }
    const progress = progressSupported ? await this.connection.window.createWorkDoneProgress().catch(() => null) : null;
    progress?.begin('Marginalia: indexing articles', 0, `${files.length} files`, false);
    let done = 0;
    let fromCache = 0;
    let articles = 0;
    let reported = 0;
    await Promise.all(
      files.map(async ({ uri, alwaysArticle }) => {
        const result = await this.index(uri, alwaysArticle);
        done++;
        if (result && 'summary' in result) {
          articles++;
          if (result.fromCache) fromCache++;
        }
        if (progress && performance.now() - reported > PROGRESS_INTERVAL_MS) {
          reported = performance.now();
          progress.report(Math.round((100 * done) / files.length), `${done} of ${files.length} files`);
        }
      }),
    );
    progress?.done();
    const params: IndexedParams = { files: files.length, articles, fromCache, ms: Math.round(performance.now() - started) };
    void this.connection.sendNotification(indexedNotification, params);
    return params;
  }

  /** Reads one file into the index, unless it is open or changes again meanwhile. */
  async index(uri: string, alwaysArticle: boolean): Promise<IndexResult | undefined> {
    const id = this.nextId++;
    this.latest.set(uri, id);
    const result = await this.run({ id, path: fileURLToPath(uri), alwaysArticle });
    if (this.latest.get(uri) !== id) return undefined;
    this.latest.delete(uri);
    if (this.target.isOpen(uri)) return undefined;
    if ('summary' in result) this.target.set(uri, result.summary);
    else this.target.delete(uri);
    return result;
  }

  onWatchedFiles(changes: FileEvent[]): void {
    for (const { uri, type } of changes) {
      if (this.target.isOpen(uri)) continue;
      if (type === FileChangeType.Deleted) {
        this.latest.delete(uri);
        this.target.delete(uri);
        continue;
      }
      const kind = this.target.classify(uri);
      if (kind) void this.index(uri, kind.alwaysArticle);
    }
  }

  dispose(): void {
    for (const worker of this.workers) void worker.terminate();
  }

  private run(task: IndexTask): Promise<IndexResult> {
    return new Promise((done) => {
      const worker = this.idle.pop();
      if (!worker) {
        this.queue.push({ task, done });
        return;
      }
      this.waiting.set(task.id, done);
      worker.postMessage(task);
    });
  }

  private release(worker: Worker): void {
    const next = this.queue.shift();
    if (!next) return void this.idle.push(worker);
    this.waiting.set(next.task.id, next.done);
    worker.postMessage(next.task);
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
