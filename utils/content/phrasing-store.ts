import type { PhrasingChoice } from '../../shared/share/pick-phrasing';
import { installIdItem, phrasingOffsetsItem } from '../storage';
import { type Lifetime, releasing, startScope } from './lifetime';

export type PhrasingStore = {
  /** The choice as last seen, for drawing cards without waiting on storage. */
  current(): PhrasingChoice;
  /** The choice as stored now: what an Insert composes, in case the popup changed it a moment ago. */
  read(): Promise<PhrasingChoice>;
  subscribe(listener: () => void): () => void;
};

async function readChoice(): Promise<PhrasingChoice> {
  const [installId, offsets] = await Promise.all([installIdItem.getValue(), phrasingOffsetsItem.getValue()]);
  return { installId, offsets };
}

/** This install's wording choices, kept current as the employee asks for another wording here or in the popup. */
export async function loadPhrasingStore(lifetime: Lifetime): Promise<PhrasingStore> {
  let choice = await readChoice();
  const listeners = new Set<() => void>();
  const changed = (next: Partial<PhrasingChoice>) => {
    choice = { ...choice, ...next };
    for (const listener of listeners) listener();
  };
  const unwatchId = installIdItem.watch((installId) => installId && changed({ installId }));
  const unwatchOffsets = phrasingOffsetsItem.watch((offsets) => changed({ offsets: offsets ?? {} }));
  startScope(
    lifetime,
    releasing(() => {
      unwatchId();
      unwatchOffsets();
    }),
  );
  return {
    current: () => choice,
    async read() {
      choice = await readChoice();
      return choice;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
