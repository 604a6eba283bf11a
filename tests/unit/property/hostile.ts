import fc from 'fast-check';

/**
 * One fixed seed and a bounded count, so `npm test` is repeatable and quick. A failure prints its seed and
 * path; to explore further, raise `numRuns` locally (or drop `seed`) and rerun.
 */
export function runs(numRuns = 200): { seed: number; numRuns: number } {
  return { seed: 20_261_128, numRuns };
}

/** Keys that pollute prototypes when a parser or a merge writes through them. */
export const POLLUTING_KEYS = ['__proto__', 'constructor', 'prototype'] as const;

/** What a hostile feed puts in a text field. */
const NASTY_TEXTS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  '<a href="javascript:alert(1)">click</a>',
  '<!--',
  ']]><![CDATA[',
  '{{constructor.constructor("alert(1)")()}}',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template injection attempt, as text.
  '${alert(1)}',
  '\u202Egnp.exe',
  '\u202Eevil\u202C ok \u2066\u2067\u2068\u2069\u200F\u200E',
  '\u0000\u0001\u0007\u0008\u001B[31m\u007F\u0085',
  '\r\n\r\n\t\v\f',
  '\uD800',
  '\uDFFF\uD800',
  '\u{1F469}\u200D\u{1F4BB}',
  'e\u0301\u0301\u0301\u0301\u0301',
  '\uFEFF\u200B\u2060\u00AD',
  '   ',
  '',
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
];

/** URLs a feed must never get offered as links: scripts, data, other schemes, http off localhost. */
export const NASTY_URLS = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  ' javascript:alert(1)',
  '\u0001javascript:alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  'javascript://https://example.com/%0Aalert(1)',
  'data:text/html,<script>alert(1)</script>',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
  'blob:https://example.com/1',
  'ftp://example.com/',
  'chrome-extension://abc/popup.html',
  'http://example.com/',
  'http://localhost.evil.example/',
  'http://127.0.0.1.nip.io/',
  'http://localhost@evil.example/',
  '//evil.example/',
  '/relative/path',
  'https:',
  'https://',
  'https://exa mple.com/',
  'https://\u202Eelgoog.com/',
  'https://example.com/\u202Egnp.exe',
  'https://example.com/<script>alert(1)</script>',
  'https://example.com/"onmouseover="alert(1)',
  'https://user:pass@example.com/',
  `https://example.com/${'a'.repeat(3_000)}`,
];

/** URLs a feed may use. */
const GOOD_URLS = [
  'https://example.com/',
  'https://lumen-robotics.example/news/a?x=1&y=2#top',
  'http://localhost:8080/feed',
  'http://127.0.0.1/x',
  'http://[::1]/x',
  'https://xn--caf-dma.example/caf%C3%A9',
];

const controlChar = fc.integer({ min: 0, max: 0x1f }).map((code) => String.fromCharCode(code));
const bidiChar = fc.constantFrom(
  '\u202A',
  '\u202B',
  '\u202C',
  '\u202D',
  '\u202E',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
);

/** Any string at all: lone surrogates, controls, bidi overrides, markup, and now and then a huge one. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...NASTY_TEXTS, ...NASTY_URLS) },
  { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  {
    weight: 2,
    arbitrary: fc
      .array(fc.oneof(fc.constantFrom(...NASTY_TEXTS), controlChar, bidiChar, fc.string({ maxLength: 8 })), {
        maxLength: 8,
      })
      .map((parts) => parts.join('')),
  },
  { weight: 1, arbitrary: fc.constantFrom(...NASTY_URLS).map((url) => `https://ok.example/ ${url}`) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom('a', '<b>', '\u202E', '🚀', ' '), fc.integer({ min: 1_000, max: 120_000 }))
      .map(([unit, count]) => unit.repeat(count)),
  },
);

/** A URL-shaped string, good or bad, with hostile decorations. */
export const hostileUrl: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...NASTY_URLS),
  fc.constantFrom(...GOOD_URLS),
  fc.webUrl({ validSchemes: ['https', 'http', 'javascript', 'data', 'vbscript'], withQueryParameters: true }),
  fc
    .tuple(
      fc.constantFrom(...GOOD_URLS, ...NASTY_URLS),
      fc.oneof(controlChar, bidiChar, fc.constantFrom(' ', '\t', '#', '?', '%', '\\')),
    )
    .map(([url, extra]) => `${extra}${url}${extra}`),
);

/** Any JSON-ish value, nested deep, with hostile strings and keys. */
export const hostileJson: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    hostileString,
    fc.double(),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc
      .array(fc.tuple(fc.oneof(fc.constantFrom(...POLLUTING_KEYS), fc.string({ maxLength: 6 })), tie('value')), {
        maxLength: 4,
      })
      .map(jsonObject),
  ),
})).value;

/**
 * An object built the way JSON.parse builds one: `__proto__` becomes an own property, not the prototype.
 * (An object literal `{ __proto__: x }` would set the prototype instead, and test nothing.)
 */
export function jsonObject(entries: readonly (readonly [string, unknown])[]): Record<string, unknown> {
  const object: Record<string, unknown> = {};
  for (const [key, value] of entries) {
    Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
  }
  return object;
}

/** An array nested `depth` levels deep, for parsers that recurse. */
export function deeplyNested(depth: number, leaf: unknown = 'x'): unknown {
  let value: unknown = leaf;
  for (let i = 0; i < depth; i++) value = [value];
  return value;
}

/** Whether anything has been written onto the shared prototypes. */
export function prototypesArePolluted(): boolean {
  const probe: Record<string, unknown> = {};
  return (
    probe.polluted !== undefined ||
    Object.keys(Object.prototype).length > 0 ||
    Object.keys(Array.prototype).length > 0 ||
    Object.keys(Function.prototype).length > 0
  );
}

/** A payload that pollutes `Object.prototype.polluted` if anything merges it carelessly. */
export const POLLUTION = JSON.parse(
  '{"__proto__": {"polluted": "yes"}, "constructor": {"prototype": {"polluted": "yes"}}}',
);

/** A short, readable form of a value that may be huge, for counterexamples. */
export function preview(value: unknown): string {
  const text =
    typeof value === 'string' ? value : value instanceof Uint8Array ? `<${value.length} bytes>` : String(value);
  return text.length > 60 ? `${JSON.stringify(text.slice(0, 50))}… (${text.length} chars)` : JSON.stringify(text);
}

/** `value`, printed by fast-check as `label` in a counterexample instead of in full. */
export function labelled<T extends object>(value: T, label: string): T {
  Object.defineProperty(value, fc.toStringMethod, { value: () => label, enumerable: false });
  return value;
}
