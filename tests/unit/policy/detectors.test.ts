import { describe, expect, it } from 'vitest';
import type { DETECTORS } from '../../../shared/feed/schema';
import { EMAIL } from '../../../shared/policy/detectors/email';
import { HOST_OR_URL } from '../../../shared/policy/detectors/internal-link';
import { CARD, passesLuhn } from '../../../shared/policy/detectors/payment-card';
import { PHONE } from '../../../shared/policy/detectors/phone';
import { ASSIGNED_SECRET, SECRET_SHAPES } from '../../../shared/policy/detectors/secret';
import { checkPatternSafety } from '../../../shared/policy/pattern-safety';
import { matchedTexts, policy } from './policy-helpers';

type Detector = (typeof DETECTORS)[number];

const detected = (detector: Detector, text: string, hosts?: string[]) =>
  matchedTexts([policy(detector, { detector, ...(hosts ? { hosts } : {}) })], text).map((m) =>
    m.slice(detector.length + 1),
  );

describe('email', () => {
  it.each([
    ['mail bob@lumen.example today', ['bob@lumen.example']],
    ['Jean.Dupont+news@mail.lumen-robotics.fr.', ['Jean.Dupont+news@mail.lumen-robotics.fr']],
    ['josé@correo.españa.es', ['josé@correo.españa.es']],
    ['two: a@b.io, c_d@e.co', ['a@b.io', 'c_d@e.co']],
  ])('finds %j', (text, expected) => {
    expect(detected('email', text)).toEqual(expected);
  });

  it.each(['@lumen on X', 'bob@localhost', 'name at lumen dot com', 'a@b.c', 'price: 3@4.5'])('ignores %j', (text) => {
    expect(detected('email', text)).toEqual([]);
  });
});

describe('phone', () => {
  it.each([
    ['call +44 20 7946 0958 now', '+44 20 7946 0958'],
    ['+1 (415) 555-0132', '+1 (415) 555-0132'],
    ['(415) 555-0132', '(415) 555-0132'],
    ['415-555-0132', '415-555-0132'],
    ['415.555.0132', '415.555.0132'],
    ['06 12 34 56 78', '06 12 34 56 78'],
    ['0612345678', '0612345678'],
    ['+4915112345678', '+4915112345678'],
    ['020 7946 0958', '020 7946 0958'],
    ['+33 (0)6 12 34 56 78', '+33 (0)6 12 34 56 78'],
  ])('finds %j', (text, expected) => {
    expect(detected('phone', text)).toEqual([expected]);
  });

  it.each([
    ['a year', 'since 2026'],
    ['a percentage', 'up 40%'],
    ['a big percentage', 'up 12345678%'],
    ['an ISO date', 'on 2026-03-14'],
    ['a European date', 'on 14.03.2026'],
    ['a slashed date', 'on 14/03/2026'],
    ['a spaced date', 'on 14 03 2026'],
    ['a plain number', 'we shipped 123456789 parcels'],
    ['a compact date', 'build 20260314'],
    ['thousands with spaces', '12 345 678 units'],
    ['thousands with dots', '12.345.678 units'],
    ['thousands with commas', '12,345,678 units'],
    ['too few digits', 'ext 555-0132'],
    ['too many digits', '+44 20 7946 0958 1234 5678'],
    ['a decimal', 'pi is 3.14159265'],
    ['a card number', '4111 1111 1111 1111'],
    ['digits in a word', 'model AB12345678'],
  ])('ignores %s', (_name, text) => {
    expect(detected('phone', text)).toEqual([]);
  });
});

describe('payment-card', () => {
  it.each([
    ['4111 1111 1111 1111', '4111 1111 1111 1111'],
    ['card: 4111-1111-1111-1111.', '4111-1111-1111-1111'],
    ['5500005555555559', '5500005555555559'],
    ['Amex 3782 822463 10005', '3782 822463 10005'],
    ['6011000990139424', '6011000990139424'],
  ])('finds the Luhn-valid %j', (text, expected) => {
    expect(detected('payment-card', text)).toEqual([expected]);
  });

  it.each([
    ['Luhn-invalid', '4111 1111 1111 1112'],
    ['too short', '4111 1111 111'],
    ['too long', '4111 1111 1111 1111 1111 1'],
    ['the end of a longer number', '9 4111 1111 1111 1111'],
    ['one repeated digit', '0000 0000 0000 0000'],
    ['a phone number', '+44 20 7946 0958'],
    ['a date and a year', '2026-03-14 2026'],
  ])('ignores %s', (_name, text) => {
    expect(detected('payment-card', text)).toEqual([]);
  });

  it.each([
    ['79927398713', true],
    ['79927398710', false],
    ['4111111111111111', true],
    ['4111111111111112', false],
  ])('Luhn of %s is %s', (digits, valid) => {
    expect(passesLuhn(digits)).toBe(valid);
  });
});

