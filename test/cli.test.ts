// The built CLI end to end: `npm test` builds dist/ first (run `npm run build` before running this file alone).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { csvRow } from '../src/cli';

const root = resolve(__dirname, '..');
const cli = resolve(root, 'dist/cli.js');
const fixture = resolve(root, 'test/fixtures/articles/wire-story.txt');

function run(...args: string[]) {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20, timeout: 30_000 });
  if (result.error) throw result.error;
  return result;
}

interface JsonSpan {
  start: number;
  end: number;
  text: string;
}

function expectSpan(input: string, span: JsonSpan | null, where: string): void {
  if (span === null) return;
  expect(Number.isInteger(span.start) && Number.isInteger(span.end), `${where}: integer offsets`).toBe(true);
  expect(span.start >= 0 && span.start <= span.end && span.end <= input.length, `${where}: ${span.start}..${span.end} within 0..${input.length}`).toBe(true);
  expect(span.text, `${where}: text matches the input`).toBe(input.slice(span.start, span.end));
}

describe('marginalia CLI (dist/cli.js)', () => {
  beforeAll(() => {
    if (!existsSync(cli)) throw new Error(`${cli} is missing: run \`npm run build\` first`);
  });

  it('annotate --format json prints an Article with well-formed spans', () => {
    const result = run('annotate', '--format', 'json', fixture);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const input = readFileSync(fixture, 'utf8');
    const article = JSON.parse(result.stdout);
    expect(Array.isArray(article.entities)).toBe(true);
    expect(Array.isArray(article.quotes)).toBe(true);
    expect(Array.isArray(article.claims)).toBe(true);
    expect(Array.isArray(article.sections)).toBe(true);
    expect(article.entities.length).toBeGreaterThan(0);
    expect(article.quotes.length).toBeGreaterThan(0);
    const ids = new Set<string>(article.entities.map((e: { id: string }) => e.id));
    for (const e of article.entities) for (const m of e.mentions) expectSpan(input, m, `mention of ${e.id}`);
    for (const q of article.quotes) {
      expectSpan(input, q, 'quote');
      expectSpan(input, q.source, 'quote source');
      expectSpan(input, q.cue, 'quote cue');
      for (const f of q.fragments) expectSpan(input, f, 'quote fragment');
      if (q.speaker !== null) expect(ids.has(q.speaker), `speaker ${q.speaker} is an entity`).toBe(true);
    }
    for (const c of article.claims) {
      expectSpan(input, c, 'claim');
      if (c.source !== null) expect(ids.has(c.source), `claim source ${c.source} is an entity`).toBe(true);
    }
    for (const s of article.sections) expectSpan(input, s, 'section');
  });

  it('annotate --format text prints a report with Actors and Quotes', () => {
    const result = run('annotate', '--format', 'text', fixture);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Actors');
    expect(result.stdout).toContain('Quotes');
  });

  it('annotate --format jsonl DIR streams one JSON line per article file', () => {
    const result = run('annotate', '--format', 'jsonl', 'samples');
    expect(result.status).toBe(0);
    const lines = result.stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as { file: string; entities: unknown[] });
    expect(lines.map((l) => l.file)).toEqual(['city-budget', 'health-study', 'summit-diplomacy', 'water-commission'].map((n) => `samples/${n}.article`));
    expect(lines.every((l) => l.entities.length > 0)).toBe(true);
  });

  it('reads file paths from standard input for "-", as a map step over a list of paths', () => {
    const result = spawnSync(process.execPath, [cli, 'annotate', '--format', 'jsonl', '-'], { cwd: root, encoding: 'utf8', input: 'samples/city-budget.article\nsamples/health-study.article\n' });
    expect(result.status).toBe(0);
    expect(result.stdout.trimEnd().split('\n').map((line) => (JSON.parse(line) as { file: string }).file)).toEqual(['samples/city-budget.article', 'samples/health-study.article']);
  });

  it('exports quotes and claims as CSV, with formula-like cells made inert', () => {
    const quotes = run('annotate', '--format', 'quotes-csv', 'samples/summit-diplomacy.article');
    expect(quotes.stdout.split('\r\n')[0]).toBe('file,start,end,kind,speaker,unnamed_source,cue,text,co_speakers');
    expect(quotes.stdout).toContain('direct,Bakhodir Rakhimov,no,said,');
    const claims = run('annotate', '--format', 'claims-csv', 'samples/summit-diplomacy.article');
    expect(claims.stdout).toMatch(/\r\nsamples\/summit-diplomacy\.article,\d+,\d+,statistic,/);
    expect(csvRow(['=HYPERLINK("x")', 'a,b', 3])).toBe(`"'=HYPERLINK(""x"")","a,b",3\r\n`);
  });

  it.each([
    ['no command', []],
    ['an unknown command', ['frobnicate', fixture]],
    ['no files', ['annotate', '--format', 'json']],
    ['an unknown format', ['annotate', '--format', 'xml', fixture]],
  ])('exits with code 2 and usage on %s', (_label, args) => {
    const result = run(...args);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/usage/i);
    expect(result.stdout).toBe('');
  });
});
