import { describe, expect, it } from 'vitest';
import demoFeed from '../../../shared/feed/demo-feed.json';
import { parseFeed } from '../../../shared/feed/parse-feed';
import type { Site } from '../../../shared/feed/schema';
import { applyFix } from '../../../shared/policy/apply-fix';
import { compilePolicies } from '../../../shared/policy/compile-policies';
import { NETWORKS } from '../../../shared/sites/registry';

const parsed = parseFeed(demoFeed);
if (!parsed.ok) throw new Error('the demo feed no longer parses');
// Each network's "see more" as its profile gives it, the way the composer compiles the policies.
const seeMore = Object.fromEntries(
  NETWORKS.filter((network) => network.seeMoreAt).map((network) => [
    network.site,
    { chars: network.seeMoreAt ?? 0, lines: network.seeMoreLines },
  ]),
);
const checker = compilePolicies(parsed.feed.policies, { seeMore });

const found = (text: string, site: Site = 'linkedin') =>
  checker.check(text, site).map((f) => `${f.policyId}:${text.slice(f.start, f.end)}`);

describe('the demo feed policies', () => {
  it('all compile', () => {
    expect(checker.problems).toEqual([]);
  });

  it.each<[string, string, Site, string[]]>([
    [
      'a leaky launch post',
      'So proud of the team: Project Falcon ships next month and revenue is up 40% already! Details on https://wiki.lumen.internal/falcon #LumenEmployee',
      'linkedin',
      [
        'codename-falcon:Project Falcon',
        'unannounced-revenue:revenue is up 40%',
        'internal-links:https://wiki.lumen.internal/falcon',
        // The only disclosure is the closing hashtag, which readers skim past.
        'employee-disclosure:lumen',
        // Terms are looked for in links too: a code name in a URL leaks just the same.
        'codename-falcon:falcon',
      ],
    ],
    [
      'an undisclosed mention of the employer',
      'Lumen Robotics just opened a new office in Lyon. Come visit!',
      'x',
      ['employee-disclosure:Lumen Robotics'],
    ],
    [
      'a disclosure below LinkedIn’s “see more”',
      `Lumen Robotics opened in Lyon.\nCome visit.\nBring friends.\nI work at Lumen, so ask me anything.`,
      'linkedin',
      ['employee-disclosure:Lumen Robotics'],
    ],
    [
      'the same post on X, which shows it all',
      `Lumen Robotics opened in Lyon.\nCome visit.\nBring friends.\nI work at Lumen, so ask me anything.`,
      'x',
      [],
    ],
    ['a disclosed, harmless post', 'My team at Lumen is hiring field technicians in Lyon.', 'facebook', []],
    [
      'contact details',
      'Ping me at jane.doe@lumen-robotics.example or +33 6 12 34 56 78 (I work at Lumen).',
      'linkedin',
      ['personal-email:jane.doe@lumen-robotics.example', 'personal-phone:+33 6 12 34 56 78'],
    ],
    [
      'a competitor on LinkedIn',
      'Warebots has nothing on us, and RoboCorp neither.',
      'linkedin',
      ['competitor-tone:Warebots', 'competitor-tone:RoboCorp'],
    ],
    ['a competitor on Facebook, where that policy does not apply', 'Warebots has nothing on us.', 'facebook', []],
    [
      'a pasted card and token',
      'test card 4242 4242 4242 4242 and key sk_live_51HqLyjWDarjtT1zdp7dc0xYz',
      'x',
      ['card-number:4242 4242 4242 4242', 'secrets:sk_live_51HqLyjWDarjtT1zdp7dc0xYz'],
    ],
    [
      'ordinary numbers and dates',
      'On 2026-03-14 we welcomed 120 visitors, 40% of them students, in Hall 3.',
      'linkedin',
      [],
    ],
    ['a falconer is not a code name', 'Met a falconer at the expo today.', 'linkedin', []],
  ])('%s', (_name, text, site, expected) => {
    expect(found(text, site)).toEqual(expected);
  });

  it('fixing every finding leaves a clean post', () => {
    let text = 'Lumen Robotics is testing the Falcon robot in Lyon, see wiki.lumen.internal/falcon';
    for (let round = 0; round < 10; round++) {
      const finding = checker.check(text, 'linkedin').find((f) => f.fix);
      if (!finding) break;
      text = applyFix(text, finding).text;
    }
    expect(text).toBe('(I work at Lumen) Lumen Robotics is testing the in Lyon, see');
    expect(checker.check(text, 'linkedin')).toEqual([]);
  });
});
