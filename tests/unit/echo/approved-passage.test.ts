import { describe, expect, it } from 'vitest';
import { approvedPassage, PASSAGE_WORDS, passageWords } from '../../../shared/echo/approved-passage';
import { approvedRuns, buildEchoIndex } from '../../../shared/echo/echo-index';
import { libraryTexts } from '../../../shared/echo/library-texts';

const OURS = 'Our robots slow down whenever a person is within two metres. Safety is designed in, not added on.';
const THEIRS = 'Every parcel in our network is tracked from the dock to the door, with no exceptions at all.';
const { texts, feeds } = libraryTexts([
  { feedUrl: 'https://lumen/feed', text: OURS, variants: { x: 'Short and sweet: robots that wait for you.' } },
  { feedUrl: 'https://other/feed', text: THEIRS, variants: undefined },
]);
const index = buildEchoIndex(texts);
const passage = (draft: string, feedUrl = 'https://lumen/feed') =>
  approvedPassage(approvedRuns(index, draft), feeds, feedUrl);

describe('libraryTexts', () => {
  it('lists each feed’s approved texts with their feed', () => {
    expect(texts).toEqual([OURS, 'Short and sweet: robots that wait for you.', THEIRS]);
    expect(feeds).toEqual(['https://lumen/feed', 'https://lumen/feed', 'https://other/feed']);
  });
});

describe('approvedPassage', () => {
  it('finds a verbatim insert and gives its first shingle to underline', () => {
    const span = passage(`${OURS} #Safety`);
    expect(span && OURS.slice(span.start, span.end)).toBe('Our robots slow');
  });

  it('finds a sentence of approved text pasted inside the employee’s own words', () => {
    const draft = `Funny story from the floor this week. Our robots slow down whenever a person is within two metres. I saw it myself.`;
    const span = passage(draft);
    expect(span && draft.slice(span.start, span.end)).toBe('Our robots slow');
  });

  it('takes a run of PASSAGE_WORDS in a long draft, not one word fewer', () => {
    expect(PASSAGE_WORDS).toBe(8);
    const own = 'I walked the whole site with my daughter on open day and she loved it, honestly. ';
    expect(passage(`${own}Our robots slow down whenever a person is ${own}`)).toBeDefined();
    expect(passage(`${own}Our robots slow down whenever a person ${own}`)).toBeUndefined();
    // A sentence of seven words is not enough in a long draft.
    expect(passage(`${own}Safety is designed in, not added on. ${own}`)).toBeUndefined();
  });

  it('takes a whole short text, yet never two words', () => {
    expect(passageWords(4)).toBe(4);
    expect(passageWords(2)).toBe(3);
    expect(passageWords(100)).toBe(PASSAGE_WORDS);
    expect(passage('Robots that wait for you.')).toBeDefined();
  });

  it('answers only for the feed whose text it is', () => {
    expect(passage(THEIRS)).toBeUndefined();
    expect(passage(THEIRS, 'https://other/feed')).toBeDefined();
  });

  it('finds nothing in own words', () => {
    expect(passage('Spent the weekend fixing my bike and thinking about robots, people and safety.')).toBeUndefined();
  });
});
