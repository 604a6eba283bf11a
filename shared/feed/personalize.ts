// Kept apart from schema.ts so that the content script can read a feed's `personalize` without pulling zod in.

/**
 * How strongly Herald asks employees to make an approved text their own (the echo meter, shared/echo):
 * "off", "suggest" (a note beside the composer) or "before-posting" (the post guard asks too).
 */
export const PERSONALIZE = ['off', 'suggest', 'before-posting'] as const;
export type Personalize = (typeof PERSONALIZE)[number];
export const DEFAULT_PERSONALIZE: Personalize = 'suggest';

/** The feed's `personalize`, or the default when it has none. */
export function personalizeOf(feed: { personalize?: Personalize | undefined }): Personalize {
  return feed.personalize ?? DEFAULT_PERSONALIZE;
}
