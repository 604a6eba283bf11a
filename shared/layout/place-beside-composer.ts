/** A rectangle in viewport pixels; a DOMRect is one. */
export type Box = { left: number; top: number; right: number; bottom: number; width: number };
export type Viewport = { width: number; height: number };

/** Fixed-position CSS values, in pixels, for Herald's notes or panel. */
export type Placement = { left: number; width: number; maxHeight: number } & (
  | { top: number; bottom?: never }
  | { bottom: number; top?: never }
);

const GAP = 8;

type Size = { width: number; minWidth: number; minHeight: number };
/** Narrower than 220 px, a message wraps every few words: better under the composer than squeezed beside it. */
const NOTES: Size = { width: 280, minWidth: 220, minHeight: 160 };
/** Room for the search field and about two suggestions. */
const PANEL: Size = { width: 380, minWidth: 320, minHeight: 320 };

/**
 * Beside the frame the composer sits in (its dialog, X's timeline column with its Post button), level with
 * the editor and as wide as the room on that side allows; undefined when the room is too narrow.
 */
function besideFrame(
  side: 'left' | 'right',
  editor: Box,
  frame: Box,
  viewport: Viewport,
  size: Size,
): Placement | undefined {
  const room = side === 'right' ? viewport.width - frame.right - 2 * GAP : frame.left - 2 * GAP;
  if (room < size.minWidth) return undefined;
  const width = Math.min(size.width, room);
  const top = Math.max(GAP, Math.min(editor.top, viewport.height - size.minHeight));
  const left = side === 'right' ? frame.right + GAP : frame.left - GAP - width;
  return { left, top, width, maxHeight: viewport.height - top - GAP };
}

/**
 * The policy notes, which stay in view while the employee types, so they must cover nothing of the composer:
 * beside its frame, right first; under the frame when it is too wide to sit beside (LinkedIn's share box on a
 * small screen); else above the editor, over the site's own headings.
 */
export function placeNotes(editor: Box, frame: Box, viewport: Viewport): Placement {
  const beside =
    besideFrame('right', editor, frame, viewport, NOTES) ?? besideFrame('left', editor, frame, viewport, NOTES);
  if (beside) return beside;
  const left = Math.max(GAP, editor.left);
  const width = Math.min(editor.width, viewport.width - 2 * GAP);
  const below = viewport.height - frame.bottom - 2 * GAP;
  if (below >= 120) return { left, width, top: frame.bottom + GAP, maxHeight: below };
  return { left, width, bottom: viewport.height - editor.top + GAP, maxHeight: Math.max(80, editor.top - 2 * GAP) };
}

/**
 * The suggestion panel, open only while the employee picks: left of the frame, so that it does not cover the
 * notes on the right; else under the frame, clear of the site's Post button (LinkedIn's share box); else under
 * the editor (or over it, where there is more room), aligned to its right edge.
 */
export function placePanel(editor: Box, frame: Box, viewport: Viewport): Placement {
  const beside = besideFrame('left', editor, frame, viewport, PANEL);
  if (beside) return beside;
  const width = Math.min(PANEL.width, viewport.width - 2 * GAP);
  const left = Math.min(Math.max(GAP, editor.right - width), viewport.width - width - GAP);
  const underFrame = viewport.height - frame.bottom - 2 * GAP;
  if (underFrame >= PANEL.minHeight) return { left, width, top: frame.bottom + GAP, maxHeight: underFrame };
  const below = viewport.height - editor.bottom;
  if (below >= PANEL.minHeight || below >= editor.top)
    return { left, width, top: editor.bottom + GAP, maxHeight: Math.max(200, below - 2 * GAP) };
  return { left, width, bottom: viewport.height - editor.top + GAP, maxHeight: Math.max(200, editor.top - 2 * GAP) };
}
