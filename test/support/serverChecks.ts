// Requests an editor sends for an open document, each with a deadline, and checks that
// every range in the answers lies inside the document (LSP line breaks: \r\n, \r, \n).
import type { CodeLens, DocumentSymbol, Hover, Location, SemanticTokens } from 'vscode-languageserver-protocol';
import type { TestClient } from '../lsp/client';

export const REQUEST_DEADLINE_MS = 15_000;

/** A request that fails, rather than hangs the test, when the server does not answer in time. */
export async function ask<T>(client: TestClient, method: string, params: object, ms = REQUEST_DEADLINE_MS): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${method}: no answer within ${ms} ms`)), ms)));
  try {
    return await Promise.race([client.connection.sendRequest(method, params) as Promise<T>, deadline]);
  } finally {
    clearTimeout(timer);
  }
}

/** Line lengths as an LSP client counts them. */
export function lineLengths(text: string): number[] {
  return text.split(/\r\n|\r|\n/).map((line) => line.length);
}

type Pos = { line: number; character: number };
type Rng = { start: Pos; end: Pos };

export function rangeProblems(where: string, range: Rng, lines: number[]): string[] {
  const out: string[] = [];
  for (const [name, p] of [['start', range.start], ['end', range.end]] as const) {
    if (!(p.line >= 0 && p.line < lines.length && p.character >= 0 && p.character <= lines[p.line]!)) {
      out.push(`${where}: ${name} ${p.line}:${p.character} outside the document (${lines.length} lines, this one ${lines[p.line] ?? 'missing'} long)`);
    }
  }
  if (range.start.line > range.end.line || (range.start.line === range.end.line && range.start.character > range.end.character)) {
    out.push(`${where}: start after end ${JSON.stringify(range)}`);
  }
  return out;
}

/** Decodes relative semantic tokens and checks each stays on its line. */
export function semanticTokenProblems(tokens: SemanticTokens, lines: number[]): string[] {
  const out: string[] = [];
  let line = 0;
  let character = 0;
  for (let i = 0; i < tokens.data.length; i += 5) {
    const [dLine, dStart, length] = tokens.data.slice(i, i + 3) as [number, number, number];
    line += dLine;
    character = dLine ? dStart : character + dStart;
    if (!(line < lines.length && length > 0 && character + length <= lines[line]!)) {
      out.push(`token ${i / 5}: ${line}:${character} length ${length} leaves its line (${lines[line] ?? 'missing'} long)`);
      if (out.length >= 5) break;
    }
  }
  return out;
}

/** A few positions worth asking about: the start, the end, the middle and some lines between. */
export function probePositions(text: string): Pos[] {
  const lines = lineLengths(text);
  const picks = new Set([0, lines.length - 1, lines.length >> 1, lines.length >> 2]);
  return [...picks].flatMap((line) => [0, lines[line]! >> 1, lines[line]!].map((character) => ({ line, character })));
}

/**
 * Sends hover, definition, references, code lens, document symbols and semantic tokens for
 * the document, and returns every problem found (requests that fail, ranges outside the text).
 */
export async function answerProblems(client: TestClient, uri: string, text: string, positions = probePositions(text), deadlineMs = REQUEST_DEADLINE_MS): Promise<string[]> {
  const lines = lineLengths(text);
  const out: string[] = [];
  const textDocument = { uri };
  const run = async (label: string, job: () => Promise<void>) => {
    try {
      await job();
    } catch (error) {
      out.push(`${label}: ${(error as Error).message}`);
    }
  };
  for (const position of positions) {
    const at = `${position.line}:${position.character}`;
    await run(`hover ${at}`, async () => {
      const hover = await ask<Hover | null>(client, 'textDocument/hover', { textDocument, position }, deadlineMs);
      if (hover?.range) out.push(...rangeProblems(`hover ${at}`, hover.range, lines));
    });
    await run(`definition ${at}`, async () => {
      const location = await ask<Location | null>(client, 'textDocument/definition', { textDocument, position }, deadlineMs);
      if (location && location.uri === uri) out.push(...rangeProblems(`definition ${at}`, location.range, lines));
    });
    await run(`references ${at}`, async () => {
      const refs = await ask<Location[] | null>(client, 'textDocument/references', { textDocument, position, context: { includeDeclaration: true } }, deadlineMs);
      for (const ref of refs ?? []) if (ref.uri === uri) out.push(...rangeProblems(`references ${at}`, ref.range, lines));
    });
  }
  await run('codeLens', async () => {
    const lenses = await ask<CodeLens[] | null>(client, 'textDocument/codeLens', { textDocument }, deadlineMs);
    for (const lens of lenses ?? []) out.push(...rangeProblems('codeLens', lens.range, lines));
  });
  await run('documentSymbol', async () => {
    const walk = (symbols: DocumentSymbol[]) => {
      for (const s of symbols) {
        out.push(...rangeProblems(`symbol ${JSON.stringify(s.name.slice(0, 30))}`, s.range, lines));
        walk(s.children ?? []);
      }
    };
    walk((await ask<DocumentSymbol[] | null>(client, 'textDocument/documentSymbol', { textDocument }, deadlineMs)) ?? []);
  });
  await run('semanticTokens', async () => {
    const tokens = await ask<SemanticTokens | null>(client, 'textDocument/semanticTokens/full', { textDocument }, deadlineMs);
    if (tokens) out.push(...semanticTokenProblems(tokens, lines));
  });
  return out.slice(0, 20);
}

/** The marginalia/status notification for one document, waiting for it if need be. */
export async function statusFor(client: TestClient, uri: string, ms = REQUEST_DEADLINE_MS): Promise<{ state: string; reason?: string }> {
  const until = Date.now() + ms;
  for (;;) {
    const found = client.notifications.find((n) => n.method === 'marginalia/status' && (n.params as { uri: string }).uri === uri);
    if (found) return found.params as { state: string; reason?: string };
    if (Date.now() > until) throw new Error(`no marginalia/status for ${uri} within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
