import { describe, expect, it } from 'vitest';
import { approvedTexts } from '../../../shared/echo/approved-texts';
import {
  approvedRuns,
  buildEchoIndex,
  isMostlyApproved,
  MOSTLY_APPROVED,
  measureEcho,
  startEchoIndex,
} from '../../../shared/echo/echo-index';

const HIRING =
  'We are hiring robotics engineers in Lyon. Come build warehouse robots that people enjoy working next to.';
const REPORT = 'Our 2026 sustainability report is out: 31% less energy per parcel shipped.';
const TEXTS = [HIRING, REPORT, 'Join us!'];
const index = buildEchoIndex(TEXTS);

describe('measureEcho', () => {
  it('scores an approved text 100%, with its source', () => {
    expect(measureEcho(index, HIRING)).toEqual({ share: 1, words: 17, approvedWords: 17, sources: [0] });
    expect(measureEcho(index, REPORT).sources).toEqual([1]);
  });

  it('reads through case, accents, punctuation and spacing', () => {
    const echo = measureEcho(
      index,
      'WE ARE HIRING robotics engineers in Lyon\n\ncome build warehouse robots, that people enjoy working next to',
    );
    expect(echo.share).toBe(1);
  });

  it('scores an unrelated text 0', () => {
    expect(measureEcho(index, 'Spent the weekend hiking near Annecy with my kids, best views of the year.').share).toBe(
      0,
    );
  });

  it('does not count three common words shared by chance', () => {
    const echo = measureEcho(
      index,
      'I think we are hiring too many managers and too few people who build things here.',
    );
    expect(echo.approvedWords).toBe(0);
    expect(echo.sources).toEqual([]);
  });

  it('does not add up common phrases from different texts into a copy', () => {
    // "we are hiring" and "engineers at Lumen" each come from an approved text; the sentence is the employee's.
    const phrases = buildEchoIndex([
      'Big news today, and we are hiring across engineering.',
      'Join the robotics engineers at Lumen Robotics in Lyon.',
    ]);
    expect(measureEcho(phrases, 'We are hiring engineers at Lumen').share).toBe(0);
    expect(measureEcho(phrases, 'We are hiring across engineering today').approvedWords).toBe(5);
  });

  it('counts a whole approved text shorter than a counted run, copied as it is', () => {
    const short = buildEchoIndex([
      'Robots, safely.',
      'Proud of Lumen.',
      'Another text entirely, much longer than that.',
    ]);
    expect(measureEcho(short, 'Proud of Lumen. Great week.').approvedWords).toBe(3);
    expect(measureEcho(short, 'Proud of my team at Lumen.').approvedWords).toBe(0);
  });

  it('measures a paste inside a longer draft', () => {
    const draft = `Personal news first. ${REPORT} I worked on the routing part and I am proud of it.`;
    const echo = measureEcho(index, draft);
    expect(echo.approvedWords).toBe(12);
    expect(echo.words).toBe(3 + 12 + 12);
    expect(echo.sources).toEqual([1]);
  });

  it('counts pastes of two texts and names both', () => {
    expect(measureEcho(index, `${REPORT} ${HIRING}`)).toMatchObject({ share: 1, sources: [1, 0] });
  });

  it('loses only the replaced words when the employee edits inside a paste', () => {
    const edited = HIRING.replace('in Lyon', 'in my team in Lyon');
    const echo = measureEcho(index, edited);
    // Every shingle touching "my team" is gone, yet each word around it is still in some approved shingle.
    expect(echo.words).toBe(20);
    expect(echo.approvedWords).toBe(18);
  });

  it('scores a short draft that is a whole short text, and not the same words inside a longer one', () => {
    expect(measureEcho(index, 'join us').share).toBe(1);
    expect(measureEcho(index, 'Please join us').share).toBe(0);
    expect(measureEcho(index, 'us join').share).toBe(0);
  });

  it('scores a draft without words 0', () => {
    expect(measureEcho(index, ' 🎉 !! ').share).toBe(0);
    expect(measureEcho(buildEchoIndex([]), HIRING).share).toBe(0);
  });

  it('says a draft is mostly approved from the threshold on', () => {
    expect(MOSTLY_APPROVED).toBe(0.8);
    expect(isMostlyApproved({ share: 0.8, words: 10, approvedWords: 8, sources: [] })).toBe(true);
    expect(isMostlyApproved({ share: 0.79, words: 100, approvedWords: 79, sources: [] })).toBe(false);
  });
});

