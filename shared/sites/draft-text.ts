// Reads an editor's text the way Herald checks and ranks it: one line per leaf block (Quill's <p>,
// Draft.js's inner block <div>, Lexical's <p>), and keeps a map back to the DOM so findings can be
// underlined. The same walk serves both, so block boundaries are counted one way only.

const BLOCK_TAGS = ['P', 'DIV', 'LI', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'PRE'];
const BLOCK = new Set(BLOCK_TAGS);
const BLOCK_SELECTOR = BLOCK_TAGS.join(',');

type Piece = { node: Text; start: number };

export type DraftText = {
  text: string;
  /** The DOM point at a text offset, for building a Range. */
  pointAt(offset: number): { node: Text; offset: number } | null;
};

function isLeafBlock(element: Element): boolean {
  return BLOCK.has(element.tagName) && !element.querySelector(BLOCK_SELECTOR);
}

function collectText(node: Node, pieces: Piece[], out: string[], length: { value: number }): void {
  if (node.nodeType === 3) {
    const value = (node as Text).data;
    pieces.push({ node: node as Text, start: length.value });
    out.push(value);
    length.value += value.length;
    return;
  }
  if (node.nodeType !== 1) return;
  // Placeholders and decorations that editors mark as not content.
  if ((node as Element).getAttribute('contenteditable') === 'false') return;
  for (const child of node.childNodes) collectText(child, pieces, out, length);
}

export function readDraftText(root: Element): DraftText {
  const blocks = [...root.querySelectorAll(BLOCK_SELECTOR)].filter(isLeafBlock);
  const units = blocks.length > 0 ? blocks : [root];
  const pieces: Piece[] = [];
  const out: string[] = [];
  const length = { value: 0 };
  units.forEach((unit, index) => {
    if (index > 0) {
      out.push('\n');
      length.value += 1;
    }
    collectText(unit, pieces, out, length);
  });
  // Editors keep a zero-width or no-break space in empty lines; they are not the employee's words.
  const text = out.join('').replace(/[\u200b\ufeff]/g, ' ');
  return {
    text,
    pointAt(offset) {
      let found: Piece | undefined;
      for (const piece of pieces) {
        if (piece.start > offset) break;
        found = piece;
      }
      if (!found) return null;
      return { node: found.node, offset: Math.min(offset - found.start, found.node.data.length) };
    },
  };
}
