import type { Underline } from './underline-ranges';

// The text-layout properties a textarea's lines depend on: a div with the same ones wraps its text into the
// same lines, so a Range over the div's text has the boxes the textarea's words have.
const LAYOUT = [
  'box-sizing',
  'width',
  'height',
  'padding-top',
  'padding-right',
  'padding-bottom',
  'padding-left',
  'border-top-width',
  'border-right-width',
  'border-bottom-width',
  'border-left-width',
  'border-style',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'font-variant',
  'font-stretch',
  'font-feature-settings',
  'letter-spacing',
  'word-spacing',
  'line-height',
  'text-transform',
  'text-indent',
  'text-align',
  'tab-size',
  'direction',
  'overflow-wrap',
  'word-break',
] as const;

export type TextareaMirror = {
  element: HTMLElement;
  /** A range over [start, end) of the textarea's text for each underline, laid out where the words are. */
  rangesFor(textarea: HTMLTextAreaElement, underlines: readonly Underline[]): { range: Range; underline: Underline }[];
};

/**
 * The CSS Highlight API cannot reach the text inside a textarea, so Herald lays the same text out in an
 * invisible div of its own, exactly over the textarea and scrolled as it is, and underlines the div's ranges.
 * The div lives in Herald's shadow root: the page never sees it, and the textarea is never touched.
 */
export function createTextareaMirror(): TextareaMirror {
  const element = document.createElement('div');
  element.setAttribute('aria-hidden', 'true');
  const text = document.createTextNode('');
  element.append(text);
  Object.assign(element.style, {
    position: 'fixed',
    visibility: 'hidden',
    pointerEvents: 'none',
    whiteSpace: 'pre-wrap',
    overflow: 'hidden',
    margin: '0',
    borderColor: 'transparent',
  });

  function follow(textarea: HTMLTextAreaElement): void {
    const style = getComputedStyle(textarea);
    for (const name of LAYOUT) element.style.setProperty(name, style.getPropertyValue(name));
    const box = textarea.getBoundingClientRect();
    element.style.left = `${box.left}px`;
    element.style.top = `${box.top}px`;
    // A textarea keeps a trailing newline's empty line; a div drops it unless something follows.
    text.data = textarea.value.endsWith('\n') ? `${textarea.value} ` : textarea.value;
    element.scrollTop = textarea.scrollTop;
    element.scrollLeft = textarea.scrollLeft;
  }

  return {
    element,
    rangesFor(textarea, underlines) {
      if (underlines.length === 0) return [];
      follow(textarea);
      return underlines.flatMap((underline) => {
        if (underline.end > textarea.value.length) return [];
        const range = document.createRange();
        range.setStart(text, underline.start);
        range.setEnd(text, underline.end);
        return [{ range, underline }];
      });
    },
  };
}
