import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildEchoIndex, measureEcho, SHINGLE_WORDS } from '../../../shared/echo/echo-index';

// Approved texts draw their words from one vocabulary, the employee's own sentences from another, so an
// own sentence can never be approved text by construction.
const APPROVED_WORDS = [
  'robots',
  'warehouse',
  'team',
  'hiring',
  'energy',
  'parcel',
  'report',
  'proud',
  'lyon',
  'build',
];
const OWN_WORDS = ['weekend', 'coffee', 'daughter', 'bike', 'rain', 'garden', 'guitar', 'novel'];

const sentence = (vocabulary: string[], min: number) =>
  fc.array(fc.constantFrom(...vocabulary), { minLength: min, maxLength: 12 }).map((words) => `${words.join(' ')}.`);
const approvedText = fc.array(sentence(APPROVED_WORDS, 1), { minLength: 1, maxLength: 4 }).map((s) => s.join(' '));
const texts = fc.array(approvedText, { minLength: 1, maxLength: 5 });

describe('echo meter properties', () => {
  it('scores every approved text 100%, alone or several pasted together', () => {
    fc.assert(
      fc.property(texts, (list) => {
        const index = buildEchoIndex(list);
        for (const text of list) expect(measureEcho(index, text).share).toBe(1);
        // Texts shorter than a shingle count only as a whole draft (see echo-index.ts).
        const long = list.filter((text) => measureEcho(index, text).words >= SHINGLE_WORDS);
        if (long.length > 0) expect(measureEcho(index, long.join('\n\n')).share).toBe(1);
      }),
    );
  });

  it('scores a draft of own words 0', () => {
    fc.assert(
      fc.property(texts, sentence(OWN_WORDS, 1), (list, own) => {
        expect(measureEcho(buildEchoIndex(list), own).share).toBe(0);
      }),
    );
  });

  it('goes down with each own sentence added, before, after or inside', () => {
    fc.assert(
      fc.property(
        texts,
        fc.nat(),
        fc.array(fc.tuple(sentence(OWN_WORDS, 1), fc.nat()), { minLength: 1, maxLength: 6 }),
        (list, pick, additions) => {
          const index = buildEchoIndex(list);
          let sentences = (list[pick % list.length] as string).split(/(?<=\.) /);
          let previous = measureEcho(index, sentences.join(' '));
          for (const [own, at] of additions) {
            sentences = sentences.toSpliced(at % (sentences.length + 1), 0, own);
            const next = measureEcho(index, sentences.join(' '));
            expect(next.words).toBeGreaterThan(previous.words);
            // Strictly lower while any approved word is left; adding an own sentence between two approved
            // ones may cut shingles that spanned them, never add one.
            if (previous.share > 0) expect(next.share).toBeLessThan(previous.share);
            else expect(next.share).toBe(0);
            previous = next;
          }
        },
      ),
    );
  });
});

describe('echo meter properties: placeholders', () => {
  const PLACEHOLDERS = ['{firstName}', '{jobTitle}', '{team}', '{location}', '{company}'];

  it('a filled insert keeps exactly the approved words of the template, whatever is filled in', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...APPROVED_WORDS), fc.constantFrom(...PLACEHOLDERS)), {
          minLength: 1,
          maxLength: 30,
        }),
        fc.array(sentence(OWN_WORDS, 1), { minLength: 5, maxLength: 5 }),
        (parts, fills) => {
          const template = parts.join(' ');
          const index = buildEchoIndex([template]);
          let at = 0;
          const filled = template.replace(/\{\w+\}/g, () => (fills[at++ % fills.length] as string).slice(0, -1));
          const before = measureEcho(index, template);
          const after = measureEcho(index, filled);
          // A placeholder is no word; what fills it is the employee's own, and never approved.
          expect(after.approvedWords).toBe(before.approvedWords);
          expect(after.words).toBeGreaterThanOrEqual(before.words);
        },
      ),
    );
  });
});
