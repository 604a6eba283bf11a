import { useEffect, useMemo } from 'react';
import { createFeedLibraryStore } from './feed-library-store';
import { ItemPreview } from './ItemPreview';
import { Playground } from './Playground';
import { Problems } from './Problems';
import { usePreviewState } from './use-preview-state';

export function App() {
  const { state, offline } = usePreviewState();
  // One store for the page's life: the playground keeps its draft and network while the feed under it changes.
  const store = useMemo(() => createFeedLibraryStore(null), []);
  const feed = state?.feed ?? null;
  useEffect(() => store.replace(feed), [store, feed]);

  return (
    <main data-revision={state?.revision ?? 0}>
      <header>
        <h1>Herald preview{state ? `: ${state.folder}` : ''}</h1>
        {state ? (
          <p className="built-at">
            Built {new Date(state.builtAt).toLocaleTimeString()}; the page follows every save in the folder.
          </p>
        ) : null}
        {offline ? (
          <p className="offline" role="alert">
            The preview server does not answer: is "herald-feed preview" still running?
          </p>
        ) : null}
      </header>
      {state ? <Problems state={state} /> : <p>Loading…</p>}
      <Playground store={store} />
      {feed ? (
        <section aria-labelledby="items-heading" className="items">
          <h2 id="items-heading">Items on each network</h2>
          <p className="hint">
            Each wording as the network gets it, with the UTM-tagged link. Placeholders an employee fills from "About
            you" show as highlighted gaps; {'{company}'} is {feed.publisher.name}. Grey text is behind "see more".
          </p>
          {feed.items.map((item) => (
            <ItemPreview key={item.id} item={item} publisherName={feed.publisher.name} />
          ))}
        </section>
      ) : null}
    </main>
  );
}
