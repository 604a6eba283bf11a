/**
 * Where a network cuts a post in its feed with "see more": readers who do not click see only what comes before.
 * `lines` counts the post's own line breaks; wrapping is left to `chars`, which is about what fits in those lines.
 */
export type SeeMore = { chars: number; lines?: number };

/** Why a draft that mentions the company does not disclose the tie, or nothing when it does. */
export type DisclosureGap =
  | { kind: 'missing' }
  | { kind: 'after-cut'; seeMore: SeeMore }
  | { kind: 'only-hashtags' }
  | { kind: 'weak'; weak: string };

const WORD = /[\p{L}\p{N}_]/u;

// FTC staff guidance names these as unclear: readers do not know what they mean, or never see the bio.
const WEAK = [
  /(?<![\p{L}\p{N}_#])#(?:ee|sp|spon|partner)(?![\p{L}\p{N}_])/giu,
  /\b(?:link|links|details|info|more)\s+(?:is\s+|are\s+)?in\s+(?:my\s+)?bio\b/giu,
  /\b(?:see|check)\s+(?:my\s+)?bio\b/giu,
  /\bbio\s+link\b/giu,
];

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/**
 * A phrase as a literal, any case, and whole where it starts or ends with a letter or digit: "ad" is not in "made",
 * while "(I work at" may follow anything.
 */
export function phraseRegExp(phrase: string): RegExp {
  const before = WORD.test(phrase.at(0) ?? '') ? '(?<![\\p{L}\\p{N}_])' : '';
  const after = WORD.test(phrase.at(-1) ?? '') ? '(?![\\p{L}\\p{N}_])' : '';
  return new RegExp(`${before}${escapeRegExp(phrase)}${after}`, 'giu');
}

/** How much of the text the feed shows before "see more"; all of it where the network shows whole posts. */
export function visibleEnd(text: string, seeMore: SeeMore | undefined): number {
  if (!seeMore) return text.length;
  let end = Math.min(seeMore.chars, text.length);
  if (seeMore.lines !== undefined) {
    let breaks = 0;
    for (let i = 0; i < end; i++) {
      if (text[i] === '\n' && ++breaks === seeMore.lines) return i;
    }
  }
  // Never end inside a surrogate pair.
  if (end > 0 && end < text.length && /[\uD800-\uDBFF]/.test(text[end - 1] ?? '')) end--;
  return end;
}

/** Where the closing run of hashtags begins (the text's length when it does not end with one). */
export function trailingHashtagsStart(text: string): number {
  const match = /(?:(?<![\p{L}\p{N}_])#[\p{L}\p{N}_]+[\s.,;!]*)+$/u.exec(text);
  return match ? match.index : text.length;
}

function findAllIn(re: RegExp, text: string): { start: number; end: number; text: string }[] {
  re.lastIndex = 0;
  return [...text.matchAll(re)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    text: match[0],
  }));
}

/** A form the FTC calls unclear ("#sp", "link in bio"): never counts as a disclosure. */
export function isWeakDisclosure(phrase: string): boolean {
  return WEAK.some((re) => {
    re.lastIndex = 0;
    const match = re.exec(phrase);
    return match !== null && match[0].length === phrase.trim().length;
  });
}

/**
 * Whether the draft discloses the tie where every reader sees it: one of `phrases`, wholly before the network's
 * "see more" cut-off and not only inside the closing run of hashtags. A weak form ("#sp", "link in bio") never
 * counts, even if the feed lists it, and is named in the answer so the note can say why.
 */
export function disclosureGap(
  text: string,
  phrases: readonly RegExp[],
  seeMore: SeeMore | undefined,
): DisclosureGap | undefined {
  const shown = visibleEnd(text, seeMore);
  const tags = trailingHashtagsStart(text);
  let afterCut = false;
  let inTags = false;
  for (const re of phrases) {
    for (const hit of findAllIn(re, text)) {
      if (isWeakDisclosure(hit.text)) continue;
      if (hit.start >= tags) inTags = true;
      else if (hit.end > shown) afterCut = true;
      else return undefined;
    }
  }
  if (afterCut && seeMore) return { kind: 'after-cut', seeMore };
  if (inTags) return { kind: 'only-hashtags' };
  for (const re of WEAK) {
    const [weak] = findAllIn(re, text);
    if (weak) return { kind: 'weak', weak: weak.text };
  }
  return { kind: 'missing' };
}

/** The reason added to the feed's message, in the employee's words. */
export function disclosureReason(gap: DisclosureGap): string {
  switch (gap.kind) {
    case 'missing':
      return 'The post mentions the company but does not say you work there.';
    case 'after-cut': {
      const lines = gap.seeMore.lines === undefined ? '' : ` or ${gap.seeMore.lines} lines`;
      return `The disclosure comes after “see more”: readers see only the first ${gap.seeMore.chars} characters${lines}. Put it at the start.`;
    }
    case 'only-hashtags':
      return 'The disclosure is only in the closing hashtags, where readers skim past it. Say it in the post.';
    case 'weak':
      return `“${gap.weak}” is not a clear disclosure: most readers do not know what it means or never open the bio. Say you work there in plain words.`;
  }
}
