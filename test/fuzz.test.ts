// Fuzzing beyond test/property.test.ts (which covers random strings and generated article-like
// text): (1) mutations of the team's real articles (cut, splice, duplicate, insert quote marks,
// change line endings, split surrogate pairs) through analyze(); (2) a running server fed random
// edits (full and incremental didChange) that must answer every request, with ranges inside the text.
//
// Cases in CI, with the defaults: property.test.ts 1,500 + here 3,000 (analyzer) + 500 (server)
// = 5,000. MARGINALIA_FUZZ_RUNS scales the analyzer properties of both files (this one runs
// twice its value), MARGINALIA_SERVER_FUZZ_RUNS the server property; `npm run fuzz` runs
// 100,000 / 200,000 / 5,000. MARGINALIA_FUZZ_SEED replays a failure.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../src/analysis';
import { startServer, type TestClient } from './lsp/client';
import { answerProblems, ask } from './support/serverChecks';
import { problems } from './support/wellFormed';

const TOTAL_RUNS = Math.max(1, Number(process.env['MARGINALIA_FUZZ_RUNS'] ?? '') || 1500);
const ANALYZER_RUNS = 2 * TOTAL_RUNS;
const SERVER_RUNS = Math.max(1, Number(process.env['MARGINALIA_SERVER_FUZZ_RUNS'] ?? '') || 500);
const SEED = process.env['MARGINALIA_FUZZ_SEED'] ? Number(process.env['MARGINALIA_FUZZ_SEED']) : undefined;
const options = (numRuns: number) => ({ numRuns, ...(SEED === undefined ? {} : { seed: SEED }) });

const root = resolve(__dirname, '..');
const ARTICLES = ['samples', 'test/fixtures/articles'].flatMap((dir) =>
  readdirSync(join(root, dir))
    .filter((f) => /\.(article|txt)$/.test(f))
    .map((f) => readFileSync(join(root, dir, f), 'utf8')),
);

// --- Mutations of real articles ---------------------------------------------------

/** A window of a real article: whole articles are a few KB, windows keep each case fast. */
const excerpt = fc
  .tuple(fc.constantFrom(...ARTICLES), fc.nat(), fc.integer({ min: 200, max: 2500 }))
  .map(([text, at, length]) => {
    const start = at % Math.max(1, text.length - length);
    return text.slice(start, start + length);
  });

type Mutation = (text: string) => string;
const position = fc.double({ min: 0, max: 1, noNaN: true });
const at = (text: string, p: number) => Math.floor(p * text.length);
const QUOTE_MARKS = ['"', '“', '”', '‘', '’', "'", '«', '»', '„', '‟', '""', '“‘', '’”'];

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  // cut a range out
  fc.tuple(position, fc.integer({ min: 1, max: 300 })).map(([p, n]): Mutation => (t) => t.slice(0, at(t, p)) + t.slice(at(t, p) + n)),
  // splice in a piece of another article
  fc.tuple(position, excerpt, position, fc.integer({ min: 1, max: 400 })).map(([p, other, q, n]): Mutation => (t) => {
    const from = at(other, q);
    return t.slice(0, at(t, p)) + other.slice(from, from + n) + t.slice(at(t, p));
  }),
  // duplicate a range
  fc.tuple(position, fc.integer({ min: 1, max: 500 }), fc.integer({ min: 2, max: 6 })).map(([p, n, times]): Mutation => (t) => {
    const i = at(t, p);
    return t.slice(0, i) + t.slice(i, i + n).repeat(times) + t.slice(i + n);
  }),
  // insert quote marks
  fc.array(fc.tuple(position, fc.constantFrom(...QUOTE_MARKS)), { minLength: 1, maxLength: 20 }).map((marks): Mutation => (t) => {
    let out = t;
    for (const [p, mark] of marks) out = out.slice(0, at(out, p)) + mark + out.slice(at(out, p));
    return out;
  }),
  // change line endings
  fc.constantFrom('\r\n', '\r', '\u2028', '\n\n\n', ' ').map((eol): Mutation => (t) => t.replace(/\n/g, eol)),
  // split a code point: a lone surrogate or a stray combining mark
  fc.tuple(position, fc.constantFrom('\ud83d', '\ude00', '\u0301', '\u200d', '\ufeff', '\u0000')).map(([p, ch]): Mutation => (t) => t.slice(0, at(t, p)) + ch + t.slice(at(t, p))),
  // random Unicode in place of a range
  fc.tuple(position, fc.integer({ min: 0, max: 50 }), fc.string({ unit: 'binary', maxLength: 40 })).map(([p, n, s]): Mutation => (t) => t.slice(0, at(t, p)) + s + t.slice(at(t, p) + n)),
);

