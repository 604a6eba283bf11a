import { z } from 'zod';
import { SITES } from '../../../shared/feed/schema';

// `examples` of a policy in a content folder (docs/feed-format.md, "Rule examples"): drafts the rule must
// flag and drafts it must let pass. They stay in the folder: the reader takes them out of the policy, so
// they never reach feed.json.

const ENTRY = 'an example is a draft in quotes, or { text, match, sites }';

const text = z.string({ error: '"text" is the draft, in quotes' }).refine((draft) => draft.trim() !== '', {
  error: 'the draft is empty',
});
const site = z.enum(SITES, {
  error: (issue) => `${JSON.stringify(issue.input)} is not a network Herald knows: ${SITES.join(', ')}`,
});
const sites = z.array(site).min(1, { error: '"sites" lists at least one network' });

const unknownFields = (keys: readonly string[]) => `unknown field ${keys.map((key) => `"${key}"`).join(', ')}`;

const entryObject = <Shape extends z.ZodRawShape>(shape: Shape, unknownKey: string) =>
  z.strictObject(
    { text, sites: sites.optional(), ...shape },
    {
      error: (issue) => (issue.code === 'unrecognized_keys' ? `${unknownFields(issue.keys)}: ${unknownKey}` : ENTRY),
    },
  );

/** A bare string is the draft itself. */
const asEntry = <Schema extends z.ZodType>(schema: Schema) =>
  z.preprocess((value) => (typeof value === 'string' ? { text: value } : value), schema);

const flagEntry = asEntry(
  entryObject(
    { match: z.string({ error: '"match" is the text the rule must underline, in quotes' }).min(1).optional() },
    'a flag example has text, and optionally match and sites',
  ).refine((example) => example.match === undefined || example.text.includes(example.match), {
    error: '"match" is not in the draft: copy the words the rule must underline from "text"',
    path: ['match'],
  }),
);
const passEntry = asEntry(
  entryObject({}, 'a pass example has text, and optionally sites ("match" is only for flag examples)'),
);

export const examplesSchema = z.strictObject(
  {
    flag: z.array(flagEntry, { error: '"flag" is a list of drafts the rule must flag' }).optional(),
    pass: z.array(passEntry, { error: '"pass" is a list of drafts the rule must let pass' }).optional(),
  },
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `${unknownFields(issue.keys)}: "examples" holds "flag" and "pass" only`
        : '"examples" is a mapping: flag: [drafts], pass: [drafts]',
  },
);

export type Examples = z.infer<typeof examplesSchema>;
