// Placeholders in approved texts: `{firstName}` and the like, filled from the employee's "About you" (and
// `{company}` from the feed's publisher) so each post carries the employee's own details. Pure and zod-free:
// the content script fills the text it inserts, within its size budget.

/** The names a text may hold, in the order the docs and messages list them. */
export const PLACEHOLDER_NAMES = ['firstName', 'jobTitle', 'team', 'location', 'company'] as const;
export type PlaceholderName = (typeof PLACEHOLDER_NAMES)[number];

/** The names the employee fills in Options ("About you"); `company` comes from the feed. */
export const PROFILE_FIELDS = ['firstName', 'jobTitle', 'team', 'location'] as const;
export type ProfileField = (typeof PROFILE_FIELDS)[number];
export type Profile = Record<ProfileField, string>;
export const EMPTY_PROFILE: Profile = { firstName: '', jobTitle: '', team: '', location: '' };

/** What fills each placeholder; a missing or blank value leaves a visible gap. */
export type PlaceholderValues = Partial<Record<PlaceholderName, string>>;

/** The values for an item: the employee's "About you", and the company that publishes the item's feed. */
export function placeholderValues(profile: Partial<Profile> | null | undefined, company: string): PlaceholderValues {
  return { ...profile, company };
}

/** Where a placeholder had no value: `[start, end)` in the filled text covers the gap's label, e.g. "[team]". */
export type PlaceholderGap = { name: PlaceholderName; start: number; end: number };

export type FilledText = { text: string; gaps: PlaceholderGap[] };

/** A problem in a text's placeholders: `[start, end)` in the text, UTF-16 offsets. */
export type PlaceholderProblem = { start: number; end: number; message: string };

/** How a gap reads in a post and in the note: plain words, so "[job title]" says what goes there. */
export const GAP_WORDS: Record<PlaceholderName, string> = {
  firstName: 'first name',
  jobTitle: 'job title',
  team: 'team',
  location: 'location',
  company: 'company',
};

export const gapText = (name: PlaceholderName) => `[${GAP_WORDS[name]}]`;

const KNOWN = new Set<string>(PLACEHOLDER_NAMES);
const isPlaceholderName = (name: string): name is PlaceholderName => KNOWN.has(name);

const KNOWN_LIST = `${PLACEHOLDER_NAMES.slice(0, -1)
  .map((name) => `{${name}}`)
  .join(', ')} or {${PLACEHOLDER_NAMES.at(-1)}}`;

const BRACE = /[{}]/g;

/**
 * Every problem with the text's braces: braces are kept for placeholders, so each "{" must close with "}"
 * around one of the known names, without another brace inside.
 */
export function placeholderProblems(text: string): PlaceholderProblem[] {
  // Most texts hold no brace: a native search says so faster than any scan.
  if (!text.includes('{') && !text.includes('}')) return [];
  const problems: PlaceholderProblem[] = [];
  let open = -1;
  // Brace to brace, the words between skipped: parseFeed checks every text of every feed at each sync.
  BRACE.lastIndex = 0;
  for (let found = BRACE.exec(text); found; found = BRACE.exec(text)) {
    const i = found.index;
    const char = found[0];
    if (char === '{') {
      if (open !== -1) {
        problems.push({
          start: open,
          end: i + 1,
          message: `a “{” at ${i} opens inside the one at ${open}: placeholders do not nest`,
        });
      }
      open = i;
    } else if (char === '}') {
      if (open === -1) {
        problems.push({ start: i, end: i + 1, message: `a “}” at ${i} closes nothing: write placeholders as {team}` });
        continue;
      }
      const name = text.slice(open + 1, i);
      if (!isPlaceholderName(name)) {
        problems.push({
          start: open,
          end: i + 1,
          message: `unknown placeholder “{${name}}” at ${open}: use ${KNOWN_LIST} (names are case-sensitive)`,
        });
      }
      open = -1;
    }
  }
  if (open !== -1) {
    problems.push({ start: open, end: text.length, message: `a “{” at ${open} is never closed with “}”` });
  }
  return problems;
}

const PLACEHOLDER = new RegExp(`\\{(${PLACEHOLDER_NAMES.join('|')})\\}`, 'g');

/** A value as it goes into the post: trimmed, and without braces, so it can never spell a placeholder itself. */
function cleanValue(value: string | undefined): string {
  return (value ?? '').replace(/[{}]/g, '').trim();
}

/**
 * The text with each known placeholder replaced by its value; one without a value becomes a visible gap such
 * as "[job title]", listed in `gaps` with its offsets in the returned text. Anything else is left as written
 * (feeds with broken braces are refused before they get here).
 */
export function fillPlaceholders(text: string, values: PlaceholderValues = {}): FilledText {
  const gaps: PlaceholderGap[] = [];
  let out = '';
  let last = 0;
  PLACEHOLDER.lastIndex = 0;
  for (let match = PLACEHOLDER.exec(text); match; match = PLACEHOLDER.exec(text)) {
    const name = match[1] as PlaceholderName;
    out += text.slice(last, match.index);
    const value = cleanValue(values[name]);
    if (value) out += value;
    else {
      const gap = gapText(name);
      gaps.push({ name, start: out.length, end: out.length + gap.length });
      out += gap;
    }
    last = match.index + match[0].length;
  }
  return { text: out + text.slice(last), gaps };
}

/** Whether the text holds any placeholder at all: most do not, and skip the work. */
export function hasPlaceholders(text: string): boolean {
  PLACEHOLDER.lastIndex = 0;
  return PLACEHOLDER.test(text);
}

/**
 * What the note beside the composer says while gaps are left in the post, the first (selected) one named:
 * "Fill in your team where “[team]” is selected." Undefined once none is left.
 */
export function gapNote(names: readonly PlaceholderName[]): string | undefined {
  const unique = [...new Set(names)];
  const [first, ...rest] = unique;
  if (!first) return undefined;
  const selected = `Fill in your ${GAP_WORDS[first]} where “${gapText(first)}” is selected`;
  const others = rest.length ? `, then ${rest.map((name) => `“${gapText(name)}”`).join(', ')}` : '';
  const fromProfile = unique.some((name) => name !== 'company')
    ? ' Add yours under “About you” in Herald’s options to have it filled.'
    : '';
  return `${selected}${others}.${fromProfile}`;
}

/** The gaps still in a draft ("[team]"…), however they got there: an Insert, a Copy, a paste. */
export function gapsIn(text: string): PlaceholderName[] {
  return PLACEHOLDER_NAMES.filter((name) => text.includes(gapText(name)));
}

/** What the post guard says before a draft with a gap goes out, or nothing. */
export function gapGuardMessage(names: readonly PlaceholderName[]): string | undefined {
  if (names.length === 0) return undefined;
  const listed = names.map((name) => `“${gapText(name)}”`).join(', ');
  return `This post still has ${listed} where your own details go. Fill ${names.length === 1 ? 'it' : 'them'} in or delete ${names.length === 1 ? 'it' : 'them'} first.`;
}
