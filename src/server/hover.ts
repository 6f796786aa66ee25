// Hover: who an actor is (type, roles, other names, counts, what it said); who says a
// quote and with what cue; what kind of claim a sentence makes and how it is hedged.
import type { Connection, Hover } from 'vscode-languageserver';
import { jointSpeaker, spokenText, type Claim, type Entity, type Mention, type Quote } from '../analysis';
import { Commands } from '../shared/protocol';
import { clip } from '../shared/text';
import { commandLink, escapeMarkdown as md } from './markdown';
import { rangeOf, type ArticleDoc, type MentionHit } from './store';
import type { Workspace } from './workspace';

const QUOTES_SHOWN = 3;
const typeLabel = { person: 'person', organization: 'organization', place: 'place', other: 'other' } as const;
export const claimLabel = { statistic: 'Statistic', allegation: 'Allegation', attributed: 'Attributed statement', fact: 'Reported fact' } as const;

export function activate(connection: Connection, workspace: Workspace): void {
  connection.onHover(({ textDocument, position }): Hover | null => {
    const doc = workspace.article(textDocument.uri);
    if (!doc) return null;
    const offset = doc.document.offsetAt(position);
    const hit = workspace.store.mentionAt(doc, offset);
    if (hit) return { contents: { kind: 'markdown', value: entityHover(workspace, hit) }, range: rangeOf(doc, hit.mention) };
    const inside = (s: { start: number; end: number }) => s.start <= offset && offset < s.end;
    const quote = doc.article.quotes.find(inside);
    const claim = doc.article.claims.find(inside);
    const parts = [quote && quoteHover(doc, quote), claim && claimHover(doc, claim)].filter(Boolean);
    if (!parts.length) return null;
    return { contents: { kind: 'markdown', value: parts.join('\n\n---\n\n') }, range: rangeOf(doc, (quote ?? claim)!) };
  });
}

function entityHover(workspace: Workspace, { doc, entity, mention }: MentionHit): string {
  const lines = [`**${md(entity.name)}** · ${typeLabel[entity.type]}`];
  if (entity.anonymous) lines.push('⚠ Unnamed source: the article does not say who this is.');
  if (entity.roles.length) lines.push(`Role: ${entity.roles.map(md).join('; ')}`);
  const plain = entity.aliases.filter((a) => !entity.metonyms.includes(a));
  if (plain.length) lines.push(`Also named: ${plain.map(md).join(', ')}`);
  for (const metonym of entity.metonyms) lines.push(`*${md(metonym)}*: stands for ${md(entity.name)} here`);
  if (mention.form === 'metonym') lines.push(`Here “${md(mention.text)}” stands for ${md(entity.name)}.`);
  lines.push(mentionCounts(workspace, entity));
  const said = doc.article.quotes.filter((q) => q.speaker === entity.id || q.coSpeakers.includes(entity.id));
  if (said.length) {
    lines.push(`Said (${said.length}):`);
    for (const q of said.slice(0, QUOTES_SHOWN)) lines.push(`- ${quoteLine(q)}${withOthers(doc, q, entity)}`);
    if (said.length > QUOTES_SHOWN) lines.push(`- and ${said.length - QUOTES_SHOWN} more`);
  }
  const at = doc.document.positionAt(mention.start);
  lines.push(`${commandLink('Show all references', Commands.showReferences, [doc.uri, at])} · _${md(foundBy(mention))}_`);
  return lines.join('\n\n');
}

/** Why the name was found: "found by model, 0.93", or the rule, with the model's confidence when it agreed. */
function foundBy(mention: Mention): string {
  const confidence = mention.confidence === undefined ? '' : `, ${mention.confidence.toFixed(2)}`;
  if (mention.rule === 'ner.model') return `found by model${confidence}`;
  return confidence ? `found by ${mention.rule}; model${confidence}` : `found by ${mention.rule}`;
}

function mentionCounts(workspace: Workspace, entity: Entity): string {
  const here = `Mentioned ${entity.mentions.length}× in this article`;
  const { mentions, articles } = workspace.store.reach(entity);
  // While the workspace is first indexed, "in no other article" may not be true yet.
  if (articles <= 1) return workspace.indexing ? `${here}; other articles are still being indexed.` : `${here}; in no other article.`;
  return `${here}; ${mentions}× in ${articles} articles of the workspace${workspace.indexing ? ' so far (indexing)' : ''}.`;
}

/** Only a direct quote goes in quotation marks: a reported statement is not the speaker's own words. */
function quoteLine(q: Quote): string {
  const cue = q.cue ? ` (${md(q.cue.text)})` : '';
  const text = md(clip(spokenText(q), 100));
  return q.kind === 'direct' ? `“${text}”${cue}` : `reported: ${text}${cue}`;
}

/** " · with Tom Becker": who else says a quote said together ("Lopez and Becker said"). */
function withOthers(doc: ArticleDoc, q: Quote, entity: Entity): string {
  const others = [q.speaker, ...q.coSpeakers].filter((id) => id !== entity.id).flatMap((id) => speakerOf(doc, id)?.name ?? []);
  return others.length ? ` · with ${others.map(md).join(', ')}` : '';
}

function speakerOf(doc: ArticleDoc, id: string | null): Entity | undefined {
  return id ? doc.entityById.get(id) : undefined;
}

function quoteHover(doc: ArticleDoc, quote: Quote): string {
  const speaker = speakerOf(doc, quote.speaker);
  const kind = { direct: 'Direct quote', partial: 'Partial quote', indirect: 'Reported speech' }[quote.kind];
  const bold = (id: string) => {
    const name = speakerOf(doc, id)?.name;
    return name === undefined ? undefined : `**${md(name)}**`;
  };
  const who = speaker ? jointSpeaker(quote, bold)! : quote.speakerText ? md(quote.speakerText) : 'an unidentified speaker';
  const lines = [`${kind} · ${who}`];
  if (speaker?.anonymous) lines.push('⚠ Unnamed source');
  if (quote.cue) lines.push(`Cue: *${md(quote.cue.text)}*`);
  if (quote.source && speaker && !quote.coSpeakers.length && quote.source.text !== speaker.name) lines.push(`Named here as “${md(quote.source.text)}”`);
  lines.push(`_found by ${md(quote.rule)}_`);
  return lines.join('\n\n');
}

function claimHover(doc: ArticleDoc, claim: Claim): string {
  const source = speakerOf(doc, claim.source);
  const who = source ? md(source.name) : claim.sourceText ? md(claim.sourceText) : 'the writer';
  const lines = [`**${claimLabel[claim.kind]}** · source: ${who}`];
  if (source?.anonymous) lines.push('⚠ Unnamed source');
  lines.push(claim.hedges.length ? `Hedged: ${claim.hedges.map((h) => `“${md(h)}”`).join(', ')}` : 'Not hedged');
  lines.push(`_found by ${md(claim.rule)}_`);
  return lines.join('\n\n');
}
