import { placeNotes } from '../../../shared/layout/place-beside-composer';
import { h } from './h';
import { setPlacement } from './set-style';
import { fromUser } from './trusted';

export type NoteView = {
  id: string;
  severity: 'info' | 'warn' | 'block';
  message: string;
  /** The quoted words the note is about, so several notes stay tellable apart. */
  excerpt: string;
  fixLabel?: string;
  /** A blocking rule set with `override: false`: the note says the company does not allow it. */
  companyRule?: boolean;
};

export type PolicyNotes = {
  element: HTMLElement;
  show(notes: NoteView[]): void;
  /** Beside the composer's frame (its dialog), never over the editor or its Post button. */
  place(editor: DOMRect, frame: DOMRect): void;
};

const SEVERITY_LABEL = { block: 'Do not post', warn: 'Check', info: 'Tip' } as const;
const COMPANY_RULE_LABEL = 'Company rule: do not post';

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
            h(
              'span',
              { class: 'note-severity' },
              note.companyRule ? COMPANY_RULE_LABEL : SEVERITY_LABEL[note.severity],
            ),
            h('span', { class: 'note-message' }, note.message),
            note.excerpt ? h('q', { class: 'note-excerpt' }, note.excerpt) : null,
            note.fixLabel
              ? h(
                  'button',
                  {
                    type: 'button',
                    class: 'note-fix',
                    onMousedown: (event: Event) => event.preventDefault(),
                    onClick: fromUser(() => onFix(note.id)),
                  },
                  note.fixLabel,
                )
              : null,
          ),
        ),
      );
    },
    place(editor, frame) {
      setPlacement(element, placeNotes(editor, frame, { width: window.innerWidth, height: window.innerHeight }));
    },
  };
}
