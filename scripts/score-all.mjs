// Scores dist/cli.js on the shared corpora (../shared/corpus) and prints each TOTAL line.
// `node scripts/score-all.mjs [CORPUS...]`; MARGINALIA_SHARED points elsewhere than ../shared.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const shared = process.env.MARGINALIA_SHARED ?? '../shared';
const scorer = `${shared}/tools/score.mjs`;
if (!existsSync(scorer)) {
  console.error(`no scorer at ${scorer}`);
  process.exit(2);
}
const corpora = process.argv.slice(2).length ? process.argv.slice(2) : ['seeds', 'polnear-dev', 'gum-news', 'conllpp-dev'];
for (const name of corpora) {
  let out;
  try {
    const args = [scorer, '--batch', '--run', 'node dist/cli.js annotate --format jsonl', `${shared}/corpus/${name}`];
    out = execFileSync('node', args, { encoding: 'utf8', maxBuffer: 64 << 20 });
  } catch (err) {
    out = String(err.stdout ?? err);
  }
  const total = out.trim().split('\n').pop();
  console.log(`${name}: ${total}`);
}
