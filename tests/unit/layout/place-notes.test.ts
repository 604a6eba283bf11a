import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Box, type NotesPlacement, placeNotes } from '../../../shared/layout/place-notes';
import { runs } from '../property/hostile';

const box = (left: number, top: number, width: number, height: number): Box => ({
  left,
  top,
  width,
  right: left + width,
  bottom: top + height,
});

const desktop = { width: 1280, height: 800 };

describe('placeNotes', () => {
  it('goes right of the frame, at the editor’s top, 280 px wide when there is room', () => {
    // X at 1280 px: the timeline column with the trends sidebar to its right.
    const column = box(290, 0, 600, 800);
    const editor = box(360, 74, 513, 29);
    expect(placeNotes(editor, column, desktop)).toEqual({ left: 898, top: 74, width: 280, maxHeight: 718 });
  });

  it('narrows to the room on the right before moving elsewhere', () => {
    const column = box(457, 0, 600, 800);
    const editor = box(527, 74, 513, 29);
    expect(placeNotes(editor, column, { width: 1300, height: 800 })).toMatchObject({ left: 1065, width: 227 });
  });

  it('goes left of the frame when the right has too little room', () => {
    const dialog = box(500, 100, 700, 400);
    const editor = box(520, 160, 660, 200);
    expect(placeNotes(editor, dialog, desktop)).toEqual({ left: 212, top: 160, width: 280, maxHeight: 632 });
  });

  it('goes under a frame too wide to sit beside, as wide as the editor', () => {
    // LinkedIn's share box on a small laptop.
    const dialog = box(140, 60, 1000, 450);
    const editor = box(164, 140, 952, 240);
    expect(placeNotes(editor, dialog, desktop)).toEqual({ left: 164, top: 518, width: 952, maxHeight: 274 });
  });

  it('goes above the editor when there is room neither beside nor under', () => {
    const dialog = box(20, 150, 1240, 640);
    const editor = box(40, 220, 1200, 400);
    expect(placeNotes(editor, dialog, desktop)).toEqual({ left: 40, bottom: 588, width: 1200, maxHeight: 204 });
  });

  it('keeps its top on screen when the editor has scrolled above the window', () => {
    const column = box(290, 0, 600, 800);
    expect(placeNotes(box(360, -300, 513, 29), column, desktop)).toMatchObject({ top: 8 });
    expect(placeNotes(box(360, 790, 513, 29), column, desktop)).toMatchObject({ top: 640 });
  });

  it('never covers the frame beside it and stays in the window, for any layout', () => {
    const layout = fc
      .record({
        viewportWidth: fc.integer({ min: 320, max: 3840 }),
        viewportHeight: fc.integer({ min: 300, max: 2160 }),
        left: fc.double({ min: 0, max: 1, noNaN: true }),
        width: fc.double({ min: 0.1, max: 1, noNaN: true }),
        top: fc.double({ min: 0, max: 0.9, noNaN: true }),
        height: fc.double({ min: 0.05, max: 1, noNaN: true }),
      })
      .map(({ viewportWidth, viewportHeight, left, width, top, height }) => {
        const frameWidth = Math.max(100, Math.round(width * viewportWidth));
        const frameLeft = Math.round(left * (viewportWidth - frameWidth));
        const frameTop = Math.round(top * viewportHeight);
        const frameHeight = Math.max(60, Math.round(height * (viewportHeight - frameTop)));
        const frame = box(frameLeft, frameTop, frameWidth, frameHeight);
        const editor = box(frameLeft + 10, frameTop + 30, frameWidth - 20, Math.min(200, frameHeight - 40));
        return { viewport: { width: viewportWidth, height: viewportHeight }, frame, editor };
      });
    fc.assert(
      fc.property(layout, ({ viewport, frame, editor }) => {
        const placed: NotesPlacement = placeNotes(editor, frame, viewport);
        const right = placed.left + placed.width;
        expect(placed.left).toBeGreaterThanOrEqual(0);
        expect(right).toBeLessThanOrEqual(viewport.width);
        expect(placed.maxHeight).toBeGreaterThan(0);
        if (placed.top !== undefined && placed.top < frame.bottom) {
          // Beside: clear of the frame on one side or the other.
          expect(right <= frame.left || placed.left >= frame.right).toBe(true);
          expect(placed.width).toBeGreaterThanOrEqual(220);
        } else if (placed.bottom !== undefined) {
          // Above: its bottom edge stays over the editor's first line.
          expect(viewport.height - placed.bottom).toBeLessThanOrEqual(editor.top);
        }
      }),
      runs(),
    );
  });
});
