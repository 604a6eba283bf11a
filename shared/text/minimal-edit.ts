/**
 * The smallest window of `before` to select and the text to type over it so that `before` becomes
 * `after`. The replacement is never empty: editors that only take text in through paste (Draft.js) ignore
 * an empty paste, so a pure deletion borrows one neighbouring character and types it back.
 */
export function minimalEdit(before: string, after: string): { start: number; end: number; text: string } | null {
  if (before === after) return null;
  let prefix = 0;
  while (prefix < before.length && prefix < after.length && before[prefix] === after[prefix]) prefix++;
  let suffix = 0;
  while (
    suffix < before.length - prefix &&
    suffix < after.length - prefix &&
    before[before.length - 1 - suffix] === after[after.length - 1 - suffix]
  ) {
    suffix++;
  }
  let start = prefix;
  let end = before.length - suffix;
  let text = after.slice(prefix, after.length - suffix);
  if (text === '') {
    if (start > 0) {
      start -= 1;
      text = before.slice(start, start + 1);
    } else if (end < before.length) {
      text = before.slice(end, end + 1);
      end += 1;
    }
  }
  return { start, end, text };
}
