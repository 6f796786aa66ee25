// Semantic tokens for actors and quotes. The token types are declared in package.json with
// standard super-types and TextMate scopes, so every theme colours them.
import { SemanticTokensBuilder, type Connection, type SemanticTokensLegend } from 'vscode-languageserver';
import { introducingMention, type ArticleDoc } from './store';
import type { Workspace } from './workspace';

export const legend: SemanticTokensLegend = {
  tokenTypes: ['person', 'organization', 'place', 'quote'],
  tokenModifiers: ['declaration', 'anonymous'],
};
const typeIndex = { person: 0, organization: 1, place: 2, quote: 3 } as const;
const DECLARATION = 1;
const ANONYMOUS = 2;

interface Token {
  start: number;
  end: number;
  type: number;
  modifiers: number;
}

export function activate(connection: Connection, workspace: Workspace): void {
  connection.languages.semanticTokens.on(({ textDocument }) => {
    const doc = workspace.article(textDocument.uri);
    const builder = new SemanticTokensBuilder();
    if (doc) for (const token of splitLines(doc, tokensOf(doc))) push(builder, doc, token);
    return builder.build();
  });
}

/** Mentions, and the quoted words around them: tokens may not overlap. */
function tokensOf(doc: ArticleDoc): Token[] {
  const mentions: Token[] = [];
  for (const { mention, entity } of doc.mentions) {
    if (entity.type === 'other' && !entity.anonymous) continue;
    const type = entity.type === 'other' ? typeIndex.person : typeIndex[entity.type];
    const modifiers = (mention === introducingMention(entity) ? DECLARATION : 0) | (entity.anonymous ? ANONYMOUS : 0);
    mentions.push({ start: mention.start, end: mention.end, type, modifiers });
  }
  const tokens: Token[] = [];
  let m = 0;
  let covered = 0;
  for (const quote of doc.article.quotes) {
    if (quote.kind === 'indirect') continue;
    for (const piece of quote.fragments.length ? quote.fragments : [quote]) {
      let from = Math.max(piece.start, covered);
      while (m < mentions.length && mentions[m]!.start < piece.end) {
        const mention = mentions[m++]!;
        if (mention.start < covered) continue;
        tokens.push(mention);
        covered = mention.end;
        if (mention.start > from) tokens.push({ start: from, end: mention.start, type: typeIndex.quote, modifiers: 0 });
        from = Math.max(from, mention.end);
      }
      if (from < piece.end) tokens.push({ start: from, end: piece.end, type: typeIndex.quote, modifiers: 0 });
      covered = Math.max(covered, piece.end);
    }
  }
  while (m < mentions.length) {
    const mention = mentions[m++]!;
    if (mention.start >= covered) tokens.push(mention);
  }
  return tokens.sort((a, b) => a.start - b.start);
}

/** Tokens may not span lines: a quote over several lines becomes one token per line. */
function* splitLines(doc: ArticleDoc, tokens: Token[]): Generator<Token> {
  const text = doc.document.getText();
  for (const token of tokens) {
    // Most tokens sit on one line; asking the line index keeps a huge single line linear.
    if (doc.document.positionAt(token.start).line === doc.document.positionAt(token.end).line) {
      yield token;
      continue;
    }
    let start = token.start;
    for (let nl = text.indexOf('\n', start); nl !== -1 && nl < token.end; nl = text.indexOf('\n', start)) {
      if (nl > start) yield { ...token, start, end: nl };
      start = nl + 1;
    }
    if (token.end > start) yield { ...token, start };
  }
}

function push(builder: SemanticTokensBuilder, doc: ArticleDoc, token: Token): void {
  const at = doc.document.positionAt(token.start);
  builder.push(at.line, at.character, token.end - token.start, token.type, token.modifiers);
}
