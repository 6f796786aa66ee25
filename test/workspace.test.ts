// The workspace index through the real server, on a generated workspace of a few hundred articles.
import { readdirSync, rmSync, mkdtempSync, unlinkSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CodeLens, Hover, Location, MarkupContent, SymbolInformation } from 'vscode-languageserver-protocol';
import type { IndexedParams } from '../src/shared/protocol';
import { notification, positionOf, startServer } from './lsp/client';
// @ts-expect-error: a plain .mjs helper shared with the benchmark
import { generateCorpus } from './workspace/corpus.mjs';

const ARTICLES = 300;

describe('workspace index', () => {
  let dir: string;
  let storage: string;
  let paths: string[];
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'marginalia-ws-'));
    storage = mkdtempSync(join(tmpdir(), 'marginalia-storage-'));
    paths = (generateCorpus(join(dir, 'corpus'), ARTICLES) as { paths: string[] }).paths;
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
    rmSync(storage, { recursive: true, force: true });
  });
  const start = () => startServer(dir, {}, { storagePath: storage });
  const cacheFiles = () => readdirSync(join(storage, 'cache'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.json'));

  it('indexes every article, then answers references and symbols across files', async () => {
    const client = await start();
    try {
      const indexed = await notification<IndexedParams>(client, 'marginalia/indexed');
      expect(indexed).toMatchObject({ files: ARTICLES, articles: ARTICLES, fromCache: 0 });
      const text = readFileSync(paths[0]!, 'utf8');
      const uri = await client.open(paths[0]!);
      const name = /(Seitkali|Rakhimov|Holloway|Zhunusova)/.exec(text)?.[1];
      expect(name).toBeDefined();
      const refs = await client.connection.sendRequest<Location[]>('textDocument/references', {
        textDocument: { uri },
        position: positionOf(text, name!),
        context: { includeDeclaration: true },
      });
      expect(new Set(refs.map((r) => r.uri)).size).toBeGreaterThan(10);
      // Once indexed, the hover counts the other articles, and no longer says it is indexing.
      const hover = await client.connection.sendRequest<Hover>('textDocument/hover', { textDocument: { uri }, position: positionOf(text, name!) });
      expect((hover.contents as MarkupContent).value).toMatch(/× in \d+ articles of the workspace\./);
      const symbols = await client.connection.sendRequest<SymbolInformation[]>('workspace/symbol', { query: name });
      expect(symbols).toHaveLength(1);
      // Recombined paragraphs repeat their figures: the same claim is reported by other articles.
      const lenses = await client.connection.sendRequest<CodeLens[]>('textDocument/codeLens', { textDocument: { uri } });
      const also = lenses.find((l) => /^also in \d+ articles?$/.test(l.command!.title))!;
      expect(also.command!.command).toBe('marginalia.showLocations');
      const [, , locations] = also.command!.arguments as [string, unknown, Location[]];
      expect(locations.length).toBeGreaterThan(0);
      expect(locations.every((l) => l.uri !== uri)).toBe(true);
    } finally {
      await client.stop();
    }
    expect(cacheFiles().length).toBeGreaterThan(0);
  });

  it('starts the second time from the cache', async () => {
    const client = await start();
    try {
      const indexed = await notification<IndexedParams>(client, 'marginalia/indexed');
      expect(indexed).toMatchObject({ articles: ARTICLES, fromCache: ARTICLES });
    } finally {
      await client.stop();
    }
  });

  it('ignores and rebuilds a corrupt snapshot and corrupt cache entries without an error', async () => {
    const snapshot = readdirSync(storage).find((f) => f.startsWith('index-'))!;
    writeFileSync(join(storage, snapshot), readFileSync(join(storage, snapshot), 'utf8').slice(0, 1000)); // cut short, as by a crash
    const entries = cacheFiles();
    const corrupt = entries.slice(0, 3);
    writeFileSync(join(storage, 'cache', corrupt[0]!), '{"version": "');
    writeFileSync(join(storage, 'cache', corrupt[1]!), 'not json at all \u0000');
    writeFileSync(join(storage, 'cache', corrupt[2]!), JSON.stringify({ version: 'x', hash: 'y', summary: { actors: 'no' } }));
    const client = await start();
    try {
      const indexed = await notification<IndexedParams>(client, 'marginalia/indexed');
      expect(indexed.articles).toBe(ARTICLES);
      expect(indexed.fromCache).toBeLessThan(ARTICLES);
      expect(client.notifications.filter((n) => n.method === 'window/showMessage')).toEqual([]);
    } finally {
      await client.stop();
    }
    expect(JSON.parse(readFileSync(join(storage, 'cache', corrupt[0]!), 'utf8')).summary.actors.length).toBeGreaterThan(0);
    expect(JSON.parse(readFileSync(join(storage, snapshot), 'utf8')).entries).toHaveLength(ARTICLES);
  });

  it('survives files deleted while it indexes, and forgets them', async () => {
    rmSync(storage, { recursive: true, force: true }); // a cold start takes long enough to delete under it
    const client = await start();
    try {
      const deleted = paths.slice(100, 160);
      for (const path of deleted) unlinkSync(path);
      await client.connection.sendNotification('workspace/didChangeWatchedFiles', {
        changes: deleted.map((path) => ({ uri: pathToFileURL(path).href, type: 3 })),
      });
      const indexed = await notification<IndexedParams>(client, 'marginalia/indexed');
      expect(indexed.articles).toBeLessThanOrEqual(ARTICLES);
      const gone = new Set(deleted.map((p) => pathToFileURL(p).href));
      const symbols = await client.connection.sendRequest<SymbolInformation[]>('workspace/symbol', { query: '' });
      expect(symbols.length).toBeGreaterThan(0);
      expect(symbols.filter((s) => gone.has(s.location.uri))).toEqual([]);
    } finally {
      await client.stop();
    }
  });
});
