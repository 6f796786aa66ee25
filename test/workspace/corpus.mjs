// A generated workspace: articles made by recombining the paragraphs of the team's own
// articles (samples/ and test/fixtures/articles/), deterministically from a seed.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const FILES_PER_FOLDER = 500;

function sources() {
  const dirs = [join(root, 'samples'), join(root, 'test/fixtures/articles')];
  const files = dirs.flatMap((dir) => readdirSync(dir).filter((f) => /\.(article|txt)$/.test(f)).map((f) => join(dir, f)));
  const headlines = [];
  const paragraphs = [];
  for (const file of files.sort()) {
    const blocks = readFileSync(file, 'utf8').split(/\n\s*\n/).map((b) => b.trim()).filter(Boolean);
    headlines.push(blocks[0]);
    // Body paragraphs: long enough to be prose, not bylines or chrome.
    for (const block of blocks.slice(1)) if (block.split(/\s+/).length >= 25 && !block.includes('\n')) paragraphs.push(block);
  }
  return { headlines, paragraphs };
}

/** mulberry32: a small seeded PRNG, so every run makes the same corpus. */
export function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Writes `count` articles of about `words` words under `dir`; returns their paths and the total word count. */
export function generateCorpus(dir, count, { seed = 7, words = 800 } = {}) {
  const { headlines, paragraphs } = sources();
  const next = random(seed);
  const pick = (list) => list[Math.floor(next() * list.length)];
  const paths = [];
  let totalWords = 0;
  for (let i = 0; i < count; i++) {
    const body = [];
    let n = 0;
    while (n < words) {
      const paragraph = pick(paragraphs);
      body.push(paragraph);
      n += paragraph.split(/\s+/).length;
    }
    totalWords += n;
    const folder = join(dir, `batch-${String(Math.floor(i / FILES_PER_FOLDER)).padStart(3, '0')}`);
    if (i % FILES_PER_FOLDER === 0) mkdirSync(folder, { recursive: true });
    const path = join(folder, `article-${String(i).padStart(5, '0')}.article`);
    writeFileSync(path, `${pick(headlines)}\n\nBy Staff Reporter\n\n${body.join('\n\n')}\n`);
    paths.push(path);
  }
  return { paths, words: totalWords };
}
