import { h } from './h';

export type NoteView = {
  id: string;
  severity: 'info' | 'warn' | 'block';
  message: string;
  /** The quoted words the note is about, so several notes stay tellable apart. */
  excerpt: string;
  fixLabel?: string;
};

export type PolicyNotes = {
  element: HTMLElement;
  show(notes: NoteView[]): void;
  /** Beside the composer's frame (its dialog), never over the editor or its Post button. */
  place(editor: DOMRect, frame: DOMRect): void;
};

const SEVERITY_LABEL = { block: 'Do not post', warn: 'Check', info: 'Tip' } as const;

/** The policy messages beside the composer, visible without a click, each with its quick fix. */
export function createPolicyNotes(onFix: (id: string) => void): PolicyNotes {
  const list = h('ul', { class: 'notes-list' });
  const element = h(
    'section',
    { class: 'notes', role: 'region', 'aria-label': 'Herald policy checks', 'aria-live': 'polite', hidden: true },
    list,
  );
  return {
    element,
    show(notes) {
      element.hidden = notes.length === 0;
      list.replaceChildren(
        ...notes.map((note) =>
          h(
            'li',
            { class: `note note-${note.severity}`, 'data-policy': note.id },
            h('span', { class: 'note-severity' }, SEVERITY_LABEL[note.severity]),
            h('span', { class: 'note-message' }, note.message),
            note.excerpt ? h('q', { class: 'note-excerpt' }, note.excerpt) : null,
            note.fixLabel
              ? h(
                  'button',
                  {
                    type: 'button',
                    class: 'note-fix',
                    onMousedown: (event: Event) => event.preventDefault(),
                    onClick: () => onFix(note.id),
                  },
                  note.fixLabel,
                )
              : null,
          ),
        ),
      );
    },
    place(editor, frame) {
      const width = 280;
      const gap = 8;
      const minHeight = 120;
      const top = Math.max(gap, Math.min(editor.top, window.innerHeight - 160));
      const below = window.innerHeight - frame.bottom - 2 * gap;
      const under = Math.min(editor.width, window.innerWidth - 2 * gap);
      Object.assign(element.style, { top: '', bottom: '', width: `${width}px` });
      if (window.innerWidth - frame.right >= width + 2 * gap) {
        Object.assign(element.style, { left: `${frame.right + gap}px`, top: `${top}px` });
        element.style.maxHeight = `${window.innerHeight - top - gap}px`;
      } else if (frame.left >= width + 2 * gap) {
        Object.assign(element.style, { left: `${frame.left - width - gap}px`, top: `${top}px` });
        element.style.maxHeight = `${window.innerHeight - top - gap}px`;
      } else if (below >= minHeight) {
        // A wide dialog (LinkedIn's share box): under it, where nothing of the composer is covered.
        Object.assign(element.style, {
          width: `${under}px`,
          left: `${Math.max(gap, editor.left)}px`,
          top: `${frame.bottom + gap}px`,
          maxHeight: `${below}px`,
        });
      } else {
        // No room beside or under: above the composer, where the site keeps its own headings.
        Object.assign(element.style, {
          width: `${under}px`,
          left: `${Math.max(gap, editor.left)}px`,
          bottom: `${window.innerHeight - editor.top + gap}px`,
          maxHeight: `${Math.max(80, editor.top - 2 * gap)}px`,
        });
      }
    },
  };
}
