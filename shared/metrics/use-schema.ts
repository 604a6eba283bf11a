import { z } from 'zod';
import { SITES } from '../sites/registry';
import { USE_KINDS, type Use } from './use';

/**
 * A `countUse` message as the background accepts it. Not for the content script (no zod there): it sends
 * a `Use`, the background checks it.
 */
export const useSchema = z.object({
  kind: z.enum(USE_KINDS),
  itemKey: z.string().min(1).max(3000),
  phrasing: z.number().int().min(1).max(1000),
  site: z.enum(SITES).nullable(),
}) satisfies z.ZodType<Use>;
