#!/usr/bin/env node
// marginalia annotate FILE... [--format json|text]: the Article model without an editor.
import { readFileSync } from 'node:fs';
import { analyze, type Article, type Entity } from './analysis';

const USAGE = 'usage: marginalia annotate FILE... [--format json|text]';

export function toJson(article: Article): object {
  return {
    entities: article.entities,
    quotes: article.quotes,
    claims: article.claims,
    sections: article.sections,
    chromeStart: article.chromeStart,
    wordCount: article.wordCount,
  };
}

export function toText(article: Article, file: string): string {
  const byId = new Map(article.entities.map((e) => [e.id, e]));
  const nameOf = (id: string | null) => (id ? byId.get(id)?.name ?? id : 'unattributed');
  const lines: string[] = [`# ${file}`, ''];
  const headline = article.sections.find((s) => s.kind === 'headline');
  if (headline) lines.push(`Headline: ${headline.text}`, '');
  const actors = article.entities.filter((e) => e.type !== 'other').sort((a, b) => b.mentions.length - a.mentions.length);
  lines.push(`Actors (${actors.length})`);
  for (const type of ['person', 'organization', 'place'] as const) {
    const group = actors.filter((e) => e.type === type);
    if (!group.length) continue;
    lines.push(`  ${type}s:`);
    for (const e of group) lines.push(`    ${describe(e)}`);
  }
  lines.push('', `Quotes (${article.quotes.length}), by speaker`);
  const bySpeaker = new Map<string, typeof article.quotes>();
  for (const q of article.quotes) {
    const key = nameOf(q.speaker);
    bySpeaker.set(key, [...(bySpeaker.get(key) ?? []), q]);
  }
  for (const [speaker, quotes] of bySpeaker) {
    const anonymous = quotes[0]?.speaker && byId.get(quotes[0].speaker)?.anonymous ? ' (unnamed source)' : '';
    lines.push(`  ${speaker}${anonymous}:`);
    for (const q of quotes) lines.push(`    [${q.kind}${q.cue ? `, "${q.cue.text}"` : ''}] ${clip(q.text)}`);
  }
  lines.push('', `Claims (${article.claims.length})`);
  for (const c of article.claims) {
    const hedges = c.hedges.length ? ` · hedged: ${c.hedges.map((h) => `"${h}"`).join(', ')}` : '';
    lines.push(`  [${c.kind} · ${c.source ? nameOf(c.source) : 'writer'}${hedges}] ${clip(c.text)}`);
  }
  if (article.chromeStart != null) lines.push('', `Page chrome from offset ${article.chromeStart} (not annotated).`);
  return lines.join('\n');
}

function describe(e: Entity): string {
  const parts = [`${e.name} (${e.mentions.length}×)`];
  if (e.anonymous) parts.push('unnamed source');
  if (e.roles.length) parts.push(`roles: ${e.roles.join('; ')}`);
  const aliases = e.aliases.map((a) => (e.metonyms.includes(a) ? `${a} [stands for ${e.name}]` : a));
  if (aliases.length) parts.push(`also: ${aliases.join(', ')}`);
  return parts.join(' — ');
}

function clip(s: string, max = 110): string {
  const flat = s.replace(/\s+/g, ' ');
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

function main(argv: string[]): number {
  const [command, ...rest] = argv;
  if (command !== 'annotate') {
    console.error(USAGE);
    return 2;
  }
  let format = 'text';
  const files: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (arg === '--format') format = rest[++i] ?? '';
    else if (arg.startsWith('--format=')) format = arg.slice('--format='.length);
    else files.push(arg);
  }
  if (!files.length || (format !== 'json' && format !== 'text')) {
    console.error(USAGE);
    return 2;
  }
  const results: { file: string; article: Article }[] = [];
  let failed = false;
  for (const file of files) {
    try {
      results.push({ file, article: analyze(readFileSync(file, 'utf8')) });
    } catch (err) {
      failed = true;
      console.error(`marginalia: ${file}: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
  if (format === 'json') {
    const out = results.length === 1 && files.length === 1 ? toJson(results[0]!.article) : results.map((r) => ({ file: r.file, ...toJson(r.article) }));
    process.stdout.write(`${JSON.stringify(out)}\n`);
  } else {
    process.stdout.write(`${results.map((r) => toText(r.article, r.file)).join('\n\n')}\n`);
  }
  return failed ? 1 : 0;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
