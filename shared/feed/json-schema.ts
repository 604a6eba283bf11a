import { z } from 'zod';
import { feedSchema } from './schema';

/**
 * The JSON Schema of feed format v1, generated from the zod schema so it cannot drift from it. It describes
 * what a publisher writes (`io: 'input'`: `policies` may be left out). Refinements such as "https only" or
 * "exactly one matcher" are not expressible here: `herald-feed validate` checks those.
 */
export function feedJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(feedSchema, { io: 'input', target: 'draft-2020-12' });
  const { $schema, ...rest } = generated;
  return {
    $schema,
    title: 'Herald feed, format version 1',
    description:
      'Talking points, news and posting policies that a comms team publishes for Herald. See docs/feed-format.md.',
    ...rest,
  };
}
