import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Box } from '../../../shared/layout/place-beside-composer';
import { type Point, placeLauncher, type Size } from '../../../shared/layout/place-launcher';
import { runs } from '../property/hostile';

const box = (left: number, top: number, width: number, height: number): Box => ({
  left,
  top,
  width,
  right: left + width,
  bottom: top + height,
});

const size: Size = { width: 28, height: 28 };

function overlaps(spot: Point, line: Box): boolean {
  return (
    spot.left < line.right &&
    line.left < spot.left + size.width &&
    spot.top < line.bottom &&
    line.top < spot.top + size.height
  );
}

describe('placeLauncher', () => {
  it('stays in the editor’s bottom-right corner while the draft leaves it free', () => {
    const editor = box(100, 100, 500, 120);
    const short = [box(104, 104, 150, 20)];
    expect(placeLauncher(editor, short, size, { width: 1280, height: 800 })).toEqual({ left: 560, top: 184 });
    expect(placeLauncher(editor, [], size, { width: 1280, height: 800 })).toEqual({ left: 560, top: 184 });
  });

  it('goes right of the editor when the text reaches the corner and there is room', () => {
    const editor = box(100, 100, 500, 24);
    const line = [box(100, 102, 498, 20)];
    expect(placeLauncher(editor, line, size, { width: 1280, height: 800 })).toEqual({ left: 604, top: 96 });
  });

  it('goes under the editor when a one-line draft fills it to the viewport’s right edge (X at 800 px)', () => {
    const editor = box(80, 74, 712, 24);
    const line = [box(80, 76, 705, 20)];
    expect(placeLauncher(editor, line, size, { width: 800, height: 800 })).toEqual({ left: 764, top: 102 });
  });

  it('goes over the editor when it sits at the bottom of the screen', () => {
    const editor = box(0, 700, 800, 96);
    const lines = [box(4, 704, 790, 20), box(4, 724, 790, 20), box(4, 744, 790, 20), box(4, 764, 790, 20)];
    expect(placeLauncher(editor, lines, size, { width: 800, height: 800 })).toEqual({ left: 768, top: 668 });
  });

  it('covers no text and stays in the viewport wherever there is a free spot', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 320, max: 3000 }),
        fc.integer({ min: 300, max: 2000 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0.2, max: 1, noNaN: true }),
        fc.integer({ min: 20, max: 400 }),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 20 }),
        (width, height, x, y, w, editorHeight, lineLengths) => {
          const editorWidth = Math.max(60, Math.round(w * (width - 8)));
          const editor = box(
            Math.round(x * (width - editorWidth)),
            Math.round(y * (height - 100)),
            editorWidth,
            editorHeight,
          );
          // Lines of text from the editor's top, each as long as the editor allows, none past its bottom.
          const lines = lineLengths
            .map((length, index) => box(editor.left, editor.top + index * 20, Math.max(1, length * editor.width), 20))
            .filter((line) => line.bottom <= editor.bottom);
          const spot = placeLauncher(editor, lines, size, { width, height });
          expect(spot.left).toBeGreaterThanOrEqual(0);
          expect(spot.top).toBeGreaterThanOrEqual(0);
          expect(spot.left + size.width).toBeLessThanOrEqual(width);
          expect(spot.top + size.height).toBeLessThanOrEqual(height);
          // An editor with room to spare on any side of the screen always has a free spot.
          const room =
            width - editor.right >= 40 || editor.left >= 40 || height - editor.bottom >= 40 || editor.top >= 40;
          if (room) expect(lines.some((line) => overlaps(spot, line))).toBe(false);
        },
      ),
      runs(),
    );
  });
});
