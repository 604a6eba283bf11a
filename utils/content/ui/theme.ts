function parseRgb(color: string): [number, number, number, number] | null {
  const match = color.match(/rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)/);
  if (!match) return null;
  return [Number(match[1]), Number(match[2]), Number(match[3]), match[4] === undefined ? 1 : Number(match[4])];
}

/**
 * Whether the composer sits on a dark background. Reading the painted colour works on all three sites
 * whatever their theme switch is called; the adapter's selector is a hint for when nothing is painted.
 */
export function isDarkAround(element: Element, darkHint: string): boolean {
  for (
    let node: Element | null = element;
    node;
    node = node.parentElement ?? (node.getRootNode() as ShadowRoot).host ?? null
  ) {
    const rgb = parseRgb(getComputedStyle(node).backgroundColor);
    if (rgb && rgb[3] > 0.5) return 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2] < 128;
  }
  if (document.documentElement.matches(darkHint) || document.body?.matches(darkHint)) return true;
  return matchMedia('(prefers-color-scheme: dark)').matches;
}
