import { type FoldedText, originalRange } from '../fold-text';
import type { Span } from './find-all';

/** Spans found in folded text, moved back onto the characters the employee typed. */
export function unfoldSpans(folded: FoldedText, spans: Span[]): Span[] {
  if (!folded.starts) return spans;
  return spans.map((span) => originalRange(folded, span.start, span.end));
}
