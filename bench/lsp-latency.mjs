// Hover, code-lens and references latency of the real server over stdio, on the samples.
// Usage: npm run bench:lsp   (after a build). Prints p50 / p99 per request in milliseconds.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node.js';

const root = resolve(import.meta.dirname, '..');
const samples = join(root, 'samples');
const ROUNDS = Number(process.env.ROUNDS ?? 20);

const server = spawn(process.execPath, [join(root, 'dist/server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
const connection = createProtocolConnection(new StreamMessageReader(server.stdout), new StreamMessageWriter(server.stdin));
connection.listen();
await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
await connection.sendNotification('initialized', {});

const timings = { hover: [], codeLens: [], references: [] };
const time = async (kind, method, params) => {
  const t0 = performance.now();
  await connection.sendRequest(method, params);
  timings[kind].push(performance.now() - t0);
};

for (const name of readdirSync(samples).filter((f) => f.endsWith('.article'))) {
  const text = readFileSync(join(samples, name), 'utf8');
  const uri = pathToFileURL(join(samples, name)).href;
  await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'article', version: 1, text } });
  const lines = text.split('\n');
  // Every capitalized word is a place a reader might hover.
  const positions = lines.flatMap((line, i) => [...line.matchAll(/\b[A-Z][a-z]+/g)].map((m) => ({ line: i, character: m.index + 1 })));
  await connection.sendRequest('textDocument/codeLens', { textDocument: { uri } }); // the first request pays for the analysis
  for (let round = 0; round < ROUNDS; round++) {
    for (const position of positions) await time('hover', 'textDocument/hover', { textDocument: { uri }, position });
    await time('codeLens', 'textDocument/codeLens', { textDocument: { uri } });
    await time('references', 'textDocument/references', { textDocument: { uri }, position: positions[5], context: { includeDeclaration: true } });
  }
}
await connection.sendRequest('shutdown');
await connection.sendNotification('exit');

const pct = (list, p) => list.toSorted((a, b) => a - b)[Math.min(list.length - 1, Math.floor((list.length * p) / 100))];
console.log('request      count   p50 ms   p99 ms   (round trip over stdio)');
for (const [kind, list] of Object.entries(timings)) {
  console.log(`${kind.padEnd(12)} ${String(list.length).padStart(5)} ${pct(list, 50).toFixed(2).padStart(8)} ${pct(list, 99).toFixed(2).padStart(8)}`);
}
