import { approvedPassage } from '../../shared/echo/approved-passage';
import { approvedRuns, type EchoIndex, startEchoIndex } from '../../shared/echo/echo-index';
import { echoNote } from '../../shared/echo/echo-note';
import { libraryTexts } from '../../shared/echo/library-texts';
import { echoGuardMessage, postingReasons } from '../../shared/echo/posting-reasons';
import { andThen, atOnce } from '../../shared/library/incremental';
import { applyFix } from '../../shared/policy/apply-fix';
import type { Finding } from '../../shared/policy/compile-policies';
import { compileForNetwork } from '../../shared/policy/network-checker';
import { readDraftText } from '../../shared/sites/draft-text';
import type { Network } from '../../shared/sites/registry';
import { gapGuardMessage, gapNote, gapsIn, gapText, type PlaceholderName } from '../../shared/text/placeholders';
import { composerFrame } from './composer-frame';
import { isTextarea, rewriteDraft } from './insert-text';
import { type Lifetime, startScope } from './lifetime';
import { type LibraryStore, perLibraryVersion } from './per-library-version';
import type { BlockingReasons } from './post-guard';
import { createTextareaMirror } from './textarea-mirror';
import { createPolicyNotes, type NoteView } from './ui/policy-notes';
import { createUnderlineOverlay } from './ui/underline-overlay';
import { rangesFor } from './underline-ranges';

export type PolicyAssistant = {
  /** Re-checks the draft: underlines and notes follow. Runs in idle time after typing settles. */
  refresh(editor: HTMLElement): void;
  /** Follows the composer: its editor's and frame's boxes, measured once a frame by the caller. */
  place(editor: HTMLElement, editorBox: DOMRect, frameBox: DOMRect): void;
  clear(): void;
  /** Placeholders just inserted as gaps ("[team]"): a note says what to fill in while any is left. */
  expectGaps(editor: HTMLElement, names: readonly PlaceholderName[]): void;
  /** A fresh check at the moment of posting, not the last idle one: a quiet period may have begun since. */
  blockingMessages(editor: HTMLElement): BlockingReasons | undefined;
};

const SEVERITY_ORDER = { block: 0, warn: 1, info: 2 } as const;

/** setTimeout's longest delay (about 24.8 days); a later window change is scheduled again by the checks before it. */
const MAX_TIMER_MS = 2 ** 31 - 1;

function fixLabel(finding: Finding, excerpt: string): string | undefined {
  const fix = finding.fix;
  if (!fix) return undefined;
  if ('append' in fix) return `Add “${fix.append.trim()}”`;
  if ('prepend' in fix) return `Start with “${fix.prepend.trim()}”`;
  if ('replace' in fix) return fix.replace ? `Replace with “${fix.replace}”` : `Remove “${excerpt}”`;
  return `Remove “${excerpt}”`;
}

// Not a finding: no underline and no fix, and never a reason to block on its own.
const ECHO_NOTE_ID = 'echo';
const GAP_NOTE_ID = 'placeholders';

const findingId = (finding: Finding) => `${finding.policyId}@${finding.start}-${finding.end}`;

/**
 * The finding a note's button stands for, in the draft as it is now: typing since the last check moves
 * offsets, and a fix applied to old text would undo what was typed since. Same policy and same words,
 * the occurrence nearest to where it was.
 */
function sameFindingIn(findings: Finding[], text: string, was: Finding, wasText: string): Finding | undefined {
  const words = wasText.slice(was.start, was.end);
  return findings
    .filter((finding) => finding.policyId === was.policyId && text.slice(finding.start, finding.end) === words)
    .sort((a, b) => Math.abs(a.start - was.start) - Math.abs(b.start - was.start))[0];
}

