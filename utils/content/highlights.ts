import type { DraftText } from '../../shared/sites/draft-text';

export type Underline = { start: number; end: number; severity: 'info' | 'warn' | 'block' };

const NAMES = { block: 'herald-block', warn: 'herald-warn', info: 'herald-info' } as const;

const RULES = `
::highlight(herald-block) { text-decoration: underline wavy #d1242f; text-decoration-skip-ink: none; text-underline-offset: 3px; background-color: rgb(209 36 47 / 0.12); }
::highlight(herald-warn) { text-decoration: underline wavy #bf8700; text-decoration-skip-ink: none; text-underline-offset: 3px; }
::highlight(herald-info) { text-decoration: underline dotted #0969da; text-underline-offset: 3px; }
`;

const styled = new WeakSet<Document | ShadowRoot>();

/** `::highlight()` rules only apply in the tree that holds the text: the document or the site's shadow root. */
function ensureRules(root: Document | ShadowRoot): void {
  if (styled.has(root)) return;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(RULES);
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  styled.add(root);
}

export function supportsHighlights(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

/** A DOM range for each underline; findings in text that is no longer there are skipped. */
export function rangesFor(
  draft: DraftText,
  underlines: readonly Underline[],
): { range: Range; underline: Underline }[] {
  const out: { range: Range; underline: Underline }[] = [];
  for (const underline of underlines) {
    const from = draft.pointAt(underline.start);
    const to = draft.pointAt(underline.end);
    if (!from || !to) continue;
    const range = new Range();
    try {
      range.setStart(from.node, from.offset);
      range.setEnd(to.node, to.offset);
    } catch {
      continue;
    }
    out.push({ range, underline });
  }
  return out;
}

/**
 * Underlines through the CSS Custom Highlight API: the editor's DOM is never touched, so the editor
 * cannot revert or trip over it. Returns false where the API is missing, for the overlay fallback.
 */
export function paintHighlights(editor: HTMLElement, ranges: { range: Range; underline: Underline }[]): boolean {
  if (!supportsHighlights()) return false;
  const root = editor.getRootNode();
  if (root instanceof Document || root instanceof ShadowRoot) ensureRules(root);
  for (const severity of ['block', 'warn', 'info'] as const) {
    const own = ranges.filter(({ underline }) => underline.severity === severity).map(({ range }) => range);
    if (own.length > 0) CSS.highlights.set(NAMES[severity], new Highlight(...own));
    else CSS.highlights.delete(NAMES[severity]);
  }
  return true;
}

export function clearHighlights(): void {
  if (!supportsHighlights()) return;
  for (const name of Object.values(NAMES)) CSS.highlights.delete(name);
}
