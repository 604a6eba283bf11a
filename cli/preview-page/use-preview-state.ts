import { useEffect, useState } from 'react';
import type { PreviewState } from '../src/preview/preview-state';

export type Connection = { state: PreviewState | null; offline: boolean };

/**
 * The server's state, fetched again each time the server says the folder changed (server-sent events): the
 * page updates in place, and what was typed in it stays.
 */
export function usePreviewState(): Connection {
  const [connection, setConnection] = useState<Connection>({ state: null, offline: false });
  useEffect(() => {
    let latest = 0;
    const load = async () => {
      try {
        const response = await fetch('/state.json', { cache: 'no-store' });
        const state = (await response.json()) as PreviewState;
        // Two quick changes: an answer that arrives late must not replace a newer one.
        if (state.revision < latest) return;
        latest = state.revision;
        setConnection({ state, offline: false });
      } catch {
        setConnection((previous) => ({ ...previous, offline: true }));
      }
    };
    const events = new EventSource('/events');
    events.addEventListener('state', () => void load());
    // Reconnected after the server was restarted: its state may be new.
    events.addEventListener('open', () => void load());
    events.addEventListener('error', () => setConnection((previous) => ({ ...previous, offline: true })));
    return () => events.close();
  }, []);
  return connection;
}
