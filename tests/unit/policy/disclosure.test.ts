import { describe, expect, it } from 'vitest';
import type { Policy } from '../../../shared/feed/schema';
import { applyFix } from '../../../shared/policy/apply-fix';
import { compilePolicies } from '../../../shared/policy/compile-policies';
import { trailingHashtagsStart, visibleEnd } from '../../../shared/policy/disclosure';
import { disclosureTermsByFeed } from '../../../shared/policy/disclosure-terms';
import { facebook } from '../../../shared/sites/facebook';
import { linkedin } from '../../../shared/sites/linkedin';
import { x } from '../../../shared/sites/x';
import { policy } from './policy-helpers';

const SEE_MORE = { linkedin: { chars: 210, lines: 3 }, facebook: { chars: 480, lines: 5 } } as const;

const rule = (extra: Partial<NonNullable<Policy['disclosure']>> = {}) =>
  policy('disclose', {
    disclosure: { phrases: ['I work at Lumen', '#ad'], ...extra },
    fix: { prepend: '(I work at Lumen)' },
  });

function check(text: string, site: 'linkedin' | 'x' | 'facebook', policies: Policy[] = [rule()]) {
  return compilePolicies(policies, { seeMore: SEE_MORE, disclosureTerms: () => ['Lumen', 'Falcon'] }).check(text, site);
}

const filler = 'We shipped something we are proud of and the team worked hard on every detail of it. ';
const late = `Lumen launched Falcon today. ${filler.repeat(3)}I work at Lumen.`;

describe('disclosure: where the phrase sits', () => {
  it('flags a phrase after LinkedIn’s cut-off, and says why', () => {
    const [finding] = check(late, 'linkedin');
    expect(finding?.message).toContain('after “see more”');
    expect(finding?.message).toContain('210 characters or 3 lines');
    expect(late.slice(finding?.start, finding?.end)).toBe('Lumen');
  });

  it('does not flag the same draft on X, which shows the whole post', () => {
    expect(check(late, 'x')).toEqual([]);
  });

  it('takes a phrase before the cut-off on LinkedIn', () => {
    expect(check(`I work at Lumen: we launched Falcon. ${filler.repeat(4)}`, 'linkedin')).toEqual([]);
  });

  it('flags a phrase on the fourth line on LinkedIn, though within 210 characters', () => {
    expect(check('Falcon is out.\nOne.\nTwo.\nI work at Lumen.', 'linkedin')[0]?.message).toContain('see more');
    expect(check('Falcon is out.\nOne.\nTwo.\nI work at Lumen.', 'facebook')).toEqual([]);
  });

  it('flags a disclosure only in the closing hashtags', () => {
    const [finding] = check('Lumen launched Falcon today, go try it!\n\n#launch #ad #robots', 'x');
    expect(finding?.message).toContain('only in the closing hashtags');
  });

  it('takes the same tag inside the post', () => {
    expect(check('#ad Lumen launched Falcon today #launch', 'x')).toEqual([]);
  });
});

describe('disclosure: weak forms', () => {
  it.each([
    ['#sp', 'Lumen launched Falcon #sp today'],
    ['#ee', 'Falcon from Lumen is out #ee'],
    ['#spon', '#spon Lumen launched Falcon'],
    ['#partner', '#partner Lumen launched Falcon'],
    ['link in bio', 'Lumen launched Falcon, link in bio'],
  ])('%s does not count, and the note names it', (weak, text) => {
    const [finding] = check(text, 'x');
    expect(finding?.message).toContain(`“${weak}” is not a clear disclosure`);
  });

  it('does not count a weak tag even when the feed lists it as a phrase', () => {
    const lenient = rule({ phrases: ['#sp'] });
    expect(check('#sp Lumen launched Falcon', 'x', [lenient])[0]?.message).toContain('“#sp” is not a clear');
  });

  it('says the tie is missing when there is nothing at all', () => {
    expect(check('Lumen launched Falcon', 'x')[0]?.message).toBe(
      'disclose message The post mentions the company but does not say you work there.',
    );
  });
});

