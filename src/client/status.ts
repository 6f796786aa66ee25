// The status bar item: what Marginalia found in the active article, or why it left the
// file alone (with a click to annotate it anyway).
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { Commands, statusNotification, type StatusParams } from '../shared/protocol';

export function activate(context: vscode.ExtensionContext, { client }: { client: LanguageClient }): void {
  const item = vscode.window.createStatusBarItem('marginalia.status', vscode.StatusBarAlignment.Right, 100);
  item.name = 'Marginalia';
  const byUri = new Map<string, StatusParams>();
  /** Each warning goes to the output channel once. */
  const warned = new Set<string>();

  const show = () => {
    const uri = vscode.window.activeTextEditor?.document.uri.toString();
    const status = uri ? byUri.get(uri) : undefined;
    if (!status) return item.hide();
    if (status.state === 'annotated') {
      const partial = status.partial ? ` (up to line ${status.partial.line + 1})` : '';
      const warned = status.partial || status.warnings;
      item.text = `$(${warned ? 'warning' : 'book'}) ${status.actors} actors · ${status.quotes} quotes · ${status.claims} claims${partial}`;
      item.tooltip = status.partial
        ? `Marginalia read this article up to line ${status.partial.line + 1}: ${status.partial.reason}. Click to open the sidebar.`
        : `Marginalia read this article in ${status.ms} ms. Click to open the sidebar.`;
      if (status.warnings) item.tooltip += `\n${status.warnings.join('\n')}`;
      item.command = 'workbench.view.extension.marginalia';
    } else {
      item.text = '$(circle-slash) Marginalia: off';
      item.tooltip = `Marginalia left this file alone: ${status.reason}. Click to annotate it anyway.`;
      item.command = Commands.annotateFile;
    }
    item.show();
  };

  context.subscriptions.push(
    item,
    client.onNotification(statusNotification, (params: StatusParams) => {
      byUri.set(params.uri, params);
      if (params.state === 'skipped') client.outputChannel.appendLine(`Not annotated: ${params.uri}: ${params.reason}.`);
      if (params.partial) client.outputChannel.appendLine(`Partly annotated: ${params.uri}: ${params.partial.reason}; read up to line ${params.partial.line + 1}.`);
      for (const warning of params.warnings ?? []) if (!warned.has(warning) && warned.add(warning)) client.outputChannel.appendLine(`Warning: ${warning}.`);
      show();
    }),
    vscode.window.onDidChangeActiveTextEditor(show),
    vscode.workspace.onDidCloseTextDocument((document) => byUri.delete(document.uri.toString())),
  );
}
