import { describe, expect, it } from 'vitest';
import { instanceHosts, parseInstanceHost } from '../../../shared/sites/instance-host';

describe('parseInstanceHost', () => {
  it.each<[string, string]>([
    ['social.example', 'social.example'],
    ['  Social.Example  ', 'social.example'],
    ['https://social.example', 'social.example'],
    ['https://social.example/home', 'social.example'],
    ['@ana@social.example', 'social.example'],
    ['ana@social.example', 'social.example'],
    ['mastodon.xn--bcher-kva.example', 'mastodon.xn--bcher-kva.example'],
    ['bücher.example', 'xn--bcher-kva.example'],
  ])('takes %j as %s', (input, host) => {
    expect(parseInstanceHost(input)).toEqual({ ok: true, host });
  });

  it.each([
    '',
    'localhost',
    'http://social.example',
    'ftp://social.example',
    'social.example:8443',
    'user:pass@social.example',
    'social example',
    'javascript:alert(1)',
  ])('refuses %j with a message', (input) => {
    const result = parseInstanceHost(input);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(/social\.example/);
  });

  it('keeps each valid host once, in order', () => {
    expect(instanceHosts(['b.example', 'A.example', 'nope', 'https://b.example/x'])).toEqual([
      'b.example',
      'a.example',
    ]);
  });
});