describe('disclosure: when it applies', () => {
  it('is silent when the draft mentions no `when` term', () => {
    expect(check('A lovely day for a walk', 'linkedin')).toEqual([]);
  });

  it('listens for its own `when` terms instead of the company and keywords', () => {
    const own = rule({ when: ['Orbit'] });
    expect(check('Lumen launched Falcon', 'x', [own])).toEqual([]);
    expect(check('Orbit is here', 'x', [own])).toHaveLength(1);
  });

  it('is silent when there is no company name or keyword to listen for', () => {
    expect(compilePolicies([rule()]).check('Lumen launched Falcon', 'x')).toEqual([]);
  });

  it('does not take a phrase inside a longer word', () => {
    expect(check('Lumen launched Falcon #adventure', 'x')).toHaveLength(1);
    expect(check('AI work at Lumen: Falcon', 'x')).toHaveLength(1);
  });

  it('takes the phrase in any case', () => {
    expect(check('i WORK at lumen; Falcon is out', 'linkedin')).toEqual([]);
  });
});

describe('disclosure: the prepend fix', () => {
  it('puts the text at the start, and the finding goes', () => {
    const [finding] = check(late, 'linkedin');
    if (!finding) throw new Error('no finding');
    const fixed = applyFix(late, finding);
    expect(fixed.text).toBe(`(I work at Lumen) ${late}`);
    expect(fixed.caret).toBe('(I work at Lumen)'.length);
    const withPhrase = policy('d', { disclosure: { phrases: ['(I work at Lumen)'] } });
    expect(check(fixed.text, 'linkedin', [withPhrase])).toEqual([]);
  });

  it.each([
    ['leading spaces go', '   Falcon', '(I work at Lumen) Falcon'],
    ['a leading line break stays', '\nFalcon', '(I work at Lumen)\nFalcon'],
    ['an empty draft', '', '(I work at Lumen)'],
    ['already there: unchanged', '(i work at lumen) Falcon', '(i work at lumen) Falcon'],
  ])('%s', (_name, text, expected) => {
    expect(applyFix(text, { start: 0, end: 0, fix: { prepend: '(I work at Lumen) ' } }).text).toBe(expected);
  });
});

describe('visibleEnd and trailingHashtagsStart', () => {
  it('cuts at the chars or at the last shown line, whichever comes first', () => {
    expect(visibleEnd('a'.repeat(300), { chars: 210 })).toBe(210);
    expect(visibleEnd('a\nb\nc\nd', { chars: 210, lines: 3 })).toBe(5);
    expect(visibleEnd('short', undefined)).toBe(5);
  });

  it('never splits an emoji', () => {
    expect(visibleEnd(`${'a'.repeat(9)}🚀b`, { chars: 10 })).toBe(9);
  });

  it('finds the closing run of hashtags only', () => {
    expect(trailingHashtagsStart('#one text #two #three')).toBe(10);
    expect(trailingHashtagsStart('no tags here')).toBe(12);
  });
});

describe('disclosureTermsByFeed', () => {
  it('gives each feed its own company name and keywords', () => {
    const item = (feedUrl: string, publisherName: string, keywords?: string[]) =>
      ({ feedUrl, publisherName, keywords }) as Parameters<typeof disclosureTermsByFeed>[0]['items'][number];
    const terms = disclosureTermsByFeed({
      items: [item('a', 'Lumen', ['Falcon']), item('a', 'Lumen', ['Orbit']), item('b', 'Acme')],
    });
    expect(terms.get('a')).toEqual(['Lumen', 'Falcon', 'Orbit']);
    expect(terms.get('b')).toEqual(['Acme']);
  });
});

