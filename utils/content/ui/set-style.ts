import type { Placement } from '../../../shared/layout/place-beside-composer';

/**
 * Writes only the inline styles that change. Herald places its UI every frame the page scrolls or resizes,
 * and rewriting an unchanged value still dirties style and costs the page a layout.
 */
export function setStyle(element: HTMLElement, styles: Record<string, string>): void {
  for (const [name, value] of Object.entries(styles)) {
    if (element.style.getPropertyValue(name) !== value) element.style.setProperty(name, value);
  }
}

/** Positions a fixed element where a placement function said; the edge it does not name is cleared. */
export function setPlacement(element: HTMLElement, { left, top, bottom, width, maxHeight }: Placement): void {
  const px = (value: number | undefined) => (value === undefined ? '' : `${value}px`);
  setStyle(element, {
    left: px(left),
    top: px(top),
    bottom: px(bottom),
    width: px(width),
    'max-height': px(maxHeight),
  });
}
