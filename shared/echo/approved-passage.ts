import type { Span } from '../policy/detectors/find-all';
import { type ApprovedRun, type Echo, MOSTLY_APPROVED, SHINGLE_WORDS } from './echo-index';

// When a draft "holds approved text" for a disclosure rule without `when`: a post made of the company's own
// words is about the company even when it names neither the company nor a keyword. The rule: a run of at
// least PASSAGE_WORDS consecutive words copied from one of the feed's approved texts (six overlapping
// shingles: a sentence, far past what two posts share by chance), or, in a short draft, a run covering
// MOSTLY_APPROVED of its words (a whole short approved text of three to seven words). Two words alone never
// count.

export const PASSAGE_WORDS = 8;

/** Fewest words in a row from approved text that make a draft hold it. */
export function passageWords(draftWords: number): number {
  return Math.max(SHINGLE_WORDS, Math.min(PASSAGE_WORDS, Math.ceil(MOSTLY_APPROVED * draftWords)));
}

/**
 * Where the draft holds a passage of `feedUrl`'s approved texts, as the span of its first shingle (the words a
 * note can underline), or undefined. `feeds[text]` is the feed of each indexed text.
 */
export function approvedPassage(
  scanned: { echo: Echo; runs: readonly ApprovedRun[] },
  feeds: readonly string[],
  feedUrl: string,
): Span | undefined {
  const least = passageWords(scanned.echo.words);
  const run = scanned.runs.find((run) => run.words >= least && run.texts.some((text) => feeds[text] === feedUrl));
  return run && { start: run.start, end: run.firstShingleEnd };
}
