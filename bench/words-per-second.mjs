// Words per second: Marginalia's analyze() against compromise, on one core.
//
//   npm run build && node bench/words-per-second.mjs [--articles=N] [--warmup=N] [--big-mb=N] [--seed=N] [--passes=N] [--no-pin]
//
// The corpus is made deterministically (seeded shuffle) by recombining the paragraphs of
// the team's own articles (samples/*.article, test/fixtures/articles/*.txt): ~2,000 articles
// of ~500 words, plus one ~5 MB article of concatenated paragraphs. Words are /\S+/ matches.
// On Linux the script re-runs itself under `taskset -c 0` (when available) so the analysis,
// the garbage collector and everything else share a single core. compromise runs in a child
// process on that core, in pairs that alternate with Marginalia (see below).
// Results go to stdout and to bench/results.json (not committed).
import { fork, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { random as prng } from '../test/workspace/corpus.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..');
const require = createRequire(import.meta.url);

const TARGET_WORDS_PER_SECOND = 300_000;
const TARGET_BIG_FRACTION = 0.5;
const TARGET_RATIO = 15;

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
// Long enough for the JIT: timed in chunks of 200, the analysis runs at 60%-75% of its steady speed over
// articles 200-800 (large rule functions, called once per article or block, are optimized late) and
// reaches it after about 800. compromise gets the same warm-up.
const WARMUP = Math.min(option('warmup', 1000), ARTICLES);
const BIG_BYTES = Math.round(option('big-mb', 5) * 1024 * 1024);
const SEED = option('seed', 20240611);
const PASSES = Math.max(1, option('passes', 3));

// --- One core ------------------------------------------------------------------------

if (process.platform === 'linux' && !args.includes('--no-pin') && !process.env.MARGINALIA_BENCH_PINNED) {
  const probe = spawnSync('taskset', ['--version'], { stdio: 'ignore' });
  if (!probe.error && probe.status === 0) {
    const child = spawnSync('taskset', ['-c', '0', process.execPath, ...process.execArgv, fileURLToPath(import.meta.url), ...args], {
      stdio: 'inherit',
      env: { ...process.env, MARGINALIA_BENCH_PINNED: 'taskset -c 0' },
    });
    process.exit(child.status ?? 1);
  }
}
const pinned = process.env.MARGINALIA_BENCH_PINNED ?? 'no (one thread; taskset unavailable or --no-pin)';

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

// --- Measuring ---------------------------------------------------------------------

function time(fn) {
  const start = performance.now();
  fn();
  return (performance.now() - start) / 1000;
}

/** Times run() over the texts; run returns the share of the text it analyzed (0..1). */
function measure(label, texts, run) {
  const words = texts.reduce((n, t) => n + countWords(t), 0);
  let analyzed = 0;
  const seconds = time(() => {
    for (const t of texts) analyzed += run(t);
  });
  const analyzedShare = analyzed / texts.length;
  return { label, texts: texts.length, words, seconds, wordsPerSecond: words / seconds, analyzedShare: Number.isNaN(analyzedShare) ? null : analyzedShare };
}

/**
 * The median of PASSES timed passes. On a shared host a single pass can lose a third of
 * its speed to neighbours; the median of several is steadier, and all passes are printed.
 */
function measurePasses(label, texts, run) {
  const passes = [];
  for (let i = 0; i < PASSES; i++) passes.push(measure(label, texts, run));
  const median = [...passes].sort((a, b) => a.wordsPerSecond - b.wordsPerSecond)[Math.floor(PASSES / 2)];
  return { ...median, passes: passes.map((p) => Math.round(p.wordsPerSecond)) };
}

