import { describe, expect, it } from 'vitest';
import { ArticleStore, introducingMention } from '../src/server/store';

describe('the mention under the cursor', () => {
  const text = 'Researchers at the University of Texas studied the storm. Texas officials said the damage was severe.';
  const store = new ArticleStore();
  const doc = store.set('file:///storm.article', text);
  const nameAt = (offset: number) => store.mentionAt(doc, offset)?.entity.name;

  it('is the innermost of nested names', () => {
    expect(nameAt(text.indexOf('Texas') + 2)).toBe('Texas');
    expect(nameAt(text.indexOf('University') + 2)).toBe('University of Texas');
    expect(nameAt(text.indexOf(' of Texas'))).toBe('University of Texas');
  });

  it('leaves the introduction of a place to a name of its own, not one inside another name', () => {
    const texas = doc.article.entities.find((e) => e.name === 'Texas')!;
    expect(texas.mentions[0]!.nested).toBe(true);
    expect(introducingMention(texas).start).toBe(text.indexOf('Texas officials'));
  });

  it('is found on either side of nested names, and nothing is found between names', () => {
    expect(nameAt(text.indexOf('Texas officials'))).toBe('Texas');
    expect(nameAt(text.indexOf('storm'))).toBeUndefined();
    expect(nameAt(0)).toBeUndefined();
    expect(nameAt(text.length)).toBeUndefined();
  });
});
