// No injection: article text full of markdown links to command: URIs, HTML, images and
// stray backticks must reach the editor inert, through the real server: hovers (markdown),
// code lens titles (plain text, where VS Code reads $(icon) syntax), and the sidebar's outline
// data (plain strings). Files with odd names are indexed and referenced by URIs that lead back
// to them.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CodeLens, Hover, Location, MarkupContent } from 'vscode-languageserver-protocol';
import type { ArticleOutline } from '../src/shared/protocol';
import { notification, positionOf, startServer, type TestClient } from './lsp/client';
import { ask, lineLengths, probePositions, rangeProblems } from './support/serverChecks';

const PAYLOADS = [
  '[Evil](command:workbench.action.terminal.new)',
  '[run](command:marginalia.reveal?%5B%22file%3A%2F%2F%2Fetc%2Fpasswd%22%5D)',
  '![x](http://evil.example/track.png)',
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '<http://evil.example/auto>',
  'http://evil.example/bare',
  'www.evil.example',
  '`unbalanced',
  '``double',
  '&lt;entity&gt;',
  '$(alert) $(zap)',
  '[ref]: http://evil.example/ref',
  '**bold** _em_ ~~strike~~ | table |',
];

/** One speaker per payload, so that each payload shows in some hover's "Said" list. */
const SURNAMES = ['Doe', 'Moss', 'Reed', 'Hale', 'Pike', 'Cole', 'Lund', 'Voss', 'Kerr', 'Nash', 'Roth', 'Shaw', 'Tate', 'Wynn'];

/** Names, quotes, roles, cues and claims, each carrying a payload somewhere. */
function hostileArticle(): string {
  const lines = [`Officials deny ${PAYLOADS[0]} report on <b>budget</b>`, '', 'By Jane `Doe` and <i>Sam</i> Lee', ''];
  PAYLOADS.forEach((payload, i) => {
    lines.push(
      `Mayor Jane ${payload} ${SURNAMES[i]} said on Tuesday that the city budget of $${i + 1}.5 million was fine, according to the ${payload} ministry.`,
      '',
      `Mayor Ann ${SURNAMES[i]} was there. “We have nothing to hide ${payload},” ${SURNAMES[i]} told reporters at City Hall, where ${payload} Reuters reportedly counted ${i + 40} percent of votes.`,
      '',
      `Senator ${payload.replace(/\s+/g, '')} Brand, director of the ${payload} Institute, said the deal was ${payload} and could collapse.`,
      '',
    );
  });
  return lines.join('\n');
}

/** Characters preceded by an odd number of backslashes are escaped. */
function unescaped(value: string, at: number): boolean {
  let slashes = 0;
  for (let i = at - 1; i >= 0 && value[i] === '\\'; i--) slashes++;
  return slashes % 2 === 0;
}

/** A link destination as CommonMark reads it: up to white space or an unbalanced ')'. */
function linkDestination(value: string, from: number): string {
  let depth = 0;
  let i = from;
  for (; i < value.length; i++) {
    const ch = value[i]!;
    if (/\s/.test(ch)) break;
    if (ch === '\\') i++;
    else if (ch === '(') depth++;
    else if (ch === ')' && depth-- === 0) break;
  }
  return value.slice(from, i);
}

/** What a markdown renderer could turn live: every problem in one hover's markdown. */
export function markdownProblems(value: string): string[] {
  const out: string[] = [];
  const links = [...value.matchAll(/\]\(/g)].filter((m) => unescaped(value, m.index!)).map((m) => linkDestination(value, m.index! + 2));
  for (const link of links) if (!/^command:marginalia\.[\w]+(\?|$)/.test(link)) out.push(`live link to ${link}`);
  // The server's own command links, whose targets are percent-encoded JSON, are checked above; strip them.
  const text = value.replace(/\]\(command:marginalia\.[\w]+\?[^)\s]*\)/g, ']');
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '<') out.push(`raw < at ${i}: ${JSON.stringify(text.slice(i, i + 30))}`);
    if (ch === '`' && unescaped(text, i)) out.push(`unescaped backtick at ${i}: ${JSON.stringify(text.slice(Math.max(0, i - 20), i + 20))}`);
    if (ch === '!' && text[i + 1] === '[' && unescaped(text, i)) out.push(`image syntax at ${i}`);
  }
  for (const m of text.matchAll(/\b(?:https?|ftp):\/\/|\bwww\./gi)) out.push(`bare URL a renderer may linkify at ${m.index}: ${JSON.stringify(text.slice(m.index, m.index + 40))}`);
  return out;
}