const fmt = (n, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

function log(message) {
  process.stderr.write(`bench: ${message}\n`);
}

// --- Main -------------------------------------------------------------------------------

const distAnalysis = join(root, 'dist/analysis.js');
if (!existsSync(distAnalysis)) {
  console.error(`bench: ${distAnalysis} is missing; run \`npm run build\` first`);
  process.exit(2);
}
const { analyze } = require(distAnalysis);

const files = sourceFiles();
const paragraphs = paragraphsOf(files, analyze);
if (!paragraphs.length) {
  console.error('bench: no source paragraphs found in samples/ or test/fixtures/articles/');
  process.exit(2);
}
const { articles, big } = makeCorpus(paragraphs);
log(`corpus: ${articles.length} articles from ${paragraphs.length} paragraphs of ${files.length} files (seed ${SEED}); big article ${fmt(Buffer.byteLength(big) / 1048576, 2)} MB`);

/** Analyzes one text; returns the share of it before the page chrome (what was really read). */
const marginalia = (text) => (analyze(text).chromeStart ?? text.length) / text.length;

const warmup = articles.slice(0, WARMUP);
log(`Marginalia: warm-up on ${warmup.length} articles`);
measure('warm-up', warmup, marginalia);
log(`Marginalia: ${articles.length} articles, one at a time, ${PASSES} passes`);
const perArticle = measurePasses('Marginalia, per article', articles, marginalia);
// A process that does other work between articles can collect all its garbage there. The articles read right after
// a full collection show whether the optimized analysis outlived it (see keptShapes in src/analysis/index.ts).
setFlagsFromString('--expose-gc');
runInNewContext('gc')();
const afterCollection = measure('Marginalia, the 200 articles after a full collection', articles.slice(0, 200), marginalia);
log(`Marginalia: one ${fmt(Buffer.byteLength(big) / 1048576, 1)} MB article, ${PASSES} passes`);
const bigArticle = measurePasses(`Marginalia, one ${fmt(Buffer.byteLength(big) / 1048576, 1)} MB article`, [big], marginalia);
// The entity reader alone: documents read beforehand, only the tagging timed.
const learn = require(join(root, 'dist/learn.js'));
const nerModel = learn.nerModel().model;
const readDocuments = new Map(articles.map((t) => [t, learn.readDocument(t)]));
const tagOnly = (text) => {
  const { sentences, context } = readDocuments.get(text);
  for (const s of sentences) learn.tagNames(nerModel, s, context);
  return NaN;
};
log(`entity reader: ${articles.length} articles, tagging only, ${PASSES} passes`);
const tagger = measurePasses('entity reader alone (tagging, per article)', articles, tagOnly);
// The attribution reader alone: paragraphs read beforehand, only the tagging and grouping timed.
const attributionModel = learn.attributionModel().model;
const attributionParagraphs = (text) => {
  const byBlock = new Map();
  for (const s of readDocuments.get(text).sentences) {
    if (s.sentence.block.kind !== 'body' && s.sentence.block.kind !== 'headline') continue;
    byBlock.set(s.sentence.block, [...(byBlock.get(s.sentence.block) ?? []), s.words]);
  }
  return [...byBlock].map(([block, sentences]) => learn.paragraphInput(sentences, block.kind)).filter(Boolean);
};
const readParagraphs = new Map(articles.map((t) => [t, attributionParagraphs(t)]));
const attributeOnly = (text) => {
  if (attributionModel) for (const p of readParagraphs.get(text)) learn.readAttributions(attributionModel, p);
  return NaN;
};
log(`attribution reader: ${articles.length} articles, tagging only, ${PASSES} passes`);
const attributor = measurePasses('attribution reader alone (tagging, per article)', articles, attributeOnly);
readParagraphs.clear();
readDocuments.clear();

// compromise runs in a process of its own on the same core (bench/compromise-worker.mjs), so its garbage and its
// lexicon stay out of Marginalia's heap (in one process, Marginalia ran 4–25% slower). Its passes alternate with
// Marginalia's over the same chunks of articles: each pair is timed within seconds, so a host that slows down for
// a minute slows both sides of a pair, and the ratio is the median of the pairs'.
const worker = fork(join(here, 'compromise-worker.mjs'), { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
const compromiseTime = (texts) =>
  new Promise((done) => {
    worker.once('message', (reply) => done(reply.seconds));
    worker.send({ texts });
  });
log(`compromise: warm-up on ${warmup.length} articles`);
await compromiseTime(warmup);
const CHUNKS = 10;
const chunkSize = Math.ceil(articles.length / CHUNKS);
const pairs = [];
log(`Marginalia and compromise: ${articles.length} articles in ${CHUNKS} alternating pairs`);
for (let k = 0; k < articles.length; k += chunkSize) {
  const chunk = articles.slice(k, k + chunkSize);
  // Marginalia's side of a pair is short (a third of a second): the median of three runs keeps one collection out.
  const ours = [0, 1, 2].map(() => measure('', chunk, marginalia)).sort((a, b) => a.seconds - b.seconds)[1];
  const theirs = await compromiseTime(chunk);
  pairs.push({ words: ours.words, marginaliaSeconds: ours.seconds, compromiseSeconds: theirs });
}
worker.kill();
const pairRatios = pairs.map((p) => p.compromiseSeconds / p.marginaliaSeconds).sort((a, b) => a - b);
const middle = pairRatios.length >> 1;
const ratio = pairRatios.length % 2 ? pairRatios[middle] : (pairRatios[middle - 1] + pairRatios[middle]) / 2;
/** A row of the pairs' totals for one side. */
const pairRow = (label, key) => {
  const words = pairs.reduce((n, p) => n + p.words, 0);
  const seconds = pairs.reduce((n, p) => n + p[key], 0);
  return { label, texts: articles.length, words, seconds, wordsPerSecond: words / seconds, analyzedShare: null };
};
const paired = pairRow('Marginalia, in the pairs with compromise', 'marginaliaSeconds');
const baseline = pairRow('compromise people/places/organizations/quotations, per article', 'compromiseSeconds');

const rows = [perArticle, afterCollection, bigArticle, tagger, attributor, paired, baseline];
const labelWidth = Math.max(...rows.map((r) => r.label.length));
const line = (cells) => cells.join('  ');
console.log('');
console.log(line(['what'.padEnd(labelWidth), 'texts'.padStart(6), 'words'.padStart(11), 'seconds'.padStart(9), 'words/s'.padStart(11), 'read*'.padStart(6)]));
for (const r of rows) {
  const read = r.analyzedShare === null ? '—' : `${fmt(r.analyzedShare * 100)}%`;
  console.log(line([r.label.padEnd(labelWidth), fmt(r.texts).padStart(6), fmt(r.words).padStart(11), fmt(r.seconds, 2).padStart(9), fmt(r.wordsPerSecond).padStart(11), read.padStart(6)]));
}
console.log('* share of the text before chromeStart, i.e. not skipped as page chrome (mean per text)');
if (PASSES > 1) {
  console.log(`Rows are the median of ${PASSES} passes; words/s per pass:`);
  for (const r of [perArticle, bigArticle, tagger, attributor]) console.log(`  ${r.label}: ${r.passes.map((n) => fmt(n)).join(' / ')}`);
}
const thousands = (seconds, words) => fmt(words / seconds / 1000);
console.log(`Pairs, Marginalia / compromise, thousand words/s: ${pairs.map((p) => `${thousands(p.marginaliaSeconds, p.words)}/${thousands(p.compromiseSeconds, p.words)}`).join(', ')}`);
const bigFraction = bigArticle.wordsPerSecond / perArticle.wordsPerSecond;
const meetsRate = perArticle.wordsPerSecond >= TARGET_WORDS_PER_SECOND;
const meetsRatio = ratio >= TARGET_RATIO;
const meetsBig = bigFraction >= TARGET_BIG_FRACTION;
console.log('');
console.log(`Marginalia / compromise:            ${fmt(ratio, 2)}× (median of ${pairs.length} alternating pairs; ${fmt(pairRatios[0], 1)}–${fmt(pairRatios.at(-1), 1)}×)`);
console.log(`per-article row / compromise row:   ${fmt(perArticle.wordsPerSecond / baseline.wordsPerSecond, 2)}×`);
console.log(`5 MB rate / per-article rate:       ${fmt(bigFraction, 2)}`);
console.log(`target: per-article ≥ ${fmt(TARGET_WORDS_PER_SECOND)} words/s   ${meetsRate ? 'MET' : 'NOT MET'} (${fmt(perArticle.wordsPerSecond)})`);
console.log(`target: per-article ≥ ${TARGET_RATIO}× compromise   ${meetsRatio ? 'MET' : 'NOT MET'} (${fmt(ratio, 2)}×)`);
console.log(`target: 5 MB rate ≥ ${TARGET_BIG_FRACTION} × per-article rate   ${meetsBig ? 'MET' : 'NOT MET'} (${fmt(bigFraction, 2)})`);
console.log(`pinned to one core: ${pinned}`);

const results = {
  date: new Date().toISOString(),
  node: process.version,
  cpu: os.cpus()[0]?.model ?? 'unknown',
  pinned,
  seed: SEED,
  passes: PASSES,
  corpus: { files: files.length, paragraphs: paragraphs.length, articles: articles.length, warmupArticles: warmup.length, bigArticleBytes: Buffer.byteLength(big) },
  marginaliaPerArticle: perArticle,
  marginaliaAfterFullCollection: afterCollection,
  marginaliaBigArticle: bigArticle,
  marginaliaInPairs: paired,
  compromisePerArticle: baseline,
  pairs,
  ratioMarginaliaToCompromise: ratio,
  bigArticleFractionOfPerArticle: bigFraction,
  targets: {
    wordsPerSecond: { target: TARGET_WORDS_PER_SECOND, met: meetsRate },
    ratioToCompromise: { target: TARGET_RATIO, met: meetsRatio },
    bigArticleFraction: { target: TARGET_BIG_FRACTION, met: meetsBig },
  },
};
writeFileSync(join(here, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
console.log(`results written to ${join('bench', 'results.json')}`);
