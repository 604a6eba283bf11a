import { z } from 'zod';
import { NETWORKS, SITES, type Site } from '../sites/registry';
import { isAllowedUrl } from './allowed-url';
import { PERSONALIZE } from './personalize';

export { DEFAULT_PERSONALIZE, PERSONALIZE, type Personalize, personalizeOf } from './personalize';

export { isAllowedUrl, SITES, type Site };

// Feed format v1: the public contract between a comms team and every Herald. Every type Herald uses for
// feed content is inferred from here; docs/feed-format.md and the generated JSON Schema describe it too.

// Network ids and `variants` keys come from the registry of network profiles (shared/sites/registry.ts).
export const siteSchema = z.enum(SITES);

export const DETECTORS = ['email', 'phone', 'payment-card', 'secret', 'internal-link'] as const;

const webUrl = z
  .string()
  .trim()
  .max(2048)
  .refine(isAllowedUrl, { message: 'must be an https:// URL (http:// only for localhost)' })
  // A link goes verbatim into posts: hidden controls or a bidi override (U+202E) could disguise it.
  .refine((url) => !/[\s\p{Cc}\p{Cf}]/u.test(url), {
    message: 'a link may not contain spaces, control characters or invisible formatting characters',
  });

const isoDateTime = z.iso.datetime({ offset: true });

const shortText = (max: number) => z.string().trim().min(1).max(max);

const words = z.array(shortText(100)).max(200);

const postText = shortText(10_000);

const variantsSchema = z.object(
  Object.fromEntries(NETWORKS.map((network) => [network.site, shortText(network.variantMax).optional()])) as {
    [S in Site]: z.ZodOptional<ReturnType<typeof shortText>>;
  },
);

/** Another wording of the same post, with the same rules as the item's own `text` and `variants`. */
export const phrasingSchema = z.object({ text: postText, variants: variantsSchema.optional() });
export type Phrasing = z.infer<typeof phrasingSchema>;

/** With the item's own text, an item has at most 11 wordings: plenty to tell colleagues' posts apart. */
export const MAX_PHRASINGS = 10;

