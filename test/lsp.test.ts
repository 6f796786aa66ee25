// The language server over stdio, driven by a protocol client as an editor would drive it.
import { mkdtempSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentSymbol, Hover, Location, MarkupContent, SymbolInformation, CodeLens, SemanticTokens } from 'vscode-languageserver-protocol';
import type { ArticleOutline } from '../src/shared/protocol';
import { startServer, positionOf, type TestClient } from './lsp/client';

const samples = resolve(__dirname, '../samples');
const summitPath = join(samples, 'summit-diplomacy.article');
const summit = readFileSync(summitPath, 'utf8');

describe('language server over stdio', () => {
  let client: TestClient;
  let uri: string;
  beforeAll(async () => {
    client = await startServer(samples);
    uri = await client.open(summitPath);
  });
  afterAll(() => client.stop());
  const request = <T>(method: string, params: object) => client.connection.sendRequest(method, params) as Promise<T>;

  it('hovers an actor with its type, role, other names and quotes', async () => {
    const hover = await request<Hover>('textDocument/hover', { textDocument: { uri }, position: positionOf(summit, 'Seitkali told') });
    const value = (hover.contents as MarkupContent).value;
    expect(value).toContain('**Nurlan Seitkali** · person');
    expect(value).toContain('Role: Kazakh President');
    expect(value).toContain('Also named: Seitkali');
    expect(value).toMatch(/Said \(\d+\):/);
    // His words in marks, what he was reported to say without: "he said the commission's door was “open …”".
    expect(value).toContain('- “Water is not a weapon');
    expect(value).toContain('- reported: the commission’s door was “open to anyone');
    expect(value).toContain('command:marginalia.showReferences?');
  });

  it('hovers a quote with its speaker and cue', async () => {
    const hover = await request<Hover>('textDocument/hover', { textDocument: { uri }, position: positionOf(summit, 'Trust between') });
    const value = (hover.contents as MarkupContent).value;
    expect(value).toContain('Direct quote · **Bakhodir Rakhimov**');
    expect(value).toContain('Cue: *said*');
  });

  it('puts a code lens with kind and source above claims', async () => {
    const lenses = await request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri } });
    const titles = lenses.map((l) => l.command!.title);
    expect(titles.some((t) => t.startsWith('Statistic · '))).toBe(true);
    expect(lenses.every((l) => l.command!.command === 'marginalia.reveal')).toBe(true);
  });

  it('goes to the introducing mention', async () => {
    const location = await request<Location>('textDocument/definition', { textDocument: { uri }, position: positionOf(summit, 'Rakhimov said') });
    expect(location.range.start).toEqual(positionOf(summit, 'Bakhodir Rakhimov'));
  });

  it('finds references in this article and in another one on disk', async () => {
    const refs = await waitFor(async () => {
      const found = await request<Location[]>('textDocument/references', {
        textDocument: { uri },
        position: positionOf(summit, 'Zhunusova said'),
        context: { includeDeclaration: true },
      });
      return found.some((r) => r.uri.endsWith('water-commission.article')) ? found : undefined;
    });
    const here = refs.filter((r) => r.uri === uri);
    expect(here.length).toBeGreaterThanOrEqual(2);
    expect(refs.length).toBeGreaterThan(here.length);
  });

  it('highlights every mention of the actor under the cursor', async () => {
    const highlights = await request<{ kind: number }[]>('textDocument/documentHighlight', { textDocument: { uri }, position: positionOf(summit, 'Rakhimov said') });
    expect(highlights.length).toBeGreaterThanOrEqual(3);
    expect(highlights.filter((h) => h.kind === 3)).toHaveLength(1); // the introducing mention is the "write"
  });

  it('answers the sidebar with actors, quotes and claims', async () => {
    const outline = await request<ArticleOutline>('marginalia/outline', { uri });
    expect(outline.actors.find((a) => a.name === 'Nurlan Seitkali')?.roles).toContain('Kazakh President');
    expect(outline.quotes.some((q) => q.speaker === 'Bakhodir Rakhimov' && q.text.startsWith('Trust between'))).toBe(true);
    expect(new Set(outline.claims.map((c) => c.kind))).toContain('statistic');
  });

  it('outlines the headline, sections and quotes by speaker', async () => {
    const symbols = await request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    expect(symbols[0]!.detail).toBe('Headline');
    expect(symbols.map((s) => s.name)).toContain('Byline');
    const quotes = symbols.find((s) => s.name === 'Quotes by speaker')!;
    const seitkali = quotes.children!.find((c) => c.name === 'Nurlan Seitkali')!;
    // His own words in quotation marks; what he was reported to say without them.
    expect(seitkali.children!.some((q) => q.name.startsWith('“Water is not a weapon') && q.name.endsWith('”'))).toBe(true);
    expect(seitkali.children!.some((q) => q.name.startsWith('the commission’s door was “open'))).toBe(true);
  });

  it('finds actors across the workspace by name', async () => {
    const symbols = await request<SymbolInformation[]>('workspace/symbol', { query: 'zhunus' });
    expect(symbols.map((s) => s.name)).toEqual(['Aigerim Zhunusova']);
  });

  it('gives semantic tokens for actors and quotes', async () => {
    const tokens = await request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri } });
    const types = new Set(tokens.data.filter((_, i) => i % 5 === 3));
    expect(client.capabilities.semanticTokensProvider!.legend.tokenTypes).toEqual(['person', 'organization', 'place', 'quote']);
    expect([...types].sort()).toEqual([0, 1, 2, 3]);
  });
});

