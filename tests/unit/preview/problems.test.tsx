import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Problems } from '../../../cli/preview-page/Problems';
import type { PreviewState } from '../../../cli/src/preview/preview-state';

const state = (fields: Partial<PreviewState>): PreviewState => ({
  folder: 'content',
  revision: 1,
  builtAt: '2026-12-01T12:00:00.000Z',
  problems: [],
  feed: null,
  stale: false,
  skipped: [],
  examples: null,
  ...fields,
});

const text = (html: string) => html.replace(/<[^>]+>/g, '');

describe('the problems at the top of the preview', () => {
  it('names each error and warning by file and line, counted', () => {
    const html = renderToStaticMarkup(
      <Problems
        state={state({
          problems: [
            { severity: 'error', where: 'items/03-x.md:5', path: 'items[2].url', message: 'a news item needs a url' },
            { severity: 'warning', where: 'items/04-y.md:9', path: 'items[3].text', message: 'too long on X' },
          ],
        })}
      />,
    );
    expect(text(html)).toContain('Build: 1 error, 1 warning');
    expect(text(html)).toContain('error items/03-x.md:5 items[2].url: a news item needs a url');
    expect(text(html)).toContain('warning items/04-y.md:9 items[3].text: too long on X');
  });

  it('says when the feed shown is the last one that built', () => {
    expect(text(renderToStaticMarkup(<Problems state={state({ stale: true })} />))).toContain('the last feed that did');
    expect(text(renderToStaticMarkup(<Problems state={state({})} />))).not.toContain('the last feed that did');
  });

  it('shows the rule examples’ results: each failure with its file, rule, network and what was found', () => {
    const html = renderToStaticMarkup(
      <Problems
        state={state({
          examples: {
            passed: 4,
            failed: 1,
            failures: [
              {
                where: 'policies/02-disclosure.yml:14',
                policyId: 'disclosure',
                expect: 'flag',
                site: 'linkedin',
                text: 'Great news from Lumen',
                found: [{ policyId: 'tone', matched: 'Great', message: 'Tone it down.' }],
              },
            ],
          },
        })}
      />,
    );
    expect(text(html)).toContain('4 examples passed, 1 failed.');
    expect(text(html)).toContain(
      'policies/02-disclosure.yml:14 disclosure should flag Great news from Lumen on LinkedIn: found tone on “Great”',
    );
  });
});
