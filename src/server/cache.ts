// The on-disk cache of article summaries, keyed by content hash and analyzer version.
// Entries are written atomically (temporary file, then rename) and checked when read:
// a corrupt, stale or foreign entry is ignored and rebuilt, never trusted.
import { mkdir, readFile, rename, writeFile, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { threadId } from 'node:worker_threads';
import { isSummary, type ArticleSummary } from './summary';

declare const __ANALYZER_VERSION__: string | undefined;
/** Set by the build from a hash of the analysis sources: a new analyzer never reads old entries. */
export const ANALYZER_VERSION = typeof __ANALYZER_VERSION__ === 'string' ? __ANALYZER_VERSION__ : 'dev';

interface CacheEntry {
  version: string;
  hash: string;
  summary: ArticleSummary;
}

export class SummaryCache {
  constructor(private readonly dir: string | null) {}

  /** The snapshot of the whole index: summaries by file, with the size and time they were read at. */
  static snapshotPath(dir: string): string {
    return join(dir, `index-${ANALYZER_VERSION}.json`);
  }

  private path(hash: string): string {
    return join(this.dir!, ANALYZER_VERSION, hash.slice(0, 2), `${hash}.json`);
  }

  async read(hash: string): Promise<ArticleSummary | undefined> {
    if (!this.dir) return undefined;
    try {
      const entry = JSON.parse(await readFile(this.path(hash), 'utf8')) as CacheEntry;
      return entry.version === ANALYZER_VERSION && entry.hash === hash && isSummary(entry.summary) ? entry.summary : undefined;
    } catch {
      return undefined; // missing or unreadable: analyse again
    }
  }

  /** Best effort: a read-only or missing storage folder means no cache, not a failure. */
  async write(hash: string, summary: ArticleSummary): Promise<void> {
    if (!this.dir) return;
    const path = this.path(hash);
    const temporary = `${path}.${process.pid}-${threadId}.tmp`;
    try {
      await mkdir(join(path, '..'), { recursive: true });
      await writeFile(temporary, JSON.stringify({ version: ANALYZER_VERSION, hash, summary } satisfies CacheEntry));
      await rename(temporary, path);
    } catch {
      await unlink(temporary).catch(() => undefined);
    }
  }
}
