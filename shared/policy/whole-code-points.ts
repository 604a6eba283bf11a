import type { Span } from './detectors/find-all';

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/**
 * The span widened to whole code points. A feed pattern without the u flag matches UTF-16 units, so "." or
 * [^a] can take half an emoji: underlining half a character, or removing it and leaving the other half as
 * a broken glyph, is never what the policy meant.
 */
export function wholeCodePoints(span: Span, text: string): Span {
  const start = span.start > 0 && isLow(text.charCodeAt(span.start)) && isHigh(text.charCodeAt(span.start - 1));
  const end = isHigh(text.charCodeAt(span.end - 1)) && isLow(text.charCodeAt(span.end));
  if (!start && !end) return span;
  return { start: start ? span.start - 1 : span.start, end: end ? span.end + 1 : span.end };
}
