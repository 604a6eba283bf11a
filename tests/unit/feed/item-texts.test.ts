import { describe, expect, it } from 'vitest';
import { itemPlaceholderProblems, itemTexts } from '../../../shared/feed/item-texts';

describe('itemTexts', () => {
  it('lists the text, each variant, then every phrasing and its variants, with their paths', () => {
    const texts = itemTexts({
      text: 'own',
      variants: { x: 'own x' },
      phrasings: [{ text: 'second', variants: { linkedin: 'second li' } }, { text: 'third' }],
    });
    expect(texts).toEqual([
      { path: ['text'], text: 'own' },
      { path: ['variants', 'x'], text: 'own x' },
      { path: ['phrasings', 0, 'text'], text: 'second' },
      { path: ['phrasings', 0, 'variants', 'linkedin'], text: 'second li' },
      { path: ['phrasings', 1, 'text'], text: 'third' },
    ]);
  });
});

describe('itemPlaceholderProblems', () => {
  it('finds a bad placeholder in a phrasing’s variant and names where it is', () => {
    const problems = itemPlaceholderProblems({
      text: 'Hi, {firstName}',
      phrasings: [{ text: 'fine', variants: { x: 'I am {name}' } }],
    });
    expect(problems.map(({ path }) => path)).toEqual([['phrasings', 0, 'variants', 'x']]);
    expect(problems[0]?.message).toMatch(/name/);
  });
});