describe('disclosure: a draft holding approved text', () => {
  const APPROVED = 'Our robots slow down whenever a person is within two metres.';
  const atApproved = (text: string) => {
    const at = text.indexOf(APPROVED);
    return at < 0 ? undefined : { start: at, end: at + 'Our robots slow'.length };
  };
  const checkWith = (text: string, policies: Policy[] = [rule()]) =>
    compilePolicies(policies, {
      seeMore: SEE_MORE,
      disclosureTerms: () => ['Lumen'],
      approvedPassage: (_policy, draft) => atApproved(draft),
    }).check(text, 'linkedin');

  it('wakes a rule without `when` though the draft names neither the company nor a keyword', () => {
    const [finding] = checkWith(`${APPROVED} #Safety`);
    expect(finding?.policyId).toBe('disclose');
    expect(finding?.message).toContain('does not say you work there');
    expect(`${APPROVED} #Safety`.slice(finding?.start, finding?.end)).toBe('Our robots slow');
  });

  it('is satisfied by a disclosure before the cut-off, and the prepend fix gives one', () => {
    expect(checkWith(`I work at Lumen. ${APPROVED}`)).toEqual([]);
    const [finding] = checkWith(APPROVED);
    if (!finding) throw new Error('no finding');
    const fixed = applyFix(APPROVED, finding).text;
    expect(checkWith(fixed, [rule({ phrases: ['(I work at Lumen)'] })])).toEqual([]);
  });

  it('underlines the company name first when the draft names it too', () => {
    const text = `${APPROVED} Lumen!`;
    const [finding] = checkWith(text);
    expect(text.slice(finding?.start, finding?.end)).toBe('Lumen');
  });

  it('leaves a rule with its own `when` to its terms', () => {
    expect(checkWith(APPROVED, [rule({ when: ['Orbit'] })])).toEqual([]);
  });

  it('wakes a rule whose feed has no company name or keywords to listen for', () => {
    const checker = compilePolicies([rule()], { approvedPassage: (_policy, draft) => atApproved(draft) });
    expect(checker.check(APPROVED, 'x')).toHaveLength(1);
  });
});

describe('disclosure: each network’s own cut-off', () => {
  // The profiles the content script passes in, not numbers copied into the test.
  const seeMore = Object.fromEntries(
    [linkedin, facebook, x].map((network) => [
      network.site,
      network.seeMoreAt ? { chars: network.seeMoreAt, lines: network.seeMoreLines } : undefined,
    ]),
  );
  const onNetwork = (text: string, site: 'linkedin' | 'x' | 'facebook') =>
    compilePolicies([rule()], { seeMore, disclosureTerms: () => ['Lumen'] }).check(text, site);
  const at = (chars: number) => `Lumen news. ${'word '.repeat(chars / 5)}`.slice(0, chars);

  it('LinkedIn cuts at about 210 characters, Facebook at 480, X never', () => {
    const after250 = `${at(250)} I work at Lumen.`;
    expect(onNetwork(after250, 'linkedin')[0]?.message).toContain('after “see more”');
    expect(onNetwork(after250, 'facebook')).toEqual([]);
    expect(onNetwork(after250, 'x')).toEqual([]);
    const after500 = `${at(500)} I work at Lumen.`;
    expect(onNetwork(after500, 'facebook')[0]?.message).toContain('480 characters or 5 lines');
    expect(onNetwork(after500, 'x')).toEqual([]);
    const before = `${at(150)} I work at Lumen.`;
    for (const site of ['linkedin', 'facebook', 'x'] as const) expect(onNetwork(before, site)).toEqual([]);
  });

  it('LinkedIn cuts after three lines, Facebook after five', () => {
    const fourthLine = 'Lumen news.\nOne.\nTwo.\nI work at Lumen.';
    expect(onNetwork(fourthLine, 'linkedin')).toHaveLength(1);
    expect(onNetwork(fourthLine, 'facebook')).toEqual([]);
    const sixthLine = 'Lumen news.\n1\n2\n3\n4\nI work at Lumen.';
    expect(onNetwork(sixthLine, 'facebook')).toHaveLength(1);
    expect(onNetwork(sixthLine, 'x')).toEqual([]);
  });
});
