// Workspace-scale figures through the real server over stdio, on corpora generated from the
// team's own articles: cold index at 1k/3k/10k articles, warm start from the cache, hover and
// references latency, re-analysis after a keystroke, and server memory.
//
//   npm run bench:workspace [-- --articles=10000]
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node.js';
import { generateCorpus } from '../test/workspace/corpus.mjs';

const root = resolve(import.meta.dirname, '..');
const option = (name, fallback) => Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const FULL = option('articles', 10_000);
const scratch = mkdtempSync(join(tmpdir(), 'marginalia-bench-'));

async function startServer(folder, storagePath) {
  const started = performance.now();
  const child = spawn(process.execPath, [join(root, 'dist/server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const indexed = new Promise((done) => connection.onNotification('marginalia/indexed', done));
  const analysisMs = new Map(); // uri → analysis times the server reports
  connection.onNotification('marginalia/status', ({ uri, ms }) => ms !== undefined && analysisMs.set(uri, [...(analysisMs.get(uri) ?? []), ms]));
  connection.listen();
  const rootUri = pathToFileURL(folder).href;
  await connection.sendRequest('initialize', { processId: process.pid, rootUri, workspaceFolders: [{ uri: rootUri, name: 'bench' }], capabilities: {}, initializationOptions: { storagePath } });
  await connection.sendNotification('initialized', {});
  const result = await indexed;
  return { child, connection, result, analysisMs, seconds: (performance.now() - started) / 1000 };
}

async function stop({ child, connection }) {
  await connection.sendRequest('shutdown');
  await connection.sendNotification('exit');
  await new Promise((done) => (child.exitCode !== null ? done() : child.once('exit', done)));
}

const rssMB = (pid) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1]) / 1024;
const pct = (list, p) => list.toSorted((a, b) => a - b)[Math.min(list.length - 1, Math.floor((list.length * p) / 100))];
const rows = [];
const row = (measure, figure, target, ok) => rows.push({ measure, figure, target, ok: ok ? 'yes' : 'NO' });

// Cold index at three sizes: growth should be linear.
const sizes = [1000, 3000, FULL].filter((n, i, all) => n <= FULL && all.indexOf(n) === i);
let full;
for (const size of sizes) {
  const folder = join(scratch, `corpus-${size}`);
  const { words } = generateCorpus(folder, size);
  const storage = join(scratch, `storage-${size}`);
  const server = await startServer(folder, storage);
  const perThousand = server.seconds / (size / 1000);
  console.log(`cold index ${size} articles (${(words / 1e6).toFixed(1)}M words): ${server.seconds.toFixed(1)} s, ${perThousand.toFixed(2)} s per 1,000`);
  row(`cold index, ${size} articles: s per 1,000`, perThousand.toFixed(2), size === FULL ? '' : '', true);
  if (size === FULL) {
    row(`cold index of ${size} articles (${(words / 1e6).toFixed(1)}M words), 2 cores`, `${server.seconds.toFixed(1)} s`, '≤ 60 s', server.seconds <= 60);
    await stop(server);
    full = { folder, storage };
  } else await stop(server);
}

// Warm start from the cache, then the request figures on the full workspace.
const server = await startServer(full.folder, full.storage);
row('warm start from the cache', `${server.seconds.toFixed(1)} s (${server.result.fromCache} of ${server.result.articles} cached)`, '≤ 5 s', server.seconds <= 5);
const { connection } = server;
const path = join(full.folder, 'batch-000', 'article-00000.article');
const text = readFileSync(path, 'utf8');
const uri = pathToFileURL(path).href;
await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'article', version: 1, text } });
const lines = text.split('\n');
const names = lines.flatMap((line, i) => [...line.matchAll(/\b[A-Z][a-z]{3,}/g)].map((m) => ({ line: i, character: m.index + 1 })));
const time = async (method, params) => {
  const t0 = performance.now();
  const result = await connection.sendRequest(method, params);
  return { ms: performance.now() - t0, result };
};
await time('textDocument/hover', { textDocument: { uri }, position: names[0] });
// Steady state: let the garbage of loading 10,000 summaries be collected before timing single requests.
await new Promise((settle) => setTimeout(settle, 2000));
const hovers = [];
for (let round = 0; round < 5; round++) for (const position of names) hovers.push((await time('textDocument/hover', { textDocument: { uri }, position })).ms);
row(`hover p99 (${hovers.length} hovers)`, `${pct(hovers, 99).toFixed(2)} ms`, '≤ 5 ms', pct(hovers, 99) <= 5);
const references = [];
let maxFiles = 0;
for (const position of names.slice(0, 60)) {
  const { ms, result } = await time('textDocument/references', { textDocument: { uri }, position, context: { includeDeclaration: true } });
  references.push(ms);
  maxFiles = Math.max(maxFiles, new Set((result ?? []).map((r) => r.uri)).size);
}
row(`references across ${FULL} files (max ${maxFiles} files in one answer)`, `p99 ${pct(references, 99).toFixed(1)} ms`, '≤ 200 ms', pct(references, 99) <= 200);

// A keystroke in a 2,000-word article: the next request waits for the re-analysis.
const long = generateCorpus(join(scratch, 'long'), 1, { seed: 3, words: 2000 }).paths[0];
const longText = readFileSync(long, 'utf8');
const longUri = pathToFileURL(long).href;
await connection.sendNotification('textDocument/didOpen', { textDocument: { uri: longUri, languageId: 'article', version: 1, text: longText } });
await time('textDocument/hover', { textDocument: { uri: longUri }, position: { line: 0, character: 1 } });
const keystrokes = [];
for (let version = 2; version < 62; version++) {
  const at = { line: 4, character: 0 };
  await connection.sendNotification('textDocument/didChange', {
    textDocument: { uri: longUri, version },
    contentChanges: [{ range: { start: at, end: at }, text: version % 2 ? 'x' : '' }],
  });
  keystrokes.push((await time('textDocument/hover', { textDocument: { uri: longUri }, position: { line: 0, character: 1 } })).ms);
}
const reanalysis = server.analysisMs.get(longUri).slice(1);
row('re-analysis after a keystroke, 2,000 words: analysis in the server (median, p95)', `${pct(reanalysis, 50)} ms, ${pct(reanalysis, 95)} ms`, '≤ 15 ms', pct(reanalysis, 50) <= 15);
row('… and edit-to-hover round trip (median, p95)', `${pct(keystrokes, 50).toFixed(1)} ms, ${pct(keystrokes, 95).toFixed(1)} ms`, '', true);
const rss = rssMB(server.child.pid);
row(`server memory (RSS) with ${FULL} articles indexed`, `${Math.round(rss)} MB`, '≤ 1,536 MB', rss <= 1536);
await stop(server);
rmSync(scratch, { recursive: true, force: true });

console.log('\n| measure | figure | target | met |\n| --- | --- | --- | --- |');
for (const r of rows) console.log(`| ${r.measure} | ${r.figure} | ${r.target} | ${r.target ? r.ok : ''} |`);
