import type { Network } from '../../shared/sites/registry';

/** The box the composer sits in (its dialog, X's timeline column), or the editor itself where there is none. */
export function composerFrame(editor: HTMLElement, network: Network): HTMLElement {
  return editor.closest<HTMLElement>(network.frame) ?? editor;
}
