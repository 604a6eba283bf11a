// @vitest-environment happy-dom
// The in-page panel's "Another wording" button: there only for an item with more than one wording, moved only by
// the employee's own input, and keeping the focus when the list redraws with the next wording.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createSuggestionPanel, type SuggestionView } from '../../../utils/content/ui/suggestion-panel';

const view = (key: string, wording?: SuggestionView['wording']): SuggestionView => ({
  key,
  title: `Item ${key}`,
  preview: `Preview of ${key} in wording ${wording ? wording.index + 1 : 1}`,
  ...(wording ? { wording } : {}),
});

function click(target: Element, trusted: boolean): void {
  const event = new MouseEvent('click', { bubbles: true, composed: true });
  Object.defineProperty(event, 'isTrusted', { value: trusted });
  target.dispatchEvent(event);
}

function press(target: Element, key: string): void {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true });
  Object.defineProperty(event, 'isTrusted', { value: true });
  target.dispatchEvent(event);
}

let onAnotherWording: ReturnType<typeof vi.fn<(key: string) => void>>;
let panel: ReturnType<typeof createSuggestionPanel>;
const buttons = (name: RegExp) =>
  [...panel.element.querySelectorAll('button')].filter((button) =>
    name.test(button.getAttribute('aria-label') ?? button.textContent ?? ''),
  );

beforeEach(() => {
  document.body.replaceChildren();
  onAnotherWording = vi.fn<(key: string) => void>();
  panel = createSuggestionPanel({
    onInsert: () => {},
    onAnotherWording,
    onSearch: () => {},
    onClose: () => {},
    isDemo: () => false,
  });
  document.body.append(panel.element);
  panel.open();
  panel.show([view('a', { index: 1, count: 3 }), view('b')], 'status');
});

describe('the Another wording button in the panel', () => {
  it('is there only for an item with more than one wording, and says which one is shown', () => {
    const another = buttons(/^Another wording/);
    expect(another).toHaveLength(1);
    expect(another[0]?.getAttribute('aria-label')).toBe('Another wording (2 of 3): Item a');
    expect(another[0]?.textContent).toBe('Another wording (2 of 3)');
  });

  it('answers the employee’s click, never a page script’s', () => {
    const [another] = buttons(/^Another wording/);
    if (!another) throw new Error('no button');
    click(another, false);
    expect(onAnotherWording).not.toHaveBeenCalled();
    click(another, true);
    expect(onAnotherWording).toHaveBeenCalledWith('a');
  });

  it('keeps the focus when the list redraws with the next wording', () => {
    buttons(/^Another wording/)[0]?.focus();
    panel.show([view('a', { index: 2, count: 3 }), view('b')], 'status');
    const [another] = buttons(/^Another wording/);
    expect(another?.textContent).toBe('Another wording (3 of 3)');
    expect(document.activeElement).toBe(another);
  });

  it('is skipped by the arrow keys, which move from suggestion to suggestion', () => {
    const [insertA, insertB] = buttons(/^Insert/);
    insertA?.focus();
    press(insertA as Element, 'ArrowDown');
    expect(document.activeElement).toBe(insertB);
    buttons(/^Another wording/)[0]?.focus();
    press(buttons(/^Another wording/)[0] as Element, 'ArrowDown');
    expect(document.activeElement).toBe(insertB);
  });
});
