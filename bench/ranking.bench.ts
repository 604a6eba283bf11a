import { bench, describe } from 'vitest';
import { createSuggestionRanker } from '../shared/ranking/suggestion-ranker';
import { generatedLibrary } from '../tests/unit/ranking/demo-items';

// The composer re-ranks whenever the draft settles. The draft is 300 characters, mostly words the library
// knows; the baseline counts, for each item, the draft's words its text contains.

const DRAFT =
  'So proud of our warehouse team this week: the new robots moved every parcel on renewable energy, and ' +
  'we are hiring engineers to grow the fleet. Our customers noticed the safety award too, and the learning ' +
  'culture here keeps growing. Come and meet us at the careers fair, we are launching the simulator soon';
const NOW = new Date('2026-12-01T00:00:00Z');

for (const size of [1_000, 10_000]) {
  const items = generatedLibrary(size);
  describe(`rank() on a ${DRAFT.length}-character draft, ${size.toLocaleString('en')} items`, () => {
    const haystacks = items.map((item) =>
      [item.title, item.text, ...(item.keywords ?? []), ...(item.tags ?? [])].join('\n').toLowerCase(),
    );
    const draftWords = [
      ...new Set(
        DRAFT.toLowerCase()
          .split(/\W+/)
          .filter((word) => word.length > 2),
      ),
    ];
    bench('naive: count draft words each item includes (baseline)', () => {
      haystacks
        .map((text, i) => ({ i, hits: draftWords.filter((word) => text.includes(word)).length }))
        .filter(({ hits }) => hits > 0)
        .sort((a, b) => b.hits - a.hits)
        .slice(0, 8);
    });
    const ranker = createSuggestionRanker(items);
    // rank() remembers its last answer; a different site each call keeps the benchmark honest.
    let call = 0;
    bench('createSuggestionRanker().rank', () => {
      ranker.rank(DRAFT, call++ % 2 === 0 ? 'x' : 'linkedin', NOW, 8);
    });
    bench('createSuggestionRanker (index build)', () => {
      createSuggestionRanker(items);
    });
  });
}
