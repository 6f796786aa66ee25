// A snapshot of the whole workspace index in one file, so that reopening a large workspace
// reads one file instead of every article: an article whose size and modification time are
// unchanged takes its summary from the snapshot. Anything that does not check out is ignored.
import { readFile } from 'node:fs/promises';
import { ANALYZER_VERSION, SummaryCache, writeAtomically } from './cache';
import { isSummary, type ArticleSummary } from './summary';

export interface DiskEntry {
  size: number;
  mtimeMs: number;
  summary: ArticleSummary;
}

interface SnapshotFile {
  version: string;
  entries: [string, DiskEntry][];
}

export async function loadSnapshot(storage: string | null): Promise<Map<string, DiskEntry>> {
  const entries = new Map<string, DiskEntry>();
  if (!storage) return entries;
  const path = SummaryCache.snapshotPath(storage);
  try {
    const file = JSON.parse(await readFile(path, 'utf8')) as SnapshotFile;
    if (file.version !== ANALYZER_VERSION || !Array.isArray(file.entries)) return entries;
    for (const [uri, entry] of file.entries) {
      if (typeof uri === 'string' && typeof entry?.size === 'number' && typeof entry.mtimeMs === 'number' && isSummary(entry.summary)) entries.set(uri, entry);
    }
  } catch {
    // missing or corrupt: the per-article cache and the analysis will do
  }
  return entries;
}

/** Atomic: a crash during the write leaves the old snapshot or none. */
export async function saveSnapshot(storage: string | null, entries: Map<string, DiskEntry>): Promise<void> {
  if (storage) await writeAtomically(storage, SummaryCache.snapshotPath(storage), JSON.stringify({ version: ANALYZER_VERSION, entries: [...entries] } satisfies SnapshotFile));
}
