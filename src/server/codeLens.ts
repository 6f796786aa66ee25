// A code lens above each claim: its kind, who makes it and its hedges. Clicking it goes to
// the mention that introduces the source. Kinds can be turned off in the settings.
import type { CodeLens, Connection } from 'vscode-languageserver';
import { Commands } from '../shared/protocol';
import { claimLabel } from './hover';
import { clip } from './markdown';
import { introducingMention, rangeOf } from './store';
import type { Workspace } from './workspace';

export function activate(connection: Connection, workspace: Workspace): void {
  connection.onCodeLens(async ({ textDocument }): Promise<CodeLens[]> => {
    await workspace.settingsLoaded;
    const doc = workspace.article(textDocument.uri);
    if (!doc) return [];
    const shown = workspace.settings.claimLenses;
    const seen = new Set<string>();
    const summaries = workspace.store.index.get(doc.uri)?.claims ?? [];
    const alsoIn = doc.article.claims.map((claim, i): CodeLens | null => {
      const summary = summaries[i];
      const same = summary ? workspace.store.index.sameClaims(doc.uri, summary) : [];
      if (!same.length || !shown[claim.kind]) return null;
      const at = doc.document.positionAt(claim.start);
      const locations = same.map(({ uri, claim: other }) => ({ uri, range: { start: { line: other.line, character: other.character }, end: { line: other.line, character: other.character } } }));
      return {
        range: { start: at, end: at },
        command: { title: `also in ${same.length} article${same.length > 1 ? 's' : ''}`, command: Commands.showLocations, arguments: [doc.uri, at, locations] },
      };
    });
    const lenses = doc.article.claims
      .filter((claim) => shown[claim.kind])
      .map((claim): CodeLens => {
        const source = claim.source ? doc.entityById.get(claim.source) : undefined;
        const parts: string[] = [claimLabel[claim.kind]];
        if (source) parts.push(source.anonymous ? `${clip(source.name, 60)} (unnamed source)` : clip(source.name, 60));
        else parts.push(claim.sourceText ? clip(claim.sourceText, 60) : 'the writer');
        if (claim.hedges.length) parts.push(claim.hedges.map((h) => `‘${h}’`).join(', '));
        const target = source ? introducingMention(source) : claim;
        const range = rangeOf(doc, claim);
        return {
          range: { start: range.start, end: range.start },
          command: {
            title: parts.join(' · '),
            command: Commands.reveal,
            arguments: [doc.uri, rangeOf(doc, target)],
          },
        };
      })
      .filter(({ range, command }) => {
        // Two claims of the same kind and source in one paragraph would read as a stutter.
        const key = `${range.start.line}\t${command!.title}`;
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      });
    return [...lenses, ...alsoIn.filter((lens) => lens !== null)];
  });
}
