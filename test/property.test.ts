// Property tests: analyze() must never throw, and every span it reports must be a
// well-formed slice of its input, whatever the input. Scale the number of generated
// cases with MARGINALIA_FUZZ_RUNS (total across the properties; default 1500), and
// replay a failure with MARGINALIA_FUZZ_SEED=<the seed fast-check printed>.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyze, type Article } from '../src/analysis';
import { problems } from './support/wellFormed';

const TOTAL_RUNS = Math.max(1, Number(process.env['MARGINALIA_FUZZ_RUNS'] ?? '') || 1500);
/** MARGINALIA_FUZZ_SEED replays a failure with the seed fast-check printed. */
const SEED = process.env['MARGINALIA_FUZZ_SEED'] ? Number(process.env['MARGINALIA_FUZZ_SEED']) : undefined;
/** The share of TOTAL_RUNS each property gets (the shares sum to 1). */
const runs = (share: number) => ({ numRuns: Math.max(1, Math.round(TOTAL_RUNS * share)), ...(SEED === undefined ? {} : { seed: SEED }) });
/** Per-test timeout: the configured 60 s, stretched when MARGINALIA_FUZZ_RUNS asks for more cases. */
const FUZZ_TIMEOUT = Math.max(60_000, TOTAL_RUNS * 50);

/** The property: analyze() returns (does not throw) and the result is well-formed. */
function wellFormed(input: string): void {
  const found = problems(input, analyze(input));
  if (found.length) throw new Error(`${found.length} problem(s):\n  ${found.slice(0, 10).join('\n  ')}`);
}

// --- Generators ---------------------------------------------------------------

/** Any UTF-16 code unit, lone surrogates included. */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n));

/** Quote marks of every kind, letters, spaces and newlines: stresses quote pairing. */
const quoteSoup = fc.string({
  unit: fc.constantFrom('"', '“', '”', '‘', '’', "'", '«', '»', 'a', 'e', 'S', 'T', 'x', ' ', ' ', ' ', '\n', '\n\n', '.', ',', '—'),
  maxLength: 300,
});

const NAMES = ['Brand', 'Holloway', 'Keller', 'Lau', 'Moscow', 'Geneva', 'Reuters', 'Kirby', 'Washington', 'China', 'Smith', 'Ukraine', 'Council', 'Ministry'];
const FUNCTION_WORDS = ['the', 'a', 'of', 'to', 'and', 'in', 'on', 'that', 'it', 'was', 'is', 'not', 'for', 'with', 'he', 'she', 'they', 'we', 'who', 'after', 'by'];
const CUES = ['said', 'says', 'told', 'added', 'according to', 'said on Tuesday', 'warned', 'argued', 'reportedly', 'allegedly', 'may', 'could'];
const TITLES = ['Mr.', 'Ms.', 'Dr.', 'President', 'Minister', 'Mayor', 'Sen.', 'a senior official', 'analysts', 'a spokesperson for'];
const MARKS = ['"', '“', '”', '‘', '’', "'", '"', '“', '”'];
const PUNCT = ['.', ',', ':', ';', '?', '!', '—', ' - ', '(', ')', '...', '…'];

