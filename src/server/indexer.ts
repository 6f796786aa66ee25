// Indexes the article files of the workspace folders in worker threads, so that requests
// never wait for it, and keeps the index current as files are created, changed or deleted.
import { availableParallelism } from 'node:os';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { FileChangeType, type Connection, type FileEvent } from 'vscode-languageserver';
import { indexedNotification, type IndexedParams } from '../shared/protocol';
import { sweepTemporaryFiles } from './cache';
import type { IndexResult, IndexTask } from './indexWorker';
import { loadSnapshot, saveSnapshot, type DiskEntry } from './snapshot';
import type { ArticleSummary } from './summary';

const SKIPPED_FOLDERS = new Set(['node_modules', '.git', '.hg', '.svn']);
const PROGRESS_INTERVAL_MS = 200;
const SNAPSHOT_DELAY_MS = 5_000;
const STAT_BATCH = 128;

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
  /** What was read from disk, by file: the snapshot to save. */
  private readonly onDisk = new Map<string, DiskEntry>();
  private readonly storage: string | null;
  private snapshotTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly connection: Connection,
    private readonly target: IndexTarget,
    storageDir: string | null,
    workerScript: string,
    workerCount = Math.max(1, Math.min(availableParallelism(), 4)),
  ) {
    this.storage = storageDir;
    for (let i = 0; i < workerCount; i++) {
      const worker = new Worker(workerScript, { workerData: { storageDir } });
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
    if (this.storage) await sweepTemporaryFiles(this.storage);
    // Files unchanged since the snapshot need no worker at all.
    const snapshot = await loadSnapshot(this.storage);
    const changed: typeof files = [];
    for (let i = 0; i < files.length; i += STAT_BATCH) {
      const batch = files.slice(i, i + STAT_BATCH);
      const stats = await Promise.all(batch.map(({ uri }) => stat(fileURLToPath(uri)).catch(() => null)));
      batch.forEach((file, k) => {
        const entry = snapshot.get(file.uri);
        const now = stats[k];
        if (!entry || !now || now.size !== entry.size || now.mtimeMs !== entry.mtimeMs) return void changed.push(file);
        this.target.set(file.uri, entry.summary);
        this.onDisk.set(file.uri, entry);
        done++;
        articles++;
        fromCache++;
      });
    }
    await Promise.all(
      changed.map(async ({ uri, alwaysArticle }) => {
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
    if (changed.length || snapshot.size !== this.onDisk.size) await saveSnapshot(this.storage, this.onDisk);
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
    if ('summary' in result) this.onDisk.set(uri, { size: result.size, mtimeMs: result.mtimeMs, summary: result.summary });
    else this.onDisk.delete(uri);
    if (this.target.isOpen(uri)) return undefined; // the editor's text wins
    if ('summary' in result) this.target.set(uri, result.summary);
    else this.target.delete(uri);
    return result;
  }

  onWatchedFiles(changes: FileEvent[]): void {
    for (const { uri, type } of changes) {
      if (this.target.isOpen(uri)) continue;
      if (type === FileChangeType.Deleted) {
        this.latest.delete(uri);
        this.onDisk.delete(uri);
        this.target.delete(uri);
        continue;
      }
      const kind = this.target.classify(uri);
      if (kind) void this.index(uri, kind.alwaysArticle);
    }
    clearTimeout(this.snapshotTimer);
    this.snapshotTimer = setTimeout(() => void saveSnapshot(this.storage, this.onDisk), SNAPSHOT_DELAY_MS);
  }

  async dispose(): Promise<void> {
    if (this.snapshotTimer) {
      clearTimeout(this.snapshotTimer);
      await saveSnapshot(this.storage, this.onDisk);
    }
    await Promise.all(this.workers.map((worker) => worker.terminate()));
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
