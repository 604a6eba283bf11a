import { bench, describe } from 'vitest';
import { wordingNumber } from '../shared/feed/phrasings';
import { createSuggestionRanker } from '../shared/ranking/suggestion-ranker';
import { composeForNetwork } from '../shared/share/compose-for-network';
import { chosenPhrasing } from '../shared/share/pick-phrasing';
import { generatedLibrary } from '../tests/unit/ranking/demo-items';
import { createComposerUses } from '../utils/content/composer-uses';
import { countUse } from '../utils/count-use';

// Issue 14: counting adds no measurable per-keystroke cost. What the composer does each time the draft settles
// with the panel open (composer-assistant's render, without the DOM both variants share): rank 10,000 items,
// pick each shown item's wording, compose its preview. With counting, the same work and then what
// counting adds there: the shown items handed to the composer's uses, which report (through the real
// fire-and-forget countUse, to no background) only the items this panel opening had not shown yet. They run
// in the same describe, so Vitest prints their ratios from one run: counting should sit within the spread of
// the two baseline runs around it.

const DRAFT =
  'So proud of our warehouse team this week: the new robots moved every parcel on renewable energy, and ' +
  'we are hiring engineers to grow the fleet. Our customers noticed the safety award too, and the learning ' +
  'culture here keeps growing. Come and meet us at the careers fair, we are launching the simulator soon';
const NOW = new Date('2026-12-01T00:00:00Z');
const ranker = createSuggestionRanker(generatedLibrary(10_000));
const choice = { installId: 'bench-install', offsets: {} };
const uses = createComposerUses('x', countUse);
uses.panelOpened();

// Long enough runs, after a warm-up, that a shared machine's noise averages out over both.
const OPTIONS = { time: 3000, warmupTime: 1000 };

// Each call types on: rank() remembers its last answer, a new draft keeps the benchmark honest.
let typed = 0;
function settledDraft() {
  const ranked = ranker.rank(`${DRAFT} ${typed++ % 50}`, 'x', NOW, 8);
  const shown = ranked.map(({ item }) => ({ item, phrasing: chosenPhrasing(choice, item) }));
  const views = shown.map(({ item, phrasing }) => composeForNetwork(item, 'x', { phrasing }));
  return { shown, views };
}

describe('the settled draft with the panel open, 10,000 items: with counting against without', () => {
  bench(
    'without counting (baseline)',
    () => {
      settledDraft();
    },
    OPTIONS,
  );
  bench(
    'with counting',
    () => {
      const { shown } = settledDraft();
      uses.shown(shown.map(({ item, phrasing }) => ({ itemKey: item.key, phrasing: wordingNumber(item, phrasing) })));
    },
    OPTIONS,
  );
  // On a busy machine the later of two equal runs reads slower (heap grown, neighbours busy): the baseline
  // once more, last, shows how much of a gap is order alone.
  bench(
    'without counting, again last (order check)',
    () => {
      settledDraft();
    },
    OPTIONS,
  );
});
