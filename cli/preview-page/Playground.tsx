import { useEffect, useId, useRef, useState } from 'react';
import { NETWORKS, networkOf, type Site } from '../../shared/sites/registry';
import type { LibraryStore } from '../../utils/content/per-library-version';
import { createPolicyAssistant } from '../../utils/content/policy-assistant';
import { watchDraft } from '../../utils/content/watch-composers';
import { mountHeraldUi } from './mount-herald-ui';
import { createPageLifetime } from './page-lifetime';

/**
 * A draft box with Herald's own policy assistant on it: the composer's underlines (drawn over the textarea
 * through its mirror), notes and fixes, for the network picked. The draft and the network survive every
 * rebuild of the feed; the notes are redrawn against the new rules.
 */
export function Playground({ store }: { store: LibraryStore }) {
  const [site, setSite] = useState<Site>('x');
  const editorRef = useRef<HTMLTextAreaElement>(null);
  const hostRef = useRef<HTMLDivElement>(null);
  const draftId = useId();
  const networkId = useId();

  useEffect(() => {
    const editor = editorRef.current;
    const host = hostRef.current;
    if (!editor || !host) return;
    const container = mountHeraldUi(host);
    const dark = matchMedia('(prefers-color-scheme: dark)');
    const theme = () => container.classList.toggle('dark', dark.matches);
    theme();
    dark.addEventListener('change', theme);
    const lifetime = createPageLifetime();
    // A textarea takes text by setRangeText, as Herald writes into a network's textarea (Mastodon): the site's
    // own insertion (X's paste) is for its rich editor, which this box is not.
    const network = { ...networkOf(site), insertion: ['setRangeText' as const] };
    const assistant = createPolicyAssistant(lifetime, network, store, container);
    // The notes are fixed beside the box, as beside a composer's dialog: shown only while the box is in view.
    let inView = true;
    const refresh = () => (editor.value && inView ? assistant.refresh(editor) : assistant.clear());
    const visibility = new IntersectionObserver(([entry]) => {
      inView = entry?.isIntersecting ?? true;
      refresh();
    });
    visibility.observe(editor);
    let frame = 0;
    const place = () => {
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        const box = editor.getBoundingClientRect();
        assistant.place(editor, box, box);
      });
    };
    // Checked when typing pauses, as the composer checks (and ends with the lifetime).
    watchDraft(lifetime, editor, refresh);
    const { signal } = lifetime;
    editor.addEventListener('scroll', place, { signal, passive: true });
    window.addEventListener('scroll', place, { signal, passive: true, capture: true });
    window.addEventListener('resize', place, { signal });
    // The box resized by its handle: the underlines follow its new line breaks.
    const resized = new ResizeObserver(place);
    resized.observe(editor);
    const unsubscribe = store.subscribe(refresh);
    refresh();
    return () => {
      visibility.disconnect();
      resized.disconnect();
      unsubscribe();
      cancelAnimationFrame(frame);
      dark.removeEventListener('change', theme);
      assistant.clear();
      lifetime.end();
    };
  }, [site, store]);

  return (
    <section aria-labelledby="playground-heading" className="playground">
      <h2 id="playground-heading">Policy playground</h2>
      <p className="hint">
        Type a draft: Herald's own checks underline it as in the composer, with their notes and fixes.
      </p>
      <div className="playground-controls">
        <label htmlFor={networkId}>Network</label>
        <select id={networkId} value={site} onChange={(event) => setSite(event.target.value as Site)}>
          {NETWORKS.map((network) => (
            <option key={network.site} value={network.site}>
              {network.label}
            </option>
          ))}
        </select>
      </div>
      <label htmlFor={draftId}>Draft</label>
      <textarea id={draftId} ref={editorRef} rows={6} spellCheck={false} />
      <div ref={hostRef} className="herald-ui-host" data-testid="herald-ui" />
    </section>
  );
}
