import { z } from 'zod';

// IT's `metrics` key (docs/metrics.md). Without it, or with a value Herald cannot use, nothing is counted or sent.

export const METRICS_FORMATS = ['json', 'plausible'] as const;
export type MetricsFormat = (typeof METRICS_FORMATS)[number];

const LOCAL_HOSTS = ['127.0.0.1', 'localhost'];

/** https anywhere; plain http only to this computer, for trying it with `herald-feed serve --metrics`. */
export function isMetricsEndpoint(endpoint: string): boolean {
  if (!URL.canParse(endpoint)) return false;
  const url = new URL(endpoint);
  if (url.username || url.password) return false;
  return url.protocol === 'https:' || (url.protocol === 'http:' && LOCAL_HOSTS.includes(url.hostname));
}

export const metricsConfigSchema = z.object({
  endpoint: z.string().max(2000).refine(isMetricsEndpoint),
  format: z.enum(METRICS_FORMATS),
  /** The site's domain in Plausible; "herald" when not set. */
  domain: z.string().min(1).max(200).optional(),
});
export type MetricsConfig = z.infer<typeof metricsConfigSchema>;

export const DEFAULT_PLAUSIBLE_DOMAIN = 'herald';
