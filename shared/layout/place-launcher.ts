import type { Box, Viewport } from './place-beside-composer';

export type Size = { width: number; height: number };
/** Fixed-position CSS values, in pixels, for the launcher's top-left corner. */
export type Point = { left: number; top: number };

/** The launcher's distance from the editor's right and bottom edges when it sits in its corner. */
const INSET = { right: 12, bottom: 8 };
const GAP = 4;
/** Kept clear between the launcher and a line of text, so it never touches a glyph or the caret after it. */
const CLEARANCE = 2;

/**
 * Where the launcher goes: never over the employee's text, always inside the viewport.
 *
 * The first of these spots that covers none of `text` (the client rects of the draft's text, in viewport
 * pixels) wins:
 * 1. the editor's bottom-right corner, where it has always been: an empty or short draft leaves it free,
 *    and the launcher then stays on the composer it belongs to;
 * 2. just right of the editor's box, level with its last line: the text cannot reach it there, but on a
 *    narrow screen the editor often runs to the viewport's edge and there is no room;
 * 3. under the editor's box, aligned to its right edge (a one-line X draft at 800 px wide fills the corner
 *    and leaves no room on the right);
 * 4. over the editor's box, where a composer at the bottom of the screen has room only above;
 * 5. left of the editor's box.
 * Every spot is first moved inside the viewport, which is how one can land on the text and be passed over.
 * When every spot covers text (an editor larger than the screen, filled), the spot under the editor wins:
 * that is where the employee's eye is least, below what they type.
 */
export function placeLauncher(editor: Box, text: readonly Box[], size: Size, viewport: Viewport): Point {
  const spots: Point[] = [
    { left: editor.right - INSET.right - size.width, top: editor.bottom - INSET.bottom - size.height },
    { left: editor.right + GAP, top: editor.bottom - size.height },
    { left: editor.right - size.width, top: editor.bottom + GAP },
    { left: editor.right - size.width, top: editor.top - GAP - size.height },
    { left: editor.left - GAP - size.width, top: editor.bottom - size.height },
  ].map((spot) => insideViewport(spot, size, viewport));
  return spots.find((spot) => !text.some((line) => covers(spot, size, line))) ?? (spots[2] as Point);
}

function insideViewport(spot: Point, size: Size, viewport: Viewport): Point {
  const clamp = (value: number, max: number) => Math.max(GAP, Math.min(value, max - GAP));
  return {
    left: clamp(spot.left, viewport.width - size.width),
    top: clamp(spot.top, viewport.height - size.height),
  };
}

function covers(spot: Point, size: Size, line: Box): boolean {
  // An empty rect (a line break, an empty text node) holds nothing to cover.
  if (line.right - line.left <= 0 || line.bottom - line.top <= 0) return false;
  return (
    spot.left < line.right + CLEARANCE &&
    line.left - CLEARANCE < spot.left + size.width &&
    spot.top < line.bottom + CLEARANCE &&
    line.top - CLEARANCE < spot.top + size.height
  );
}
