// `npm run train`: rebuilds the learned readers' weights from ../shared/train (and only from there),
// seeded and deterministic, then prints dev scores on ../shared/corpus.
//
//   node scripts/train.mjs [--reader ner] [--data DIR] [--dev DIR] [--epochs N] [--seed N] [--limit DOCS] [--out FILE]
//
// --data: the training folder (default ../shared/train); --dev: the dev corpora (default ../shared/corpus, skipped when absent);
// --limit: train on the first DOCS documents of each file (a quick run); --out: where the weights go.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import * as learn from '../dist/learn.js';

const { values: options } = parseArgs({
  options: {
    reader: { type: 'string', default: 'ner' },
    data: { type: 'string', default: join(process.env.MARGINALIA_SHARED ?? '../shared', 'train') },
    dev: { type: 'string', default: join(process.env.MARGINALIA_SHARED ?? '../shared', 'corpus') },
    epochs: { type: 'string', default: '8' },
    seed: { type: 'string', default: '20261201' },
    limit: { type: 'string' },
    out: { type: 'string' },
    quiet: { type: 'boolean', default: false },
  },
});
const log = (...args) => options.quiet || console.log(...args);

const readJsonLines = (file) => readFileSync(file, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line));
const limit = options.limit ? Number(options.limit) : Infinity;

/** NER training files and how each names its types. */
const NER_FILES = ['conllpp-train.jsonl', 'gum.jsonl'];
const TYPE = { person: 'person', organization: 'organization', place: 'place', misc: 'other' };
const DETERMINERS = new Set(['the', 'a', 'an']);

/** The document's sentences with gold labels: a word is in a mention when it starts inside it. */
function labelledSentences(doc) {
  const { sentences, context } = learn.readDocument(doc.text);
  const mentions = [...doc.mentions].sort((a, b) => a.start - b.start);
  return sentences.map((s) => {
    const spans = [];
    for (const m of mentions) {
      if (m.end <= s.sentence.start || m.start >= s.sentence.end || !TYPE[m.type]) continue;
      let from = s.words.findIndex((w) => w.start >= m.start && w.start < m.end);
      if (from < 0) continue;
      let to = from;
      while (to < s.words.length && s.words[to].start < m.end) to++;
      // GUM puts "the" in names ("the Smithsonian"); news style and our mentions leave it out.
      while (from < to - 1 && DETERMINERS.has(s.words[from].lower)) from++;
      if (spans.length && spans[spans.length - 1].to > from) continue;
      spans.push({ from, to, type: TYPE[m.type] });
    }
    return learn.nerSequence(s, context, learn.spansToLabels(s.words.length, spans));
  });
}

/** Typed F1 of the model's mentions against a dev folder's gold mentions (same matching as the scorer: half the shorter span). */
function devScore(model, dir) {
  let tp = 0, sys = 0, gold = 0;
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.gold.json')).sort()) {
    const g = JSON.parse(readFileSync(join(dir, name), 'utf8'));
    if (!g.mentions) continue;
    const text = readFileSync(join(dir, name.replace(/\.gold\.json$/, '.txt')), 'utf8');
    const { sentences, context } = learn.readDocument(text);
    const found = [];
    for (const s of sentences) {
      for (const span of learn.tagNames(model, s, context)) {
        if (span.type !== 'other') found.push({ start: s.words[span.from].start, end: s.words[span.to - 1].end, type: span.type });
      }
    }
    const golds = g.mentions.filter((m) => TYPE[m.type] && m.type !== 'misc');
    sys += found.length;
    gold += golds.length;
    const used = new Set();
    for (const m of golds) {
      const k = found.findIndex((x, i) => !used.has(i) && x.type === m.type && Math.min(x.end, m.end) - Math.max(x.start, m.start) >= Math.min(x.end - x.start, m.end - m.start) / 2);
      if (k >= 0) {
        used.add(k);
        tp++;
      }
    }
  }
  const p = tp / (sys || 1), r = tp / (gold || 1);
  return { f1: +((2 * p * r) / (p + r || 1)).toFixed(3), precision: +p.toFixed(3), recall: +r.toFixed(3) };
}

function trainNer() {
  const data = [];
  const documents = {};
  for (const file of NER_FILES) {
    const docs = readJsonLines(join(options.data, file)).slice(0, limit);
    documents[file] = docs.length;
    for (const doc of docs) data.push(...labelledSentences(doc));
  }
  log(`ner: ${data.length} sentences from ${JSON.stringify(documents)}`);
  const devDirs = ['conllpp-dev', 'gum-news'].map((d) => join(options.dev, d)).filter(existsSync);
  const started = Date.now();
  const model = learn.train(learn.NER_LABELS, data, {
    epochs: Number(options.epochs),
    seed: Number(options.seed),
    onEpoch: (epoch) => log(`  epoch ${epoch} (${((Date.now() - started) / 1000).toFixed(0)} s)`),
  });
  const dev = Object.fromEntries(devDirs.map((d) => [d.split('/').pop(), devScore(model, d)]));
  const about = { data: documents, epochs: Number(options.epochs), seed: Number(options.seed), features: model.table.keys.length, dev };
  const bytes = learn.writeModel(model, { reader: 'ner', templates: [...learn.NER_TEMPLATES], about });
  const out = options.out ?? 'src/analysis/learn/models/ner.bin';
  writeFileSync(out, bytes);
  log(`ner: ${model.table.keys.length} features, ${(bytes.length / 1e6).toFixed(2)} MB → ${out}`);
  for (const [name, score] of Object.entries(dev)) log(`ner dev ${name}: typed F1 ${score.f1} (P ${score.precision}, R ${score.recall})`);
}

if (options.reader === 'ner') trainNer();
else {
  console.error(`unknown reader ${options.reader}`);
  process.exit(2);
}
