/**
 * Where the draft's text is drawn, as client rects. Each text node is measured on its own: a Range over the
 * whole editor would also return the boxes of its paragraphs, which span the editor's width whatever they hold.
 * A textarea's text has no nodes to measure, so all of its box counts as text once it holds any.
 */
export function textRects(editor: HTMLElement): DOMRect[] {
  if (editor instanceof HTMLTextAreaElement || editor instanceof HTMLInputElement)
    return editor.value ? [editor.getBoundingClientRect()] : [];
  const rects: DOMRect[] = [];
  const walker = document.createTreeWalker(editor, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.nodeValue?.trim()) continue;
    range.selectNodeContents(node);
    rects.push(...range.getClientRects());
  }
  return rects;
}
