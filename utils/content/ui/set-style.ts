/**
 * Writes only the inline styles that change. Herald places its UI every frame the page scrolls or resizes,
 * and rewriting an unchanged value still dirties style and costs the page a layout.
 */
export function setStyle(element: HTMLElement, styles: Record<string, string>): void {
  for (const [name, value] of Object.entries(styles)) {
    if (element.style.getPropertyValue(name) !== value) element.style.setProperty(name, value);
  }
}
