// The sidebar's requests: one article's actors, quotes and claims, with editor ranges; and
// the actors of the whole workspace, most widely reported first.
import type { Connection } from 'vscode-languageserver';
import { outlineRequest, workspaceActorsRequest, type ArticleOutline, type OutlineParams, type WorkspaceActor } from '../shared/protocol';
import { jointSpeaker, spokenText } from '../analysis';
import { introducingMention, mentionRange, rangeOf } from './store';
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
        text: spokenText(q),
        kind: q.kind,
        speaker: jointSpeaker(q, (id) => nameOf(id)?.name),
        speakerId: q.speaker,
        anonymous: nameOf(q.speaker)?.anonymous ?? false,
        cue: q.cue?.text ?? null,
        attribution: q.attribution ?? 'statement',
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

  connection.onRequest(workspaceActorsRequest, (): WorkspaceActor[] =>
    workspace.store.index.topActors(WORKSPACE_ACTORS_SHOWN).map(({ occurrences }) => {
      const byUri = new Map<string, WorkspaceActor['articles'][number]>();
      for (const { uri, actor } of occurrences) {
        const entry = byUri.get(uri);
        if (entry) entry.mentions += actor.mentions.length / 3;
        else byUri.set(uri, { uri, mentions: actor.mentions.length / 3, definition: mentionRange(actor, actor.intro) });
      }
      const named = occurrences.find((o) => o.actor.name.includes(' ')) ?? occurrences[0]!;
      const role = occurrences.find((o) => o.actor.roles.length)?.actor.roles[0] ?? null;
      return { name: named.actor.name, type: named.actor.type, role, articles: [...byUri.values()] };
    }),
  );
}

const WORKSPACE_ACTORS_SHOWN = 200;
