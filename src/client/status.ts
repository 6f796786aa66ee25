// The status bar item: what Marginalia found in the active article, or why it left the
// file alone (with a click to annotate it anyway).
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { Commands, statusNotification, type StatusParams } from '../shared/protocol';

export function activate(context: vscode.ExtensionContext, { client }: { client: LanguageClient }): void {
  const item = vscode.window.createStatusBarItem('marginalia.status', vscode.StatusBarAlignment.Right, 100);
  item.name = 'Marginalia';
  const byUri = new Map<string, StatusParams>();

  const show = () => {
    const uri = vscode.window.activeTextEditor?.document.uri.toString();
    const status = uri ? byUri.get(uri) : undefined;
    if (!status) return item.hide();
    if (status.state === 'annotated') {
      item.text = `$(book) ${status.actors} actors · ${status.quotes} quotes · ${status.claims} claims`;
      item.tooltip = `Marginalia read this article in ${status.ms} ms. Click to open the sidebar.`;
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
      show();
    }),
    vscode.window.onDidChangeActiveTextEditor(show),
    vscode.workspace.onDidCloseTextDocument((document) => byUri.delete(document.uri.toString())),
  );
}
