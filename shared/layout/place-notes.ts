/** A rectangle in viewport pixels; a DOMRect is one. */
export type Box = { left: number; top: number; right: number; bottom: number; width: number };
export type Viewport = { width: number; height: number };

/** Fixed-position CSS values, in pixels, for the policy notes. */
export type NotesPlacement = { left: number; width: number; maxHeight: number } & (
  | { top: number; bottom?: never }
  | { bottom: number; top?: never }
);

const WIDTH = 280;
/** Narrower than this, a message wraps every few words: better under the composer than squeezed beside it. */
const MIN_WIDTH = 220;
const GAP = 8;
const MIN_HEIGHT_UNDER = 120;

/**
 * Where the notes go so that they cover neither the editor nor the rest of its frame (the dialog, X's
 * timeline column with its Post button): beside the frame, right first, as wide as the room allows; under it
 * when it is too wide (LinkedIn's share box); else above the editor, over the site's own headings.
 */
export function placeNotes(editor: Box, frame: Box, viewport: Viewport): NotesPlacement {
  const top = Math.max(GAP, Math.min(editor.top, viewport.height - 160));
  const maxHeight = viewport.height - top - GAP;
  const roomRight = viewport.width - frame.right - 2 * GAP;
  if (roomRight >= MIN_WIDTH) return { left: frame.right + GAP, top, width: Math.min(WIDTH, roomRight), maxHeight };
  const roomLeft = frame.left - 2 * GAP;
  if (roomLeft >= MIN_WIDTH) {
    const width = Math.min(WIDTH, roomLeft);
    return { left: frame.left - GAP - width, top, width, maxHeight };
  }
  const left = Math.max(GAP, editor.left);
  const width = Math.min(editor.width, viewport.width - 2 * GAP);
  const below = viewport.height - frame.bottom - 2 * GAP;
  if (below >= MIN_HEIGHT_UNDER) return { left, width, top: frame.bottom + GAP, maxHeight: below };
  return { left, width, bottom: viewport.height - editor.top + GAP, maxHeight: Math.max(80, editor.top - 2 * GAP) };
}
