import type { KeyboardEvent } from 'react';
import { type PopupTab, usePopupStore } from './popup-store';

export const TABS: { id: PopupTab; label: string }[] = [
  { id: 'news', label: 'News' },
  { id: 'talking-points', label: 'Talking points' },
  { id: 'policies', label: 'Policies' },
];

/** Where each key moves the selection, as the WAI-ARIA tabs pattern has it (selection follows focus). */
function nextIndex(key: string, current: number): number | null {
  switch (key) {
    case 'ArrowRight':
      return (current + 1) % TABS.length;
    case 'ArrowLeft':
      return (current - 1 + TABS.length) % TABS.length;
    case 'Home':
      return 0;
    case 'End':
      return TABS.length - 1;
    default:
      return null;
  }
}

export function LibraryTabs() {
  const { tab, setTab } = usePopupStore();
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, current: number) => {
    const index = nextIndex(event.key, current);
    const next = index === null ? undefined : TABS[index];
    if (!next) return;
    event.preventDefault();
    setTab(next.id);
    document.getElementById(`tab-${next.id}`)?.focus();
  };
  return (
    <div role="tablist" aria-label="Library" className="tabs">
      {TABS.map(({ id, label }, index) => (
        <button
          key={id}
          id={`tab-${id}`}
          type="button"
          role="tab"
          aria-selected={tab === id}
          aria-controls={`panel-${id}`}
          tabIndex={tab === id ? 0 : -1}
          onClick={() => setTab(id)}
          onKeyDown={(event) => onKeyDown(event, index)}
        >
          {label}
        </button>
      ))}
    </div>
  );
}
