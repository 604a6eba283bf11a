import type { Personalize } from '../feed/personalize';
import { type Echo, isMostlyApproved } from './echo-index';

/**
 * Why a post is stopped, asked in one question: blocking policy findings, a gap left to fill ("[team]"), a
 * mostly verbatim draft.
 */
export type BlockingReasons = {
  /** The blocking findings' messages, each once. */
  messages: string[];
  /** Set when the feed asks `personalize: "before-posting"` and the draft is mostly approved wording. */
  echo?: string;
  /** Set when the draft still holds a placeholder's gap such as "[team]". */
  gaps?: string;
  /** False when one of the findings is a company rule set with `override: false`: only "Edit" is offered. */
  canPostAnyway: boolean;
};

type Blocking = { message: string; noOverride?: true };

/** What the post guard says before a mostly verbatim draft goes out, or nothing. Same threshold as the note. */
export function echoGuardMessage(echo: Echo, personalize: Personalize): string | undefined {
  if (personalize !== 'before-posting' || !isMostlyApproved(echo)) return undefined;
  const percent = Math.floor(echo.share * 100);
  return `${percent}% of this post is the approved wording, the same words colleagues may post. Say it in your own words first: what it means to you, or what you saw.`;
}

/** The question before posting, or undefined when the draft may go out without one. */
export function postingReasons(
  blocking: readonly Blocking[],
  echo: string | undefined,
  gaps?: string,
): BlockingReasons | undefined {
  if (blocking.length === 0 && echo === undefined && gaps === undefined) return undefined;
  return {
    // A term used twice is one reason not to post, said once.
    messages: [...new Set(blocking.map((finding) => finding.message))],
    ...(echo === undefined ? {} : { echo }),
    ...(gaps === undefined ? {} : { gaps }),
    // The echo and gap questions never take "Post anyway" away; a company rule always does.
    canPostAnyway: !blocking.some((finding) => finding.noOverride),
  };
}
