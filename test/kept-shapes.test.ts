// The built analysis under V8's own tracing: `npm test` builds dist/ first (run `npm run build` before running this file alone).
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { expect, it } from 'vitest';

const root = resolve(__dirname, '..');

// Reads our articles until V8 has optimized the analysis, collects all garbage, then reads again.
const script = `
const { analyze } = require(${JSON.stringify(resolve(root, 'dist/analysis.js'))});
const { readdirSync, readFileSync } = require('node:fs');
const dir = ${JSON.stringify(resolve(root, 'test/fixtures/articles'))};
const articles = readdirSync(dir).map((f) => readFileSync(dir + '/' + f, 'utf8'));
for (let i = 0; i < 20; i++) for (const a of articles) analyze(a);
console.log('--- full collection');
gc();
for (const a of articles) analyze(a);
`;

it('a full collection between articles throws away no optimized code', () => {
  const result = spawnSync(process.execPath, ['--expose-gc', '--trace-opt', '--trace-deopt', '-e', script], { encoding: 'utf8', maxBuffer: 256 << 20, timeout: 60_000 });
  expect(result.status, result.stderr).toBe(0);
  const [before, after] = result.stdout.split('--- full collection');
  expect(before).toMatch(/completed (optimizing|compiling)/);
  // V8 drops optimized code whose shapes died ("weak objects"): a class whose instances all die between articles
  // needs one instance in keptShapes (src/analysis/index.ts).
  const dropped = [...(after ?? '').matchAll(/<SharedFunctionInfo ([^>]*)>.*reason: weak objects/g)].map((m) => m[1]);
  expect(dropped).toEqual([]);
});
