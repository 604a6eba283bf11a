import type { Underline } from '../highlights';
import { h } from './h';

/** Where the Highlight API is missing: wavy boxes drawn over the words, in Herald's own layer. */
export function createUnderlineOverlay(): {
  element: HTMLElement;
  draw(ranges: { range: Range; underline: Underline }[]): void;
} {
  const element = h('div', { class: 'underlines', 'aria-hidden': 'true' });
  return {
    element,
    draw(ranges) {
      element.replaceChildren(
        ...ranges.flatMap(({ range, underline }) =>
          [...range.getClientRects()].map((rect) => {
            const box = h('div', { class: `underline underline-${underline.severity}` });
            Object.assign(box.style, {
              top: `${rect.bottom - 3}px`,
              left: `${rect.left}px`,
              width: `${rect.width}px`,
            });
            return box;
          }),
        ),
      );
    },
  };
}
