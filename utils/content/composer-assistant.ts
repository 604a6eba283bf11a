import { phrasingCount, phrasingText, wordingNumber } from '../../shared/feed/phrasings';
import type { Site } from '../../shared/feed/schema';
import type { LibraryItem } from '../../shared/library/build-library';
import { startSuggestionRanker } from '../../shared/ranking/suggestion-ranker';
import { composeForNetwork } from '../../shared/share/compose-for-network';
import { chosenPhrasing } from '../../shared/share/pick-phrasing';
import { readDraftText } from '../../shared/sites/draft-text';
import type { Network } from '../../shared/sites/registry';
import { fillPlaceholders, type Profile, placeholderValues } from '../../shared/text/placeholders';
import type { InsertResult } from '../messages';
import { chooseAnotherWording } from '../phrasing-offsets';
import { profileItem } from '../storage';
import { composerFrame } from './composer-frame';
import type { ComposerUses } from './composer-uses';
import { insertIntoEditor, refocus, type SavedCaret, saveCaret } from './insert-text';
import { type Lifetime, startScope } from './lifetime';
import { type LibraryStore, perLibraryVersion } from './per-library-version';
import type { PhrasingStore } from './phrasing-store';
import type { PolicyAssistant } from './policy-assistant';
import { followAnchor } from './ui/follow-anchor';
import { createLauncher } from './ui/launcher';
import { createSuggestionPanel, type SuggestionView } from './ui/suggestion-panel';
import { isDarkAround } from './ui/theme';
import { watchDraft } from './watch-composers';

const PANEL_LIMIT = 8;

export type ComposerAssistant = {
  activate(editor: HTMLElement): void;
  openPanel(editor: HTMLElement): void;
  /** Inserts an item, composed for this site, into the active composer or else the first one open. */
  insertItem(key: string): Promise<InsertResult>;
  activeEditor(): HTMLElement | null;
};

/** The focused composer: its editor, the dialog or column it sits in, and where its caret was. */
type Session = { editor: HTMLElement; frame: HTMLElement; stop: () => void; caret: SavedCaret | null };

function viewOf(item: LibraryItem, site: Site, profile: Profile | null, phrasing: number): SuggestionView {
  const placeholders = placeholderValues(profile, item.publisherName);
  const count = phrasingCount(item);
  const composed = composeForNetwork(item, site, { phrasing, placeholders });
  return {
    key: item.key,
    title: item.title,
    preview: composed.ok ? composed.text : fillPlaceholders(phrasingText(item, site, phrasing), placeholders).text,
    unavailable: composed.ok ? undefined : composed.reason,
    meta: item.type === 'news' ? 'News' : undefined,
    wording: count > 1 ? { index: phrasing, count } : undefined,
  };
}

