// A worker thread of the workspace index: reads an article file, and returns its summary
// from the cache or from a fresh analysis (which it then caches).
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { parentPort, workerData } from 'node:worker_threads';
import { analyze, decodeText, notProseReason } from '../analysis';
import { SummaryCache } from './cache';
import { summarize, type ArticleSummary } from './summary';

export interface IndexTask {
  id: number;
  path: string;
  /** `.article` files are always read; other text files only when they look like prose. */
  alwaysArticle: boolean;
}
export type IndexResult =
  | { id: number; summary: ArticleSummary; fromCache: boolean; size: number; mtimeMs: number }
  | { id: number; skipped: string };

/** Workers do not hold up the editor, but one huge file should not hold up the whole index. */
const BUDGET_MS = 5000;
/** Larger files are read only when opened in the editor. */
const MAX_INDEXED_BYTES = 5_000_000;

async function read({ id, path, alwaysArticle }: IndexTask, cache: SummaryCache): Promise<IndexResult> {
  try {
    const { size, mtimeMs } = await stat(path);
    if (size > MAX_INDEXED_BYTES) return { id, skipped: 'larger than 5 MB' };
    const bytes = await readFile(path);
    const text = decodeText(bytes);
    const reason = alwaysArticle ? null : notProseReason(text);
    if (reason) return { id, skipped: reason };
    const hash = createHash('sha1').update(bytes).digest('hex');
    const cached = await cache.read(hash);
    if (cached) return { id, summary: cached, fromCache: true, size, mtimeMs };
    const summary = summarize(text, analyze(text, { budgetMs: BUDGET_MS }));
    await cache.write(hash, summary);
    return { id, summary, fromCache: false, size, mtimeMs };
  } catch (error) {
    return { id, skipped: `unreadable: ${(error as Error).message}` }; // deleted since the scan, or not a file
  }
}

export function runIndexWorker(): void {
  const cache = new SummaryCache((workerData as { storageDir: string | null }).storageDir);
  parentPort!.on('message', (task: IndexTask) => {
    void read(task, cache).then((result) => parentPort!.postMessage(result));
  });
}
