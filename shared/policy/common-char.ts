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

export interface CommonChars {
  /** Whether some character matches both positions' parts. */
  pair(a: number, b: number): boolean;
  /** Whether some character matches all three positions' parts. */
  triple(a: number, b: number, c: number): boolean;
  /**
   * The sampled characters grouped by which positions match them: one list of positions per group, so
   * reading any character of a group moves an automaton the same way.
   */
  groups(): number[][];
}

/** Answers for the one-character parts (by position) of one pattern; each answer is worked out once. */
export function commonChars(atoms: readonly string[], pattern: string, flags: string): CommonChars {
  const unicode = flags.includes('u');
  const atomFlags = flags.replace(/[^isu]/g, '');
  const sample = atoms.length > 0 ? sampleFor(pattern, unicode) : [];
  // Each part matches exactly one character, so one global search over the sample written out as a
  // string finds all its members at once, far faster than testing the characters one by one.
  const sampleText = String.fromCodePoint(...sample);
  const sampleIndexAt = new Int32Array(sampleText.length + 1).fill(-1);
  for (let k = 0, at = 0; k < sample.length; k++) {
    sampleIndexAt[at] = k;
    at += (sample[k] as number) > 0xffff ? 2 : 1;
  }
  const idOf = new Map<string, number>();
  const ids = atoms.map((source) => {
    let id = idOf.get(source);
    if (id === undefined) {
      id = idOf.size;
      idOf.set(source, id);
    }
    return id;
  });
  const sets: (Uint8Array | undefined | null)[] = new Array(idOf.size).fill(null);
  const sources = [...idOf.keys()];
  // undefined when the part cannot stand alone (a legacy escape): then assume the worst.
  const membersOf = (id: number): Uint8Array | undefined => {
    const known = sets[id];
    if (known !== null) return known;
    let found: Uint8Array | undefined;
    try {
      const re = new RegExp(`(?:${sources[id]})`, `${atomFlags}g`);
      found = new Uint8Array(sample.length);
      for (const match of sampleText.matchAll(re)) {
        const k = sampleIndexAt[match.index] ?? -1;
        if (k >= 0) found[k] = 1;
      }
    } catch {
      found = undefined;
    }
    sets[id] = found;
    return found;
  };
  const shareAll = (group: number[]): boolean => {
    const present = group.map(membersOf).filter((set) => set !== undefined);
    const [first, second, third] = present;
    if (!first) return true;
    for (let k = 0; k < first.length; k++) {
      if (first[k] === 1 && (!second || second[k] === 1) && (!third || third[k] === 1)) return true;
    }
    return false;
  };

  const k = idOf.size;
  const pairs = new Int8Array(k * k).fill(-1);
  const triples = new Map<number, boolean>();
  const pair = (a: number, b: number): boolean => {
    const x = ids[a] as number;
    const y = ids[b] as number;
    let known = pairs[x * k + y];
    if (known === -1) {
      known = shareAll([x, y]) ? 1 : 0;
      pairs[x * k + y] = known;
      pairs[y * k + x] = known;
    }
    return known === 1;
  };
  const triple = (a: number, b: number, c: number): boolean => {
    if (!pair(a, b) || !pair(a, c) || !pair(b, c)) return false;
    const [x, y, z] = [ids[a] as number, ids[b] as number, ids[c] as number].sort((m, n) => m - n) as [
      number,
      number,
      number,
    ];
    const key = (x * k + y) * k + z;
    let known = triples.get(key);
    if (known === undefined) {
      known = shareAll([x, y, z]);
      triples.set(key, known);
    }
    return known;
  };
  const groups = (): number[][] => {
    const members = sources.map((_, id) => membersOf(id));
    const byKey = new Map<string, number[]>();
    for (let k = 0; k < sample.length; k++) {
      const matching = atoms.flatMap((_, p) => {
        const set = members[ids[p] as number];
        return set === undefined || set[k] === 1 ? [p] : [];
      });
      if (matching.length > 0) byKey.set(matching.join(','), matching);
    }
    return [...byKey.values()];
  };
  return { pair, triple, groups };
}
