// The on-disk cache of article summaries, keyed by content hash and analyzer version.
// Entries are written atomically (temporary file, then rename) and checked when read:
// a corrupt, stale or foreign entry is ignored and rebuilt, never trusted.
import { mkdir, readFile, readdir, rename, writeFile, unlink } from 'node:fs/promises';
import { basename, join } from 'node:path';
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

/**
 * Writes a file so that a crash leaves the old file or none: a temporary file in `storage/tmp`,
 * then a rename. Best effort: a read-only or missing storage folder means nothing is written.
 */
export async function writeAtomically(storage: string, path: string, data: string): Promise<void> {
  const temporary = join(storage, 'tmp', `${basename(path)}.${process.pid}-${threadId}.tmp`);
  try {
    await mkdir(join(storage, 'tmp'), { recursive: true });
    await mkdir(join(path, '..'), { recursive: true });
    await writeFile(temporary, data);
    await rename(temporary, path);
  } catch {
    await unlink(temporary).catch(() => undefined);
  }
}

/** Removes temporary files that crashed processes left behind (this process's own are in flight). */
export async function sweepTemporaryFiles(storage: string): Promise<void> {
  const own = `.${process.pid}-`;
  const names = await readdir(join(storage, 'tmp')).catch(() => []);
  await Promise.all(names.filter((name) => !name.includes(own)).map((name) => unlink(join(storage, 'tmp', name)).catch(() => undefined)));
}

export class SummaryCache {
  /** `storage`: the extension's storage folder; entries go to `storage/cache`. */
  constructor(private readonly storage: string | null) {}

  /** The snapshot of the whole index: summaries by file, with the size and time they were read at. */
  static snapshotPath(storage: string): string {
    return join(storage, `index-${ANALYZER_VERSION}.json`);
  }

  private path(hash: string): string {
    return join(this.storage!, 'cache', ANALYZER_VERSION, hash.slice(0, 2), `${hash}.json`);
  }

  async read(hash: string): Promise<ArticleSummary | undefined> {
    if (!this.storage) return undefined;
    try {
      const entry = JSON.parse(await readFile(this.path(hash), 'utf8')) as CacheEntry;
      return entry.version === ANALYZER_VERSION && entry.hash === hash && isSummary(entry.summary) ? entry.summary : undefined;
    } catch {
      return undefined; // missing or unreadable: analyse again
    }
  }

  async write(hash: string, summary: ArticleSummary): Promise<void> {
    if (this.storage) await writeAtomically(this.storage, this.path(hash), JSON.stringify({ version: ANALYZER_VERSION, hash, summary } satisfies CacheEntry));
  }
}
