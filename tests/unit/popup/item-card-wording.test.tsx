import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ItemCard } from '../../../components/popup/ItemCard';
import type { LibraryItem } from '../../../shared/library/build-library';
import { pickPhrasing } from '../../../shared/share/pick-phrasing';

const item: LibraryItem = {
  id: 'tp',
  type: 'talking-point',
  title: 'Hiring',
  text: 'First wording.',
  phrasings: [{ text: 'Second wording.' }, { text: 'Third wording.' }],
  key: 'feed#tp',
  feedUrl: 'feed',
  publisherName: 'Lumen',
};
const WORDINGS = ['First wording.', 'Second wording.', 'Third wording.'];

const card = (shown: LibraryItem, installId: string, offset?: number) =>
  renderToStaticMarkup(
    <ItemCard
      item={shown}
      isNew={false}
      shares={[]}
      showType={false}
      choice={{ installId, offsets: offset === undefined ? {} : { [shown.key]: offset } }}
    />,
  );

describe('the popup card of an item with phrasings', () => {
  it("shows this install's wording, and says which of how many in the Another wording button", () => {
    for (const installId of ['a', 'b', 'c', 'd', 'e']) {
      const index = pickPhrasing(installId, item.key, 3);
      const html = card(item, installId);
      expect(html).toContain(WORDINGS[index]);
      for (const other of WORDINGS.filter((_, i) => i !== index)) expect(html).not.toContain(other);
      expect(html).toContain(`aria-label="Another wording (${index + 1} of 3): Hiring"`);
    }
  });

  it('shows the next wording once the employee asked for another', () => {
    const index = pickPhrasing('a', item.key, 3);
    expect(card(item, 'a', 1)).toContain(WORDINGS[(index + 1) % 3]);
  });

  it('has no Another wording button when the item has one wording', () => {
    const { phrasings: _, ...single } = item;
    const html = card(single, 'a');
    expect(html).toContain('First wording.');
    expect(html).not.toContain('Another wording');
  });
});
