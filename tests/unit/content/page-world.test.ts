// @vitest-environment happy-dom
// In Firefox, Herald's insertion events must be the page's own (made with `window.wrappedJSObject`'s
// constructors from dictionaries cloned into the page), and the paste's text must travel in Gecko's
// `dataType`/`data` members, which its ClipboardEvent constructor reads instead of `clipboardData`.
import { afterEach, describe, expect, it } from 'vitest';
import { insertionEvents, isFirefox } from '../../../utils/content/page-world';

type Made = { kind: string; type: string; init: Record<string, unknown>; cloned: boolean };

const cloned = new WeakSet<object>();

/** A stand-in page world: constructors that record what they were given. */
function fakePage(made: Made[]) {
  const maker = (kind: string) =>
    function record(this: object, type: string, init: Record<string, unknown>) {
      made.push({ kind, type, init, cloned: cloned.has(init) });
    } as unknown as new (
      type: string,
      init: object,
    ) => Event;
  return { ClipboardEvent: maker('ClipboardEvent'), InputEvent: maker('InputEvent'), Event: maker('Event') };
}

const scope = globalThis as typeof globalThis & { cloneInto?: unknown };
const win = window as Window & { wrappedJSObject?: unknown };

afterEach(() => {
  delete scope.cloneInto;
  delete win.wrappedJSObject;
});

describe('insertionEvents', () => {
  it('in Firefox, makes each event with the page’s constructor from a dictionary cloned into the page', () => {
    const made: Made[] = [];
    win.wrappedJSObject = fakePage(made);
    scope.cloneInto = (value: object) => {
      const copy = { ...value };
      cloned.add(copy);
      return copy;
    };
    expect(isFirefox()).toBe(true);

    const events = insertionEvents();
    events.paste('Hello\nworld');
    events.beforeInput('Hi');
    events.input();

    expect(made).toEqual([
      {
        kind: 'ClipboardEvent',
        type: 'paste',
        init: { bubbles: true, cancelable: true, dataType: 'text/plain', data: 'Hello\nworld' },
        cloned: true,
      },
      {
        kind: 'InputEvent',
        type: 'beforeinput',
        init: { bubbles: true, cancelable: true, inputType: 'insertText', data: 'Hi' },
        cloned: true,
      },
      { kind: 'Event', type: 'input', init: { bubbles: true }, cloned: true },
    ]);
  });

  it('elsewhere, makes them with its own constructors, the paste carrying its text in clipboardData', () => {
    expect(isFirefox()).toBe(false);
    const events = insertionEvents();
    const paste = events.paste('Hello');
    expect(paste).toBeInstanceOf(ClipboardEvent);
    expect(paste.type).toBe('paste');
    expect(paste.bubbles).toBe(true);
    const input = events.beforeInput('Hi');
    expect(input).toBeInstanceOf(InputEvent);
    expect([input.type, input.inputType, input.data]).toEqual(['beforeinput', 'insertText', 'Hi']);
  });
});
