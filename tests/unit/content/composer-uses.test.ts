// What the composer reports (fire and forget) as the employee sees suggestions, inserts and posts.
import { beforeEach, describe, expect, it } from 'vitest';
import type { Use } from '../../../shared/metrics/use';
import { type ComposerUses, createComposerUses } from '../../../utils/content/composer-uses';

let reported: Use[];
let uses: ComposerUses;
const editor = {};
const TEXT = 'Lumen robots are heading to forty new cities this year';

beforeEach(() => {
  reported = [];
  uses = createComposerUses('linkedin', (use) => reported.push(use));
});

describe('suggested', () => {
  it('counts each item shown once per panel opening, however often typing re-ranks the list', () => {
    uses.panelOpened();
    uses.shown([
      { itemKey: 'f#a', phrasing: 1 },
      { itemKey: 'f#b', phrasing: 2 },
    ]);
    uses.shown([
      { itemKey: 'f#b', phrasing: 2 },
      { itemKey: 'f#a', phrasing: 1 },
    ]);
    uses.shown([{ itemKey: 'f#c', phrasing: 1 }]);
    expect(reported).toEqual([
      { kind: 'suggested', itemKey: 'f#a', phrasing: 1, site: 'linkedin' },
      { kind: 'suggested', itemKey: 'f#b', phrasing: 2, site: 'linkedin' },
      { kind: 'suggested', itemKey: 'f#c', phrasing: 1, site: 'linkedin' },
    ]);
    uses.panelOpened();
    uses.shown([{ itemKey: 'f#a', phrasing: 1 }]);
    expect(reported).toHaveLength(4);
  });
});

describe('inserted and posted', () => {
  it('counts the insert at once, and the post verbatim when the draft is the inserted text', () => {
    uses.inserted(editor, { itemKey: 'f#a', phrasing: 3 }, TEXT);
    expect(reported).toEqual([{ kind: 'inserted', itemKey: 'f#a', phrasing: 3, site: 'linkedin' }]);
    uses.posted(editor, () => ` ${TEXT}\n`);
    expect(reported.at(-1)).toEqual({ kind: 'posted-verbatim', itemKey: 'f#a', phrasing: 3, site: 'linkedin' });
  });

  it('counts a post edited when the employee added to it, and each inserted item once per post', () => {
    uses.inserted(editor, { itemKey: 'f#a', phrasing: 1 }, TEXT);
    uses.inserted(editor, { itemKey: 'f#a', phrasing: 1 }, TEXT);
    uses.inserted(editor, { itemKey: 'f#b', phrasing: 1 }, 'Come and meet our robotics team at the careers fair');
    reported = [];
    uses.posted(editor, () => `Proud! ${TEXT} ${TEXT}`);
    expect(reported).toEqual([{ kind: 'posted-edited', itemKey: 'f#a', phrasing: 1, site: 'linkedin' }]);
    // The post is done: pressing Post again (a second post, or a site that ignored the first) counts nothing.
    uses.posted(editor, () => TEXT);
    expect(reported).toHaveLength(1);
  });

  it('counts nothing for a post from another composer, and reads no draft when nothing was inserted', () => {
    uses.inserted(editor, { itemKey: 'f#a', phrasing: 1 }, TEXT);
    reported = [];
    let reads = 0;
    uses.posted({}, () => {
      reads++;
      return TEXT;
    });
    expect(reported).toEqual([]);
    expect(reads).toBe(0);
  });
});
