// Catastrophic backtracking: every RegExp of the analyzer and the server, run against long
// adversarial strings. Regex literals are found by parsing the sources with TypeScript;
// regexes built at run time (`new RegExp` over lexicon patterns) are caught by wrapping the
// RegExp constructor while the modules load and one article is analysed.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '..');
const SOURCE_DIRS = ['src/analysis', 'src/server'];
const LENGTH = 50_000;
const LIMIT_MS = 200;
const GROWING_PREFIXES = Array.from({ length: 16 }, (_, i) => 8 + 4 * i);

interface Found {
  where: string;
  regex: RegExp;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => join(root, dir, f));
}

function literalRegexes(): Found[] {
  const found: Found[] = [];
  for (const file of SOURCE_DIRS.flatMap(sourceFiles)) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node) => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText(source);
        const slash = text.lastIndexOf('/');
        const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
        found.push({ where: `${file.slice(root.length + 1)}:${line + 1}`, regex: new RegExp(text.slice(1, slash), text.slice(slash + 1)) });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}

/** Regexes constructed while the analyzer and server modules load and run once. */
async function constructedRegexes(): Promise<Found[]> {
  const found: Found[] = [];
  const Original = globalThis.RegExp;
  globalThis.RegExp = new Proxy(Original, {
    construct(target, args: [string | RegExp, string?]) {
      const regex = new target(...args);
      if (!found.some((f) => f.regex.source === regex.source && f.regex.flags === regex.flags)) found.push({ where: 'new RegExp', regex });
      return regex;
    },
  });
  try {
    const { analyze } = await import('../src/analysis');
    await import('../src/server/markdown');
    await import('../src/server/summary');
    analyze(readFileSync(join(root, 'samples/summit-diplomacy.article'), 'utf8'));
  } finally {
    globalThis.RegExp = Original;
  }
  return found;
}

/** Long runs of what patterns repeat, each spoiled at the end so that a match must fail late. */
function adversarialInputs(regex: RegExp): [string, string][] {
  const runs = ['a', 'A', ' ', '\t', '1', '"', '“', '”', "'", '’', '-', '—', '.', ',', ':', '=', '(', '[', '\n', 'é', 'Ab', 'A.', 'a ', 'Aa ', '1,', '1.', 's’', 'lorem ipsum ', 'Word Word ', 'said ', '" ', '. ', '\r\n', 'by '];
  // Characters the pattern itself mentions, so every class and alternation gets a long run.
  for (const ch of new Set(regex.source.replace(/\\[pPu]\{?[\w=]*\}?|\\./g, '').split(''))) if (/[\p{L}\p{N}\p{P}\s]/u.test(ch)) runs.push(ch);
  const inputs: [string, string][] = [];
  for (const run of new Set(runs)) {
    const body = run.repeat(Math.ceil(LENGTH / run.length)).slice(0, LENGTH);
    for (const tail of ['!', 'x']) inputs.push([`${JSON.stringify(run)}×${LENGTH}+${JSON.stringify(tail)}`, body + tail]);
  }
  inputs.push(['lowercase words without a full stop', 'the quick brown fox jumps over the lazy dog '.repeat(LENGTH / 44)]);
  return inputs;
}

/** Runs the regex as the code does: every match for /g, the first otherwise. */
function exercise(regex: RegExp, input: string): void {
  const copy = new RegExp(regex.source, regex.flags);
  if (copy.global) input.match(copy);
  else copy.test(input);
}

function timeOf(regex: RegExp, input: string): number {
  const t0 = performance.now();
  exercise(regex, input);
  return performance.now() - t0;
}

describe('regular expressions of the analyzer and the server', async () => {
  const regexes = [...literalRegexes(), ...(await constructedRegexes())];

  it('finds the regexes it is meant to check', () => {
    expect(regexes.length).toBeGreaterThan(80);
    expect(regexes.some((r) => r.where === 'new RegExp')).toBe(true);
  });

  it.each(regexes.map((r) => [`${r.where} ${r.regex}`, r] as const))(`matches 50k adversarial characters in under ${LIMIT_MS} ms: %s`, (_, { regex }) => {
    const slow: string[] = [];
    for (const [label, input] of adversarialInputs(regex)) {
      if (slow.length >= 4) break; // enough to show the pattern is slow; keeps a failing run short
      // Short prefixes first, a few characters longer each time and spoiled the same way: an exponential pattern would never
      // finish on the probe below.
      const blowUp = GROWING_PREFIXES.find((n) => timeOf(regex, input.slice(0, n) + input.at(-1)) > LIMIT_MS / 8);
      if (blowUp !== undefined) {
        slow.push(`${label}: over ${LIMIT_MS / 8} ms on ${blowUp} characters`);
        continue;
      }
      // A probe on an eighth of the input next: a quadratic pattern would take minutes on the whole.
      const probe = timeOf(regex, input.slice(0, LENGTH / 8));
      if (probe > LIMIT_MS / 8 && timeOf(regex, input.slice(0, LENGTH / 8)) > LIMIT_MS / 8) {
        slow.push(`${label}: ${probe.toFixed(0)} ms on ${LENGTH / 8} characters`);
        continue;
      }
      let ms = timeOf(regex, input);
      if (ms > LIMIT_MS) ms = Math.min(ms, timeOf(regex, input)); // the better of two: the machine is shared
      if (ms > LIMIT_MS) slow.push(`${label}: ${ms.toFixed(0)} ms`);
    }
    expect(slow).toEqual([]);
  });
});
