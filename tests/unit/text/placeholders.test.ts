import { describe, expect, it } from 'vitest';
import {
  fillPlaceholders,
  gapGuardMessage,
  gapNote,
  gapsIn,
  hasPlaceholders,
  placeholderProblems,
} from '../../../shared/text/placeholders';

describe('fillPlaceholders', () => {
  it('fills every known name from its value, company included', () => {
    const filled = fillPlaceholders('I am {firstName}, {jobTitle} in {team} ({location}) at {company}.', {
      firstName: 'Ada',
      jobTitle: 'Engineer',
      team: 'Platform',
      location: 'Lyon',
      company: 'Lumen',
    });
    expect(filled).toEqual({ text: 'I am Ada, Engineer in Platform (Lyon) at Lumen.', gaps: [] });
  });

  it('turns a missing or blank value into a readable gap, with its offsets', () => {
    const { text, gaps } = fillPlaceholders('{firstName} from {team}, {jobTitle}', { firstName: 'Ada', team: '  ' });
    expect(text).toBe('Ada from [team], [job title]');
    expect(gaps).toEqual([
      { name: 'team', start: 9, end: 15 },
      { name: 'jobTitle', start: 17, end: 28 },
    ]);
    for (const gap of gaps) expect(text.slice(gap.start, gap.end)).toMatch(/^\[.+\]$/);
  });

  it('lists every occurrence of a missing name', () => {
    expect(fillPlaceholders('{team} and {team}').gaps.map((gap) => gap.start)).toEqual([0, 11]);
  });

  it('trims values and drops their braces, so a value never spells a placeholder', () => {
    expect(fillPlaceholders('Team: {team}', { team: ' {team} ' }).text).toBe('Team: team');
  });

  it('leaves text without placeholders, and unknown names, as written', () => {
    expect(fillPlaceholders('Plain text.')).toEqual({ text: 'Plain text.', gaps: [] });
    expect(fillPlaceholders('{teams} {Team}').text).toBe('{teams} {Team}');
  });

  it('tells whether a text holds a placeholder', () => {
    expect(hasPlaceholders('hi {team}')).toBe(true);
    expect(hasPlaceholders('hi {teams}')).toBe(false);
  });
});

describe('placeholderProblems', () => {
  it('accepts known names and plain text', () => {
    expect(placeholderProblems('{firstName} {jobTitle} {team} {location} {company}')).toEqual([]);
    expect(placeholderProblems('No braces here.')).toEqual([]);
  });

  it('names an unknown placeholder and where it is', () => {
    const [problem] = placeholderProblems('Hi {name}!');
    expect(problem).toMatchObject({ start: 3, end: 9 });
    expect(problem?.message).toContain('unknown placeholder “{name}”');
    expect(problem?.message).toContain('{firstName}, {jobTitle}, {team}, {location} or {company}');
  });

  it('is case-sensitive and refuses an empty pair', () => {
    expect(placeholderProblems('{FirstName}')).toHaveLength(1);
    expect(placeholderProblems('{}')).toHaveLength(1);
  });

  it('finds a brace that never closes and one that closes nothing', () => {
    expect(placeholderProblems('Hi {team')).toEqual([
      { start: 3, end: 8, message: 'a “{” at 3 is never closed with “}”' },
    ]);
    expect(placeholderProblems('Hi team}')).toEqual([
      { start: 7, end: 8, message: 'a “}” at 7 closes nothing: write placeholders as {team}' },
    ]);
  });

  it('refuses nested braces', () => {
    const problems = placeholderProblems('{a{team}}');
    expect(problems[0]?.message).toContain('do not nest');
    expect(problems.some((problem) => problem.message.includes('closes nothing'))).toBe(true);
  });
});

describe('gapNote', () => {
  it('says what to fill in, the selected gap first', () => {
    expect(gapNote(['team'])).toBe(
      'Fill in your team where “[team]” is selected. Add yours under “About you” in Herald’s options to have it filled.',
    );
    expect(gapNote(['jobTitle', 'team', 'jobTitle'])).toContain(
      'Fill in your job title where “[job title]” is selected, then “[team]”.',
    );
  });

  it('does not send the employee to Options for the company, and says nothing without gaps', () => {
    expect(gapNote(['company'])).toBe('Fill in your company where “[company]” is selected.');
    expect(gapNote([])).toBeUndefined();
  });
});

describe('gapsIn and gapGuardMessage', () => {
  it('finds every gap a fill left, wherever the text came from', () => {
    const { text } = fillPlaceholders('{firstName}, {jobTitle} on {team}', { firstName: 'Ada' });
    expect(gapsIn(text)).toEqual(['jobTitle', 'team']);
    expect(gapsIn('Ada, robotics engineer on Platform')).toEqual([]);
  });

  it('names each gap in the question before posting', () => {
    expect(gapGuardMessage(['team'])).toBe(
      'This post still has “[team]” where your own details go. Fill it in or delete it first.',
    );
    expect(gapGuardMessage(['jobTitle', 'team'])).toContain('“[job title]”, “[team]”');
    expect(gapGuardMessage([])).toBeUndefined();
  });
});
