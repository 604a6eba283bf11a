import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  fillPlaceholders,
  gapText,
  PLACEHOLDER_NAMES,
  type PlaceholderValues,
  placeholderProblems,
} from '../../../shared/text/placeholders';

const name = fc.constantFrom(...PLACEHOLDER_NAMES);
/** Text pieces that include braces and near-miss names, so filling meets what feeds may hold. */
const piece = fc.oneof(
  fc.string({ maxLength: 12 }),
  name.map((n) => `{${n}}`),
  fc.constantFrom('{', '}', '{{team}}', '{team', 'team}', '[team]', '{Team}', '\u{1F600}'),
);
const text = fc.array(piece, { maxLength: 12 }).map((pieces) => pieces.join(''));
const values: fc.Arbitrary<PlaceholderValues> = fc.record(
  {
    firstName: fc.string({ maxLength: 10 }),
    jobTitle: fc.string({ maxLength: 10 }),
    team: fc.oneof(fc.string({ maxLength: 10 }), fc.constantFrom('{team}', ' ', '{')),
    location: fc.string({ maxLength: 10 }),
    company: fc.string({ maxLength: 10 }),
  },
  { requiredKeys: [] },
);
/** Texts a validated feed may hold: words (brackets too) and known placeholders, no other brace. */
const validText = fc
  .array(
    fc.oneof(
      fc.string({ maxLength: 8 }).map((s) => s.replace(/[{}]/g, '')),
      name.map((n) => `{${n}}`),
      fc.constantFrom('[team]', '\u{1F600}'),
    ),
    { maxLength: 12 },
  )
  .map((pieces) => pieces.join(''));
const KNOWN = new RegExp(`\\{(?:${PLACEHOLDER_NAMES.join('|')})\\}`);

describe('placeholder filling, for any text and values', () => {
  it('never leaves a brace, let alone a placeholder, in a filled valid text', () => {
    fc.assert(
      fc.property(validText, values, (raw, given) => {
        expect(fillPlaceholders(raw, given).text).not.toMatch(/[{}]/);
      }),
    );
  });

  it('points each gap at its label in the filled text, in order and without overlap', () => {
    fc.assert(
      fc.property(text, values, (raw, given) => {
        const { text: filled, gaps } = fillPlaceholders(raw, given);
        let reach = 0;
        for (const gap of gaps) {
          expect(filled.slice(gap.start, gap.end)).toBe(gapText(gap.name));
          expect(gap.start).toBeGreaterThanOrEqual(reach);
          reach = gap.end;
        }
      }),
    );
  });

  it('leaves a gap exactly where a value is missing', () => {
    fc.assert(
      fc.property(text, values, (raw, given) => {
        const placeholders = [...raw.matchAll(new RegExp(KNOWN.source, 'g'))].map((m) => m[0].slice(1, -1));
        const missing = placeholders.filter((n) => !given[n as keyof PlaceholderValues]?.replace(/[{}]/g, '').trim());
        expect(fillPlaceholders(raw, given).gaps.map((gap) => gap.name)).toEqual(missing);
      }),
    );
  });

  it('finds no problem in a text built only of words and known placeholders', () => {
    fc.assert(
      fc.property(validText, (raw) => {
        expect(placeholderProblems(raw)).toEqual([]);
      }),
    );
  });

  it('finds a problem wherever a brace is left over', () => {
    fc.assert(
      fc.property(validText, fc.nat(), fc.constantFrom('{', '}'), (raw, at, brace) => {
        const cut = at % (raw.length + 1);
        expect(placeholderProblems(raw.slice(0, cut) + brace + raw.slice(cut)).length).toBeGreaterThan(0);
      }),
    );
  });
});