export function createPolicyAssistant(
  lifetime: Lifetime,
  network: Network,
  store: LibraryStore,
  root: HTMLElement,
): PolicyAssistant {
  // Built ahead in idle slices like the checker: 10,000 items of 3 phrasings take about half a second.
  const echoIndex = perLibraryVersion(
    store,
    (library) => {
      const { texts, feeds } = libraryTexts(library.items);
      return andThen(startEchoIndex(texts), (index): { index: EchoIndex; feeds: string[] } => ({ index, feeds }));
    },
    lifetime,
  );
  // The draft's approved runs, read once per text for the note, the guard and every disclosure rule.
  let scanned: { text: string; index: EchoIndex; result: ReturnType<typeof approvedRuns> } | undefined;
  function scan(text: string) {
    const { index } = echoIndex();
    if (scanned?.text !== text || scanned.index !== index) scanned = { text, index, result: approvedRuns(index, text) };
    return scanned.result;
  }
  const checker = perLibraryVersion(
    store,
    (library) =>
      atOnce(() =>
        compileForNetwork(library, network, (policy, text) =>
          approvedPassage(scan(text), echoIndex().feeds, policy.feedUrl),
        ),
      ),
    lifetime,
  );
  const overlay = createUnderlineOverlay();
  const mirror = createTextareaMirror();
  let current: { editor: HTMLElement; text: string; findings: Finding[] } | null = null;
  // Re-checks an untouched draft when a quiet period opens or closes.
  let windowTimer: ReturnType<typeof setTimeout> | undefined;
  lifetime.onInvalidated(() => clearTimeout(windowTimer));

  // Scrolls inside a site's shadow root do not reach the window's listeners; the underline boxes need them.
  let stopShadowScroll: (() => void) | null = null;

  const notes = createPolicyNotes((id) => {
    if (!current) return;
    const { editor } = current;
    const shown = current.findings.find((candidate) => findingId(candidate) === id);
    if (!shown) return;
    const text = readDraftText(editor).text;
    const finding = text === current.text ? shown : sameFindingIn(check(text), text, shown, current.text);
    if (!finding) {
      refresh(editor);
      return;
    }
    void rewriteDraft(lifetime, network, editor, applyFix(text, finding).text).then(() => refresh(editor));
  });
  root.append(mirror.element, overlay.element, notes.element);

  function check(text: string): Finding[] {
    return checker().check(text, network.site);
  }

  // Gaps of the last insert, until the employee has filled (or deleted) them all.
  let gaps: PlaceholderName[] = [];

  function gapNoteView(text: string): NoteView[] {
    gaps = gaps.filter((name) => text.includes(gapText(name)));
    const message = gapNote(gaps);
    return message ? [{ id: GAP_NOTE_ID, severity: 'info', message, excerpt: '' }] : [];
  }

  function echoNoteView(text: string): NoteView[] {
    const personalize = store.current().personalize;
    if (personalize === 'off') return [];
    const message = echoNote(scan(text).echo, personalize);
    return message ? [{ id: ECHO_NOTE_ID, severity: 'info', message, excerpt: '' }] : [];
  }

  function paint(editor: HTMLElement): void {
    if (!current) return;
    const draft = readDraftText(editor);
    if (isTextarea(editor)) {
      // No DOM text to highlight in a textarea: boxes under the same words laid out in Herald's mirror.
      overlay.draw(draft.text === current.text ? mirror.rangesFor(editor, current.findings) : [], editor);
      return;
    }
    watchShadowScroll(editor);
    // Offsets from an older text would underline the wrong words; the check that is due redraws them.
    overlay.draw(draft.text === current.text ? rangesFor(draft, current.findings) : [], editor);
  }

  function watchShadowScroll(editor: HTMLElement): void {
    if (stopShadowScroll) return;
    const root = editor.getRootNode();
    if (!(root instanceof ShadowRoot)) return;
    let frame = 0;
    const onScroll = () => {
      if (!frame)
        frame = requestAnimationFrame(() => {
          frame = 0;
          if (current?.editor === editor) paint(editor);
        });
    };
    const { signal, stop } = startScope(lifetime, () => {
      cancelAnimationFrame(frame);
      stopShadowScroll = null;
    });
    root.addEventListener('scroll', onScroll, { capture: true, passive: true, signal });
    stopShadowScroll = stop;
  }

  function refresh(editor: HTMLElement): void {
    const text = readDraftText(editor).text;
    const findings = check(text).sort(
      (a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.start - b.start,
    );
    current = { editor, text, findings };
    recheckAtWindowChange(editor);
    paint(editor);
    notes.show([
      ...findings.map((finding): NoteView => {
        const excerpt = text.slice(finding.start, finding.end);
        return {
          id: findingId(finding),
          severity: finding.severity,
          message: finding.message,
          excerpt: excerpt.length > 60 ? `${excerpt.slice(0, 57)}…` : excerpt,
          fixLabel: fixLabel(finding, excerpt),
          companyRule: finding.severity === 'block' && finding.noOverride === true,
        };
      }),
      ...gapNoteView(text),
      ...echoNoteView(text),
    ]);
    // Painted just above: only the notes need placing.
    notes.place(editor.getBoundingClientRect(), composerFrame(editor, network).getBoundingClientRect());
  }

  function recheckAtWindowChange(editor: HTMLElement): void {
    clearTimeout(windowTimer);
    const now = Date.now();
    const next = checker().nextChange(now);
    if (next === undefined) return;
    windowTimer = setTimeout(
      () => {
        if (current?.editor === editor && editor.isConnected && lifetime.isValid) refresh(editor);
      },
      Math.min(next - now, MAX_TIMER_MS),
    );
  }

  function place(editor: HTMLElement, editorBox: DOMRect, frameBox: DOMRect): void {
    notes.place(editorBox, frameBox);
    if (current && current.findings.length > 0) paint(editor);
  }

  return {
    refresh,
    place,
    expectGaps(editor, names) {
      gaps = [...names];
      refresh(editor);
    },
    clear() {
      current = null;
      gaps = [];
      clearTimeout(windowTimer);
      stopShadowScroll?.();
      overlay.draw([]);
      notes.show([]);
    },
    blockingMessages(editor) {
      const text = readDraftText(editor).text;
      const blocking = check(text).filter((finding) => finding.severity === 'block');
      const personalize = store.current().personalize;
      const echo = personalize === 'before-posting' ? echoGuardMessage(scan(text).echo, personalize) : undefined;
      return postingReasons(blocking, echo, gapGuardMessage(gapsIn(text)));
    },
  };
}