const mutatedArticle = fc.tuple(excerpt, fc.array(mutation, { minLength: 1, maxLength: 5 })).map(([text, steps]) => steps.reduce((t, step) => step(t), text));

function wellFormed(input: string): void {
  const found = problems(input, analyze(input));
  if (found.length) throw new Error(`${found.length} problem(s):\n  ${found.slice(0, 10).join('\n  ')}`);
}

describe('analyze() on mutated real articles', () => {
  it(`never throws and keeps spans well-formed (${ANALYZER_RUNS} cases)`, () => {
    fc.assert(fc.property(mutatedArticle, wellFormed), options(ANALYZER_RUNS));
  }, Math.max(60_000, ANALYZER_RUNS * 50));
});

// --- The server under random edits ------------------------------------------------

/** Offsets of line starts as LSP counts lines (\r\n, \r, \n). */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (const m of text.matchAll(/\r\n|\r|\n/g)) starts.push(m.index + m[0].length);
  return starts;
}
function positionAt(text: string, offset: number): { line: number; character: number } {
  const starts = lineStarts(text);
  let line = 0;
  while (line + 1 < starts.length && starts[line + 1]! <= offset) line++;
  return { line, character: offset - starts[line]! };
}
/** Never between \r and \n: an editor cannot put the cursor there. */
const clampOffset = (text: string, offset: number) => (offset > 0 && text[offset - 1] === '\r' && text[offset] === '\n' ? offset - 1 : offset);

const content = fc.oneof(
  { weight: 3, arbitrary: mutatedArticle },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 300 }) },
  { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom('"', '“', '”', 'a', 'S', ' ', '\n', '\r\n', '\r', '.', 'said', 'Brand'), maxLength: 200 }) },
);
type Edit = { kind: 'full'; text: string } | { kind: 'range'; from: number; to: number; text: string };
const edit: fc.Arbitrary<Edit> = fc.oneof(
  content.map((text): Edit => ({ kind: 'full', text })),
  fc.tuple(position, position, fc.oneof(fc.string({ unit: 'binary', maxLength: 40 }), fc.constantFrom(...QUOTE_MARKS, '\r\n', '\n', ' said ', 'Mr. Brand'))).map(
    ([a, b, text]): Edit => ({ kind: 'range', from: Math.min(a, b), to: Math.max(a, b), text }),
  ),
);
const METHODS = ['textDocument/hover', 'textDocument/definition', 'textDocument/references', 'textDocument/documentHighlight'];

describe('the server under random edits', () => {
  let client: TestClient;
  let text = ARTICLES[0]!;
  let version = 1;
  const uri = 'file:///fuzz/edited.article';
  beforeAll(async () => {
    client = await startServer(null);
    await client.open('/fuzz/edited.article', 'article', text);
  });
  afterAll(() => client.stop());

  it(`answers every request after any edits, with ranges inside the text (${SERVER_RUNS} cases)`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 4 }), fc.array(position, { minLength: 1, maxLength: 3 }), async (edits, probes) => {
        for (const e of edits) {
          version++;
          if (e.kind === 'full') {
            text = e.text;
            await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
          } else {
            const from = clampOffset(text, Math.floor(e.from * text.length));
            const to = Math.max(from, clampOffset(text, Math.floor(e.to * text.length)));
            const range = { start: positionAt(text, from), end: positionAt(text, to) };
            text = text.slice(0, from) + e.text + text.slice(to);
            await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range, text: e.text }] });
          }
        }
        const positions = probes.map((p) => positionAt(text, clampOffset(text, Math.floor(p * text.length))));
        const found = await answerProblems(client, uri, text, positions);
        for (const method of METHODS) for (const p of positions) await ask(client, method, { textDocument: { uri }, position: p, context: { includeDeclaration: true } });
        await ask(client, 'marginalia/outline', { uri });
        expect(found).toEqual([]);
      }),
      options(SERVER_RUNS),
    );
  }, Math.max(120_000, SERVER_RUNS * 200));
});
