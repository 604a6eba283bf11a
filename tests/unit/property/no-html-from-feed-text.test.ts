// @vitest-environment happy-dom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { h } from '../../../utils/content/ui/h';
import { hostileString, runs } from './hostile';

/** Feed text as the in-page UI receives it: titles, texts, alt text, messages, anything. */
const feedText = fc.oneof(
  hostileString,
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc
    .array(fc.constantFrom('<', '>', '&', '"', "'", '/', '=', 'script', 'img', ' ', 'on', 'a', '!--', '<![CDATA['), {
      maxLength: 30,
    })
    .map((parts) => parts.join('')),
);

// happy-dom's HTML parser is slow on 100,000-character strings; the markup is in the first few anyway.
const shortFeedText = feedText.map((text) => text.slice(0, 2_000));

/** The elements a browser would build from `html`, parsed afresh. */
function reparsed(html: string): Element | null {
  const template = document.createElement('template');
  template.innerHTML = html;
  return template.content.firstElementChild;
}

describe('feed text in the in-page UI stays text (property)', () => {
  it('a string child becomes one text node: no element, and the same text', () => {
    fc.assert(
      fc.property(feedText, (text) => {
        const element = h('p', {}, text);
        expect(element.children.length).toBe(0);
        expect(element.textContent).toBe(text);
      }),
      runs(200),
    );
  });

  it('several string children beside elements add no element of their own', () => {
    fc.assert(
      fc.property(fc.array(feedText, { minLength: 1, maxLength: 4 }), (texts) => {
        const element = h('div', {}, h('strong', {}, texts[0] ?? ''), ...texts.slice(1));
        expect(element.children.length).toBe(1);
        expect(element.querySelectorAll('*').length).toBe(1);
        expect(element.textContent).toBe(texts.join(''));
      }),
      runs(200),
    );
  });

  it('an attribute value stays one attribute, and serialising the element cannot smuggle markup in', () => {
    fc.assert(
      fc.property(shortFeedText, shortFeedText, (title, text) => {
        const element = h('span', { title, 'aria-label': title }, text);
        expect(element.getAttribute('title')).toBe(title);
        expect(element.attributes.length).toBe(2);
        // What a later innerHTML (a copy, a framework, devtools) would rebuild from it.
        const rebuilt = reparsed(element.outerHTML);
        expect(rebuilt?.tagName).toBe('SPAN');
        expect(rebuilt?.children.length).toBe(0);
        expect(rebuilt?.attributes.length).toBe(2);
      }),
      runs(200),
    );
  });

  it('the check can fail: markup given as HTML does make elements', () => {
    const element = h('p');
    element.innerHTML = '<img src=x onerror=alert(1)>';
    expect(element.children.length).toBe(1);
  });
});
