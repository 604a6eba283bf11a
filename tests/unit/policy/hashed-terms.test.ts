import { describe, expect, it } from 'vitest';
import { policySchema } from '../../../shared/feed/schema';
import { compilePolicies } from '../../../shared/policy/compile-policies';
import { hashTerms, termHasher } from '../../../shared/policy/hashed-terms';
import { policy } from './policy-helpers';

const KEY = '00112233445566778899aabbccddeeff';
const OTHER_KEY = 'ffeeddccbbaa99887766554433221100';

/** What the employee typed under each finding of a policy whose terms ship hashed. */
function hashedMatches(terms: string[], text: string, key = KEY): string[] {
  return compilePolicies([policy('secret', { hashedTerms: hashTerms(key, terms) })])
    .check(text)
    .map((finding) => text.slice(finding.start, finding.end));
}

describe('hashTerms', () => {
  it('gives 64-bit hex hashes, sorted, and the distinct word counts', () => {
    const hashed = hashTerms(KEY, ['Project Falcon', 'Kestrel', 'Blue Heron Two']);
    expect(hashed.key).toBe(KEY);
    expect(hashed.words).toEqual([1, 2, 3]);
    expect(hashed.hashes).toHaveLength(3);
    for (const hash of hashed.hashes) expect(hash).toMatch(/^[0-9a-f]{16}$/);
    expect([...hashed.hashes].sort()).toEqual(hashed.hashes);
  });

  it('hashes the folded words, so case, accents and look-alikes give the same hash', () => {
    expect(hashTerms(KEY, ['FALCON']).hashes).toEqual(hashTerms(KEY, ['f\u0430lcón']).hashes);
  });

  it('gives other hashes under another key', () => {
    expect(hashTerms(KEY, ['Falcon']).hashes).not.toEqual(hashTerms(OTHER_KEY, ['Falcon']).hashes);
  });

  it('is HMAC-SHA-256 truncated to 8 bytes (RFC 4231 test case 2)', () => {
    const jefe = Buffer.from('Jefe').toString('hex');
    expect(termHasher(jefe)('what do ya want for nothing?')).toBe('5bdcc146bf60754e');
  });

  it('never contains the terms in clear', () => {
    const json = JSON.stringify(hashTerms(KEY, ['Project Falcon', 'Kestrel']));
    expect(json.toLowerCase()).not.toMatch(/falcon|kestrel|project/);
  });

  it('passes the feed schema, and a policy has it as its one matcher', () => {
    const hashedTerms = hashTerms(KEY, ['Falcon']);
    expect(policySchema.safeParse(policy('p', { hashedTerms })).success).toBe(true);
    expect(policySchema.safeParse(policy('p', { hashedTerms, terms: ['x'] })).success).toBe(false);
    expect(policySchema.safeParse(policy('p', { hashedTerms: { ...hashedTerms, hashes: ['FALCON'] } })).success).toBe(
      false,
    );
  });
});

describe('hashed terms in a draft', () => {
  it.each<[string, string[], string, string[]]>([
    ['a single word', ['Falcon'], 'the Falcon launch', ['Falcon']],
    ['any case', ['Falcon'], 'FALCON and falcon', ['FALCON', 'falcon']],
    ['accents', ['cafe'], 'Le Café', ['Café']],
    ['a Cyrillic look-alike', ['Falcon'], 'F\u0430lcon is near', ['F\u0430lcon']],
    ['an invisible character inside', ['Falcon'], 'Fal\u200Bcon!', ['Fal\u200Bcon']],
    ['a multi-word term', ['Project Falcon'], 'about project  falcon today', ['project  falcon']],
    ['a multi-word term across a line break', ['Blue Heron Two'], 'Blue\nHeron TWO', ['Blue\nHeron TWO']],
    ['not a part of the phrase alone', ['Project Falcon'], 'the project and a falcon', []],
    ['whole words only', ['Falcon'], 'Falconer', []],
    ['the words of a phrase kept apart', ['Blue Heron', 'Kestrel'], 'BlueHeron', []],
    [
      'terms of different lengths together',
      ['Kestrel', 'Project Falcon'],
      'Kestrel, Project Falcon',
      ['Kestrel', 'Project Falcon'],
    ],
    [
      'the longer term over a shorter one inside it',
      ['Falcon', 'Project Falcon'],
      'Project Falcon',
      ['Project Falcon'],
    ],
  ])('%s', (_name, terms, text, expected) => {
    expect(hashedMatches(terms, text)).toEqual(expected);
  });

  it('finds nothing when the draft is checked against hashes made under another key', () => {
    const hashedTerms = { ...hashTerms(OTHER_KEY, ['Falcon']), key: KEY };
    expect(compilePolicies([policy('secret', { hashedTerms })]).check('Falcon')).toEqual([]);
  });

  it('gives the policy message, never anything about the term', () => {
    const [finding] = compilePolicies([policy('codename', { hashedTerms: hashTerms(KEY, ['Falcon']) })]).check(
      'Falcon',
    );
    expect(finding).toMatchObject({ policyId: 'codename', message: 'codename message', start: 0, end: 6 });
  });

  it('answers the same on a second check, from its cache', () => {
    const checker = compilePolicies([policy('secret', { hashedTerms: hashTerms(KEY, ['Falcon']) })]);
    expect(checker.check('a Falcon')).toHaveLength(1);
    expect(checker.check('a Falcon')).toHaveLength(1);
    expect(checker.check('a Falco')).toHaveLength(0);
  });
});
