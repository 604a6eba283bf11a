import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import type { LibraryItem } from '../../shared/library/build-library';
import type { PhrasingChoice } from '../../shared/share/pick-phrasing';
import type { ShareRecord } from '../../utils/storage';
import { ItemCard } from './ItemCard';

type Props = {
  items: LibraryItem[];
  newKeys: ReadonlySet<string>;
  shares: Record<string, ShareRecord[]>;
  /** Label each card News or Talking point, where the list mixes both. */
  showType?: boolean;
  label: string;
  empty: string;
  choice: PhrasingChoice;
};

/** Only the cards in view are in the DOM, so a library of thousands scrolls as smoothly as ten. */
export function ItemList({ items, newKeys, shares, showType = false, label, empty, choice }: Props) {
  const scroller = useRef<HTMLElement>(null);
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => 190,
    overscan: 4,
    getItemKey: (index) => items[index]?.key ?? index,
  });
  if (items.length === 0) return <p className="empty">{empty}</p>;
  return (
    <section ref={scroller} className="item-scroller" aria-label={label}>
      <ul className="item-list" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((row) => {
          const item = items[row.index];
          if (!item) return null;
          return (
            <li
              key={row.key}
              data-index={row.index}
              ref={virtualizer.measureElement}
              className="item-row"
              // Only the rows in view exist: tell assistive tech where each sits in the whole list.
              aria-setsize={items.length}
              aria-posinset={row.index + 1}
              style={{ transform: `translateY(${row.start}px)` }}
            >
              <ItemCard
                item={item}
                isNew={newKeys.has(item.key)}
                shares={shares[item.key] ?? []}
                showType={showType}
                choice={choice}
              />
            </li>
          );
        })}
      </ul>
    </section>
  );
}
