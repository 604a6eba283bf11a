import { type MetricsBatch, metricsBatchSchema } from '../../../shared/metrics/batch-schema';
import { pathText } from '../check/finding';

const SHOWN_ISSUES = 5;

/** The body of POST /metrics as a batch, or the one message that says what is wrong with it. */
export function parseMetricsBatch(body: string): { batch: MetricsBatch } | { error: string } {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (error) {
    return { error: `the body is not JSON: ${(error as Error).message}` };
  }
  const parsed = metricsBatchSchema.safeParse(json);
  if (parsed.success) return { batch: parsed.data };
  const issues = parsed.error.issues;
  const lines = issues.slice(0, SHOWN_ISSUES).map((issue) => `${pathText(issue.path)}: ${issue.message}`);
  const more = issues.length > SHOWN_ISSUES ? `; and ${issues.length - SHOWN_ISSUES} more` : '';
  return { error: `not a herald-metrics/1 batch (docs/metrics.md): ${lines.join('; ')}${more}` };
}
