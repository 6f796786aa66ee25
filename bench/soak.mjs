// Soak: drives the real server (dist/server.js --stdio) for a while with rapid edits, hovers,
// code lenses and references, cancelling some requests, and reports requests served, errors
// and the server's resident memory (VmRSS) after warm-up and at the end.
//   node bench/soak.mjs [--seconds=60] [--seed=1]
// Exit code 1 when any request failed (an answer with RequestCancelled, -32800, to a request we
// cancelled is not a failure) or when RSS grew by more than 20%.
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const rpc = require('vscode-languageserver-protocol/node');

const root = resolve(import.meta.dirname, '..');
const arg = (name, fallback) => Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const SECONDS = arg('seconds', 60);
const WARM_UP_MS = Math.min(5_000, SECONDS * 250); // the heap settles first: RSS is compared from then on
const IN_FLIGHT = 8;
const REQUEST_CANCELLED = -32800;

let seed = arg('seed', 1) >>> 0;
const random = () => {
  seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
  return seed / 2 ** 32;
};
const pick = (list) => list[Math.floor(random() * list.length)];

const rssKb = (pid) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? NaN);

const workspace = mkdtempSync(join(tmpdir(), 'marginalia-soak-'));
cpSync(join(root, 'samples'), workspace, { recursive: true });
const path = join(workspace, 'summit-diplomacy.article');
const original = readFileSync(path, 'utf8');
const sentences = original.split(/(?<=[.!?”])\s+/).filter((s) => s.length > 20);
const uri = pathToFileURL(path).href;

const child = spawn(process.execPath, [join(root, 'dist/server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
const connection = rpc.createProtocolConnection(new rpc.StreamMessageReader(child.stdout), new rpc.StreamMessageWriter(child.stdin));
connection.onRequest('workspace/configuration', () => [{}]);
connection.onNotification(() => undefined);
connection.listen();
await connection.sendRequest('initialize', {
  processId: process.pid,
  rootUri: pathToFileURL(workspace).href,
  workspaceFolders: [{ uri: pathToFileURL(workspace).href, name: 'soak' }],
  capabilities: { workspace: { configuration: true } },
});
await connection.sendNotification('initialized', {});

let text = original;
let version = 1;
await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'article', version, text } });

const positionAt = (offset) => {
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  return { line, character: offset - (before.lastIndexOf('\n') + 1) };
};

/** A small edit, as typing and pasting make; back to the original when the text has grown a lot. */
function edit() {
  version++;
  if (text.length > 2 * original.length || random() < 0.01) {
    text = original;
    return connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
  }
  const at = Math.floor(random() * text.length);
  const kind = random();
  let inserted = '';
  let removed = 0;
  if (kind < 0.4) inserted = pick(['a', 'e', ' ', '“', '”', '"', ',', '.', '\n']);
  else if (kind < 0.6) inserted = ` ${pick(sentences)} `;
  else if (kind < 0.8) removed = Math.min(text.length - at, 1 + Math.floor(random() * 40));
  else {
    removed = Math.min(text.length - at, Math.floor(random() * 10));
    inserted = pick(['Putin', 'Mr. Brand', ' said ', ' according to officials, ', '42 percent']);
  }
  const range = { start: positionAt(at), end: positionAt(at + removed) };
  text = text.slice(0, at) + inserted + text.slice(at + removed);
  return connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range, text: inserted }] });
}

const stats = { served: 0, cancelled: 0, answeredDespiteCancel: 0, errors: 0, edits: 0, byMethod: {} };
const failures = [];

async function request() {
  const method = pick(['textDocument/hover', 'textDocument/hover', 'textDocument/codeLens', 'textDocument/references', 'textDocument/definition', 'textDocument/semanticTokens/full', 'textDocument/documentSymbol']);
  const position = positionAt(Math.floor(random() * text.length));
  const params = { textDocument: { uri }, position, context: { includeDeclaration: true } };
  const source = new rpc.CancellationTokenSource();
  const cancel = random() < 0.2;
  const pending = connection.sendRequest(method, params, source.token);
  if (cancel) setTimeout(() => source.cancel(), random() < 0.5 ? 0 : 1);
  try {
    await pending;
    stats.served++;
    if (cancel) stats.answeredDespiteCancel++;
    stats.byMethod[method] = (stats.byMethod[method] ?? 0) + 1;
  } catch (error) {
    if (cancel && error?.code === REQUEST_CANCELLED) stats.cancelled++;
    else {
      stats.errors++;
      if (failures.length < 10) failures.push(`${method} ${JSON.stringify(position)}: ${error?.code ?? ''} ${error?.message ?? error}`);
    }
  } finally {
    source.dispose();
  }
}

async function worker(until) {
  while (Date.now() < until) {
    if (random() < 0.5) {
      await edit();
      stats.edits++;
    }
    await request();
  }
}

const started = Date.now();
const rssAfterInit = rssKb(child.pid);
await Promise.all(Array.from({ length: IN_FLIGHT }, () => worker(started + WARM_UP_MS)));
const rssStart = rssKb(child.pid);
await Promise.all(Array.from({ length: IN_FLIGHT }, () => worker(started + SECONDS * 1000)));
const rssEnd = rssKb(child.pid);

await connection.sendRequest('shutdown');
await connection.sendNotification('exit');
await new Promise((done) => (child.exitCode !== null ? done() : child.once('exit', done)));
connection.dispose();
rmSync(workspace, { recursive: true, force: true });

const growth = (rssEnd - rssStart) / rssStart;
const seconds = (Date.now() - started) / 1000;
console.log(`soak: ${seconds.toFixed(0)} s, ${stats.served} requests served (${(stats.served / seconds).toFixed(0)}/s), ${stats.cancelled} cancelled with -32800 (${stats.answeredDespiteCancel} cancelled but answered in full), ${stats.errors} errors, ${stats.edits} edits`);
console.log(`  by method: ${Object.entries(stats.byMethod).map(([m, n]) => `${m.replace('textDocument/', '')} ${n}`).join(', ')}`);
console.log(`  server RSS: ${(rssAfterInit / 1024).toFixed(0)} MB after initialize, ${(rssStart / 1024).toFixed(0)} MB after ${WARM_UP_MS / 1000} s warm-up, ${(rssEnd / 1024).toFixed(0)} MB at the end (${growth >= 0 ? '+' : ''}${(100 * growth).toFixed(1)}%)`);
for (const failure of failures) console.log(`  error: ${failure}`);
const ok = stats.errors === 0 && growth <= 0.2 && stats.served > 0;
console.log(ok ? 'soak: OK' : 'soak: FAILED');
process.exit(ok ? 0 : 1);
