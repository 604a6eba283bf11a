import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ReportsView } from '../../../components/options/ReportsSection';

const JSON_ON = { endpoint: 'https://analytics.example/herald/metrics', format: 'json' as const };
const BODY = '{"schema":"herald-metrics/1","days":[{"day":"2026-12-03","counts":[]}]}';

describe('What Herald reports', () => {
  it('says Herald reports nothing when IT has not turned metrics on', () => {
    const html = renderToStaticMarkup(<ReportsView metrics={undefined} lastSent={null} />);
    expect(html).toContain('What Herald reports');
    expect(html).toContain('Herald reports nothing');
    expect(html).not.toContain('Sent to');
  });

  it('says where counts go, in which format, and that nothing was sent yet', () => {
    const html = renderToStaticMarkup(<ReportsView metrics={JSON_ON} lastSent={null} />);
    expect(html).toContain('https://analytics.example/herald/metrics');
    expect(html).toContain('herald-metrics/1');
    expect(html).toContain('Nothing sent yet.');
    expect(html).not.toContain('reports nothing');
  });

  it('names the Plausible site, and says each line of its payload was a request of its own', () => {
    const plausible = { endpoint: 'https://plausible.example/api/event', format: 'plausible' as const };
    expect(renderToStaticMarkup(<ReportsView metrics={plausible} lastSent={null} />)).toContain('site herald');
    const lastSent = { at: 0, endpoint: plausible.endpoint, format: 'plausible' as const, body: '{"name":"Inserted"}' };
    expect(renderToStaticMarkup(<ReportsView metrics={plausible} lastSent={lastSent} />)).toContain('One event a line');
  });

  it('shows the exact last payload sent, and when, in a region a keyboard can scroll', () => {
    const at = Date.parse('2026-12-03T10:15:00Z');
    const lastSent = { at, endpoint: JSON_ON.endpoint, format: 'json' as const, body: BODY };
    const html = renderToStaticMarkup(<ReportsView metrics={JSON_ON} lastSent={lastSent} />);
    const escaped = BODY.replaceAll('"', '&quot;').replace(/[[\]{}]/g, '\\$&');
    expect(html).toMatch(
      new RegExp(`<section[^>]*tabindex="0"[^>]*aria-labelledby="reports-last-heading"[^>]*><pre>${escaped}</pre>`),
    );
    expect(html).toContain('dateTime="2026-12-03T10:15:00.000Z"');
    expect(html).not.toContain('Nothing sent yet');
  });
});