describe('secret', () => {
  it.each([
    ['AWS access key', 'key AKIAIOSFODNN7EXAMPLE here', 'AKIAIOSFODNN7EXAMPLE'],
    ['GitHub token', 'ghp_1234567890abcdefghijklmnopqrstuvwxyzAB', 'ghp_1234567890abcdefghijklmnopqrstuvwxyzAB'],
    [
      'GitHub fine-grained token',
      'github_pat_11ABCDEFG0123456789_abcdefghijklmnop',
      'github_pat_11ABCDEFG0123456789_abcdefghijklmnop',
    ],
    ['Slack token', 'xoxb-123456789012-abcdefABCDEF', 'xoxb-123456789012-abcdefABCDEF'],
    ['Stripe key', 'sk_live_4eC39HqLyjWDarjtT1zdp7dc', 'sk_live_4eC39HqLyjWDarjtT1zdp7dc'],
    ['Google API key', 'AIzaSyDaGmWKa4JsXZ-HjGw7ISLn_3namBGewQe.', 'AIzaSyDaGmWKa4JsXZ-HjGw7ISLn_3namBGewQe'],
    [
      'JWT',
      'Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U',
      'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U',
    ],
    ['private key', '-----BEGIN RSA PRIVATE KEY-----', '-----BEGIN RSA PRIVATE KEY-----'],
    ['token= assignment', 'token=Zx9Qm2Lr7Vt4Kp8Wn3Yb', 'token=Zx9Qm2Lr7Vt4Kp8Wn3Yb'],
    ['API_KEY: assignment', 'export API_KEY: "aB3dE5gH7jK9mN1pQ3sT"', 'API_KEY: "aB3dE5gH7jK9mN1pQ3sT'],
    ['password assignment', 'db_password = hT7kQ2mZ9xW4vB6nR1c', 'db_password = hT7kQ2mZ9xW4vB6nR1c'],
  ])('finds a %s', (_name, text, expected) => {
    expect(detected('secret', text)).toEqual([expected]);
  });

  it.each([
    ['a word after token=', 'token=correcthorsebatterystaple'],
    ['a short value', 'token=abc123'],
    ['a low-entropy value', 'api_key=aaaaaaaa11111111aaaa'],
    ['prose about tokens', 'We will tokenize the input and rotate secrets monthly.'],
    ['AKIA inside a word', 'XAKIAIOSFODNN7EXAMPLE1'],
    ['a plain ghp_ mention', 'the ghp_ prefix marks GitHub tokens'],
    ['a sentence with eyJ', 'eyJ is how JSON looks in base64.'],
  ])('ignores %s', (_name, text) => {
    expect(detected('secret', text)).toEqual([]);
  });
});

describe('internal-link', () => {
  const hosts = ['wiki.lumen.internal', 'Jira.Lumen-Robotics.example'];
  it.each([
    ['see https://wiki.lumen.internal/falcon.', 'https://wiki.lumen.internal/falcon'],
    ['(https://jira.lumen-robotics.example/browse/FAL-12)', 'https://jira.lumen-robotics.example/browse/FAL-12'],
    ['bare wiki.lumen.internal, ok', 'wiki.lumen.internal'],
    ['sub: docs.wiki.lumen.internal/x?y=1#z', 'docs.wiki.lumen.internal/x?y=1#z'],
    ['port: http://WIKI.lumen.internal:8080/a', 'http://WIKI.lumen.internal:8080/a'],
  ])('finds %j', (text, expected) => {
    expect(detected('internal-link', text, hosts)).toEqual([expected]);
  });

  it.each([
    ['a public page', 'https://lumen.example/news'],
    ['a look-alike host', 'https://notwiki.lumen.internal/x'],
    ['a host that only starts the same', 'https://wiki.lumen.internal.evil.example/x'],
    ['an e-mail address on that host', 'bob@wiki.lumen.internal'],
    ['the host in a path', 'https://example.com/wiki.lumen.internal'],
  ])('ignores %s', (_name, text) => {
    expect(detected('internal-link', text, hosts)).toEqual([]);
  });
});

describe("the detectors' own patterns", () => {
  const patterns = [EMAIL, PHONE, CARD, ASSIGNED_SECRET, HOST_OR_URL, ...SECRET_SHAPES];
  it.each(patterns.map((re) => [re.source, re.flags.replace('g', '')]))(
    'pass the safety check: %s',
    (source, flags) => {
      expect(checkPatternSafety(source, flags)).toEqual({ ok: true });
    },
  );
});
