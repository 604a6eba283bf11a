import { describe, expect, it } from 'vitest';
import type { Echo } from '../../../shared/echo/echo-index';
import { echoNote } from '../../../shared/echo/echo-note';

const echo = (approvedWords: number, words: number): Echo => ({
  share: approvedWords / words,
  words,
  approvedWords,
  sources: [0],
});

describe('echoNote', () => {
  it('says how much of a mostly approved draft is approved wording and suggests an own angle', () => {
    expect(echoNote(echo(23, 25), 'suggest')).toMatch(/^92% of this post is the approved wording\. .*own angle/);
    expect(echoNote(echo(8, 10), 'before-posting')).toMatch(/^80% /);
  });

  it('never rounds up to 100% while a word is the employee’s own', () => {
    expect(echoNote(echo(999, 1000), 'suggest')).toMatch(/^99% /);
  });

  it('is gone below the threshold and when the feed turns it off', () => {
    expect(echoNote(echo(79, 100), 'suggest')).toBeUndefined();
    expect(echoNote(echo(10, 10), 'off')).toBeUndefined();
  });
});
