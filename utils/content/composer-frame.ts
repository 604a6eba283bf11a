import type { SiteAdapter } from '../../shared/sites/site-adapter';

/** The box the composer sits in (its dialog, X's timeline column), or the editor itself where there is none. */
export function composerFrame(editor: HTMLElement, adapter: SiteAdapter): HTMLElement {
  return editor.closest<HTMLElement>(adapter.frame) ?? editor;
}
