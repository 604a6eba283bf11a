import { describe, expect, it } from 'vitest';
import { normalizeScope, parseSignatureFile, SIGNATURE_HEADER, scopeCovers } from '../../../shared/feed/signed-feed';

const SIG = `${'A'.repeat(86)}==`;

describe('parseSignatureFile', () => {
  it('reads the scopes and the signature', () => {
    const text = `${SIGNATURE_HEADER}\nurl https://a.example/feed.json\norigin https://cdn.example\nsignature ${SIG}\n`;
    expect(parseSignatureFile(text)).toEqual({
      scopes: [
        { kind: 'url', value: 'https://a.example/feed.json' },
        { kind: 'origin', value: 'https://cdn.example' },
      ],
      signature: SIG,
    });
  });

  it.each([
    [SIG, /^a version 1 signature/],
    ['hello', /^not a Herald feed signature/],
    [`${SIGNATURE_HEADER}\nsignature ${SIG}`, /names no feed URL or origin/],
    [`${SIGNATURE_HEADER}\nurl https://a.example/f.json`, /no "signature" line last/],
    [`${SIGNATURE_HEADER}\nscope https://a.example/f.json\nsignature ${SIG}`, /a line Herald does not know/],
    [`${SIGNATURE_HEADER}\nurl http://a.example/f.json\nsignature ${SIG}`, /malformed scope/],
    [`${SIGNATURE_HEADER}\norigin https://a.example/path\nsignature ${SIG}`, /malformed scope/],
    [`${SIGNATURE_HEADER}\nurl https://x.example@a.example/f.json\nsignature ${SIG}`, /malformed scope/],
  ])('refuses %j, saying why', (text, message) => {
    expect(parseSignatureFile(text)).toMatch(message);
  });
});

describe('scopes', () => {
  it('a URL scope covers that address only; an origin scope every address on it', () => {
    const url = { kind: 'url' as const, value: 'https://a.example/feed.json' };
    const origin = { kind: 'origin' as const, value: 'https://a.example' };
    expect(scopeCovers(url, 'https://a.example/feed.json')).toBe(true);
    expect(scopeCovers(url, 'https://a.example/feed.json?v=2')).toBe(false);
    expect(scopeCovers(url, 'https://a.example/other.json')).toBe(false);
    expect(scopeCovers(origin, 'https://a.example/other.json')).toBe(true);
    expect(scopeCovers(origin, 'https://a.example:8443/feed.json')).toBe(false);
    expect(scopeCovers(origin, 'https://b.example/feed.json')).toBe(false);
  });

  it('normalizes what the publisher types', () => {
    expect(normalizeScope('origin', 'https://A.example/')).toEqual({ kind: 'origin', value: 'https://a.example' });
    expect(normalizeScope('url', 'https://A.example/feed.json')).toEqual({
      kind: 'url',
      value: 'https://a.example/feed.json',
    });
    expect(normalizeScope('origin', 'https://a.example/feed.json')).toMatch(/an origin has no path/);
    expect(normalizeScope('url', 'http://a.example/feed.json')).toMatch(/not an https:\/\/ address/);
  });
});
