import type { Site } from '../../shared/feed/schema';
import type { Use } from '../../shared/metrics/use';
import { postedKind } from './posted-kind';

/** An item as the panel shows it or Insert puts it in: its library key and wording (1 = its own text). */
export type UsedItem = { itemKey: string; phrasing: number };

export type ComposerUses = {
  /** A new panel opening: what it shows counts as suggested again. */
  panelOpened(): void;
  /** The panel shows these items; each counts once per opening, however often typing re-ranks them. */
  shown(items: readonly UsedItem[]): void;
  inserted(editor: object, item: UsedItem, text: string): void;
  /**
   * A post went through from `editor`: each item inserted there whose text is still in the draft counts once.
   * The draft is read only when something was inserted.
   */
  posted(editor: object, draft: () => string): void;
};

type Inserted = UsedItem & { text: string };

/**
 * Which uses of approved items the composer reports, on `site`, through `report` (fire and forget). Keeps only
 * item keys and, until the post, the texts Herald itself inserted: never the employee's draft.
 */
export function createComposerUses(site: Site, report: (use: Use) => void): ComposerUses {
  let suggested = new Set<string>();
  // Per editor element, so a composer closed unposted takes its inserts with it.
  const insertedIn = new WeakMap<object, Inserted[]>();

  return {
    panelOpened() {
      suggested = new Set();
    },
    shown(items) {
      for (const { itemKey, phrasing } of items) {
        if (suggested.has(itemKey)) continue;
        suggested.add(itemKey);
        report({ kind: 'suggested', itemKey, phrasing, site });
      }
    },
    inserted(editor, item, text) {
      report({ kind: 'inserted', ...item, site });
      // The same wording of the same item inserted twice is one item in the post.
      const others = (insertedIn.get(editor) ?? []).filter(
        (earlier) => earlier.itemKey !== item.itemKey || earlier.phrasing !== item.phrasing,
      );
      insertedIn.set(editor, [...others, { ...item, text }]);
    },
    posted(editor, draft) {
      const inserts = insertedIn.get(editor);
      if (!inserts) return;
      insertedIn.delete(editor);
      const posted = draft();
      for (const { itemKey, phrasing, text } of inserts) {
        const kind = postedKind(posted, text);
        if (kind) report({ kind, itemKey, phrasing, site });
      }
    },
  };
}
