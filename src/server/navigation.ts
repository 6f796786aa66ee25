// Go to Definition (the mention that introduces an actor), Find All References (every
// mention under all its names, in every article) and document highlights.
import { DocumentHighlightKind, type Connection, type Location } from 'vscode-languageserver';
import { introducingMention, rangeOf } from './store';
import type { Workspace } from './workspace';

export function activate(connection: Connection, workspace: Workspace): void {
  const hitAt = (uri: string, position: { line: number; character: number }) => {
    const doc = workspace.article(uri);
    return doc && workspace.store.mentionAt(doc, doc.document.offsetAt(position));
  };

  connection.onDefinition(({ textDocument, position }): Location | null => {
    const hit = hitAt(textDocument.uri, position);
    if (!hit) return null;
    return { uri: hit.doc.uri, range: rangeOf(hit.doc, introducingMention(hit.entity)) };
  });

  connection.onReferences(({ textDocument, position, context }): Location[] => {
    const hit = hitAt(textDocument.uri, position);
    if (!hit) return [];
    const locations = workspace.store.locations(hit.doc, hit.entity);
    if (context.includeDeclaration) return locations;
    const intro = hit.entity.mentions.indexOf(introducingMention(hit.entity));
    return locations.filter((_, i) => i !== intro); // this document's mentions come first, in order
  });

  connection.onDocumentHighlight(({ textDocument, position }) => {
    const hit = hitAt(textDocument.uri, position);
    if (!hit) return [];
    const intro = introducingMention(hit.entity);
    return hit.entity.mentions.map((mention) => ({
      range: rangeOf(hit.doc, mention),
      kind: mention === intro ? DocumentHighlightKind.Write : DocumentHighlightKind.Read,
    }));
  });
}
