// Words per second: Marginalia's analyze() against compromise, on one core.
//
//   npm run build && node bench/words-per-second.mjs [--articles=N] [--warmup=N] [--big-mb=N] [--seed=N] [--no-pin]
//
// The corpus is made deterministically (seeded shuffle) by recombining the paragraphs of
// the team's own articles (samples/*.article, test/fixtures/articles/*.txt): ~2,000 articles
// of ~500 words, plus one ~5 MB article of concatenated paragraphs. Words are /\S+/ matches.
// On Linux the script re-runs itself under `taskset -c 0` (when available) so the analysis,
// the garbage collector and everything else share a single core.
// Results go to stdout and to bench/results.json (not committed).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { random as prng } from '../test/workspace/corpus.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..');
const require = createRequire(import.meta.url);

const TARGET_WORDS_PER_SECOND = 300_000;
const TARGET_BIG_FRACTION = 0.5;

// --- Options --------------------------------------------------------------------

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const arg = args.find((a) => a.startsWith(`--${name}=`));
  const value = arg ? Number(arg.slice(name.length + 3)) : fallback;
  if (!Number.isFinite(value) || value < 0) {
    console.error(`bench: bad --${name}`);
    process.exit(2);
  }
  return value;
};
const ARTICLES = option('articles', 2000);
const ARTICLE_WORDS = 500;
const WARMUP = Math.min(option('warmup', 200), ARTICLES);
const BIG_BYTES = Math.round(option('big-mb', 5) * 1024 * 1024);
const SEED = option('seed', 20240611);


// --- Corpus ---------------------------------------------------------------------

function shuffle(items, random) {
  const out = items.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

const countWords = (text) => text.match(/\S+/g)?.length ?? 0;

function sourceFiles() {
  const dirs = [
    ['samples', (f) => f.endsWith('.article')],
    ['test/fixtures/articles', (f) => f.endsWith('.txt')],
  ];
  const files = [];
  for (const [dir, keep] of dirs) {
    const abs = join(root, dir);
    if (!existsSync(abs)) continue;
    for (const f of readdirSync(abs).filter(keep).sort()) files.push(join(abs, f));
  }
  return files;
}

/**
 * The article paragraphs of each file: those before its page chrome, as the analyzer
 * marks it (chromeStart), so "Related stories" or "Sign up for our newsletter" lines
 * don't end up in the middle of a generated article and turn the rest of it into chrome.
 * Deduplicated: the layout treats repeated blocks at the end of a text as chrome.
 */
function paragraphsOf(files, analyze) {
  const out = new Set();
  for (const file of files) {
    const text = readFileSync(file, 'utf8').replace(/\r\n?/g, '\n');
    const chromeStart = analyze(text).chromeStart ?? text.length;
    for (const p of text.slice(0, chromeStart).split(/\n[ \t]*\n/)) {
      const paragraph = p.trim();
      if (paragraph) out.add(paragraph);
    }
  }
  return [...out];
}

/** Deals paragraphs from a deck that is reshuffled each time it runs out. */
function dealer(paragraphs, random) {
  let deck = [];
  return () => {
    if (!deck.length) deck = shuffle(paragraphs, random);
    return deck.pop();
  };
}

function makeCorpus(paragraphs) {
  const random = prng(SEED);
  const next = dealer(paragraphs, random);
  const articles = [];
  for (let i = 0; i < ARTICLES; i++) {
    const parts = new Set();
    let words = 0;
    while (words < ARTICLE_WORDS && parts.size < paragraphs.length) {
      const p = next();
      if (parts.has(p)) continue;
      parts.add(p);
      words += countWords(p);
    }
    articles.push([...parts].join('\n\n') + '\n');
  }
  // The big article needs ~10,000 paragraphs but the sources have a few hundred, and
  // repeated blocks read as page chrome; so each of its paragraphs joins two source
  // paragraphs, and no joined pair is used twice.
  const bigParts = [];
  const used = new Set();
  let size = 0;
  while (size < BIG_BYTES) {
    const a = next();
    const b = next();
    const p = `${a} ${b}`;
    if (a === b || used.has(p)) continue;
    used.add(p);
    bigParts.push(p);
    size += Buffer.byteLength(p) + 2;
  }
  return { articles, big: bigParts.join('\n\n') + '\n' };
}

const { analyze } = require(join(root, 'dist/analysis.js'));
const { articles } = makeCorpus(paragraphsOf(sourceFiles(), analyze));
writeFileSync('/tmp/benchcorpus.json', JSON.stringify(articles));
console.log(articles.length);
