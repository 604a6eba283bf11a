import { useMemo } from 'react';
import { createLibrarySearch } from '../../shared/search/library-search';
import { ItemList } from './ItemList';
import { PolicyList } from './PolicyList';
import { PopupFooter } from './PopupFooter';
import { PreviewSitePicker } from './PreviewSitePicker';
import { type PopupTab, usePopupStore } from './popup-store';
import { TalkingPointFilters, useTalkingPointFilter } from './TalkingPointFilters';
import { useLibrary } from './use-library';
import { useNewKeys } from './use-new-keys';
import './popup.css';

const TABS: { id: PopupTab; label: string }[] = [
  { id: 'news', label: 'News' },
  { id: 'talking-points', label: 'Talking points' },
  { id: 'policies', label: 'Policies' },
];

export function PopupApp() {
  const { states, library } = useLibrary();
  const { tab, setTab, query, setQuery, status } = usePopupStore();
  const newKeys = useNewKeys(library);
  const search = useMemo(() => createLibrarySearch(library?.items ?? []), [library]);
  const talkingPointFilter = useTalkingPointFilter();

  const results = useMemo(() => (query.trim() ? search.search(query) : []), [search, query]);
  const news = useMemo(() => search.search('', { type: 'news' }), [search]);
  const talkingPoints = useMemo(
    () => search.search('', { type: 'talking-point', ...talkingPointFilter }),
    [search, talkingPointFilter],
  );

  return (
    <div className="popup">
      <header className="popup-header">
        <h1>Herald</h1>
        <label htmlFor="search" className="sr-only">
          Search
        </label>
        <input
          id="search"
          type="search"
          placeholder="Search news and talking points"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          // biome-ignore lint/a11y/noAutofocus: search is the popup's first action; the popup opens on request.
          autoFocus
        />
      </header>
      {library?.isDemo && (
        <p className="demo-banner" role="note">
          You are seeing demo content. Your company’s feed appears here once it is set up in Options.
        </p>
      )}
      {!library ? (
        <p className="empty" aria-busy="true">
          Loading…
        </p>
      ) : query.trim() ? (
        <section className="view" aria-label="Search results">
          <PreviewSitePicker />
          <ItemList items={results} newKeys={newKeys} label="Search results" empty={`Nothing matches “${query}”.`} />
        </section>
      ) : (
        <>
          <div role="tablist" aria-label="Library" className="tabs">
            {TABS.map(({ id, label }) => (
              <button
                key={id}
                id={`tab-${id}`}
                type="button"
                role="tab"
                aria-selected={tab === id}
                aria-controls={`panel-${id}`}
                tabIndex={tab === id ? 0 : -1}
                onClick={() => setTab(id)}
                onKeyDown={(event) => {
                  const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
                  if (!step) return;
                  const next = TABS[(TABS.findIndex((entry) => entry.id === id) + step + TABS.length) % TABS.length];
                  if (next) {
                    setTab(next.id);
                    document.getElementById(`tab-${next.id}`)?.focus();
                  }
                }}
              >
                {label}
              </button>
            ))}
          </div>
          <section id={`panel-${tab}`} role="tabpanel" aria-labelledby={`tab-${tab}`} className="view">
            {tab === 'news' && (
              <>
                <PreviewSitePicker />
                <ItemList items={news} newKeys={newKeys} label="News" empty="No news right now." />
              </>
            )}
            {tab === 'talking-points' && (
              <>
                <TalkingPointFilters items={library.items} />
                <ItemList
                  items={talkingPoints}
                  newKeys={newKeys}
                  label="Talking points"
                  empty="No talking point matches these filters."
                />
              </>
            )}
            {tab === 'policies' && <PolicyList policies={library.policies} />}
          </section>
        </>
      )}
      <p role="status" className="popup-status">
        {status}
      </p>
      {states && <PopupFooter states={states} />}
    </div>
  );
}
