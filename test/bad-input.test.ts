// Bad input: empty, binary, badly encoded, huge or hostile files get a result or a clear
// message, never a crash or a hang. (1) analyze() on each: well-formed spans, and time that
// grows linearly with size; (2) the real server: each file opened as an 'article' and as a
// plain-text .txt in a workspace folder, then every request answered and a status sent.
import { mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze, decodeText, notProseReason } from '../src/analysis';
import { notification, positionOf, startServer, type TestClient } from './lsp/client';
import { answerProblems, statusFor } from './support/serverChecks';
import { problems } from './support/wellFormed';

const article = readFileSync(resolve(__dirname, '../samples/summit-diplomacy.article'), 'utf8');

/** Deterministic bytes: the same "random" binary file on every run. */
function pseudoRandomBytes(length: number, seed = 7): Buffer {
  const bytes = Buffer.alloc(length);
  let state = seed;
  for (let i = 0; i < length; i++) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    bytes[i] = state >>> 24;
  }
  return bytes;
}

function utf16(text: string, endian: 'le' | 'be'): Buffer {
  const le = Buffer.from(text, 'utf16le');
  if (endian === 'le') return Buffer.concat([Buffer.from([0xff, 0xfe]), le]);
  const be = Buffer.from(le);
  be.swap16();
  return Buffer.concat([Buffer.from([0xfe, 0xff]), be]);
}

const repeatTo = (piece: string, length: number) => piece.repeat(Math.ceil(length / piece.length)).slice(0, length);
const oneLine = article.replace(/\s+/g, ' ');

