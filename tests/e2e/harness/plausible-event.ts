// What Plausible's Events API accepts (https://plausible.io/docs/events-api, `POST /api/event`), as the
// Plausible stub checks each request Herald sends: `name`, `url` and `domain` required; `referrer`, `props`,
// `revenue` and `interactive` optional, nothing else; the `User-Agent` header required and the body JSON.
// Plausible itself answers 202 and drops a bad event silently, which is why the stub is stricter: it answers
// 400 with the reason, so a test sees what Plausible would have thrown away.
import { z } from 'zod';

const bytes = (value: string) => Buffer.byteLength(value, 'utf8');

// Plausible keeps scalar property values only; objects, lists and null are dropped.
const propValue = z.union([z.string(), z.number(), z.boolean()]);

export const plausibleEventSchema = z.strictObject({
  name: z
    .string()
    .trim()
    .min(1, 'name is empty')
    .max(120, 'name is longer than 120 characters')
    .refine((name) => name !== 'engagement', 'name "engagement" is reserved by Plausible'),
  url: z
    .string()
    .refine((url) => URL.canParse(url), 'url is not a URL')
    .refine((url) => !url.startsWith('data:'), 'url is a data: URL')
    .refine((url) => bytes(url) <= 2000, 'url is longer than 2000 bytes'),
  domain: z.string().trim().min(1, 'domain is empty'),
  referrer: z
    .string()
    .refine((referrer) => bytes(referrer) <= 2000, 'referrer is longer than 2000 bytes')
    .optional(),
  props: z
    .record(
      z.string().refine((key) => bytes(key) <= 300, 'a props key is longer than 300 bytes'),
      propValue.refine((value) => bytes(String(value)) <= 2000, 'a props value is longer than 2000 bytes'),
    )
    .refine((props) => Object.keys(props).length <= 30, 'props has more than 30 pairs')
    .optional(),
  revenue: z
    .strictObject({
      currency: z.string().regex(/^[A-Z]{3}$/, 'revenue.currency is not an ISO 4217 code'),
      amount: z.union([z.number(), z.string().regex(/^\d+(\.\d+)?$/)]),
    })
    .optional(),
  interactive: z.boolean().optional(),
});
export type PlausibleEvent = z.infer<typeof plausibleEventSchema>;

export type PlausibleRequest = { method: string; headers: Record<string, string | string[] | undefined>; body: string };

/** The event, or why Plausible's Events API would not record it. */
export function readPlausibleEvent(
  request: PlausibleRequest,
): { ok: true; event: PlausibleEvent } | { ok: false; reason: string } {
  if (request.method !== 'POST') return { ok: false, reason: `${request.method}: the Events API takes POST` };
  if (!request.headers['user-agent']) return { ok: false, reason: 'no User-Agent header' };
  const type = String(request.headers['content-type'] ?? '');
  // Plausible's own script sends text/plain to skip a CORS preflight; the API documents application/json.
  if (!/^(application\/json|text\/plain)\b/i.test(type)) {
    return { ok: false, reason: `Content-Type "${type}" is not application/json` };
  }
  let json: unknown;
  try {
    json = JSON.parse(request.body);
  } catch {
    return { ok: false, reason: 'the body is not JSON' };
  }
  const parsed = plausibleEventSchema.safeParse(json);
  if (parsed.success) return { ok: true, event: parsed.data };
  const reason = parsed.error.issues
    .map((issue) => (issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
    .join('; ');
  return { ok: false, reason };
}
