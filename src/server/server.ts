// The Marginalia language server: stdio or node-ipc, whichever the client starts it with.
import { CodeLensRefreshRequest, createConnection, LSPErrorCodes, Message, ProposedFeatures, TextDocuments, TextDocumentSyncKind, type InitializeResult } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { fileURLToPath } from 'node:url';
import { annotateRequest, defaultSettings, type AnnotateParams, type InitializationOptions, type Settings } from '../shared/protocol';
import * as codeLens from './codeLens';
import * as hover from './hover';
import * as navigation from './navigation';
import * as outline from './outline';
import * as semanticTokens from './semanticTokens';
import * as symbols from './symbols';
import { Workspace } from './workspace';

export function runServer(): void {
  // A request cancelled while it still waits in the queue is answered "cancelled" and never run.
  const connection = createConnection(ProposedFeatures.all, {
    cancelUndispatched: (message) =>
      Message.isRequest(message) ? { jsonrpc: '2.0', id: message.id, error: { code: LSPErrorCodes.RequestCancelled, message: 'cancelled' } } : undefined,
  });
  const documents = new TextDocuments(TextDocument);
  const workspace = new Workspace(connection, documents);
  let canPullSettings = false;
  let canRefreshLenses = false;
  let canShowProgress = false;
  let storageDir: string | null = null;

  connection.onInitialize(({ capabilities, workspaceFolders, rootUri, initializationOptions }): InitializeResult => {
    canPullSettings = capabilities.workspace?.configuration === true;
    canShowProgress = capabilities.window?.workDoneProgress === true;
    const storagePath = (initializationOptions as InitializationOptions | undefined)?.storagePath;
    storageDir = typeof storagePath === 'string' ? storagePath : null;
    canRefreshLenses = capabilities.workspace?.codeLens?.refreshSupport === true;
    const folders = workspaceFolders?.map((f) => f.uri) ?? (rootUri ? [rootUri] : []);
    workspace.folders = folders.filter((uri) => uri.startsWith('file:')).map((uri) => fileURLToPath(uri));
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        hoverProvider: true,
        codeLensProvider: { resolveProvider: false },
        definitionProvider: true,
        referencesProvider: true,
        documentHighlightProvider: true,
        documentSymbolProvider: { label: 'Marginalia' },
        workspaceSymbolProvider: true,
        semanticTokensProvider: { legend: semanticTokens.legend, full: true },
      },
      serverInfo: { name: 'marginalia', version: '0.1.0' },
    };
  });

  connection.onInitialized(async () => {
    await loadSettings();
    workspace.markSettingsLoaded();
    workspace.refreshPlainText(); // documents opened meanwhile were judged by the default settings
    if (canRefreshLenses) connection.sendRequest(CodeLensRefreshRequest.type).catch(() => undefined);
    const { articles, files, fromCache, ms } = await workspace.startIndexing(storageDir, canShowProgress);
    connection.console.info(`Marginalia indexed ${articles} articles of ${files} files (${fromCache} from the cache) in ${ms} ms.`);
  });

  connection.onDidChangeWatchedFiles(({ changes }) => workspace.onWatchedFiles(changes));
  connection.onShutdown(() => workspace.dispose());

  connection.onDidChangeConfiguration(async () => {
    await loadSettings();
    workspace.refreshPlainText();
    if (canRefreshLenses) connection.sendRequest(CodeLensRefreshRequest.type).catch(() => undefined);
  });

  connection.onRequest(annotateRequest, ({ uri }: AnnotateParams) => workspace.optIn(uri) !== undefined);

  async function loadSettings(): Promise<void> {
    if (!canPullSettings) return;
    const pulled = (await connection.workspace.getConfiguration('marginalia').catch(() => null)) as Partial<Settings> | null;
    workspace.settings = {
      files: Array.isArray(pulled?.files) ? pulled.files.filter((f) => typeof f === 'string') : defaultSettings.files,
      claimLenses: { ...defaultSettings.claimLenses, ...(pulled?.claimLenses ?? {}) },
      txtAsArticle: typeof pulled?.txtAsArticle === 'boolean' ? pulled.txtAsArticle : defaultSettings.txtAsArticle,
    };
  }

  for (const feature of [hover, codeLens, navigation, symbols, semanticTokens, outline]) feature.activate(connection, workspace);
  documents.listen(connection);
  connection.listen();
}
