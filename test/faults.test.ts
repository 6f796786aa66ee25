// Faults: a server killed while it writes its cache leaves whole entries or none, and the
// next start reads what is left; a storage folder that cannot be written or does not exist
// means no cache, not a failure.
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Location } from 'vscode-languageserver-protocol';
import type { IndexedParams } from '../src/shared/protocol';
import { notification, positionOf, startServer, type TestClient } from './lsp/client';
import { answerProblems, ask } from './support/serverChecks';
// @ts-expect-error: a plain .mjs helper shared with the benchmark
import { generateCorpus } from './workspace/corpus.mjs';

const ARTICLES = 40;
let dir: string;
let paths: string[];
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'marginalia-faults-'));
  paths = (generateCorpus(join(dir, 'corpus'), ARTICLES) as { paths: string[] }).paths;
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Opens one article and checks the server answers every request on it. */
async function serves(client: TestClient): Promise<void> {
  const path = paths[0]!;
  const text = readFileSync(path, 'utf8');
  const uri = await client.open(path);
  expect(await answerProblems(client, uri, text)).toEqual([]);
}

describe('a storage folder the server cannot use', () => {
  const isRoot = process.getuid?.() === 0;
  const cases: [string, () => string][] = [
    ['a missing folder (created on demand)', () => join(dir, 'storage-missing', 'deeper')],
    [
      // chmod does not stop root, so as root the storage is a path under a regular file, which can never be created.
      isRoot ? 'a path under a regular file (running as root)' : 'a read-only folder (chmod 555)',
      () => {
        if (isRoot) {
          writeFileSync(join(dir, 'a-file'), 'not a folder');
          return join(dir, 'a-file', 'storage');
        }
        const readOnly = join(dir, 'storage-read-only');
        mkdirSync(readOnly, { recursive: true });
        chmodSync(readOnly, 0o555);
        return readOnly;
      },
    ],
    ...(isRoot
      ? []
      : ([['a path under a regular file', () => {
          writeFileSync(join(dir, 'another-file'), 'not a folder');
          return join(dir, 'another-file', 'storage');
        }]] as [string, () => string][])),
    ['an empty string', () => ''],
  ];

  it.each(cases)('indexes and answers with %s', async (_, makeStorage) => {
    const storagePath = makeStorage();
    const client = await startServer(dir, {}, { storagePath });
    try {
      const indexed = await notification<IndexedParams>(client, 'marginalia/indexed');
      expect(indexed).toMatchObject({ files: ARTICLES, articles: ARTICLES });
      await serves(client);
      expect(client.notifications.filter((n) => n.method === 'window/showMessage')).toEqual([]);
    } finally {
      await client.stop();
    }
  });
});

/** Every cache and snapshot file under `storage`: each must parse; temporary files are listed apart. */
function storageState(storage: string): { entries: number; broken: string[]; temporary: string[] } {
  if (!existsSync(storage)) return { entries: 0, broken: [], temporary: [] };
  const files = readdirSync(storage, { recursive: true, encoding: 'utf8' });
  const broken: string[] = [];
  let entries = 0;
  for (const file of files.filter((f) => f.endsWith('.json'))) {
    try {
      const parsed = JSON.parse(readFileSync(join(storage, file), 'utf8')) as { version?: unknown };
      if (typeof parsed.version !== 'string') broken.push(`${file}: no version`);
      entries++;
    } catch (error) {
      broken.push(`${file}: ${(error as Error).message}`);
    }
  }
  return { entries, broken, temporary: files.filter((f) => f.endsWith('.tmp')) };
}

describe('a server killed while it writes its cache', () => {
  let storage: string;
  beforeAll(() => {
    storage = mkdtempSync(join(tmpdir(), 'marginalia-faults-storage-'));
  });
  afterAll(() => rmSync(storage, { recursive: true, force: true }));

  it('leaves only whole entries, whenever it is killed, and the next start uses them', async () => {
    // Kills at different moments of a cold index: during per-article writes, and around the snapshot.
    for (const delay of [100, 300, 600, 1000]) {
      const client = await startServer(dir, {}, { storagePath: storage });
      await new Promise((r) => setTimeout(r, delay));
      client.process.kill('SIGKILL');
      await new Promise((r) => (client.process.exitCode !== null || client.process.signalCode ? r(null) : client.process.once('exit', r)));
      client.connection.dispose();
      const state = storageState(storage);
      expect(state.broken, `killed after ${delay} ms`).toEqual([]);
    }
    const client = await startServer(dir, {}, { storagePath: storage });
    try {
      const indexed = await notification<IndexedParams>(client, 'marginalia/indexed');
      expect(indexed).toMatchObject({ files: ARTICLES, articles: ARTICLES });
      expect(indexed.fromCache).toBeGreaterThan(0);
      const text = readFileSync(paths[0]!, 'utf8');
      const uri = await client.open(paths[0]!);
      const name = /\b[A-Z][a-z]+ [A-Z][a-z]+ said\b/.exec(text)?.[0].replace(/ said$/, '');
      if (name) {
        const refs = await ask<Location[]>(client, 'textDocument/references', { textDocument: { uri }, position: positionOf(text, name), context: { includeDeclaration: true } });
        expect(refs.length).toBeGreaterThan(0);
      }
      await serves(client);
    } finally {
      await client.stop();
    }
    // A kill may leave a temporary file (never read as an entry); the next start sweeps them away.
    expect(storageState(storage).temporary, 'temporary files left by killed writes').toEqual([]);
  }, 60_000);
});
