import type { Underline } from '../underline-ranges';
import { h } from './h';

export type UnderlineOverlay = {
  element: HTMLElement;
  /** Boxes under the ranges, cut to what `editor`'s scrolling ancestors and the viewport show. */
  draw(ranges: { range: Range; underline: Underline }[], editor?: Element): void;
};

type Clip = { left: number; top: number; right: number; bottom: number };

/**
 * The editor and every ancestor that clips it (scroll boxes), across shadow roots. The root element and
 * body are left to the viewport: their overflow belongs to the viewport, not to their own boxes.
 */
function clippingAncestors(editor: Element): Element[] {
  const out: Element[] = [];
  for (let node: Element | null = editor; node; ) {
    if (node === document.documentElement || node === document.body) break;
    const style = getComputedStyle(node);
    if (style.overflowX !== 'visible' || style.overflowY !== 'visible') out.push(node);
    const parent: Node | null = node.parentNode;
    node = parent instanceof ShadowRoot ? parent.host : parent instanceof Element ? parent : null;
  }
  return out;
}

function visibleArea(editor: Element | undefined): Clip {
  const area: Clip = { left: 0, top: 0, right: window.innerWidth, bottom: window.innerHeight };
  for (const element of editor ? clippingAncestors(editor) : []) {
    const rect = element.getBoundingClientRect();
    area.left = Math.max(area.left, rect.left);
    area.top = Math.max(area.top, rect.top);
    area.right = Math.min(area.right, rect.right);
    area.bottom = Math.min(area.bottom, rect.bottom);
  }
  return area;
}

/**
 * Boxes drawn under the words in Herald's own layer, inside its closed shadow root. Not the CSS Custom
 * Highlight API: its registry belongs to the document, and any page script could list what Herald flags
 * (`CSS.highlights`) without anyone typing, learning the banned terms one guess at a time. Herald's layer
 * sits above the page, so a word scrolled out of its editor must lose its box, or the box would float over
 * whatever now shows there.
 */
export function createUnderlineOverlay(): UnderlineOverlay {
  const element = h('div', { class: 'underlines', 'aria-hidden': 'true' });
  // Every site now gets these boxes, redrawn each frame the page scrolls and on the follow heartbeat: the
  // layer's DOM is rebuilt only when a box moved, so a still page costs no style or layout.
  let drawn = '';
  return {
    element,
    draw(ranges, editor) {
      const area = ranges.length > 0 ? visibleArea(editor) : null;
      const boxes = ranges.flatMap(({ range, underline }) =>
        [...range.getClientRects()].flatMap((rect) => {
          if (!area) return [];
          const left = Math.max(rect.left, area.left);
          const right = Math.min(rect.right, area.right);
          // The text's own bottom edge decides: half a line showing keeps its underline hidden.
          if (right <= left || rect.bottom > area.bottom || rect.bottom <= area.top) return [];
          return [{ severity: underline.severity, top: rect.bottom - 3, left, width: right - left }];
        }),
      );
      const signature = JSON.stringify(boxes);
      if (signature === drawn) return;
      drawn = signature;
      element.replaceChildren(
        ...boxes.map(({ severity, top, left, width }) => {
          const box = h('div', { class: `underline underline-${severity}` });
          Object.assign(box.style, { top: `${top}px`, left: `${left}px`, width: `${width}px` });
          return box;
        }),
      );
    },
  };
}
