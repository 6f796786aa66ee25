// A real LSP client over stdio for tests: spawns dist/server.js and speaks JSON-RPC with
// vscode-languageserver-protocol, as an editor would.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  InitializeRequest,
  InitializedNotification,
  StreamMessageReader,
  StreamMessageWriter,
  DidOpenTextDocumentNotification,
  ExitNotification,
  ShutdownRequest,
  type ProtocolConnection,
  type InitializeResult,
} from 'vscode-languageserver-protocol/node';

export const serverPath = resolve(__dirname, '../../dist/server.js');

export interface TestClient {
  connection: ProtocolConnection;
  process: ChildProcess;
  capabilities: InitializeResult['capabilities'];
  notifications: { method: string; params: unknown }[];
  open(path: string, languageId?: string, text?: string): Promise<string>;
  stop(): Promise<void>;
}

export async function startServer(rootFolder: string | null, settings: Record<string, unknown> = {}, initializationOptions: object = {}): Promise<TestClient> {
  const child = spawn(process.execPath, [serverPath, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const notifications: { method: string; params: unknown }[] = [];
  for (const method of ['marginalia/status', 'marginalia/indexed', 'window/showMessage']) {
    connection.onNotification(method, (params: unknown) => notifications.push({ method, params }));
  }
  connection.onRequest('workspace/configuration', () => [settings]);
  connection.listen();
  const rootUri = rootFolder ? pathToFileURL(rootFolder).href : null;
  const init = await connection.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    rootUri,
    workspaceFolders: rootUri ? [{ uri: rootUri, name: 'test' }] : null,
    initializationOptions,
    capabilities: { workspace: { configuration: true }, textDocument: { hover: { contentFormat: ['markdown'] } } },
  });
  await connection.sendNotification(InitializedNotification.type, {});
  return {
    connection,
    process: child,
    capabilities: init.capabilities,
    notifications,
    async open(path, languageId = 'article', text = readFileSync(path, 'utf8')) {
      const uri = pathToFileURL(path).href;
      await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version: 1, text } });
      return uri;
    },
    async stop() {
      await connection.sendRequest(ShutdownRequest.type);
      await connection.sendNotification(ExitNotification.type);
      connection.dispose();
      await new Promise((done) => (child.exitCode !== null ? done(null) : child.once('exit', done)));
    },
  };
}

/** Resolves with the parameters of the first notification `method` (already received or to come). */
export async function notification<T>(client: TestClient, method: string, ms = 60_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const found = client.notifications.find((n) => n.method === method);
    if (found) return found.params as T;
    if (Date.now() > until) throw new Error(`no ${method} within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** The 0-based line and character of the first occurrence of `needle` (after `after`). */
export function positionOf(text: string, needle: string, after = ''): { line: number; character: number } {
  const from = after ? text.indexOf(after) : 0;
  const offset = text.indexOf(needle, from);
  if (offset < 0) throw new Error(`not in text: ${needle}`);
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  return { line, character: offset - (before.lastIndexOf('\n') + 1) };
}
