// The Marginalia extension: starts the language server and owns the sidebar, commands and
// status bar. All reading happens in the server.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { defaultSettings, trustedCommands, type InitializationOptions } from '../shared/protocol';
import * as commands from './commands';
import * as sidebar from './sidebar';
import * as status from './status';
import * as textAsArticle from './textAsArticle';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const started = Date.now();
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6010'] } },
  };
  const clientOptions: LanguageClientOptions = {
    // Plain-text files are sent too; the server reads those matching marginalia.files that look like
    // prose, and the client then switches them to `article` (textAsArticle.ts): still in this selector.
    documentSelector: [{ language: 'article' }, { language: 'plaintext' }],
    synchronize: {
      configurationSection: 'marginalia',
      // Article files anywhere in the workspace, so that the index follows creates, edits, deletes and renames.
      fileEvents: [vscode.workspace.createFileSystemWatcher('**/*.article'), ...filesSetting().map((glob) => vscode.workspace.createFileSystemWatcher(glob))],
    },
    initializationOptions: { storagePath: (context.storageUri ?? context.globalStorageUri).fsPath } satisfies InitializationOptions,
    markdown: { isTrusted: { enabledCommands: [...trustedCommands] }, supportHtml: false },
    outputChannelName: 'Marginalia',
  };
  client = new LanguageClient('marginalia', 'Marginalia', serverOptions, clientOptions);
  const deps = { client };
  status.activate(context, deps);
  sidebar.activate(context, deps);
  commands.activate(context, deps);
  textAsArticle.activate(context, deps);
  await client.start();
  client.outputChannel.appendLine(`Marginalia activated in ${Date.now() - started} ms.`);
}

function filesSetting(): string[] {
  return vscode.workspace.getConfiguration('marginalia').get<string[]>('files') ?? defaultSettings.files;
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
