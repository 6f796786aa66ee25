// `npm run train`: rebuilds the learned readers' weights from ../shared/train (and only from there),
// seeded and deterministic, then prints dev scores on ../shared/corpus.
//
//   node scripts/train.mjs [--reader ner|attribution] [--data DIR] [--dev DIR] [--epochs N] [--seed N] [--limit DOCS] [--out FILE]
//
// --data: the training folder (default ../shared/train); --dev: the dev corpora (default ../shared/corpus, skipped when absent);
// --limit: train on the first DOCS documents of each file (a quick run); --out: where the weights go.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import * as learn from '../dist/learn.js';

const { values: options } = parseArgs({
  options: {
    reader: { type: 'string' },
    data: { type: 'string', default: join(process.env.MARGINALIA_SHARED ?? '../shared', 'train') },
    dev: { type: 'string', default: join(process.env.MARGINALIA_SHARED ?? '../shared', 'corpus') },
    epochs: { type: 'string', default: '8' },
    'attribution-epochs': { type: 'string' },
    'attribution-prune': { type: 'string', default: '8' },
    'dev-every-epoch': { type: 'boolean', default: false },
    seed: { type: 'string', default: '20261201' },
    limit: { type: 'string' },
    out: { type: 'string' },
    'ner-prune': { type: 'string', default: '4' },
    quiet: { type: 'boolean', default: false },
  },
});
const log = (...args) => options.quiet || console.log(...args);

const readJsonLines = (file) => readFileSync(file, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line));
const limit = options.limit ? Number(options.limit) : Infinity;

/** NER training files and how each names its types. */
const NER_FILES = ['conllpp-train.jsonl', 'gum.jsonl'];
const TYPE = { person: 'person', organization: 'organization', place: 'place', misc: 'other' };

const overlap = (a, b) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

/** Pairs gold and found spans as the scorer does: each gold takes the unused found span overlapping it most, by half the shorter span. */
function matchSpans(golds, found, compatible = () => true) {
  const used = new Set();
  const pairs = [];
  for (const g of golds) {
    let best = -1, bestOverlap = 0;
    found.forEach((x, i) => {
      const ov = overlap(g, x);
      if (!used.has(i) && compatible(g, x) && ov > bestOverlap && ov >= Math.min(g.end - g.start, x.end - x.start) / 2) [best, bestOverlap] = [i, ov];
    });
    if (best >= 0) {
      used.add(best);
      pairs.push([g, found[best]]);
    }
  }
  return pairs;
}

const prf = (tp, sys, gold) => {
  const p = tp / (sys || 1), r = tp / (gold || 1);
  return { f1: +((2 * p * r) / (p + r || 1)).toFixed(3), precision: +p.toFixed(3), recall: +r.toFixed(3) };
};

/** Writes the weights with the facts of their training, and says where. */
function save(reader, model, templates, about) {
  // The fingerprint of what the reader reads: a test checks the shipped weights against the code's (src/analysis/learn/fingerprint.ts).
  const bytes = learn.writeModel(model, { reader, templates: [...templates], about: { ...about, features: model.table.keys.length, fingerprint: learn.featureFingerprint(reader) } });
  const out = options.out ?? `src/analysis/learn/models/${reader}.bin`;
  writeFileSync(out, bytes);
  log(`${reader}: ${model.table.keys.length} features, ${(bytes.length / 1e6).toFixed(2)} MB → ${out}`);
}

/** Typed F1 of the model's mentions against a dev folder's gold mentions. */
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
    tp += matchSpans(golds, found, (m, x) => m.type === x.type).length;
  }
  return prf(tp, sys, gold);
}

function trainNer() {
  const data = [];
  const documents = {};
  for (const file of NER_FILES) {
    const docs = readJsonLines(join(options.data, file)).slice(0, limit);
    documents[file] = docs.length;
    for (const doc of docs) data.push(...learn.nerTrainingSequences(doc));
  }
  log(`ner: ${data.length} sentences from ${JSON.stringify(documents)}`);
  const devDirs = ['conllpp-dev', 'gum-news'].map((d) => join(options.dev, d)).filter(existsSync);
  const started = Date.now();
  // Features whose weights are all small cost a probe each and change little: dropped.
  const prune = Number(options['ner-prune']);
  const model = learn.train(learn.NER_LABELS, data, {
    epochs: Number(options.epochs),
    seed: Number(options.seed),
    minWeight: prune,
    onEpoch: (epoch) => log(`  epoch ${epoch} (${((Date.now() - started) / 1000).toFixed(0)} s)`),
  });
  const dev = Object.fromEntries(devDirs.map((d) => [d.split('/').pop(), devScore(model, d)]));
  save('ner', model, learn.NER_TEMPLATES, { data: documents, prune, epochs: Number(options.epochs), seed: Number(options.seed), dev });
  for (const [name, score] of Object.entries(dev)) log(`ner dev ${name}: typed F1 ${score.f1} (P ${score.precision}, R ${score.recall})`);
}

// ---- the attribution reader ---------------------------------------------------------------

