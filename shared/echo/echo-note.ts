import type { Personalize } from '../feed/schema';
import { type Echo, isMostlyApproved } from './echo-index';

/** What the note beside the composer says about a draft, or nothing once it is mostly the employee's own. */
export function echoNote(echo: Echo, personalize: Personalize): string | undefined {
  if (personalize === 'off' || !isMostlyApproved(echo)) return undefined;
  // Floored: a draft at 99.6% is not "100%" the approved wording while one word is the employee's.
  const percent = Math.floor(echo.share * 100);
  return `${percent}% of this post is the approved wording. Colleagues may post the same words: add your own angle, what it means to you or what you saw.`;
}
