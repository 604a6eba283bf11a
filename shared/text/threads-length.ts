import { graphemes } from './graphemes';

const EMOJI = /\p{Extended_Pictographic}|\p{Regional_Indicator}/u;
const utf8 = new TextEncoder();

/**
 * A post's length as Threads counts it against its 500: one per character, but an emoji counts the bytes
 * of its UTF-8 encoding (Meta's Threads API docs, "Posts", limitations), so "🚀" is 4 and "👍🏽" is 8.
 */
export function threadsLength(text: string): number {
  let count = 0;
  for (const grapheme of graphemes(text)) {
    count += EMOJI.test(grapheme) ? utf8.encode(grapheme).length : [...grapheme].length;
  }
  return count;
}