describe('buildEchoIndex', () => {
  it('stores each distinct shingle once, with the first text holding it', () => {
    const twice = buildEchoIndex([REPORT, REPORT, 'one two']);
    expect(twice.shingles).toBe(12 - 2 + 1);
    expect(measureEcho(twice, REPORT).sources).toEqual([0]);
    expect(measureEcho(twice, 'One, two.').sources).toEqual([2]);
  });
});

describe('approvedTexts', () => {
  it('lists each item text and each variant', () => {
    expect(
      approvedTexts([
        { text: 'a', variants: { x: 'b', linkedin: 'c' } },
        { text: 'd', variants: undefined },
      ]),
    ).toEqual(['a', 'b', 'c', 'd']);
  });

  it('lists every phrasing of every item, with each of its variants', () => {
    expect(
      approvedTexts([
        {
          text: 'a',
          variants: { x: 'b' },
          phrasings: [{ text: 'c', variants: { linkedin: 'd', facebook: 'e' } }, { text: 'f' }],
        },
        { text: 'g', phrasings: [{ text: 'h', variants: { x: 'i' } }] },
      ]),
    ).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i']);
  });

  it('makes a pasted second phrasing count as approved wording', () => {
    const other = 'Our sustainability report is out and it shows real progress on recycled packaging this year';
    const echo = buildEchoIndex(approvedTexts([{ text: REPORT, phrasings: [{ text: other }] }]));
    expect(measureEcho(echo, other).share).toBe(1);
  });
});

describe('links, hashtags and mentions', () => {
  it('are neither approved nor own wording: a verbatim insert with its link and hashtags scores 100%', () => {
    const inserted = `${REPORT} https://lumen-robotics.example/report-2026?utm_source=herald #Sustainability @lumen`;
    expect(measureEcho(index, inserted)).toMatchObject({ share: 1, words: 12 });
    expect(measureEcho(index, `${REPORT} #MyOwnTag #AnotherOne`).share).toBe(1);
  });
});

describe('placeholders', () => {
  const TEMPLATE =
    'I am {firstName}, {jobTitle} at Lumen Robotics. My team is hiring robotics engineers who want to see their code move real robots in real warehouses, with hubs in Lyon and Boston.';
  const filled = TEMPLATE.replace('{firstName}', 'Ana').replace('{jobTitle}', 'senior robotics engineer');
  const templates = buildEchoIndex([TEMPLATE]);

  it('break runs: a filled insert still scores as mostly approved, less the filled words', () => {
    const echo = measureEcho(templates, filled);
    // "Ana" and "senior robotics engineer" are the employee's; so is "I am", a run shorter than a shingle.
    expect(echo.words).toBe(33);
    expect(echo.approvedWords).toBe(27);
    expect(isMostlyApproved(echo)).toBe(true);
  });

  it('are no words of their own, and no shingle spans one', () => {
    // Read as a word, "{jobTitle}" would make "jobtitle at lumen" an approved shingle.
    expect(measureEcho(templates, 'Jobtitle at Lumen is what my badge said on day one.').approvedWords).toBe(0);
    expect(measureEcho(templates, 'I am Ana at Lumen, hello.').approvedWords).toBe(0);
  });

  it('split the draft the same way when left unfilled in it', () => {
    expect(measureEcho(templates, TEMPLATE)).toMatchObject({ words: 29, approvedWords: 27 });
  });
});

describe('startEchoIndex', () => {
  it('builds in slices the same index as at once', () => {
    const texts = Array.from({ length: 450 }, (_, i) => `Text number ${i} says hello to ${i % 7} robots in Lyon.`);
    const work = startEchoIndex(texts);
    let steps = 1;
    while (!work.step()) steps++;
    expect(steps).toBeGreaterThan(3);
    expect(work.finish()).toEqual(buildEchoIndex(texts));
    expect(measureEcho(work.finish(), texts[449] as string).sources).toContain(449);
  });
});

describe('approvedRuns', () => {
  it('gives each pasted stretch with its offsets, words and texts', () => {
    const draft = `Personal news first. ${REPORT} I worked on routing.`;
    const { echo, runs } = approvedRuns(index, draft);
    expect(echo.approvedWords).toBe(12);
    expect(runs).toHaveLength(1);
    const [run] = runs;
    expect(draft.slice(run?.start, run?.end)).toBe(REPORT.slice(0, -1));
    expect(draft.slice(run?.start, run?.firstShingleEnd)).toBe('Our 2026 sustainability');
    expect(run).toMatchObject({ words: 12, texts: [1] });
  });

  it('splits where an own word breaks the copy', () => {
    const { runs } = approvedRuns(index, HIRING.replace('in Lyon', 'in my team in Lyon'));
    expect(runs.map((run) => run.words)).toEqual([6, 12]);
  });
});
