import { useDeferredValue, useEffect, useMemo } from 'react';
import { createLibrarySearch } from '../../shared/search/library-search';
import { profileItem, shareHistoryItem } from '../../utils/storage';
import { useStorageItem } from '../use-storage-item';
import { earlyProfile, earlyShares } from './early-reads';
import { ItemList } from './ItemList';
import { LibraryTabs } from './LibraryTabs';
import { PolicyList } from './PolicyList';
import { PopupFooter } from './PopupFooter';
import { PreviewSitePicker } from './PreviewSitePicker';
import { usePopupStore } from './popup-store';
import { TalkingPointFilters, useTalkingPointFilter } from './TalkingPointFilters';
import { useLibrary } from './use-library';
import { useNewKeys } from './use-new-keys';
import { usePhrasingChoice } from './use-phrasing-choice';
import './popup.css';

export function PopupApp() {
  const { states, library, complete } = useLibrary();
  const { tab, query, setQuery, status } = usePopupStore();
  const newKeys = useNewKeys(library);
  const shares = useStorageItem(shareHistoryItem, earlyShares);
  const profile = useStorageItem(profileItem, earlyProfile);
  const setProfile = usePopupStore((state) => state.setProfile);
  useEffect(() => {
    if (profile) setProfile(profile);
  }, [profile, setProfile]);
  const search = useMemo(() => createLibrarySearch(library?.items ?? []), [library]);
  // Index the library once the first cards are on screen, in chunks, so typing finds it ready.
  useEffect(() => {
    const idle = requestIdleCallback(() => void search.prepare());
    return () => cancelIdleCallback(idle);
  }, [search]);
  const talkingPointFilter = useTalkingPointFilter();
  // The field takes every keystroke at once; the results may skip a few while someone types fast.
  const searched = useDeferredValue(query.trim());

  const results = useMemo(() => (searched ? search.search(searched) : []), [search, searched]);
  const news = useMemo(() => search.search('', { type: 'news' }), [search]);
  const talkingPoints = useMemo(
    () => search.search('', { type: 'talking-point', ...talkingPointFilter }),
    [search, talkingPointFilter],
  );
  // Cards appear once, complete: "New" and "Shared" marks never pop in and push the list down.
  const choice = usePhrasingChoice();
  const ready = library && newKeys && shares && choice ? { library, newKeys, shares, choice } : undefined;

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
          autoComplete="off"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          // biome-ignore lint/a11y/noAutofocus: search is the popup's first action; the popup opens on request.
          autoFocus
        />
      </header>
      <main className="popup-main">
        {library?.isDemo && (
          <p className="demo-banner" role="note">
            You are seeing demo content. Your company’s feed appears here once it is set up in Options.
          </p>
        )}
        {!ready ? (
          <p className="empty loading" aria-busy="true">
            Loading…
          </p>
        ) : searched ? (
          <section className="view" aria-label="Search results" aria-busy={searched !== query.trim() || !complete}>
            <PreviewSitePicker />
            <ItemList
              items={results}
              newKeys={ready.newKeys}
              shares={ready.shares}
              choice={ready.choice}
              showType
              label="Search results"
              empty={`Nothing matches “${searched}”. Try another word, or check the spelling.`}
            />
          </section>
        ) : (
          <>
            <LibraryTabs />
            <section id={`panel-${tab}`} role="tabpanel" aria-labelledby={`tab-${tab}`} className="view">
              {tab === 'news' && (
                <>
                  <PreviewSitePicker />
                  <ItemList
                    items={news}
                    newKeys={ready.newKeys}
                    shares={ready.shares}
                    choice={ready.choice}
                    label="News"
                    empty="No news right now."
                  />
                </>
              )}
              {tab === 'talking-points' && (
                <>
                  <TalkingPointFilters items={ready.library.items} />
                  <ItemList
                    items={talkingPoints}
                    newKeys={ready.newKeys}
                    shares={ready.shares}
                    choice={ready.choice}
                    label="Talking points"
                    empty="No talking point matches these filters."
                  />
                </>
              )}
              {tab === 'policies' &&
                (complete ? (
                  <PolicyList policies={ready.library.policies} />
                ) : (
                  <p className="empty loading" aria-busy="true">
                    Loading…
                  </p>
                ))}
            </section>
          </>
        )}
        <p role="status" className="popup-status">
          {status}
        </p>
      </main>
      {states && <PopupFooter states={states} />}
    </div>
  );
}