export function createComposerAssistant(
  lifetime: Lifetime,
  network: Network,
  store: LibraryStore,
  root: HTMLElement,
  policy: PolicyAssistant,
  phrasings: PhrasingStore,
  uses: ComposerUses,
  findFallbackEditor: () => HTMLElement | null,
): ComposerAssistant {
  const ranker = perLibraryVersion(store, (library) => startSuggestionRanker(library.items), lifetime);
  let session: Session | null = null;
  let query = '';
  // Why the last Insert failed, or which wording is now shown: it stays in the panel's status line (a polite
  // live region) until the employee does something else.
  let notice: string | null = null;
  // "About you", read when a composer first gets focus (not on every page load) for the panel's previews;
  // Insert reads it afresh.
  let profile: Profile | null = null;
  let profileRead: Promise<void> | null = null;
  const readProfile = () =>
    (profileRead ??= profileItem.getValue().then((value) => {
      profile = value;
      render();
    }));

  const launcher = createLauncher(() => (panel.isOpen() ? closePanel() : openPanel()));
  const panel = createSuggestionPanel({
    onInsert: (key) =>
      void insertItem(key).then((result) => {
        if (result.ok) closePanel(true);
        else {
          notice = result.message;
          panel.setMessage(result.message);
        }
      }),
    onAnotherWording: (key) => void anotherWording(key),
    onSearch: (value) => {
      query = value;
      notice = null;
      render();
    },
    onClose: () => closePanel(true),
    isDemo: () => store.current().isDemo,
  });
  launcher.element.setAttribute('aria-controls', panel.element.id);
  root.append(launcher.element, panel.element);
  launcher.element.hidden = true;

  function draftOf(editor: HTMLElement): string {
    return readDraftText(editor).text;
  }

  function onDraftSettled(): void {
    if (!session) return;
    policy.refresh(session.editor);
    render();
  }

  function render(): void {
    if (!session) return;
    const draft = draftOf(session.editor);
    const now = new Date();
    const { rank, search, fittingCount } = ranker();
    launcher.setCount(fittingCount(draft, network.site, now));
    if (!panel.isOpen()) return;
    const ranked = query.trim() ? search(query, PANEL_LIMIT) : rank(draft, network.site, now, PANEL_LIMIT);
    const choice = phrasings.current();
    const shown = ranked.map(({ item }) => ({ item: item as LibraryItem, phrasing: chosenPhrasing(choice, item) }));
    const views = shown.map(({ item, phrasing }) => viewOf(item, network.site, profile, phrasing));
    const status = query.trim()
      ? `${views.length} result${views.length === 1 ? '' : 's'} for “${query.trim()}”`
      : draft.trim()
        ? 'Best matches for your draft'
        : 'Newest talking points and news';
    panel.show(views, notice ?? (views.length > 0 ? status : 'Nothing matches yet.'));
    uses.shown(shown.map(({ item, phrasing }) => ({ itemKey: item.key, phrasing: wordingNumber(item, phrasing) })));
  }

  function setTheme(editor: HTMLElement): void {
    root.classList.toggle('dark', isDarkAround(editor, network.darkTheme));
  }

  function deactivate(): void {
    session?.stop();
    session = null;
    policy.clear();
    launcher.element.hidden = true;
    closePanel();
  }

  function activate(editor: HTMLElement): void {
    if (session?.editor === editor) return;
    deactivate();
    void readProfile();
    setTheme(editor);
    // The dialog or column around an editor stays the same for the editor's life: look it up once.
    const frame = composerFrame(editor, network);
    const stopFollow = followAnchor(
      lifetime,
      editor,
      (rect) => {
        const frameBox = frame.getBoundingClientRect();
        launcher.place(editor, rect);
        policy.place(editor, rect, frameBox);
        if (panel.isOpen()) panel.place(rect, frameBox);
      },
      deactivate,
    );
    const stopDraft = watchDraft(lifetime, editor, onDraftSettled);
    const unsubscribe = store.subscribe(onDraftSettled);
    // Another wording chosen in the popup shows here at once.
    const unsubscribePhrasings = phrasings.subscribe(render);
    // The first check compiles the policies and indexes the library: keep it out of the focus event, so the
    // click that focused the composer is not held up.
    const first = requestIdleCallback(onDraftSettled, { timeout: 300 });
    const { signal, stop } = startScope(lifetime, () => {
      stopFollow();
      stopDraft();
      unsubscribe();
      unsubscribePhrasings();
      cancelIdleCallback(first);
    });
    // The panel (or the popup) takes focus, and with it the editor's selection: remember where the caret
    // was when focus left, once, rather than on every selection change while typing.
    const rememberCaret = () => {
      if (session?.editor === editor) session.caret = saveCaret(editor) ?? session.caret;
    };
    editor.addEventListener('focusout', rememberCaret, { signal });
    session = { editor, frame, caret: saveCaret(editor), stop };
    launcher.element.hidden = false;
  }

  function openPanel(): void {
    if (!session) return;
    notice = null;
    session.caret = saveCaret(session.editor) ?? session.caret;
    // The shortcut pressed with the panel open is not a new opening: its suggestions were counted.
    if (!panel.isOpen()) uses.panelOpened();
    panel.open();
    launcher.setExpanded(true);
    panel.place(session.editor.getBoundingClientRect(), session.frame.getBoundingClientRect());
    render();
  }

  function closePanel(returnFocus = false): void {
    if (!panel.isOpen()) return;
    panel.close();
    launcher.setExpanded(false);
    if (returnFocus && session) refocus(session.editor, session.caret);
  }

  async function insertItem(key: string): Promise<InsertResult> {
    const editor = session?.editor.isConnected ? session.editor : findFallbackEditor();
    if (!editor) return { ok: false, message: 'Open the post composer on this page first.', noComposer: true };
    activate(editor);
    const item = store.current().items.find((candidate) => candidate.key === key);
    if (!item) return { ok: false, message: 'This item is no longer in the library.' };
    profile = await profileItem.getValue();
    // Read afresh: "Another wording" in the popup may have changed it a moment before its Insert.
    const phrasing = chosenPhrasing(await phrasings.read(), item);
    const composed = composeForNetwork(item, network.site, {
      phrasing,
      placeholders: placeholderValues(profile, item.publisherName),
    });
    if (!composed.ok) return { ok: false, message: composed.reason };
    // The first gap is selected, so typing replaces it; the note says what goes there.
    const [firstGap] = composed.gaps;
    const result = await insertIntoEditor(lifetime, network, editor, composed.text, session?.caret ?? null, firstGap);
    if (result.ok) uses.inserted(editor, { itemKey: key, phrasing: wordingNumber(item, phrasing) }, composed.text);
    if (result.ok && firstGap)
      policy.expectGaps(
        editor,
        composed.gaps.map(({ name }) => name),
      );
    return result;
  }

  async function anotherWording(key: string): Promise<void> {
    const item = store.current().items.find((candidate) => candidate.key === key);
    if (!item) return;
    const count = phrasingCount(item);
    await chooseAnotherWording(key, count);
    const index = chosenPhrasing(await phrasings.read(), item);
    notice = `Showing wording ${index + 1} of ${count} of “${item.title}”.`;
    render();
  }

  return {
    activate,
    openPanel(editor) {
      activate(editor);
      openPanel();
    },
    insertItem,
    activeEditor: () => session?.editor ?? null,
  };
}
