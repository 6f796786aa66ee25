// A code lens above each claim: its kind, who makes it and its hedges; clicking it goes to
// the mention that introduces the source. A claim other articles report too gets an
// "also in N articles" lens that lists them. Kinds can be turned off in the settings.
import type { CodeLens, Connection } from 'vscode-languageserver';
import type { Claim } from '../analysis';
import { Commands } from '../shared/protocol';
import { claimLabel } from './hover';
import { clip } from '../shared/text';
import { introducingMention, rangeOf, type ArticleDoc } from './store';
import type { Workspace } from './workspace';

export function activate(connection: Connection, workspace: Workspace): void {
  connection.onCodeLens(async ({ textDocument }): Promise<CodeLens[]> => {
    await workspace.settingsLoaded;
    const doc = workspace.article(textDocument.uri);
    if (!doc) return [];
    const shown = workspace.settings.claimLenses;
    const summaries = workspace.store.index.get(doc.uri)?.claims ?? [];
    const lenses: CodeLens[] = [];
    const seen = new Set<string>();
    doc.article.claims.forEach((claim, i) => {
      if (!shown[claim.kind]) return;
      const at = doc.document.positionAt(claim.start);
      const range = { start: at, end: at };
      const source = claim.source ? doc.entityById.get(claim.source) : undefined;
      const title = lensTitle(claim, doc);
      // Two claims of the same kind and source in one paragraph would read as a stutter.
      const key = `${at.line}\t${title}`;
      if (!seen.has(key)) {
        seen.add(key);
        const target = rangeOf(doc, source ? introducingMention(source) : claim);
        lenses.push({ range, command: { title, command: Commands.reveal, arguments: [doc.uri, target] } });
      }
      const same = summaries[i] ? workspace.store.index.sameClaims(doc.uri, summaries[i]) : [];
      if (!same.length) return;
      const locations = same.map(({ uri, claim: other }) => {
        const start = { line: other.line, character: other.character };
        return { uri, range: { start, end: start } };
      });
      const also = `also in ${same.length} article${same.length > 1 ? 's' : ''}`;
      lenses.push({ range, command: { title: also, command: Commands.showLocations, arguments: [doc.uri, at, locations] } });
    });
    return lenses;
  });
}

/** "Statistic · U.S. National Security Council · ‘claimed’" */
function lensTitle(claim: Claim, doc: ArticleDoc): string {
  const source = claim.source ? doc.entityById.get(claim.source) : undefined;
  const parts: string[] = [claimLabel[claim.kind]];
  if (source) parts.push(source.anonymous ? `${clip(source.name, 60)} (unnamed source)` : clip(source.name, 60));
  else parts.push(claim.sourceText ? clip(claim.sourceText, 60) : 'the writer');
  if (claim.hedges.length) parts.push(claim.hedges.map((h) => `‘${h}’`).join(', '));
  return parts.join(' · ');
}
