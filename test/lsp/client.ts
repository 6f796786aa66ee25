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

export async function startServer(rootFolder: string | null, settings: Record<string, unknown> = {}): Promise<TestClient> {
  const child = spawn(process.execPath, [serverPath, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const notifications: { method: string; params: unknown }[] = [];
  const status = 'marginalia/status';
  connection.onNotification(status, (params: unknown) => notifications.push({ method: status, params }));
  connection.onRequest('workspace/configuration', () => [settings]);
  connection.listen();
  const rootUri = rootFolder ? pathToFileURL(rootFolder).href : null;
  const init = await connection.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    rootUri,
    workspaceFolders: rootUri ? [{ uri: rootUri, name: 'test' }] : null,
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

/** The 0-based line and character of the first occurrence of `needle` (after `after`). */
export function positionOf(text: string, needle: string, after = ''): { line: number; character: number } {
  const from = after ? text.indexOf(after) : 0;
  const offset = text.indexOf(needle, from);
  if (offset < 0) throw new Error(`not in text: ${needle}`);
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  return { line, character: offset - (before.lastIndexOf('\n') + 1) };
}
