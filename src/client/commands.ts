// Commands: reveal a range (used by code lenses, hovers and the sidebar), show an actor's
// references, and opt a plain-text file in.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { annotateRequest, Commands, type Position, type Range } from '../shared/protocol';

export function activate(context: vscode.ExtensionContext, { client }: { client: LanguageClient }): void {
  const toRange = (r: Range) => new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
  context.subscriptions.push(
    vscode.commands.registerCommand(Commands.reveal, async (uri: string, range: Range) => {
      const editor = await vscode.window.showTextDocument(vscode.Uri.parse(uri), { preserveFocus: false });
      const target = toRange(range);
      editor.selection = new vscode.Selection(target.start, target.end);
      editor.revealRange(target, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    }),
    vscode.commands.registerCommand(Commands.showReferences, async (uri: string, at: Position) => {
      const documentUri = vscode.Uri.parse(uri);
      const position = new vscode.Position(at.line, at.character);
      const locations = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', documentUri, position);
      await vscode.commands.executeCommand('editor.action.showReferences', documentUri, position, locations ?? []);
    }),
    vscode.commands.registerCommand(Commands.showLocations, async (uri: string, at: Position, locations: { uri: string; range: Range }[]) => {
      const targets = locations.map((l) => new vscode.Location(vscode.Uri.parse(l.uri), toRange(l.range)));
      await vscode.commands.executeCommand('editor.action.showReferences', vscode.Uri.parse(uri), new vscode.Position(at.line, at.character), targets);
    }),
    vscode.commands.registerCommand(Commands.annotateFile, async () => {
      const document = vscode.window.activeTextEditor?.document;
      if (!document) {
        void vscode.window.showInformationMessage('Marginalia: open a text file to annotate it.');
        return;
      }
      if (document.languageId !== 'plaintext' && document.languageId !== 'article') {
        await vscode.languages.setTextDocumentLanguage(document, 'plaintext');
      }
      const annotated = await client.sendRequest<boolean>(annotateRequest, { uri: document.uri.toString() });
      if (!annotated) void vscode.window.showWarningMessage('Marginalia could not read this file as an article.');
    }),
  );
}
