// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readDraftText } from '../../../shared/sites/draft-text';

function editor(html: string): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = html;
  return root;
}

describe('readDraftText', () => {
  it.each([
    ['Quill', '<p>Hello <strong>world</strong></p><p><br></p><p>third</p>', 'Hello world\n\nthird'],
    [
      'Draft.js',
      '<div data-contents="true"><div data-block="true"><div><span data-text="true">One</span></div></div>' +
        '<div data-block="true"><div><span data-text="true">Two</span></div></div></div>',
      'One\nTwo',
    ],
    [
      'Draft.js with an empty line',
      '<div data-contents="true"><div data-block="true"><div><span data-text="true">One</span></div></div>' +
        '<div data-block="true"><div><span><br data-text="true"></span></div></div>' +
        '<div data-block="true"><div><span data-text="true">Two</span></div></div></div>',
      'One\n\nTwo',
    ],
    ['Lexical', '<p><span data-lexical-text="true">Lex</span></p><p><span>ical</span></p>', 'Lex\nical'],
    ['Lexical soft breaks', '<p><span>one</span><br><span>two</span><br><br><span>four</span></p>', 'one\ntwo\n\nfour'],
    ['Lexical line ending in a soft break', '<p><span>one</span><br><br></p>', 'one\n'],
    ['bare text', 'plain words', 'plain words'],
    ["an editor's zero-width space alone in a line", '<p>one</p><p>\u200b</p><p>\ufefftwo</p>', 'one\n \n two'],
    [
      'a zero-width space inside a word, which must not split it',
      '<p>Fal\u200bcon Fal\ufeffcon</p>',
      'Fal\u200bcon Fal\ufeffcon',
    ],
    ['empty Quill', '<p><br></p>', ''],
  ])('reads a %s editor one line per block', (_editor, html, text) => {
    expect(readDraftText(editor(html)).text).toBe(text);
  });

  it('maps text offsets back to the DOM text node and offset', () => {
    const root = editor('<p>Hello <strong>world</strong></p><p>third</p>');
    const draft = readDraftText(root);
    const start = draft.pointAt(draft.text.indexOf('world'));
    const third = draft.pointAt(draft.text.indexOf('third') + 2);
    expect(start?.node.textContent).toBe('world');
    expect(start?.offset).toBe(0);
    expect(third?.node.textContent).toBe('third');
    expect(third?.offset).toBe(2);
  });

  it('maps text offsets after soft breaks to the right text node', () => {
    const root = editor('<p><span>one</span><br><span>two</span></p>');
    const draft = readDraftText(root);
    const point = draft.pointAt(draft.text.indexOf('two') + 1);
    expect(point?.node.textContent).toBe('two');
    expect(point?.offset).toBe(1);
  });

  it('maps an offset in an empty line to the start of that line', () => {
    const root = editor('<p>one</p><p><br></p><p>three</p>');
    const draft = readDraftText(root);
    expect(draft.pointAt(4)).toEqual({ node: root.querySelectorAll('p')[1], offset: 0 });
    expect(draft.pointAt(3)).toEqual({ node: root.querySelector('p')?.firstChild, offset: 3 });
  });

  it('round-trips every offset through pointAt and offsetOf', () => {
    const root = editor('<p>Hello <b>big</b> world</p><p><br></p><p><span>a</span><br><span>b</span></p>');
    const draft = readDraftText(root);
    for (let offset = 0; offset <= draft.text.length; offset++) {
      const point = draft.pointAt(offset);
      expect(point && draft.offsetOf(point.node, point.offset), `offset ${offset}`).toBe(offset);
    }
  });

  it('skips non-editable decorations', () => {
    expect(readDraftText(editor('<p>a<span contenteditable="false">@mention chip</span>b</p>')).text).toBe('ab');
  });
});

describe('DraftText.offsetOf', () => {
  it('finds the offset of a caret inside a text node', () => {
    const root = editor('<p>Hello <strong>world</strong></p><p>third</p>');
    const draft = readDraftText(root);
    const third = root.querySelectorAll('p')[1]?.firstChild as Text;
    const world = root.querySelector('strong')?.firstChild as Text;
    expect(draft.offsetOf(world, 2)).toBe(draft.text.indexOf('world') + 2);
    expect(draft.offsetOf(third, 0)).toBe(draft.text.indexOf('third'));
  });

  it('puts a caret in an empty line after that line break, not at the end of the line before', () => {
    const root = editor('<p>one</p><p><br></p><p>three</p>');
    const draft = readDraftText(root);
    const empty = root.querySelectorAll('p')[1] as HTMLElement;
    expect(draft.offsetOf(empty, 0)).toBe(4);
    expect(draft.text.slice(0, 4)).toBe('one\n');
  });

  it('counts element boundaries between and after text nodes', () => {
    const root = editor('<p><span>one</span><br><span>two</span></p>');
    const draft = readDraftText(root);
    const line = root.querySelector('p') as HTMLElement;
    expect(draft.offsetOf(line, 0)).toBe(0);
    expect(draft.offsetOf(line, 1)).toBe(3);
    expect(draft.offsetOf(line, 2)).toBe(4);
    expect(draft.offsetOf(line, 3)).toBe(7);
    expect(draft.offsetOf(root, 1)).toBe(7);
  });

  it('is null for a point outside the editor', () => {
    const root = editor('<p>one</p>');
    expect(readDraftText(root).offsetOf(document.body, 0)).toBeNull();
  });
});

describe('readDraftText on a textarea', () => {
  it('reads its current value, not the text it was created with, and maps no DOM points', () => {
    document.body.innerHTML = '<textarea>default</textarea>';
    const textarea = document.querySelector('textarea') as HTMLTextAreaElement;
    textarea.value = 'Typed by the employee\nsecond line';
    const draft = readDraftText(textarea);
    expect(draft.text).toBe('Typed by the employee\nsecond line');
    expect(draft.pointAt(3)).toBeNull();
    expect(draft.offsetOf(textarea, 0)).toBeNull();
  });
});
