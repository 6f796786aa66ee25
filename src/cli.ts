#!/usr/bin/env node
// marginalia annotate FILE|DIR|-... [--format text|json|jsonl|quotes-csv|claims-csv]: the Article
// model without an editor. jsonl streams one line per article, so the CLI can be the map step
// of a cluster job (Spark's RDD.pipe, for one); the CSV formats are for spreadsheets.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, decodeText, jointSpeaker, spokenText, type Article, type Entity } from './analysis';
import { clip } from './shared/text';

const USAGE = 'usage: marginalia annotate FILE|DIR|-... [--format text|json|jsonl|quotes-csv|claims-csv]';
/** Quote and claim text in the report is cut to one line of this many characters. */
const CLIP = 110;
const FORMATS = new Set(['text', 'json', 'jsonl', 'quotes-csv', 'claims-csv']);
/** Files a directory argument stands for. */
const ARTICLE_FILE = /\.(article|txt)$/i;

export function toJson(article: Article): object {
  return {
    entities: article.entities,
    quotes: article.quotes,
    claims: article.claims,
    sections: article.sections,
    chromeStart: article.chromeStart,
    wordCount: article.wordCount,
    partial: article.partial,
    warnings: article.warnings,
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
    const key = q.speaker ? jointSpeaker(q, (id) => byId.get(id)?.name)! : nameOf(q.speaker);
    bySpeaker.set(key, [...(bySpeaker.get(key) ?? []), q]);
  }
  for (const [speaker, quotes] of bySpeaker) {
    const anonymous = quotes[0]?.speaker && byId.get(quotes[0].speaker)?.anonymous ? ' (unnamed source)' : '';
    lines.push(`  ${speaker}${anonymous}:`);
    for (const q of quotes) lines.push(`    [${q.kind}${q.cue ? `, "${q.cue.text}"` : ''}] ${clip(spokenText(q), CLIP)}`);
  }
  lines.push('', `Claims (${article.claims.length})`);
  for (const c of article.claims) {
    const hedges = c.hedges.length ? ` · hedged: ${c.hedges.map((h) => `"${h}"`).join(', ')}` : '';
    lines.push(`  [${c.kind} · ${c.source ? nameOf(c.source) : 'writer'}${hedges}] ${clip(c.text, CLIP)}`);
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

function main(argv: string[]): number {
  const [command, ...rest] = argv;
  if (command !== 'annotate') {
    console.error(USAGE);
    return 2;
  }
  let format = 'text';
  const args: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (arg === '--format') format = rest[++i] ?? '';
    else if (arg.startsWith('--format=')) format = arg.slice('--format='.length);
    else args.push(arg);
  }
  if (!args.length || !FORMATS.has(format)) {
    console.error(USAGE);
    return 2;
  }
  const files = args.flatMap(expand);
  const results: { file: string; article: Article }[] = [];
  let failed = false;
  if (format === 'quotes-csv') process.stdout.write(csvRow(['file', 'start', 'end', 'kind', 'speaker', 'unnamed_source', 'cue', 'text', 'co_speakers']));
  if (format === 'claims-csv') process.stdout.write(csvRow(['file', 'start', 'end', 'kind', 'source', 'hedges', 'text']));
  const warned = new Set<string>();
  for (const file of files) {
    let article: Article;
    try {
      article = analyze(decodeText(readFileSync(file)));
      for (const warning of article.warnings) if (!warned.has(warning) && warned.add(warning)) console.error(`marginalia: warning: ${warning}`);
    } catch (err) {
      failed = true;
      console.error(`marginalia: ${file}: ${err instanceof Error ? err.message : String(err)}`);
      continue;
    }
    // Streaming formats write each article as it is read, so memory stays flat on any corpus.
    if (format === 'jsonl') process.stdout.write(`${JSON.stringify({ file, ...toJson(article) })}\n`);
    else if (format === 'quotes-csv') process.stdout.write(quoteRows(file, article));
    else if (format === 'claims-csv') process.stdout.write(claimRows(file, article));
    else results.push({ file, article });
  }
  if (format === 'jsonl' || format.endsWith('-csv')) return failed ? 1 : 0;
  if (format === 'json') {
    const out = results.length === 1 && files.length === 1 ? toJson(results[0]!.article) : results.map((r) => ({ file: r.file, ...toJson(r.article) }));
    process.stdout.write(`${JSON.stringify(out)}\n`);
  } else {
    process.stdout.write(`${results.map((r) => toText(r.article, r.file)).join('\n\n')}\n`);
  }
  return failed ? 1 : 0;
}

/** A directory stands for its article files (.article, .txt), recursively and in name order; `-` for paths on stdin. */
function expand(arg: string): string[] {
  if (arg === '-') return readFileSync(0, 'utf8').split(/\r?\n/).filter((line) => line.trim()).flatMap(expand);
  let isDirectory = false;
  try {
    isDirectory = statSync(arg).isDirectory();
  } catch {
    return [arg]; // reported when it is read
  }
  if (!isDirectory) return [arg];
  return readdirSync(arg, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      const path = join(arg, entry.name);
      if (entry.isDirectory()) return entry.name.startsWith('.') || entry.name === 'node_modules' ? [] : expand(path);
      return ARTICLE_FILE.test(entry.name) ? [path] : [];
    });
}

function quoteRows(file: string, article: Article): string {
  const byId = new Map(article.entities.map((e) => [e.id, e]));
  return article.quotes
    .map((q) => {
      const speaker = q.speaker ? byId.get(q.speaker) : undefined;
      const coSpeakers = q.coSpeakers.map((id) => byId.get(id)?.name ?? '').join('; ');
      return csvRow([file, q.start, q.end, q.kind, speaker?.name ?? q.speakerText ?? '', speaker?.anonymous ? 'yes' : 'no', q.cue?.text ?? '', q.text, coSpeakers]);
    })
    .join('');
}

function claimRows(file: string, article: Article): string {
  const byId = new Map(article.entities.map((e) => [e.id, e]));
  return article.claims
    .map((c) => csvRow([file, c.start, c.end, c.kind, (c.source ? byId.get(c.source)?.name : c.sourceText) ?? '', c.hedges.join('; '), c.text]))
    .join('');
}

/** RFC 4180 quoting; a cell that a spreadsheet would run as a formula is prefixed with an apostrophe. */
export function csvRow(cells: (string | number)[]): string {
  return `${cells
    .map((cell) => {
      let text = String(cell);
      if (typeof cell === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
      return /[",\r\n']/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
    })
    .join(',')}\r\n`;
}

if (require.main === module) {
  // `marginalia annotate --format jsonl DIR | head`: a closed pipe ends the run quietly.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => process.exit(error.code === 'EPIPE' ? 0 : 1));
  process.exitCode = main(process.argv.slice(2));
}
