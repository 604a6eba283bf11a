import { applyFix } from '../../shared/policy/apply-fix';
import { compilePolicies, type Finding } from '../../shared/policy/compile-policies';
import { readDraftText } from '../../shared/sites/draft-text';
import type { SiteAdapter } from '../../shared/sites/site-adapter';
import { clearHighlights, paintHighlights, rangesFor } from './highlights';
import { rewriteDraft } from './insert-text';
import { type LibraryStore, perLibraryVersion } from './library-store';
import { createPolicyNotes, type NoteView } from './ui/policy-notes';
import { createUnderlineOverlay } from './ui/underline-overlay';

export type PolicyAssistant = {
  /** Re-checks the draft: underlines and notes follow. Runs in idle time after typing settles. */
  refresh(editor: HTMLElement): void;
  place(editor: HTMLElement): void;
  clear(): void;
  /** A fresh check at the moment of posting, not the last idle one. */
  blockingMessages(editor: HTMLElement): string[];
};

const SEVERITY_ORDER = { block: 0, warn: 1, info: 2 } as const;

function fixLabel(finding: Finding, excerpt: string): string | undefined {
  const fix = finding.fix;
  if (!fix) return undefined;
  if ('append' in fix) return `Add “${fix.append.trim()}”`;
  if ('replace' in fix) return fix.replace ? `Replace with “${fix.replace}”` : `Remove “${excerpt}”`;
  return `Remove “${excerpt}”`;
}

const findingId = (finding: Finding) => `${finding.policyId}@${finding.start}-${finding.end}`;

export function createPolicyAssistant(adapter: SiteAdapter, store: LibraryStore, root: HTMLElement): PolicyAssistant {
  const checker = perLibraryVersion(store, (library) => compilePolicies(library.policies));
  const overlay = createUnderlineOverlay();
  let current: { editor: HTMLElement; text: string; findings: Finding[] } | null = null;

  const notes = createPolicyNotes((id) => {
    if (!current) return;
    const { editor, text, findings } = current;
    const finding = findings.find((candidate) => findingId(candidate) === id);
    if (!finding) return;
    void rewriteDraft(adapter, editor, applyFix(text, finding).text).then(() => refresh(editor));
  });
  root.append(overlay.element, notes.element);

  function check(text: string): Finding[] {
    return checker().check(text, adapter.site);
  }

  function paint(editor: HTMLElement): void {
    if (!current) return;
    const draft = readDraftText(editor);
    const ranges = rangesFor(draft, current.findings);
    if (!paintHighlights(editor, ranges)) overlay.draw(ranges);
  }

  function refresh(editor: HTMLElement): void {
    const text = readDraftText(editor).text;
    const findings = check(text).sort(
      (a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.start - b.start,
    );
    current = { editor, text, findings };
    paint(editor);
    notes.show(
      findings.map((finding): NoteView => {
        const excerpt = text.slice(finding.start, finding.end);
        return {
          id: findingId(finding),
          severity: finding.severity,
          message: finding.message,
          excerpt: excerpt.length > 60 ? `${excerpt.slice(0, 57)}…` : excerpt,
          fixLabel: fixLabel(finding, excerpt),
        };
      }),
    );
    place(editor);
  }

  function place(editor: HTMLElement): void {
    const frame = editor.closest('[role="dialog"]') ?? editor;
    notes.place(editor.getBoundingClientRect(), frame.getBoundingClientRect());
    if (current && current.findings.length > 0 && !('highlights' in CSS)) paint(editor);
  }

  return {
    refresh,
    place,
    clear() {
      current = null;
      clearHighlights();
      overlay.draw([]);
      notes.show([]);
    },
    blockingMessages(editor) {
      return check(readDraftText(editor).text)
        .filter((finding) => finding.severity === 'block')
        .map((finding) => finding.message);
    },
  };
}
