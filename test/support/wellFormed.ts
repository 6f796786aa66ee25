// What every analysis must satisfy whatever its input: spans inside the text and equal to
// its slice, references to existing entities. Shared by the property and bad-input tests.
import type { Article } from '../../src/analysis';

/** Every problem with the article's spans and references, as readable strings (empty when all is well). */
export function problems(input: string, article: Article): string[] {
  const out: string[] = [];
  const span = (where: string, s: { start: number; end: number; text: string } | null | undefined) => {
    if (s == null) return;
    const { start, end, text } = s;
    if (!Number.isInteger(start) || !Number.isInteger(end)) out.push(`${where}: non-integer offsets ${start}..${end}`);
    else if (!(start >= 0 && start <= end && end <= input.length)) out.push(`${where}: offsets ${start}..${end} break 0 <= start <= end <= ${input.length}`);
    else if (text !== input.slice(start, end)) out.push(`${where}: text ${JSON.stringify(text)} !== input.slice(${start}, ${end}) ${JSON.stringify(input.slice(start, end))}`);
  };

  const ids = new Set<string>();
  article.entities.forEach((e, i) => {
    if (ids.has(e.id)) out.push(`entities[${i}]: duplicate id ${JSON.stringify(e.id)}`);
    ids.add(e.id);
    e.mentions.forEach((m, j) => span(`entities[${i}] (${e.id}).mentions[${j}]`, m));
  });
  article.quotes.forEach((q, i) => {
    span(`quotes[${i}]`, q);
    span(`quotes[${i}].source`, q.source);
    span(`quotes[${i}].cue`, q.cue);
    q.fragments.forEach((f, j) => span(`quotes[${i}].fragments[${j}]`, f));
    if (q.speaker !== null && !ids.has(q.speaker)) out.push(`quotes[${i}].speaker ${JSON.stringify(q.speaker)} is not an entity id`);
  });
  article.claims.forEach((c, i) => {
    span(`claims[${i}]`, c);
    if (c.source !== null && !ids.has(c.source)) out.push(`claims[${i}].source ${JSON.stringify(c.source)} is not an entity id`);
  });
  article.sections.forEach((s, i) => span(`sections[${i}]`, s));
  const { chromeStart, wordCount } = article;
  if (chromeStart !== null && !(Number.isInteger(chromeStart) && chromeStart >= 0 && chromeStart <= input.length)) {
    out.push(`chromeStart ${chromeStart} outside 0..${input.length}`);
  }
  if (!(Number.isInteger(wordCount) && wordCount >= 0)) out.push(`wordCount ${wordCount} is not a count`);
  return out;
}
