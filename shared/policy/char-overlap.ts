// Whether two one-character parts of a pattern (a literal, a class, an escape such as \d or \p{L}) can
// match the same character. The engine itself answers, on a sample of characters: the common scripts,
// plus every character written in the pattern, its neighbours and its other case. Two classes written as
// ranges overlap only if an end of one lies in the other, so for them the sample gives the exact answer;
// for \p{...} it is a close approximation, and the runtime caps in the checker cover the rest.

const BASE_SAMPLE_RANGES: readonly (readonly [number, number])[] = [
  [0x00, 0x2ff], // ASCII, Latin-1, Latin Extended
  [0x370, 0x52f], // Greek, Cyrillic
  [0x590, 0x6ff], // Hebrew, Arabic
  [0x900, 0x97f], // Devanagari
  [0xe00, 0xe7f], // Thai
  [0x1680, 0x1680],
  [0x2000, 0x20cf], // spaces, punctuation, currency
  [0x2100, 0x214f],
  [0x3000, 0x30ff], // CJK punctuation, kana
  [0x4e00, 0x4e3f],
  [0xac00, 0xac3f],
  [0xfeff, 0xfeff],
  [0xff00, 0xff5f],
  [0x1f300, 0x1f64f], // emoji
];

function sampleFor(pattern: string, unicode: boolean): number[] {
  const points = new Set<number>();
  for (const [lo, hi] of BASE_SAMPLE_RANGES) for (let cp = lo; cp <= hi; cp++) points.add(cp);
  const written: number[] = [];
  for (const ch of pattern) {
    written.push(ch.codePointAt(0) ?? 0);
    for (const variant of [ch.toLowerCase(), ch.toUpperCase()]) written.push(variant.codePointAt(0) ?? 0);
  }
  for (const m of pattern.matchAll(/\\(?:x([0-9a-fA-F]{2})|u([0-9a-fA-F]{4})|u\{([0-9a-fA-F]+)\})/g)) {
    written.push(Number.parseInt(m[1] ?? m[2] ?? m[3] ?? '0', 16));
  }
  for (const cp of written) for (const near of [cp - 1, cp, cp + 1]) points.add(near);
  const limit = unicode ? 0x10ffff : 0xffff;
  return [...points].filter((cp) => cp >= 0 && cp <= limit && (cp < 0xd800 || cp > 0xdfff));
}

/** Returns overlaps(a, b) for the atoms' sources of one pattern. */
export function charOverlapTester(pattern: string, flags: string): (a: string, b: string) => boolean {
  const unicode = flags.includes('u');
  const atomFlags = flags.replace(/[^isu]/g, '');
  let sample: number[] | undefined;
  const members = new Map<string, Uint8Array | 'any'>();

  const membersOf = (source: string): Uint8Array | 'any' => {
    let found = members.get(source);
    if (found) return found;
    sample ??= sampleFor(pattern, unicode);
    try {
      const re = new RegExp(`^(?:${source})$`, atomFlags);
      found = Uint8Array.from(sample, (cp) => (re.test(String.fromCodePoint(cp)) ? 1 : 0));
    } catch {
      found = 'any'; // cannot stand alone (a legacy escape): assume the worst
    }
    members.set(source, found);
    return found;
  };

  const pairs = new Map<string, boolean>();
  return (a, b) => {
    const key = a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
    let result = pairs.get(key);
    if (result === undefined) {
      const ma = membersOf(a);
      const mb = membersOf(b);
      result = ma === 'any' || mb === 'any' || ma.some((bit, k) => bit === 1 && mb[k] === 1);
      pairs.set(key, result);
    }
    return result;
  };
}
