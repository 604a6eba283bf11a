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
    ['Lexical', '<p><span data-lexical-text="true">Lex</span></p><p><span>ical</span></p>', 'Lex\nical'],
    ['bare text', 'plain words', 'plain words'],
    ['empty Quill', '<p><br></p>', ''],
  ])('reads a %s editor one line per block', (_editor, html, text) => {
    expect(readDraftText(editor(html)).text).toBe(text);
  });

  it('maps text offsets back to the DOM text node and offset', () => {
    const root = editor('<p>Hello <strong>world</strong></p><p>third</p>');
    const draft = readDraftText(root);
    const start = draft.pointAt(draft.text.indexOf('world'));
    const third = draft.pointAt(draft.text.indexOf('third') + 2);
    expect(start?.node.data).toBe('world');
    expect(start?.offset).toBe(0);
    expect(third?.node.data).toBe('third');
    expect(third?.offset).toBe(2);
  });

  it('skips non-editable decorations', () => {
    expect(readDraftText(editor('<p>a<span contenteditable="false">@mention chip</span>b</p>')).text).toBe('ab');
  });
});
