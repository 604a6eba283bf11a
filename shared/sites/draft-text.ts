// Reads an editor's text the way Herald checks and ranks it: one line per leaf block (Quill's <p>,
// Draft.js's inner block <div>, Lexical's <p>), a line break for each <br> inside a line (Lexical's
// soft breaks), and keeps a map back to the DOM so findings can be underlined and the caret located.
// The same walk serves all three, so block boundaries and breaks are counted one way only.

const BLOCK_TAGS = ['P', 'DIV', 'LI', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'PRE'];
const BLOCK = new Set(BLOCK_TAGS);
const BLOCK_SELECTOR = BLOCK_TAGS.join(',');

/** A text node, or a <br> that stands for one "\n". */
type Piece = { node: Text | Element; start: number; length: number; unit: number };
type Unit = { element: Element; start: number };

export type DraftText = {
  text: string;
  /** The DOM point at a text offset, for building a Range: in a text node, or at the start of an empty line. */
  pointAt(offset: number): { node: Node; offset: number } | null;
  /** The text offset of a DOM point (a Range boundary) inside the editor; null when it is outside. */
  offsetOf(node: Node, offset: number): number | null;
};

function isLeafBlock(element: Element): boolean {
  return BLOCK.has(element.tagName) && !element.querySelector(BLOCK_SELECTOR);
}

type Walk = { pieces: Piece[]; out: string[]; length: number; unit: number };

function collectText(node: Node, walk: Walk): void {
  if (node.nodeType === 3) {
    const value = (node as Text).data;
    walk.pieces.push({ node: node as Text, start: walk.length, length: value.length, unit: walk.unit });
    walk.out.push(value);
    walk.length += value.length;
    return;
  }
  if (node.nodeType !== 1) return;
  const element = node as Element;
  // Placeholders and decorations that editors mark as not content.
  if (element.getAttribute('contenteditable') === 'false') return;
  if (element.tagName === 'BR') {
    walk.pieces.push({ node: element, start: walk.length, length: 1, unit: walk.unit });
    walk.out.push('\n');
    walk.length += 1;
    return;
  }
  for (const child of element.childNodes) collectText(child, walk);
}

/** Every editor ends a line with a <br> that is not a line of its own (Quill's and Draft's empty line,
 *  Lexical's line ending in a soft break): drop it. */
function dropTrailingBreak(walk: Walk): void {
  const last = walk.pieces[walk.pieces.length - 1];
  if (!last || last.unit !== walk.unit || last.node.nodeType !== 1 || last.start + 1 !== walk.length) return;
  walk.pieces.pop();
  walk.out.pop();
  walk.length -= 1;
}

/** Whether `piece` lies before the boundary point (container, offset), which is not inside a text piece. */
function isBefore(piece: Piece, container: Node, offset: number): boolean {
  const child = container.childNodes[offset];
  if (!child) return container === piece.node || container.contains(piece.node) || precedes(piece.node, container);
  return precedes(piece.node, child) && !child.contains(piece.node);
}

function precedes(node: Node, other: Node): boolean {
  return (other.compareDocumentPosition(node) & 2) /* DOCUMENT_POSITION_PRECEDING */ !== 0;
}

/** A textarea's text is its value, not DOM text: there are no DOM points in it to map offsets to. */
function textareaText(textarea: HTMLTextAreaElement): DraftText {
  return { text: textarea.value, pointAt: () => null, offsetOf: () => null };
}

const EDITOR_FILLER = /(?<![\p{L}\p{M}\p{N}])[\u200b\ufeff]|[\u200b\ufeff](?![\p{L}\p{M}\p{N}])/gu;

export function readDraftText(root: Element): DraftText {
  if (root.tagName === 'TEXTAREA') return textareaText(root as HTMLTextAreaElement);
  const blocks = [...root.querySelectorAll(BLOCK_SELECTOR)].filter(isLeafBlock);
  const elements = blocks.length > 0 ? blocks : [root];
  const walk: Walk = { pieces: [], out: [], length: 0, unit: 0 };
  const units: Unit[] = [];
  elements.forEach((element, index) => {
    if (index > 0) {
      walk.out.push('\n');
      walk.length += 1;
    }
    walk.unit = index;
    units.push({ element, start: walk.length });
    collectText(element, walk);
    dropTrailingBreak(walk);
  });
  // Editors keep a zero-width or no-break space in empty lines and at the edges of inline parts; they are
  // not the employee's words. Between two letters one is the employee's (or a paste's), and read as a space
  // it would split a banned term in two: the policy check ignores it there instead.
  const text = walk.out.join('').replace(EDITOR_FILLER, ' ');
  const { pieces } = walk;
  return {
    text,
    pointAt(offset) {
      let found: Piece | undefined;
      for (const piece of pieces) {
        if (piece.start > offset) break;
        if (piece.node.nodeType === 3) found = piece;
      }
      // An offset in a line with no text (an empty paragraph) is the start of that line.
      const unitIndex = units.findLastIndex((unit) => unit.start <= offset);
      const unit = units[unitIndex];
      if (unit && (!found || found.unit < unitIndex)) return { node: unit.element, offset: 0 };
      if (!found) return null;
      const node = found.node as Text;
      return { node, offset: Math.min(offset - found.start, node.data.length) };
    },
    offsetOf(node, offset) {
      if (node !== root && !root.contains(node)) return null;
      const exact = pieces.find((piece) => piece.node === node && node.nodeType === 3);
      if (exact) return exact.start + Math.min(offset, exact.length);
      let before: Piece | undefined;
      for (const piece of pieces) {
        if (!isBefore(piece, node, offset)) break;
        before = piece;
      }
      // A caret in an empty line, or at the start of one, sits after that line's "\n", not at the end of
      // the previous line's text.
      const unitIndex = units.findIndex((unit) => unit.element === node || unit.element.contains(node));
      const unit = units[unitIndex];
      if (unit && (!before || before.unit < unitIndex)) return unit.start;
      return before ? before.start + before.length : 0;
    },
  };
}
