export interface Span {
  start: number;
  end: number;
}

/** Every match of a global regular expression, empty ones skipped, at most `limit`. */
export function findAll(
  re: RegExp,
  text: string,
  limit: number,
  keep?: (match: RegExpExecArray) => Span | undefined,
): Span[] {
  const spans: Span[] = [];
  re.lastIndex = 0;
  for (let match = re.exec(text); match && spans.length < limit; match = re.exec(text)) {
    if (match[0] === '') {
      // Step over a whole code point in unicode mode: one unit would land inside a surrogate pair, which
      // exec moves back to the pair's start, so an empty match before an emoji would repeat forever.
      const code = text.codePointAt(match.index) ?? 0;
      re.lastIndex = match.index + (re.unicode && code > 0xffff ? 2 : 1);
      continue;
    }
    const span = keep ? keep(match) : { start: match.index, end: match.index + match[0].length };
    if (span) spans.push(span);
  }
  return spans;
}
