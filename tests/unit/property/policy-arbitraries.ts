import fc from 'fast-check';
import { type Policy, policySchema } from '../../../shared/feed/schema';

/** Words the drafts and the policies share, so terms and patterns do match now and then. */
const WORDS = [
  'Falcon',
  'falcon',
  'Project',
  'revenue',
  'Lumen',
  'café',
  'CAFE',
  'Straße',
  'ﬁnance',
  '東京',
  '研究所',
  'مرحبا',
  'שלום',
  'नमस्ते',
  'ไทย',
  '🚀',
  '👩‍💻',
  '🇫🇷',
  'e\u0301',
  'a\u0308\u0323',
  '#LumenEmployee',
  'C++',
  'AT&T',
];

/** Pieces of a draft: words, Unicode edge cases, and things the built-in detectors look for. */
const DRAFT_PIECES = [
  ...WORDS,
  ' ',
  '  ',
  '\n',
  '\t',
  '\u00A0',
  '.',
  ',',
  '!',
  '-',
  '40%',
  '€3 million',
  '\u202E',
  '\u200B',
  '\u00AD',
  '\uD83D',
  '\uDE80',
  '\uFEFF',
  'jane.doe@lumen-robotics.example',
  '+33 6 12 34 56 78',
  '4111 1111 1111 1111',
  'api_key=sk_live_0123456789abcdef',
  'https://wiki.lumen.internal/falcon',
  '<script>alert(1)</script>',
];

/** A draft in any script, with surrogate pairs, combining marks, RTL and lone surrogates. */
export const draft: fc.Arbitrary<string> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.array(fc.constantFrom(...DRAFT_PIECES), { maxLength: 40 }).map((parts) => parts.join('')),
  },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 80 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 80 }) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom('a', '1', ' ', '🚀', 'Falcon ', 'é', '1 '), fc.integer({ min: 100, max: 3_000 }))
      .map(([unit, length]) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length)),
  },
);

/** A regular expression source, built from parts: valid more often than not, hostile now and then. */
export const regexSource: fc.Arbitrary<string> = fc.letrec<{ re: string; atom: string }>((tie) => ({
  atom: fc.oneof(
    { depthSize: 'small' },
    fc.constantFrom('a', 'b', '1', ' ', 'é', '\\.', '-', '🚀', '\\uD83D', '\\uDE80', '\\u{1F680}', 'Falcon'),
    fc.constantFrom('.', '\\d', '\\w', '\\s', '\\D', '\\W', '\\S', '\\p{L}', '\\P{L}', '\\p{Emoji}'),
    fc.constantFrom('[ab]', '[^a]', '[a-z0-9]', '[\\d.]', '[^\\s]', '[🚀-🚒]', '[\\uD800-\\uDBFF]', '[]', '[^]'),
    fc.constantFrom('^', '$', '\\b', '\\B', '\\1', '\\k<n>', '(?<n>a)'),
    tie('re').map((inner) => `(${inner})`),
    tie('re').map((inner) => `(?:${inner})`),
    fc.tuple(fc.constantFrom('(?=', '(?!', '(?<=', '(?<!'), tie('re')).map(([open, inner]) => `${open}${inner})`),
  ),
  re: fc.oneof(
    { depthSize: 'small' },
    tie('atom'),
    fc
      .tuple(tie('atom'), fc.constantFrom('*', '+', '?', '{2}', '{1,3}', '{2,}', '{0,40}', '*?', '+?', '{3,1}'))
      .map(([atom, quantifier]) => `${atom}${quantifier}`),
    fc.array(tie('re'), { minLength: 2, maxLength: 4 }).map((parts) => parts.join('')),
    fc.array(tie('re'), { minLength: 2, maxLength: 3 }).map((parts) => parts.join('|')),
  ),
})).re;

/** Raw strings of regex syntax: mostly invalid, to exercise the refusal path. */
const regexJunk = fc.string({ unit: fc.constantFrom(...'()[]{}*+?|^$\\.-:<>=!a1pkudu{}'.split('')), maxLength: 24 });

export const pattern: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: regexSource },
  { weight: 1, arbitrary: regexJunk },
  {
    weight: 1,
    arbitrary: fc.constantFrom('(a+)+$', '(a|a)*$', '\\d+\\d+x', '.*a.*b$', '(\\w+\\s?)*$', '(?:a|ab)*c', '(.*)*!'),
  },
);

export const flags: fc.Arbitrary<string> = fc.oneof(
  fc.subarray(['i', 'm', 's', 'u']).map((chosen) => chosen.join('')),
  fc.constantFrom('ii', 'uu'),
);

const term = fc.oneof(fc.constantFrom(...WORDS), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }));
const terms = fc.array(term, { minLength: 1, maxLength: 6 });
const condition = fc.oneof(fc.record({ terms }), fc.record({ pattern, flags }, { requiredKeys: ['pattern'] }));

const matcher = fc.oneof(
  fc.record({ terms }),
  fc.record({ pattern, flags }, { requiredKeys: ['pattern'] }),
  fc.record({ when: condition, require: condition }),
  fc.constantFrom('email', 'phone', 'payment-card', 'secret').map((detector) => ({ detector })),
  fc.record({
    detector: fc.constant('internal-link'),
    hosts: fc.array(fc.constantFrom('lumen.internal', 'wiki.lumen.internal', 'example.com', '東京.jp'), {
      minLength: 1,
      maxLength: 3,
    }),
  }),
);

const fix = fc.oneof(
  fc.record({
    append: fc.oneof(fc.constantFrom('#LumenEmployee', ' #Ad'), fc.string({ minLength: 1, maxLength: 12 })),
  }),
  fc.record({ replace: fc.oneof(fc.constantFrom('', 'our new robot', '🚀'), fc.string({ maxLength: 12 })) }),
  fc.constant({ remove: true as const }),
);

const rawPolicy = fc
  .tuple(
    fc.record(
      {
        severity: fc.constantFrom('info', 'warn', 'block'),
        message: fc.string({ minLength: 1, maxLength: 20 }).map((text) => `m${text}`),
        sites: fc.subarray(['linkedin', 'x', 'facebook'], { minLength: 1 }),
        fix,
      },
      { requiredKeys: ['severity', 'message'] },
    ),
    matcher,
  )
  .map(([base, match]) => ({ ...base, ...match }));

/** Policies as a feed would deliver them: only what the schema accepts, with unique ids. */
export const policies: fc.Arbitrary<Policy[]> = fc.array(rawPolicy, { maxLength: 6 }).map((raws) =>
  raws.flatMap((raw, index) => {
    const parsed = policySchema.safeParse({ id: `p${index}`, ...raw });
    return parsed.success ? [parsed.data] : [];
  }),
);