export const itemSchema = z
  .object({
    id: shortText(200),
    type: z.enum(['news', 'talking-point']),
    title: shortText(300),
    text: postText,
    variants: variantsSchema.optional(),
    /** Other wordings of the post: each install starts from one of them (docs/feed-format.md, "Phrasings"). */
    phrasings: z.array(phrasingSchema).max(MAX_PHRASINGS).optional(),
    url: webUrl.optional(),
    hashtags: z
      .array(
        z
          .string()
          .trim()
          .regex(/^#?[\p{L}\p{N}_]{1,100}$/u, 'a hashtag is letters, digits and _ only'),
      )
      .max(30)
      .optional(),
    keywords: words.optional(),
    tags: words.optional(),
    campaign: shortText(200).optional(),
    publishedAt: isoDateTime.optional(),
    startsAt: isoDateTime.optional(),
    expiresAt: isoDateTime.optional(),
    image: z.object({ url: webUrl, alt: z.string().trim().max(1_000) }).optional(),
  })
  .refine((item) => item.type !== 'news' || item.url !== undefined, {
    message: 'a news item needs a url',
    path: ['url'],
  });
export type FeedItem = z.infer<typeof itemSchema>;

export const conditionSchema = z.union([
  z.object({ terms: z.array(shortText(200)).min(1).max(10_000) }),
  z.object({
    pattern: shortText(1_000),
    flags: z
      .string()
      .regex(/^[imsu]*$/, 'flags may be i, m, s, u')
      .optional(),
  }),
]);
export type Condition = z.infer<typeof conditionSchema>;

export const fixSchema = z.union([
  z.object({ append: shortText(1_000) }),
  z.object({ replace: z.string().max(1_000) }),
  z.object({ remove: z.literal(true) }),
  /** Puts the text at the start of the post, e.g. a disclosure: "(I work at Lumen)". */
  z.object({ prepend: shortText(1_000) }),
]);
export type Fix = z.infer<typeof fixSchema>;

export const policySchema = z
  .object({
    id: shortText(200),
    severity: z.enum(['info', 'warn', 'block']),
    message: shortText(1_000),
    sites: z.array(siteSchema).min(1).optional(),
    fix: fixSchema.optional(),
    terms: z.array(shortText(200)).min(1).max(50_000).optional(),
    /** Secret terms as `herald-feed build` ships them: keyed hashes only (docs/feed-format.md, "Secret terms"). */
    hashedTerms: z
      .object({
        key: z.string().regex(/^[0-9a-f]{32,128}$/, 'a key is 16 to 64 bytes in lower-case hex'),
        words: z.array(z.number().int().min(1).max(50)).min(1).max(50),
        hashes: z
          .array(z.string().regex(/^[0-9a-f]{16}$/, 'a hash is 8 bytes in lower-case hex'))
          .min(1)
          .max(50_000),
      })
      .optional(),
    pattern: shortText(1_000).optional(),
    flags: z
      .string()
      .regex(/^[imsu]*$/, 'flags may be i, m, s, u')
      .optional(),
    when: conditionSchema.optional(),
    require: conditionSchema.optional(),
    detector: z.enum(DETECTORS).optional(),
    /** For the internal-link detector: hosts (and their subdomains) that must not be linked publicly. */
    hosts: z.array(shortText(253)).max(1_000).optional(),
    /** The policy applies from this moment on (inclusive), by the device clock: a quiet period's start. */
    activeFrom: isoDateTime.optional(),
    /** The policy stops applying at this moment (exclusive). */
    activeUntil: isoDateTime.optional(),
    /** `false`: a `block` finding offers only "Edit", never "Post anyway". */
    override: z.boolean().optional(),
    /**
     * When the draft mentions a `when` term (by default the publisher's name and every item's keywords), one of
     * `phrases` must come before the network's "see more" cut-off, not only in the closing hashtags.
     */
    disclosure: z
      .object({
        phrases: z.array(shortText(200)).min(1).max(100),
        when: z.array(shortText(200)).min(1).max(10_000).optional(),
      })
      .optional(),
  })
  .superRefine((policy, ctx) => {
    const matchers = [
      policy.terms && 'terms',
      policy.hashedTerms && 'hashedTerms',
      policy.pattern !== undefined && 'pattern',
      (policy.when || policy.require) && 'when/require',
      policy.detector && 'detector',
      policy.disclosure && 'disclosure',
    ].filter(Boolean);
    if (matchers.length !== 1) {
      ctx.addIssue({
        code: 'custom',
        message:
          matchers.length === 0
            ? 'a policy needs one matcher: terms, hashedTerms, pattern, when + require, detector, or disclosure'
            : `a policy has exactly one matcher, this one has ${matchers.join(' and ')}`,
      });
    }
    if ((policy.when === undefined) !== (policy.require === undefined)) {
      ctx.addIssue({ code: 'custom', message: '"when" and "require" go together', path: ['require'] });
    }
    if (policy.flags !== undefined && policy.pattern === undefined) {
      ctx.addIssue({ code: 'custom', message: '"flags" only goes with "pattern"', path: ['flags'] });
    }
    if (policy.detector === 'internal-link' && !policy.hosts?.length) {
      ctx.addIssue({ code: 'custom', message: 'the internal-link detector needs "hosts"', path: ['hosts'] });
    }
    if (
      policy.activeFrom !== undefined &&
      policy.activeUntil !== undefined &&
      Date.parse(policy.activeUntil) <= Date.parse(policy.activeFrom)
    ) {
      ctx.addIssue({ code: 'custom', message: '"activeUntil" must be later than "activeFrom"', path: ['activeUntil'] });
    }
  });
export type Policy = z.infer<typeof policySchema>;

const publisherSchema = z.object({ id: shortText(200), name: shortText(200) });

const personalizeSchema = z.enum(PERSONALIZE);

/** The envelope alone: items and policies are checked one by one, so one bad item does not sink a feed. */
export const feedEnvelopeSchema = z.object({
  version: z.literal(1, { error: 'this Herald reads feed version 1' }),
  publisher: publisherSchema,
  updatedAt: isoDateTime,
  items: z.array(z.unknown()).max(100_000),
  policies: z.array(z.unknown()).max(10_000).default([]),
  // A value this Herald does not know (a later one) reads as the default rather than rejecting the feed.
  personalize: personalizeSchema.optional().catch(undefined),
});

/** The whole feed, strictly: what publishers write, what the JSON Schema describes. */
export const feedSchema = feedEnvelopeSchema.extend({
  items: z.array(itemSchema).max(100_000),
  policies: z.array(policySchema).max(10_000).default([]),
  personalize: personalizeSchema.optional(),
});
export type Feed = z.infer<typeof feedSchema>;
