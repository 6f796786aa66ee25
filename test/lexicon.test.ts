// Assumptions the analysis code makes about its word lists.
import { describe, expect, it } from 'vitest';
import chrome from '../src/analysis/lexicon/chrome.json';
import { makeToken, WordSet } from '../src/analysis/structure';

/** Does the pattern have a `|` outside any group or class? Then `^` would not anchor all of it. */
function hasTopLevelAlternation(source: string): boolean {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') i++;
    else if (inClass) inClass = ch !== ']';
    else if (ch === '[') inClass = true;
    else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === '|' && depth === 0) return true;
  }
  return false;
}

describe('chrome patterns', () => {
  // layout.ts joins them into one regex anchored at the line's start.
  it('are anchored at the start of the line', () => {
    for (const pattern of [...chrome.linePatterns, ...chrome.endMarkers]) {
      expect(pattern.startsWith('^'), pattern).toBe(true);
      expect(hasTopLevelAlternation(pattern), pattern).toBe(false);
    }
  });
});

describe('word lists asked about tokens', () => {
  it('answer as their words do, for each form of a word, and stay fixed once asked', () => {
    const list = new WordSet(['said', "Putin's", 'Putin']);
    const tokens = ['Said', 'said', "Putin's", 'Putin’s', 'SAID'].map((text) => makeToken('word', text, 0, true, 0));
    for (let round = 0; round < 2; round++) {
      expect(tokens.map((t) => list.hasLower(t))).toEqual(tokens.map((t) => list.has(t.lower)));
      expect(tokens.map((t) => list.hasNorm(t))).toEqual(tokens.map((t) => list.has(t.norm)));
      expect(tokens.map((t) => list.hasText(t))).toEqual(tokens.map((t) => list.has(t.text)));
    }
    expect(list.hasLower(undefined)).toBe(false);
    expect(() => list.add('told')).toThrow(/fixed/);
  });
});