/** Files as bytes on disk; the text is what an editor (or the indexer) decodes from them. */
const FILES: [string, Buffer][] = [
  ['empty', Buffer.alloc(0)],
  ['whitespace only', Buffer.from(' \t\n\n   \r\n\u00a0\u2028\t \n')],
  ['binary', pseudoRandomBytes(64 * 1024)],
  ['NUL bytes in prose', Buffer.from(article.replace(/ /g, ' \0'))],
  ['invalid UTF-8', Buffer.concat([Buffer.from(article.slice(0, 800)), Buffer.from([0xc3, 0x28, 0xa0, 0xa1, 0xe2, 0x28, 0xa1, 0xf0, 0x28, 0x8c, 0xbc, 0xff, 0xfe, 0xfd]), Buffer.from(article.slice(800))])],
  ['UTF-8 with a BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(article)])],
  ['UTF-16LE with a BOM', utf16(article, 'le')],
  ['UTF-16BE with a BOM', utf16(article, 'be')],
  ['CRLF line endings', Buffer.from(article.replace(/\n/g, '\r\n'))],
  ['CR line endings', Buffer.from(article.replace(/\n/g, '\r'))],
  ['mixed line endings', Buffer.from(article.split('\n').map((line, i) => line + ['\r\n', '\n', '\r', '\u2028', '\n\r'][i % 5]).join(''))],
  ['10,000 quotation marks', Buffer.from('"'.repeat(10_000))],
  ['3,000 mixed unbalanced quote marks with words', Buffer.from(Array.from({ length: 3_000 }, (_, i) => ['“Brand', 'said', '”', '‘', 'Lau”', '«x', '"', "'"][i % 8]).join(' '))],
  ['nested quotes', Buffer.from('“He said ‘she told me “they said ‘no’ to Brand” on Monday’ at noon,” Lau said. '.repeat(300))],
  ['non-English: Chinese', Buffer.from('北京市政府官员周二表示，“我们已经非常接近了。”外交部发言人汪文斌说。\n\n'.repeat(200))],
  ['non-English: Arabic, right to left', Buffer.from('قال الرئيس محمود عباس يوم الثلاثاء: «نحن أقرب من أي وقت مضى». وأضاف المتحدث باسم الوزارة أن المحادثات ستستمر.\n\n'.repeat(200))],
  ['non-English: Russian', Buffer.from('«Мы близки к соглашению», — заявил во вторник министр иностранных дел Сергей Лавров в Москве.\n\n'.repeat(200))],
  ['emoji, ZWJ and combining marks', Buffer.from('Brand 👩‍👩‍👧‍👦 said “e\u0301te\u0301 🇺🇦” on Tuesday. Zalgo: Z\u0351\u0352\u0353a\u0354\u0355l\u0356g\u0357o. '.repeat(300))],
  ['lone surrogates', Buffer.from(`Brand said \ud800 “x \udfff y,” Lau said. `.repeat(200), 'utf16le')],
  ['a single line of 2 MB', Buffer.from(repeatTo(oneLine + ' ', 2_000_000))],
  ['words without a full stop (200 KB)', Buffer.from(repeatTo('the quick brown fox jumps over the lazy dog ', 200_000))],
];
const TWO_MB = 'a single line of 2 MB';
/** Defeats the prose check's SENTENCE pattern: quadratic on long lines without a full stop (minutes at 200 KB). */
const NO_FULL_STOP = 'words without a full stop (200 KB)';

// The 2 MB line is analysed through the server only: unbundled under vitest it takes 10 s or more.
const texts = FILES.filter(([name]) => name !== TWO_MB).map(([name, bytes]) => [name, decodeText(bytes)] as const);

describe('analyze() on bad input', () => {
  it.each(texts)('returns well-formed spans: %s', (_, text) => {
    expect(problems(text, analyze(text))).toEqual([]);
  });

  // NO_FULL_STOP is left to the linearity test below, which shows the same fault in seconds.
  it.each(texts.filter(([name]) => name !== NO_FULL_STOP))('tells whether it reads as prose, with a reason when not: %s', (_, text) => {
    const reason = notProseReason(text);
    expect(reason === null || (typeof reason === 'string' && reason.length > 0)).toBe(true);
  });
});

/**
 * Times a job at `n` and at 4n characters, interleaved, best of five each (the machine is
 * shared, and vitest runs other files beside this one): linear work takes about 4× as long,
 * quadratic 16×; the bound is their geometric mean, 8×. (At 7×, a linear case once failed in CI
 * at 7.3×, its larger heap collected while other files ran.)
 */
function expectLinear(n: number, job: (size: number) => () => unknown): void {
  const small = job(n);
  const large = job(4 * n);
  const time = (run: () => unknown) => {
    const t0 = performance.now();
    run();
    return performance.now() - t0;
  };
  let tSmall = Infinity;
  let tLarge = Infinity;
  for (let i = 0; i < 5; i++) {
    tSmall = Math.min(tSmall, time(small));
    tLarge = Math.min(tLarge, time(large));
  }
  expect(tLarge, `${n} chars: ${tSmall.toFixed(0)} ms, ${4 * n}: ${tLarge.toFixed(0)} ms`).toBeLessThan(8 * tSmall + 30);
}

// Inputs that grow: the time must grow in proportion (see expectLinear). No absolute limits: the machine is shared. The 50 MB case is checked here as
// linearity up to 256 KB (50 MB takes about a minute to analyse), and through the server below.
const GROWING: [string, (n: number) => string, number][] = [
  ['prose on one line', (n) => repeatTo(oneLine + ' ', n), 128_000],
  ['prose with CRLF', (n) => repeatTo(article.replace(/\n/g, '\r\n'), n), 128_000],
  ['prose with CR', (n) => repeatTo(article.replace(/\n/g, '\r'), n), 128_000],
  ['quotation marks', (n) => '"'.repeat(n), 128_000],
  ['unbalanced and nested quote marks', (n) => repeatTo('“a ‘b “c” d’ e” «f» "g \'', n), 16_000],
  ['Chinese', (n) => repeatTo('北京市政府官员周二表示，“我们很接近了”。', n), 32_000],
  ['digits and separators', (n) => repeatTo('1,234.5 ', n), 128_000],
  ['dashes', (n) => repeatTo('-—– ', n), 128_000],
  ['short quotes with a cue, on one line', (n) => repeatTo('"x," he said. ', n), 128_000],
  ['named speakers, on one line', (n) => repeatTo('"x," Brand said. ', n), 128_000],
  ['companies, then "the company said"', (n) => repeatTo('Harbour Foods sold Brand Mills. The company said sales rose. ', n), 128_000],
  ['companies ending on a service word', (n) => repeatTo('Harbour Energy sold Brand Power to Rowan Oil. ', n), 512_000],
  ['quotes broken by their cue, on one line', (n) => repeatTo('"a b c d e f g," she said, "h i j k l." ', n), 128_000],
];

describe('analysis time grows linearly with input size', () => {
  it.each(GROWING)('analyze(): %s', (_, make, n) => {
    expectLinear(n / 2, (size) => {
      const text = make(size);
      return () => analyze(text);
    });
  });

  it.each([
    ['lowercase words without a full stop', (n: number) => repeatTo('the quick brown fox jumps over the lazy dog ', n)],
    ['capitalised words without a full stop', (n: number) => repeatTo('Officials In Geneva Said Brand Lau Reuters ', n)],
    ['prose with full stops', (n: number) => repeatTo(article, n)],
  ] as const)('notProseReason(): %s', (_, make) => {
    expectLinear(4_000, (size) => {
      const text = make(size);
      return () => notProseReason(text);
    });
  });
});

describe('the server on bad input', () => {
  let dir: string;
  let client: TestClient;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'marginalia-bad-'));
    client = await startServer(dir);
    // Documents opened before the settings arrive are analysed again after: open them after.
    await notification(client, 'marginalia/indexed');
  });
  afterAll(async () => {
    // A server stuck in an analysis cannot shut down cleanly: end it.
    await Promise.race([client.stop(), new Promise((r) => setTimeout(r, 5_000))]);
    client.process.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  });

  const opened = FILES.filter(([name]) => name !== NO_FULL_STOP);
  it.each(opened.map(([name], i) => [name, i] as const))('opens as an article and as plain text, then answers every request: %s', async (name, i) => {
    const [, bytes] = opened[i]!;
    const text = decodeText(bytes);
    const slug = `file-${i}`;
    // The 2 MB line as an article only: each analysis of it takes seconds.
    const kinds = name === TWO_MB ? ([[`${slug}.article`, 'article']] as const) : ([[`${slug}.article`, 'article'], [`${slug}.txt`, 'plaintext']] as const);
    for (const [file, languageId] of kinds) {
      const path = join(dir, file);
      writeFileSync(path, bytes);
      const uri = await client.open(path, languageId, text);
      const status = await statusFor(client, uri, name === TWO_MB ? 60_000 : undefined);
      expect(['annotated', 'skipped'], `${name} as ${languageId}`).toContain(status.state);
      if (status.state === 'skipped') expect(status.reason).toBeTruthy();
      expect(await answerProblems(client, uri, text, undefined, name === TWO_MB ? 60_000 : undefined), `${name} as ${languageId}`).toEqual([]);
    }
  }, 120_000);

  // Run last: a server stuck in the prose check cannot answer anything after it.
  it('opens plain text without a full stop and answers: ' + NO_FULL_STOP, async () => {
    const bytes = FILES.find(([name]) => name === NO_FULL_STOP)![1];
    const path = join(dir, 'no-full-stop.txt');
    writeFileSync(path, bytes);
    const text = decodeText(bytes);
    const uri = await client.open(path, 'plaintext', text);
    await statusFor(client, uri, 10_000);
    expect(await answerProblems(client, uri, text, [{ line: 0, character: 0 }])).toEqual([]);
  });
});

