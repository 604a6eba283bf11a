import type { DraftText } from '../../shared/sites/draft-text';

export type Underline = { start: number; end: number; severity: 'info' | 'warn' | 'block' };

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