const capitalized = fc.oneof(
  fc.constantFrom(...NAMES),
  fc.stringMatching(/^[A-Z][a-z]{1,9}$/),
  fc.stringMatching(/^[A-Z]{2,5}$/), // acronyms
  fc.stringMatching(/^[A-Z][a-z]{1,6}(?:-[A-Z][a-z]{1,6}|'s)$/),
);
const number = fc.oneof(
  fc.nat({ max: 100000 }).map(String),
  fc.tuple(fc.nat({ max: 999 }), fc.nat({ max: 99 })).map(([a, b]) => `${a}.${b}`),
  fc.nat({ max: 100 }).map((n) => `${n} percent`),
  fc.nat({ max: 100 }).map((n) => `${n}%`),
  fc.tuple(fc.nat({ max: 99 }), fc.constantFrom('million', 'billion')).map(([n, unit]) => `$${n}.${n % 10} ${unit}`),
  fc.integer({ min: 1900, max: 2100 }).map(String),
);
const token = fc.oneof(
  { weight: 5, arbitrary: capitalized },
  { weight: 6, arbitrary: fc.constantFrom(...FUNCTION_WORDS) },
  { weight: 2, arbitrary: fc.stringMatching(/^[a-z]{1,10}$/) },
  { weight: 3, arbitrary: fc.constantFrom(...CUES) },
  { weight: 1, arbitrary: fc.constantFrom(...TITLES) },
  { weight: 2, arbitrary: number },
  { weight: 3, arbitrary: fc.constantFrom(...MARKS) },
  { weight: 2, arbitrary: fc.constantFrom(...PUNCT) },
  { weight: 1, arbitrary: fc.constantFrom('\n', '\n\n', '\r\n', '\t', '  ') },
);
/** How two tokens are joined: mostly a space, sometimes nothing (quote marks hug words). */
const joiner = fc.constantFrom(' ', ' ', ' ', ' ', '', '\n');
const sentence = fc
  .array(fc.tuple(token, joiner), { minLength: 1, maxLength: 25 })
  .chain((parts) => fc.constantFrom('.', '."', '.”', '?', '!', ',” he said.', '', ':').map((end) => parts.map(([t, j]) => t + j).join('') + end));
const paragraph = fc.array(sentence, { minLength: 1, maxLength: 5 }).map((ss) => ss.join(' '));
const headerLine = fc.oneof(
  fc.array(capitalized, { minLength: 2, maxLength: 10 }).map((ws) => ws.join(' ')),
  fc.tuple(capitalized, capitalized).map(([a, b]) => `By ${a} ${b}`),
  fc.tuple(capitalized, fc.constantFrom('(Reuters) -', '(AP) —', '—', ',')).map(([city, tail]) => `${city.toUpperCase()} ${tail}`),
  fc.constantFrom('Advertisement', 'Share this article', 'Related stories', 'Sign up for our newsletter'),
);
const articleLike = fc
  .tuple(fc.array(headerLine, { maxLength: 3 }), fc.array(paragraph, { minLength: 1, maxLength: 8 }), fc.constantFrom('\n\n', '\n', '\r\n\r\n', '\n \n'))
  .map(([head, body, sep]) => [...head, ...body].join(sep));

/** Shrunk inputs that broke a property once: checked on every run, whatever the random seed. */
const KNOWN_COUNTEREXAMPLES = [
  '( ( ( ( , he said.', // quote.indirect.tail: TypeError reading words[-1].end
  'a." ( ( ( ( , he said.', // quote.indirect.tail: quote span with start > end
  '… added the Sen.\nsaid .\n\n0 .', // "add" with a noun phrase only: words read past the last
];

// --- Properties ----------------------------------------------------------------

describe('analyze() on arbitrary input', () => {
  it('never throws and keeps spans well-formed: full-Unicode strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), wellFormed), runs(0.2));
  }, FUZZ_TIMEOUT);

  it('never throws and keeps spans well-formed: raw UTF-16 (lone surrogates)', () => {
    fc.assert(fc.property(fc.string({ unit: codeUnit, maxLength: 300 }), wellFormed), runs(0.1));
  }, FUZZ_TIMEOUT);

  it('never throws and keeps spans well-formed: quote marks, letters and newlines', () => {
    fc.assert(fc.property(quoteSoup, wellFormed), runs(0.25));
  }, FUZZ_TIMEOUT);

  it('never throws and keeps spans well-formed: article-like text', () => {
    fc.assert(fc.property(articleLike, wellFormed), runs(0.45));
  }, FUZZ_TIMEOUT);

  it.each(KNOWN_COUNTEREXAMPLES)('never throws and keeps spans well-formed: known counterexample %j', (input) => {
    wellFormed(input);
  });

  it('checks the properties themselves: a real article passes, a corrupted span is caught', () => {
    const input = 'Talks stalled, officials said.\n\n"We are closer," Brand said on Tuesday.';
    const article = analyze(input);
    expect(problems(input, article)).toEqual([]);
    const broken: Article = { ...article, sections: [{ start: 0, end: 5, text: 'nope!', kind: 'body', rule: 'test' }] };
    expect(problems(input, broken)).toHaveLength(1);
  });
});

describe('analyze() on pathological input', () => {
  it('finishes on a 300 KB single line', () => {
    const pieces = [
      'Officials in Geneva said the talks would resume,',
      '“We are closer than we have been,” Brand said,',
      'while Reuters reported that 42 percent of ships, worth $1.2 billion,',
      'remained at anchor according to the ministry;',
      "the mayor's office — which declined to comment — said nothing",
    ];
    const parts: string[] = [];
    let length = 0;
    for (let i = 0; length < 300_000; i++) {
      const piece = pieces[i % pieces.length]!;
      parts.push(piece);
      length += piece.length + 1;
    }
    const input = parts.join(' ');
    expect(input).not.toContain('\n');
    expect(input.length).toBeGreaterThanOrEqual(300_000);
    expect(problems(input, analyze(input))).toEqual([]);
  });

  it('finishes on 5,000 unbalanced quote marks', () => {
    const marks = ['"', '“', '‘', '”', "'", '’'];
    const parts: string[] = [];
    for (let i = 0; i < 5_000; i++) {
      const mark = marks[i % marks.length]!;
      // Mostly marks that open and never close, each followed by a said-cue so every one is a candidate.
      parts.push(i % 7 === 0 ? `${mark}\n\nMinister Brand said` : `${mark}Word ${i} said Lau`);
    }
    const input = parts.join(' ');
    expect(problems(input, analyze(input))).toEqual([]);
  });
});
