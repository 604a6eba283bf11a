import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ReportsView } from '../../../components/options/ReportsSection';

const JSON_ON = { endpoint: 'https://analytics.example/herald/metrics', format: 'json' as const };
const BODY = '{"schema":"herald-metrics/1","days":[{"day":"2026-12-03","counts":[]}]}';

describe('What Herald reports', () => {
  it('says Herald reports nothing when IT has not turned metrics on', () => {
    const html = renderToStaticMarkup(<ReportsView metrics={undefined} lastSent={null} consent="not-asked-for" />);
    expect(html).toContain('What Herald reports');
    expect(html).toContain('Herald reports nothing');
    expect(html).not.toContain('Sent to');
  });

  it('says where counts go, in which format, and that nothing was sent yet', () => {
    const html = renderToStaticMarkup(<ReportsView metrics={JSON_ON} lastSent={null} consent="not-asked-for" />);
    expect(html).toContain('https://analytics.example/herald/metrics');
    expect(html).toContain('herald-metrics/1');
    expect(html).toContain('Nothing sent yet.');
    expect(html).not.toContain('reports nothing');
  });

  it('names the Plausible site, and says each line of its payload was a request of its own', () => {
    const plausible = { endpoint: 'https://plausible.example/api/event', format: 'plausible' as const };
    expect(renderToStaticMarkup(<ReportsView metrics={plausible} lastSent={null} consent="not-asked-for" />)).toContain(
      'site herald',
    );
    const lastSent = { at: 0, endpoint: plausible.endpoint, format: 'plausible' as const, body: '{"name":"Inserted"}' };
    expect(
      renderToStaticMarkup(<ReportsView metrics={plausible} lastSent={lastSent} consent="not-asked-for" />),
    ).toContain('One event a line');
  });

  it('shows the exact last payload sent, and when, in a region a keyboard can scroll', () => {
    const at = Date.parse('2026-12-03T10:15:00Z');
    const lastSent = { at, endpoint: JSON_ON.endpoint, format: 'json' as const, body: BODY };
    const html = renderToStaticMarkup(<ReportsView metrics={JSON_ON} lastSent={lastSent} consent="not-asked-for" />);
    const escaped = BODY.replaceAll('"', '&quot;').replace(/[[\]{}]/g, '\\$&');
    expect(html).toMatch(
      new RegExp(`<section[^>]*tabindex="0"[^>]*aria-labelledby="reports-last-heading"[^>]*><pre>${escaped}</pre>`),
    );
    expect(html).toContain('dateTime="2026-12-03T10:15:00.000Z"');
    expect(html).not.toContain('Nothing sent yet');
  });

  it('in Firefox, asks the employee first: a real button to allow, and nothing about it in Chrome', () => {
    const asked = renderToStaticMarkup(<ReportsView metrics={JSON_ON} lastSent={null} consent="not-allowed" />);
    expect(asked).toContain('nothing is counted or sent until you allow it');
    expect(asked).toMatch(/<button type="button">Allow usage counts<\/button>/);
    const allowed = renderToStaticMarkup(<ReportsView metrics={JSON_ON} lastSent={null} consent="allowed" />);
    expect(allowed).toContain('You allowed this in Firefox');
    expect(allowed).not.toContain('Allow usage counts');
    const chrome = renderToStaticMarkup(<ReportsView metrics={JSON_ON} lastSent={null} consent="not-asked-for" />);
    expect(chrome).not.toContain('Firefox');
  });
});
