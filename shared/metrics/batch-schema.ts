import { z } from 'zod';
import { MAX_PHRASINGS, siteSchema } from '../feed/schema';

// The `json` metrics batch (docs/metrics.md): what the background sends and `herald-feed serve --metrics` accepts.
// Both sides build and check against this one schema. Strict objects: a field this version does not name (a
// draft, a URL, an id) is refused rather than stored, so a batch can never carry more than counts.

export const METRICS_BATCH_SCHEMA = 'herald-metrics/1';

const count = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);
const id = z.string().min(1).max(200);

/** A UTC calendar day, 'YYYY-MM-DD', that exists (no 2026-02-30). */
export const utcDaySchema = z.iso.date();

export const metricsCountSchema = z
  .strictObject({
    /** The publisher id of the feed the item came from. */
    feed: id,
    item: id,
    /** 1 is the item's own text, 2 its first phrasing… as "Another wording (2 of 3)" shows. */
    phrasing: z
      .number()
      .int()
      .min(1)
      .max(MAX_PHRASINGS + 1),
    /** The network it was for; null for a plain Copy from the popup. */
    network: siteSchema.nullable(),
    suggested: count,
    inserted: count,
    copied: count,
    shared: count,
    posted: count,
    postedVerbatim: count,
    postedEdited: count,
  })
  .refine((row) => row.posted === row.postedVerbatim + row.postedEdited, {
    message: '"posted" must be "postedVerbatim" + "postedEdited"',
    path: ['posted'],
  });
export type MetricsCount = z.infer<typeof metricsCountSchema>;

export const metricsDaySchema = z.strictObject({ day: utcDaySchema, counts: z.array(metricsCountSchema) });
export type MetricsDay = z.infer<typeof metricsDaySchema>;

export const metricsBatchSchema = z.strictObject({
  schema: z.literal(METRICS_BATCH_SCHEMA, { error: `"schema" must be "${METRICS_BATCH_SCHEMA}"` }),
  days: z.array(metricsDaySchema),
});
export type MetricsBatch = z.infer<typeof metricsBatchSchema>;