describe('plain-text files and hostile articles', () => {
  let client: TestClient;
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'marginalia-lsp-'));
    client = await startServer(dir);
  });
  afterAll(async () => {
    await client.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('reads a prose .txt file and leaves a log file alone, saying why', async () => {
    copyFileSync(summitPath, join(dir, 'story.txt'));
    const log = Array.from({ length: 40 }, (_, i) => `2026-11-23 10:00:${String(i).padStart(2, '0')} INFO worker ${i} started`).join('\n');
    writeFileSync(join(dir, 'server.txt'), log);
    await client.open(join(dir, 'story.txt'), 'plaintext');
    await client.open(join(dir, 'server.txt'), 'plaintext');
    const statuses = await waitFor(async () => {
      const found = client.notifications.filter((n) => n.method === 'marginalia/status').map((n) => n.params as { uri: string; state: string; reason?: string });
      return found.length >= 2 ? found : undefined;
    });
    expect(statuses.find((s) => s.uri.endsWith('story.txt'))!.state).toBe('annotated');
    expect(statuses.find((s) => s.uri.endsWith('server.txt'))).toMatchObject({ state: 'skipped', reason: 'looks like a log or data file' });
  });

  it('reads a .txt article the client switches to the article language as the same article', async () => {
    // VS Code's setTextDocumentLanguage closes the document and opens it again under the same URI.
    const uri = await client.open(join(dir, 'story.txt'), 'plaintext');
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    await client.open(join(dir, 'story.txt'), 'article');
    const hover = await client.connection.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri }, position: positionOf(summit, 'Seitkali told') });
    expect((hover?.contents as MarkupContent).value).toContain('Role: Kazakh President');
    const refs = await client.connection.sendRequest<Location[]>('textDocument/references', {
      textDocument: { uri },
      position: positionOf(summit, 'Seitkali told'),
      context: { includeDeclaration: true },
    });
    const here = refs.filter((r) => r.uri === uri).map((r) => `${r.range.start.line}:${r.range.start.character}`);
    expect(here.length).toBeGreaterThanOrEqual(2);
    expect(new Set(here).size).toBe(here.length); // one article, not two copies of it
  });

  it('shows a quote said together under both speakers', async () => {
    const path = join(dir, 'joint.article');
    const text = 'Ferry talks resume\n\nHarbour master Ilse Varga opened the hearing. Ferry captain Tomas Berg followed her.\n\n“We warned them twice,” Varga and Berg said in a joint letter.\n';
    const uri = await client.open(path, 'article', text);
    const hoverAt = async (needle: string) =>
      ((await client.connection.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri }, position: positionOf(text, needle) }))?.contents as MarkupContent).value;
    expect(await hoverAt('Varga and')).toContain('- “We warned them twice,” (said) · with Tomas Berg');
    expect(await hoverAt('Berg said')).toContain('· with Ilse Varga');
    expect(await hoverAt('warned them')).toContain('Direct quote · **Ilse Varga** and **Tomas Berg**');
    const outline = await client.connection.sendRequest<ArticleOutline>('marginalia/outline', { uri });
    expect(outline.quotes.map((q) => q.speaker)).toEqual(['Ilse Varga and Tomas Berg']);
  });

  it('reads an edit before answering the next request', async () => {
    const path = join(dir, 'edited.article');
    const before = 'Council approves budget\n\nMayor Ana Ruiz said on Monday that the city would buy new buses.\n';
    const uri = await client.open(path, 'article', before);
    const after = before.replace('Ana Ruiz', 'Tomas Lindqvist');
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: after }] });
    const hover = await client.connection.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri }, position: positionOf(after, 'Lindqvist') });
    expect((hover?.contents as MarkupContent).value).toContain('**Tomas Lindqvist** · person');
  });

  it('turns claim lenses off per kind from the settings', async () => {
    const quiet = await startServer(dir, { files: ['**/*.txt'], claimLenses: { statistic: false } });
    try {
      const lensUri = await quiet.open(summitPath);
      const lenses = await quiet.connection.sendRequest<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: lensUri } });
      expect(lenses.length).toBeGreaterThan(0);
      expect(lenses.some((l) => l.command!.title.startsWith('Statistic'))).toBe(false);
    } finally {
      await quiet.stop();
    }
  });

  it('renders links, HTML and backticks in article text inert', async () => {
    const path = join(dir, 'hostile.article');
    const text = [
      'Officials deny report',
      '',
      'Mayor Jane [Evil](command:workbench.action.terminal.new) Doe said the <img src=x onerror=alert(1)> budget was `fine` and ** bold.',
      '',
      '“We have nothing to hide [click](command:workbench.action.quit),” Doe told reporters at City Hall on Monday.',
    ].join('\n');
    const uri = await client.open(path, 'article', text);
    for (const needle of ['Doe told', 'nothing to hide']) {
      const hover = await client.connection.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri }, position: positionOf(text, needle) });
      const value = (hover?.contents as MarkupContent | undefined)?.value ?? '';
      expect(value).not.toBe('');
      expect(value).not.toMatch(/\]\(command:workbench/);
      expect(value).not.toMatch(/<img|(?<!\\)`/);
      for (const link of value.matchAll(/\]\(command:([\w.]+)/g)) expect(link[1]).toBe('marginalia.showReferences');
    }
  });
});

async function waitFor<T>(probe: () => Promise<T | undefined>, ms = 10_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 50));
  }
}