/** The document's paragraphs as the attribution reader sees them: [{ input, start, end }]. */
function paragraphsOf(text) {
  const { sentences } = learn.readDocument(text);
  const out = [];
  for (const s of sentences) {
    const block = s.sentence.block;
    if (block.kind === 'chrome') continue;
    let p = out[out.length - 1];
    if (!p || p.block !== block) out.push((p = { block, sentences: [] }));
    p.sentences.push(s.words);
  }
  return out.map((p) => ({ block: p.block, input: learn.paragraphInput(p.sentences, p.block.kind) })).filter((p) => p.input);
}

/** Gold role spans of a paragraph, as word ranges: a word takes the role of the span it starts in. */
function goldRoleSpans(words, quotes) {
  const spans = [];
  const wordsIn = (start, end) => {
    let from = words.findIndex((w) => w.start >= start && w.start < end);
    if (from < 0) return null;
    let to = from;
    while (to < words.length && words[to].start < end) to++;
    return { from, to };
  };
  quotes.forEach((q, group) => {
    const pieces = q.fragments?.length ? q.fragments : [[q.start, q.end]];
    for (const [a, b] of pieces) {
      const r = wordsIn(a, b);
      if (r) spans.push({ role: 'content', ...r, group });
    }
    for (const [role, sp] of [['source', q.source], ['cue', q.cue]]) {
      if (!sp) continue;
      const r = wordsIn(sp.start, sp.end);
      if (r) spans.push({ role, ...r, group });
    }
  });
  return spans;
}

function attributionData(docs) {
  const data = [];
  for (const doc of docs) {
    const quotes = [...doc.quotes].sort((a, b) => a.start - b.start);
    for (const { block, input } of paragraphsOf(doc.text)) {
      const inside = quotes.filter((q) => q.end > block.start && q.start < block.end || (q.cue && q.cue.start < block.end && q.cue.end > block.start));
      const labels = learn.roleSpansToLabels(input.words.length, goldRoleSpans(input.words, inside));
      data.push(learn.attributionSequence(input, labels));
    }
  }
  return data;
}

/** The model alone on a dev folder: content P / R / F1, and the share of matched sources that overlap the gold's. */
function attributionDevScore(model, dir) {
  let tp = 0, sys = 0, gold = 0, sourceOk = 0, sourceGold = 0;
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.gold.json')).sort()) {
    const g = JSON.parse(readFileSync(join(dir, name), 'utf8'));
    if (!g.quotes) continue;
    const text = readFileSync(join(dir, name.replace(/\.gold\.json$/, '.txt')), 'utf8');
    const found = [];
    for (const { input } of paragraphsOf(text)) {
      for (const a of learn.readAttributions(model, input)) {
        const first = a.content[0], last = a.content[a.content.length - 1];
        found.push({
          start: input.words[first.from].start, end: input.words[last.to - 1].end,
          source: a.source ? { start: input.words[a.source.from].start, end: input.words[a.source.to - 1].end } : null,
        });
      }
    }
    sys += found.length;
    gold += g.quotes.length;
    for (const [q, x] of matchSpans(g.quotes, found)) {
      tp++;
      if (!q.source) continue;
      sourceGold++;
      if (x.source && overlap(x.source, q.source) > 0) sourceOk++;
    }
  }
  return { ...prf(tp, sys, gold), sourceOverlap: +(sourceOk / (sourceGold || 1)).toFixed(3) };
}

function trainAttribution() {
  const docs = readJsonLines(join(options.data, 'polnear-train.jsonl')).slice(0, limit);
  const data = attributionData(docs);
  const documents = { 'polnear-train.jsonl': docs.length };
  log(`attribution: ${data.length} paragraphs from ${JSON.stringify(documents)}`);
  const devDir = join(options.dev, 'polnear-dev');
  const started = Date.now();
  const epochs = Number(options['attribution-epochs'] ?? 10);
  // Features whose weights all stay small are dropped: the file is several times smaller, the scores the same.
  const prune = Number(options['attribution-prune']);
  const model = learn.train(learn.ATTRIBUTION_LABELS, data, {
    epochs,
    seed: Number(options.seed),
    minWeight: prune,
    onEpoch: (epoch, m) => log(`  epoch ${epoch} (${((Date.now() - started) / 1000).toFixed(0)} s)${options['dev-every-epoch'] && existsSync(devDir) ? ` ${JSON.stringify(attributionDevScore(m, devDir))}` : ''}`),
  });
  const dev = existsSync(devDir) ? { 'polnear-dev': attributionDevScore(model, devDir) } : {};
  save('attribution', model, learn.ATTRIBUTION_TEMPLATES, { data: documents, epochs, prune, seed: Number(options.seed), dev });
  for (const [name, score] of Object.entries(dev)) log(`attribution dev ${name} (the model alone): F1 ${score.f1} (P ${score.precision}, R ${score.recall}), source overlap ${score.sourceOverlap}`);
}

const readers = { ner: trainNer, attribution: trainAttribution };
if (options.reader && !readers[options.reader]) {
  console.error(`unknown reader ${options.reader}`);
  process.exit(2);
}
for (const [name, run] of Object.entries(readers)) if (!options.reader || options.reader === name) run();
