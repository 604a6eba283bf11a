import { describe, expect, it } from 'vitest';
import { phrasingCount, phrasingsOf, phrasingText } from '../../../shared/feed/phrasings';
import { itemSchema } from '../../../shared/feed/schema';

const base = { id: 'a', type: 'talking-point', title: 'A', text: 'Own text.', variants: { x: 'Own on X.' } } as const;
const withPhrasings = {
  ...base,
  phrasings: [{ text: 'Second.', variants: { linkedin: 'Second on LinkedIn.' } }, { text: 'Third.' }],
};

describe('phrasingsOf', () => {
  it("lists the item's own text and variants first, then its phrasings in order", () => {
    expect(phrasingsOf(withPhrasings)).toEqual([
      { text: 'Own text.', variants: { x: 'Own on X.' } },
      { text: 'Second.', variants: { linkedin: 'Second on LinkedIn.' } },
      { text: 'Third.' },
    ]);
    expect(phrasingCount(withPhrasings)).toBe(3);
  });

  it('has the one wording of an item without phrasings', () => {
    expect(phrasingsOf({ text: 'Only.' })).toEqual([{ text: 'Only.' }]);
    expect(phrasingCount({})).toBe(1);
  });
});

describe('phrasingText', () => {
  it("takes the chosen wording's variant for the site, else that wording's text", () => {
    expect(phrasingText(withPhrasings, 'x', 0)).toBe('Own on X.');
    expect(phrasingText(withPhrasings, 'linkedin', 0)).toBe('Own text.');
    expect(phrasingText(withPhrasings, 'linkedin', 1)).toBe('Second on LinkedIn.');
    // Not the item's own X variant: a phrasing without one is its own text on every network.
    expect(phrasingText(withPhrasings, 'x', 1)).toBe('Second.');
    expect(phrasingText(withPhrasings, 'x', 2)).toBe('Third.');
  });

  it('reads a wording the item no longer has as its own', () => {
    expect(phrasingText(withPhrasings, 'x', 3)).toBe('Own on X.');
    expect(phrasingText(base, 'linkedin', 1)).toBe('Own text.');
  });
});

describe('the phrasings field', () => {
  it('takes up to ten wordings with the same rules as the text and variants', () => {
    const ten = Array.from({ length: 10 }, (_, i) => ({ text: `Wording ${i}.` }));
    expect(itemSchema.safeParse({ ...base, phrasings: ten }).success).toBe(true);
    expect(itemSchema.safeParse({ ...base, phrasings: [...ten, { text: 'One more.' }] }).success).toBe(false);
    expect(itemSchema.safeParse({ ...base, phrasings: [{ text: '  ' }] }).success).toBe(false);
    expect(
      itemSchema.safeParse({ ...base, phrasings: [{ text: 'ok', variants: { x: 'a'.repeat(10_001) } }] }).success,
    ).toBe(false);
    expect(itemSchema.safeParse({ ...base, phrasings: [{ text: 'x'.repeat(10_001) }] }).success).toBe(false);
  });

  it('trims each wording as it trims the text', () => {
    const parsed = itemSchema.parse({ ...base, phrasings: [{ text: '  Padded.  ', variants: { x: ' On X. ' } }] });
    expect(parsed.phrasings).toEqual([{ text: 'Padded.', variants: { x: 'On X.' } }]);
  });
});