describe('the server with a 50 MB file in the workspace', () => {
  let dir: string;
  let client: TestClient;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'marginalia-huge-'));
    writeFileSync(join(dir, 'huge.article'), repeatTo(article + '\n\n', 50_000_000));
    writeFileSync(join(dir, 'small.article'), article);
    client = await startServer(dir);
  });
  afterAll(async () => {
    await client.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  // Opening 50 MB in the editor would analyse it (about a minute); the index skips files over 5 MB.
  it('indexes the folder without reading the huge file, and keeps answering', async () => {
    const indexed = await notification<{ files: number; articles: number }>(client, 'marginalia/indexed', 30_000);
    expect(indexed).toMatchObject({ files: 2, articles: 1 });
    const uri = await client.open(join(dir, 'small.article'));
    expect(await answerProblems(client, uri, article)).toEqual([]);
  });
});

// Files that are indexed but not open are summarised on disk; their positions must follow the
// editor's line breaks too (\r\n, \r and \n).
describe('references into indexed files with other line endings', () => {
  let dir: string;
  let client: TestClient;
  const endings = { lf: '\n', crlf: '\r\n', cr: '\r', mixed: null } as const;
  const withEndings = (eol: string | null) => (eol === null ? article.split('\n').map((line, i) => line + ['\r\n', '\n', '\r'][i % 3]).join('') : article.replace(/\n/g, eol));
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'marginalia-eol-'));
    for (const [name, eol] of Object.entries(endings)) writeFileSync(join(dir, `${name}.article`), withEndings(eol));
    client = await startServer(dir);
    await notification(client, 'marginalia/indexed');
  });
  afterAll(async () => {
    await client.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('gives ranges that select the name in each file', async () => {
    const uri = await client.open(join(dir, 'lf.article'));
    const refs = await client.connection.sendRequest<{ uri: string; range: { start: { line: number; character: number }; end: { line: number; character: number } } }[]>('textDocument/references', {
      textDocument: { uri },
      position: positionOf(article, 'Seitkali told'),
      context: { includeDeclaration: true },
    });
    const wrong: string[] = [];
    for (const [name, eol] of Object.entries(endings)) {
      const lines = withEndings(eol).split(/\r\n|\r|\n/);
      const here = refs.filter((r) => r.uri.endsWith(`/${name}.article`));
      if (!here.length) wrong.push(`${name}: no references`);
      for (const { range } of here) {
        const selected = lines[range.start.line]?.slice(range.start.character, range.end.character);
        if (!selected || !/Seitkali|Nurlan|President/.test(selected)) wrong.push(`${name}: ${JSON.stringify(range)} selects ${JSON.stringify(selected)}`);
      }
    }
    expect(wrong.slice(0, 10)).toEqual([]);
  });
});
