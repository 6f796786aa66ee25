// The sidebar's request: one article's actors, quotes and claims, with editor ranges.
import type { Connection } from 'vscode-languageserver';
import { outlineRequest, type ArticleOutline, type OutlineParams } from '../shared/protocol';
import { introducingMention, rangeOf } from './store';
import type { Workspace } from './workspace';

export function activate(connection: Connection, workspace: Workspace): void {
  connection.onRequest(outlineRequest, ({ uri }: OutlineParams): ArticleOutline | null => {
    const doc = workspace.article(uri);
    if (!doc) return null;
    const nameOf = (id: string | null) => (id ? doc.entityById.get(id) : undefined);
    return {
      uri,
      actors: doc.article.entities.map((e) => ({
        id: e.id,
        name: e.name,
        type: e.type,
        roles: e.roles,
        anonymous: e.anonymous,
        definition: rangeOf(doc, introducingMention(e)),
        mentions: e.mentions.map((m) => ({ range: rangeOf(doc, m), text: m.text })),
      })),
      quotes: doc.article.quotes.map((q) => ({
        range: rangeOf(doc, q),
        text: q.text,
        kind: q.kind,
        speaker: nameOf(q.speaker)?.name ?? q.speakerText,
        speakerId: q.speaker,
        anonymous: nameOf(q.speaker)?.anonymous ?? false,
        cue: q.cue?.text ?? null,
      })),
      claims: doc.article.claims.map((c) => ({
        range: rangeOf(doc, c),
        text: c.text,
        kind: c.kind,
        source: nameOf(c.source)?.name ?? c.sourceText,
        hedges: c.hedges,
      })),
    };
  });
}
