// Firefox runs content scripts behind Xray wrappers and under their own principal: an object the content
// script makes (a DataTransfer, an event's init dictionary, the event itself) reaches the page's scripts as an
// opaque wrapper, and clipboard data the content script sets is not readable by the page. An editor's paste or
// beforeinput handler then finds nothing to insert. Events made with the page's own constructors, from
// dictionaries cloned into the page's scope, are the page's and read normally.
// https://developer.mozilla.org/docs/Mozilla/Add-ons/WebExtensions/Sharing_objects_with_page_scripts

/** The insertion events, made the way the page's editors can read them. */
export interface InsertionEvents {
  paste(text: string): ClipboardEvent;
  beforeInput(text: string): InputEvent;
  input(): Event;
}

/**
 * Gecko's ClipboardEvent constructor ignores `clipboardData` and builds the event's DataTransfer from these
 * two non-standard members instead, under the principal of the realm the constructor belongs to.
 */
type GeckoClipboardEventInit = EventInit & { dataType: string; data: string };

/** The page's own constructors, as seen through `window.wrappedJSObject`. */
interface PageGlobals {
  ClipboardEvent: new (type: string, init: GeckoClipboardEventInit) => ClipboardEvent;
  InputEvent: typeof InputEvent;
  Event: typeof Event;
}

/** What Firefox adds to a content script's scope and window; absent in Chromium. */
interface FirefoxContentScope {
  cloneInto?: <T>(value: T, scope: object) => T;
}
interface FirefoxWindow {
  /** The page's window without the Xray wrapper: its globals are the page's. */
  wrappedJSObject?: PageGlobals;
}

const bubbling = { bubbles: true, cancelable: true };

/** Events from the content script's own constructors: what Chromium's pages read as their own. */
const ownEvents: InsertionEvents = {
  paste(text) {
    const data = new DataTransfer();
    data.setData('text/plain', text);
    return new ClipboardEvent('paste', { ...bubbling, clipboardData: data });
  },
  beforeInput: (text) => new InputEvent('beforeinput', { ...bubbling, inputType: 'insertText', data: text }),
  input: () => new Event('input', { bubbles: true }),
};

/** The page's own constructors in a Firefox content script, else null. */
function firefoxPage(): { page: PageGlobals; clone: <T>(value: T) => T } | null {
  const page = (window as Window & FirefoxWindow).wrappedJSObject;
  const { cloneInto } = globalThis as typeof globalThis & FirefoxContentScope;
  if (!page || typeof cloneInto !== 'function') return null;
  return { page, clone: (value) => cloneInto(value, window) };
}

/** True in a Firefox content script, where the page's objects sit behind Xray wrappers. */
export function isFirefox(): boolean {
  return firefoxPage() !== null;
}

export function insertionEvents(): InsertionEvents {
  const firefox = firefoxPage();
  if (!firefox) return ownEvents;
  const { page, clone } = firefox;
  return {
    paste: (text) => new page.ClipboardEvent('paste', clone({ ...bubbling, dataType: 'text/plain', data: text })),
    beforeInput: (text) =>
      new page.InputEvent('beforeinput', clone({ ...bubbling, inputType: 'insertText', data: text })),
    input: () => new page.Event('input', clone({ bubbles: true })),
  };
}
