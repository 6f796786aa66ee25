// The outline (headline, byline, body, chrome, and quotes grouped by speaker) and
// workspace symbols (actors of every article, by name or other name).
import { SymbolKind, type Connection, type DocumentSymbol, type SymbolInformation } from 'vscode-languageserver';
import { jointSpeaker, spokenText, type EntityType, type Section } from '../analysis';
import { clip } from '../shared/text';
import { mentionRange, rangeOf, type ArticleDoc } from './store';
import type { Workspace } from './workspace';

const WORKSPACE_SYMBOL_LIMIT = 500;
const actorKind: Record<EntityType, SymbolKind> = {
  person: SymbolKind.Object,
  organization: SymbolKind.Class,
  place: SymbolKind.Namespace,
  other: SymbolKind.Constant,
};
const sectionLabel: Record<Section['kind'], string> = {
  headline: 'Headline',
  byline: 'Byline',
  dateline: 'Dateline',
  caption: 'Caption',
  body: 'Body',
  chrome: 'Page chrome (not annotated)',
};

export function activate(connection: Connection, workspace: Workspace): void {
  connection.onDocumentSymbol(({ textDocument }): DocumentSymbol[] => {
    const doc = workspace.article(textDocument.uri);
    return doc ? [...sectionSymbols(doc), ...quoteSymbols(doc)] : [];
  });

  connection.onWorkspaceSymbol(({ query }): SymbolInformation[] =>
    workspace.store.index.search(query, WORKSPACE_SYMBOL_LIMIT).map(({ uri, actor }) => ({
      name: actor.name,
      kind: actorKind[actor.type],
      containerName: actor.roles[0] ?? actor.type,
      location: { uri, range: mentionRange(actor, actor.intro) },
    })),
  );
}

/** Headline, byline and dateline as they are; body paragraphs and chrome as one section each. */
function sectionSymbols(doc: ArticleDoc): DocumentSymbol[] {
  const symbols: DocumentSymbol[] = [];
  let run: Section[] = [];
  const flush = () => {
    const first = run[0];
    const last = run.at(-1);
    if (first && last) {
      const range = rangeOf(doc, { start: first.start, end: last.end });
      const detail = first.kind === 'body' ? `${run.length} paragraphs` : clip(first.text, 60);
      symbols.push({ name: sectionLabel[first.kind], detail, kind: SymbolKind.Namespace, range, selectionRange: rangeOf(doc, first) });
    }
    run = [];
  };
  for (const section of doc.article.sections) {
    if (!section.text.trim()) continue;
    const grouped = section.kind === 'body' || section.kind === 'chrome';
    if (grouped && run[0]?.kind === section.kind) {
      run.push(section);
      continue;
    }
    flush();
    run = [section];
    if (!grouped) {
      const range = rangeOf(doc, section);
      const name = section.kind === 'headline' ? clip(section.text, 80) : sectionLabel[section.kind];
      const detail = section.kind === 'headline' ? 'Headline' : clip(section.text, 60);
      symbols.push({ name, detail, kind: section.kind === 'headline' ? SymbolKind.File : SymbolKind.Key, range, selectionRange: range });
      run = [];
    }
  }
  flush();
  return symbols;
}

function quoteSymbols(doc: ArticleDoc): DocumentSymbol[] {
  const bySpeaker = new Map<string, DocumentSymbol[]>();
  for (const quote of doc.article.quotes) {
    const speaker = quote.speaker ? doc.entityById.get(quote.speaker) : undefined;
    const name = speaker ? jointSpeaker(quote, (id) => doc.entityById.get(id)?.name)! + (speaker.anonymous ? ' (unnamed source)' : '') : 'Unattributed';
    const range = rangeOf(doc, quote);
    // Only a direct quote goes in quotation marks: a reported clause is not the speaker's own words.
    const said = spokenText(quote);
    const label = quote.kind === 'direct' ? `“${clip(said, 70)}”` : clip(said, 70);
    const symbol = { name: label, detail: quote.cue?.text ?? quote.kind, kind: SymbolKind.String, range, selectionRange: range };
    bySpeaker.set(name, [...(bySpeaker.get(name) ?? []), symbol]);
  }
  if (!bySpeaker.size) return [];
  const children = [...bySpeaker].map(([name, quotes]): DocumentSymbol => {
    const range = { start: quotes[0]!.range.start, end: quotes.at(-1)!.range.end };
    return { name, detail: `${quotes.length} quote${quotes.length > 1 ? 's' : ''}`, kind: SymbolKind.Object, range, selectionRange: quotes[0]!.range, children: quotes };
  });
  const range = { start: children[0]!.range.start, end: children.reduce((end, c) => (c.range.end.line > end.line ? c.range.end : end), children[0]!.range.end) };
  return [{ name: 'Quotes by speaker', kind: SymbolKind.Namespace, range, selectionRange: children[0]!.selectionRange, children }];
}