describe('hostile article text through the server', () => {
  let dir: string;
  let client: TestClient;
  let uri: string;
  const text = hostileArticle();
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'marginalia-inject-'));
    writeFileSync(join(dir, 'hostile.article'), text);
    client = await startServer(dir);
    await notification(client, 'marginalia/indexed');
    uri = await client.open(join(dir, 'hostile.article'));
  });
  afterAll(async () => {
    await client.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('hovers render every payload inert: only marginalia command links, no raw <, backticks or images', async () => {
    // Every mention, quote and claim: hover at each word start of each line.
    const positions = text.split('\n').flatMap((line, n) => [...line.matchAll(/\S+/g)].map((m) => ({ line: n, character: m.index! })));
    const found: string[] = [];
    let hovers = 0;
    const all: string[] = [];
    for (const position of positions) {
      const hover = await ask<Hover | null>(client, 'textDocument/hover', { textDocument: { uri }, position });
      if (!hover) continue;
      hovers++;
      all.push((hover.contents as MarkupContent).value);
      for (const p of markdownProblems((hover.contents as MarkupContent).value)) found.push(`${position.line}:${position.character} ${p}`);
    }
    expect(hovers).toBeGreaterThan(20);
    // The payloads do reach the hovers (escaped), so the check above means something.
    for (const marker of ['workbench', 'evil', 'onerror', 'unbalanced', 'alert']) expect(all.some((v) => v.includes(marker)), marker).toBe(true);
    expect([...new Set(found)].slice(0, 20)).toEqual([]);
  });

  it('keeps article text inert in code lens titles: no codicon $(…) syntax, no line breaks; commands are Marginalia’s', async () => {
    const lenses = await ask<CodeLens[]>(client, 'textDocument/codeLens', { textDocument: { uri } });
    expect(lenses.length).toBeGreaterThan(5);
    const lines = lineLengths(text);
    for (const lens of lenses) {
      expect(lens.command!.command).toMatch(/^marginalia\./);
      expect(lens.command!.title).not.toMatch(/\n|\r/);
      expect(lens.command!.title, 'VS Code renders $(name) in a lens title as an icon').not.toMatch(/\$\([\w-]+\)/);
      expect(rangeProblems('lens', lens.range, lines)).toEqual([]);
    }
  });

  it('sends outline data as plain text equal to the article, with valid ranges, and the sidebar shows it as plain strings', async () => {
    const outline = await ask<ArticleOutline>(client, 'marginalia/outline', { uri });
    const lines = lineLengths(text);
    const problems: string[] = [];
    for (const actor of outline.actors) {
      problems.push(...rangeProblems(`actor ${actor.name}`, actor.definition, lines));
      for (const m of actor.mentions) problems.push(...rangeProblems(`mention ${m.text}`, m.range, lines));
    }
    for (const q of outline.quotes) problems.push(...rangeProblems(`quote ${q.text.slice(0, 20)}`, q.range, lines));
    for (const c of outline.claims) problems.push(...rangeProblems(`claim ${c.text.slice(0, 20)}`, c.range, lines));
    expect(problems).toEqual([]);
    // The data is the article's own words, not markup made from them: the quotes carry their payloads verbatim.
    expect(outline.quotes.some((q) => q.text.includes('command:workbench'))).toBe(true);
    const sidebar = readFileSync(resolve(__dirname, '../src/client/sidebar.ts'), 'utf8');
    expect(sidebar, 'tree items must not render article text as markdown').not.toMatch(/MarkdownString/);
  });
});

// Spaces, #, %, unicode, brackets and more: URIs must encode them and lead back to the file.
const ODD_NAMES = ['with space.article', 'unbalanced ) paren.article', 'hash#tag.article', 'percent%41%2F.article', 'brackets [1] (2) {3}.article', 'ünïcödé 中文 ✓.article', "quote'and\"dq.article", 'semi;colon,comma&amp=eq+plus.article', 'q?mark.article'];
const SUBFOLDER = 'odd [dir] #1 %20';
const story = (name: string) => `Water talks resume in Geneva\n\nBy Staff\n\nMinister Aigerim Zhunusova said on Tuesday that the commission would meet again, according to the ministry. “We are close,” Zhunusova told reporters in ${name.replace(/\.article$/, '')}.\n`;

describe('files with odd names', () => {
  let dir: string;
  let client: TestClient;
  const paths: string[] = [];
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'marginalia-odd names #%-'));
    mkdirSync(join(dir, SUBFOLDER));
    for (const name of ODD_NAMES) {
      const path = join(dir, SUBFOLDER, name);
      writeFileSync(path, story(name));
      paths.push(path);
    }
    client = await startServer(dir);
  });
  afterAll(async () => {
    await client.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('indexes every file', async () => {
    const indexed = await notification<{ files: number; articles: number }>(client, 'marginalia/indexed');
    expect(indexed).toMatchObject({ files: ODD_NAMES.length, articles: ODD_NAMES.length });
  });

  it('references across the odd-named files give URIs that lead back to the files', async () => {
    await notification(client, 'marginalia/indexed');
    const text = story(ODD_NAMES[0]!);
    const uri = await client.open(paths[0]!, 'article', text);
    const refs = await ask<Location[]>(client, 'textDocument/references', {
      textDocument: { uri },
      position: positionOf(text, 'Zhunusova told'),
      context: { includeDeclaration: true },
    });
    const files = new Set(refs.map((r) => fileURLToPath(r.uri)));
    expect([...files].sort()).toEqual([...paths].sort());
    for (const file of files) expect(existsSync(file)).toBe(true);
  });

  it('every request answers for each odd-named file, and hover links carry its URI intact', async () => {
    for (const path of paths) {
      const text = story(path);
      const uri = await client.open(path, 'article', text);
      for (const position of probePositions(text)) await ask(client, 'textDocument/hover', { textDocument: { uri }, position });
      const hover = await ask<Hover | null>(client, 'textDocument/hover', { textDocument: { uri }, position: positionOf(text, 'Zhunusova told') });
      const value = (hover!.contents as MarkupContent).value;
      expect(markdownProblems(value)).toEqual([]);
      const target = linkDestination(value, value.indexOf('](command:marginalia.showReferences?') + 2);
      const args = JSON.parse(decodeURIComponent(target.slice(target.indexOf('?') + 1))) as [string, unknown];
      expect(fileURLToPath(args[0])).toBe(path);
      const symbols = await ask<unknown[]>(client, 'textDocument/documentSymbol', { textDocument: { uri } });
      expect(symbols.length).toBeGreaterThan(0);
    }
  });
});
