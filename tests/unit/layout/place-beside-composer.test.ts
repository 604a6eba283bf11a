import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Box, type Placement, placeNotes, placePanel } from '../../../shared/layout/place-beside-composer';
import { runs } from '../property/hostile';

const box = (left: number, top: number, width: number, height: number): Box => ({
  left,
  top,
  width,
  right: left + width,
  bottom: top + height,
});

const desktop = { width: 1280, height: 800 };

/** A viewport of any size and a frame anywhere in it, with the editor inside the frame. */
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
    fc.assert(
      fc.property(layout, ({ viewport, frame, editor }) => {
        const placed: Placement = placeNotes(editor, frame, viewport);
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

describe('placePanel', () => {
  it('goes left of the frame, level with the editor, where there are 320 px', () => {
    // Facebook's post dialog, centred at 1280 px.
    const dialog = box(383, 222, 500, 355);
    const editor = box(399, 380, 468, 100);
    expect(placePanel(editor, dialog, desktop)).toEqual({ left: 8, top: 380, width: 367, maxHeight: 412 });
  });

  it('keeps room for two suggestions when the editor sits low on the screen', () => {
    const dialog = box(383, 222, 500, 560);
    expect(placePanel(box(399, 700, 468, 60), dialog, desktop)).toMatchObject({ top: 480, maxHeight: 312 });
  });

  it('goes under a dialog too wide to sit beside, clear of its Post button, at the editor’s right edge', () => {
    // LinkedIn's share box at 1280 px.
    const dialog = box(261, 48, 744, 376);
    const editor = box(285, 140, 696, 230);
    expect(placePanel(editor, dialog, desktop)).toEqual({ left: 601, top: 432, width: 380, maxHeight: 360 });
  });

  it('goes under the editor, at its right edge, when neither side of the frame nor under it has room', () => {
    // X's timeline column: the side navigation leaves too little room on the left.
    const column = box(267, 0, 600, 800);
    const editor = box(337, 74, 513, 29);
    expect(placePanel(editor, column, desktop)).toEqual({ left: 470, top: 111, width: 380, maxHeight: 681 });
  });

  it('goes over the editor when there is more room above it than below', () => {
    const dialog = box(261, 48, 744, 720);
    const editor = box(285, 500, 696, 240);
    expect(placePanel(editor, dialog, desktop)).toEqual({ left: 601, bottom: 308, width: 380, maxHeight: 484 });
  });

  it('stays clear of the frame beside it, and in the window, for any layout', () => {
    fc.assert(
      fc.property(layout, ({ viewport, frame, editor }) => {
        const placed = placePanel(editor, frame, viewport);
        expect(placed.left).toBeGreaterThanOrEqual(0);
        if (viewport.width >= 396) expect(placed.left + placed.width).toBeLessThanOrEqual(viewport.width);
        if (placed.top !== undefined && placed.top > frame.bottom) {
          expect(placed.maxHeight).toBeGreaterThanOrEqual(200);
        } else if (placed.top !== undefined && placed.top < editor.bottom) {
          expect(placed.left + placed.width).toBeLessThanOrEqual(frame.left);
          expect(placed.width).toBeGreaterThanOrEqual(320);
        }
      }),
      runs(),
    );
  });
});
