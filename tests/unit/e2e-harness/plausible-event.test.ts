// The Plausible stub of the metrics e2e must refuse what Plausible's Events API would not record, or a
// passing e2e would prove nothing about a real Plausible.
import { describe, expect, test } from 'vitest';
import { readPlausibleEvent } from '../../e2e/harness/plausible-event';

const headers = { 'user-agent': 'Mozilla/5.0 Chrome/140', 'content-type': 'application/json' };
const event = {
  name: 'Inserted',
  url: 'app://herald/lumen-demo/tp-hiring-engineers',
  domain: 'herald',
  props: { item: 'tp-hiring-engineers', phrasing: 1, network: 'linkedin', day: '2026-12-03' },
};
const read = (body: unknown, overrides: Partial<{ method: string; headers: Record<string, string> }> = {}) =>
  readPlausibleEvent({ method: 'POST', headers, body: JSON.stringify(body), ...overrides });

describe('the Plausible stub', () => {
  test('accepts a custom event with the documented fields', () => {
    expect(read(event)).toEqual({ ok: true, event });
    const full = {
      ...event,
      referrer: 'https://a.example/',
      revenue: { currency: 'EUR', amount: 12.5 },
      interactive: false,
    };
    expect(read(full)).toEqual({ ok: true, event: full });
  });

  test.each([
    ['name', 'name'],
    ['url', 'url'],
    ['domain', 'domain'],
  ])('refuses an event without %s', (field, path) => {
    const { [field as keyof typeof event]: _, ...rest } = event;
    expect(read(rest)).toMatchObject({ ok: false, reason: expect.stringContaining(path) });
  });

  test('refuses a field the API does not document', () => {
    expect(read({ ...event, installId: 'abc' })).toMatchObject({
      ok: false,
      reason: expect.stringContaining('installId'),
    });
  });

  test('refuses props that are not scalars, or more than 30 of them', () => {
    expect(read({ ...event, props: { network: null } })).toMatchObject({
      ok: false,
      reason: expect.stringContaining('props.network'),
    });
    expect(read({ ...event, props: { list: ['a'] } })).toMatchObject({ ok: false });
    const many = Object.fromEntries(Array.from({ length: 31 }, (_, index) => [`k${index}`, index]));
    expect(read({ ...event, props: many })).toMatchObject({ ok: false, reason: expect.stringContaining('30 pairs') });
  });

  test('refuses a bad name, url or revenue', () => {
    expect(read({ ...event, name: ' ' })).toMatchObject({ ok: false, reason: expect.stringContaining('name') });
    expect(read({ ...event, name: 'engagement' })).toMatchObject({ ok: false });
    expect(read({ ...event, url: 'lumen/tp' })).toMatchObject({ ok: false, reason: expect.stringContaining('url') });
    expect(read({ ...event, revenue: { currency: 'euro', amount: 1 } })).toMatchObject({ ok: false });
  });

  test('refuses a request without User-Agent, with another content type, not JSON or not a POST', () => {
    expect(read(event, { headers: { 'content-type': 'application/json' } })).toMatchObject({
      ok: false,
      reason: 'no User-Agent header',
    });
    expect(read(event, { headers: { ...headers, 'content-type': 'application/x-www-form-urlencoded' } })).toMatchObject(
      {
        ok: false,
      },
    );
    expect(readPlausibleEvent({ method: 'POST', headers, body: '{"name":' })).toEqual({
      ok: false,
      reason: 'the body is not JSON',
    });
    expect(read(event, { method: 'GET' })).toMatchObject({ ok: false });
  });
});
