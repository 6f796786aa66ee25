// Plain-text files that the server reads as articles switch to the `article` language, so they
// get word wrap and the article grammar like `.article` files (setting marginalia.txtAsArticle).
// The server goes on reading them: it reads every `article` document, under the same URI.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { defaultSettings, statusNotification, type StatusParams } from '../shared/protocol';

export function activate(context: vscode.ExtensionContext, { client }: { client: LanguageClient }): void {
  const enabled = () => vscode.workspace.getConfiguration('marginalia').get<boolean>('txtAsArticle') ?? defaultSettings.txtAsArticle;
  /** Plain-text documents the server has read as articles. */
  const annotated = new Set<string>();
  /** Of those, the ones switched to `article`: switched back when the setting is turned off. */
  const switched = new Set<string>();

  const apply = async (document: vscode.TextDocument) => {
    const uri = document.uri.toString();
    if (enabled() && document.languageId === 'plaintext' && annotated.has(uri)) {
      switched.add(uri);
      await vscode.languages.setTextDocumentLanguage(document, 'article');
    } else if (!enabled() && document.languageId === 'article' && switched.delete(uri)) {
      await vscode.languages.setTextDocumentLanguage(document, 'plaintext');
    }
  };

  context.subscriptions.push(
    client.onNotification(statusNotification, async ({ uri, state }: StatusParams) => {
      const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri);
      if (document?.languageId !== 'plaintext') return;
      if (state === 'annotated') annotated.add(uri);
      else annotated.delete(uri);
      await apply(document);
    }),
    vscode.workspace.onDidChangeConfiguration(async (event) => {
      if (!event.affectsConfiguration('marginalia.txtAsArticle')) return;
      for (const document of vscode.workspace.textDocuments) await apply(document);
    }),
  );
}
